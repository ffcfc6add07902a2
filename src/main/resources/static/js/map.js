// The analytics map: jurisdictions shaded by one KPI with Leaflet, on boundaries shipped with the application
// (no tile server: the machines are offline). The map is drawn from the table that follows it (the map's
// text alternative, one tr[data-code] per jurisdiction), so the two never disagree; htmx swaps the whole
// panel when the reader picks another KPI, and the new panel draws itself again from the boundaries,
// which are fetched once.
(function () {
  'use strict';
  var boundaries = {};

  function geo(url) {
    if (!boundaries[url]) {
      boundaries[url] = fetch(url, {credentials: 'same-origin'}).then(function (r) {
        if (!r.ok) { throw new Error('boundaries: HTTP ' + r.status); }
        return r.json();
      });
    }
    return boundaries[url];
  }

  function text(tag, value, className) {
    var el = document.createElement(tag);
    el.textContent = value;
    if (className) { el.className = className; }
    return el;
  }

  function tooltip(d, labels) {
    var box = document.createElement('div');
    box.appendChild(text('strong', d.name));
    box.appendChild(text('div', labels.labelValue + ': ' + (d.value == null ? labels.labelNoValue : d.value)));
    if (d.status) { box.appendChild(text('div', labels.labelStatus + ': ' + d.status)); }
    if (d.period) { box.appendChild(text('div', labels.labelPeriod + ': ' + d.period)); }
    return box;
  }

  function draw(panel) {
    var canvas = panel.querySelector('.map-canvas');
    if (!canvas || canvas.dataset.drawn || typeof L === 'undefined') { return; }
    canvas.dataset.drawn = 'true';
    var labels = panel.dataset;
    var data = {features: {}};
    panel.querySelectorAll('tr[data-code]').forEach(function (tr) {
      data.features[tr.dataset.code] = {name: tr.dataset.name, value: tr.dataset.value || null,
        status: tr.dataset.status || '', period: tr.dataset.period || '', colour: tr.dataset.colour};
    });
    var map = L.map(canvas, {zoomControl: false, scrollWheelZoom: false, zoomSnap: 0.25, attributionControl: true,
      worldCopyJump: false, minZoom: 1, maxZoom: 9});
    L.control.zoom({zoomInTitle: labels.zoomIn, zoomOutTitle: labels.zoomOut}).addTo(map);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution(labels.attribution);
    geo(panel.dataset.geo).then(function (collection) {
      var focus = L.latLngBounds([]);
      var shapes = L.geoJSON(collection, {
        style: function (feature) {
          var d = data.features[feature.id];
          if (!d) { return {weight: 0.6, color: '#c3c8cf', fillColor: '#f1f1ee', fillOpacity: 1}; }
          return {weight: 1.2, color: '#1b2430', opacity: 0.8, fillColor: d.colour, fillOpacity: 1};
        },
        onEachFeature: function (feature, layer) {
          var d = data.features[feature.id];
          if (!d) { return; }
          layer.bindTooltip(tooltip(d, labels), {sticky: true});
          focus.extend(layer.getBounds());
        }
      }).addTo(map);
      if (focus.isValid()) {
        map.fitBounds(focus, {padding: [12, 12]});
      } else {
        map.setView([20, 10], 1);
      }
      // The shapes exist only once the map has a view: name each jurisdiction's shape after it.
      shapes.eachLayer(function (layer) {
        var el = layer.getElement && layer.getElement();
        if (el && data.features[layer.feature.id]) { el.setAttribute('data-code', layer.feature.id); }
      });
      panel.setAttribute('data-ready', 'true');
    }).catch(function (e) {
      canvas.replaceChildren(text('p', labels.unavailable, 'muted'));
      panel.setAttribute('data-ready', 'failed');
      console.error(e);
    });
  }

  function scan(root) {
    (root || document).querySelectorAll('.map-panel').forEach(draw);
    if (root && root.classList && root.classList.contains('map-panel')) { draw(root); }
  }

  document.addEventListener('DOMContentLoaded', function () { scan(document); });
  document.addEventListener('htmx:load', function (e) { scan(e.detail && e.detail.elt); });
  if (document.readyState !== 'loading') { scan(document); }
})();
