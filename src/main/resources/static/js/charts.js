// Charts drawn with ECharts from the table that follows them: the table is the chart's text alternative and
// its only source, so the two never disagree. A figure.chart holds a .chart-canvas and a table whose header
// row names the series (th[data-series]) and whose body rows are the x-axis points (th scope=row) with one
// td per series; a td's data-value holds the number as the server wrote it (no locale parsing here).
// data-chart on the figure: "line" (trends; a series with data-kind="target" is drawn dashed) or "shares"
// (stacked bars of percentages, e.g. women, men and unknown).
(function () {
  'use strict';
  var palette = ['#0b4f8a', '#c05f00', '#1e6b35', '#7a3e9d', '#a4262c', '#4a5568', '#00807f', '#8a5a00'];

  function read(table) {
    var heads = Array.prototype.slice.call(table.querySelectorAll('thead th[data-series]'));
    var series = heads.map(function (th) {
      return {name: th.textContent.trim(), kind: th.dataset.kind || '', colour: th.dataset.colour || null, data: []};
    });
    var labels = [];
    table.querySelectorAll('tbody tr').forEach(function (tr) {
      var head = tr.querySelector('th');
      labels.push(head ? head.textContent.trim() : '');
      var cells = tr.querySelectorAll('td[data-value]');
      series.forEach(function (s, i) {
        var v = cells[i] ? cells[i].dataset.value : '';
        s.data.push(v === '' || v === undefined ? null : Number(v));
      });
    });
    return {labels: labels, series: series};
  }

  function option(kind, d, unit) {
    var shares = kind === 'shares';
    return {
      animation: false,
      color: palette,
      grid: {left: 56, right: 16, top: 36, bottom: 32},
      legend: {top: 0, type: 'scroll'},
      tooltip: {trigger: 'axis', valueFormatter: function (v) { return v == null ? '–' : v + (unit || ''); }},
      xAxis: {type: 'category', data: d.labels},
      yAxis: shares ? {type: 'value', max: 100, axisLabel: {formatter: '{value} %'}}
        : {type: 'value', scale: true, axisLabel: {formatter: '{value}' + (unit || '')}},
      series: d.series.map(function (s) {
        var item = shares
          ? {type: 'bar', stack: 'shares', name: s.name, data: s.data}
          : {type: 'line', name: s.name, data: s.data, connectNulls: false, symbolSize: 7};
        if (s.colour) { item.itemStyle = {color: s.colour}; item.lineStyle = {color: s.colour}; }
        if (s.kind === 'target') { item.lineStyle = {type: 'dashed', width: 2}; item.symbol = 'diamond'; }
        return item;
      })
    };
  }

  function draw(figure) {
    var canvas = figure.querySelector('.chart-canvas');
    var table = figure.querySelector('table');
    if (!canvas || !table || canvas.dataset.drawn || typeof echarts === 'undefined') { return; }
    canvas.dataset.drawn = 'true';
    var chart = echarts.init(canvas, null, {renderer: 'svg'});
    chart.setOption(option(figure.dataset.chart, read(table), figure.dataset.unit));
    window.addEventListener('resize', function () { chart.resize(); });
    figure.setAttribute('data-ready', 'true');
  }

  function scan(root) {
    (root || document).querySelectorAll('figure.chart').forEach(draw);
  }

  document.addEventListener('DOMContentLoaded', function () { scan(document); });
  document.addEventListener('htmx:load', function (e) { scan(e.detail && e.detail.elt); });
  if (document.readyState !== 'loading') { scan(document); }
})();
