// Shares charts (women, men and unknown over time) drawn with ECharts from the table that follows them: the
// table is the chart's text alternative and its only source, so the two never disagree. A figure.chart holds
// a .chart-canvas and a table whose header names the series (th[data-series], with data-colour) and whose
// body rows are the periods (th scope=row) with one td[data-value] per series: the share in per cent as the
// server wrote it (no locale parsing here). Trend lines use the dashboard's own script (dashboard.js).
(function () {
  'use strict';

  function read(table) {
    var heads = Array.prototype.slice.call(table.querySelectorAll('thead th[data-series]'));
    var series = heads.map(function (th) {
      return {type: 'bar', stack: 'shares', name: th.textContent.trim(), itemStyle: {color: th.dataset.colour}, data: []};
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

  function draw(figure) {
    var canvas = figure.querySelector('.chart-canvas');
    var table = figure.querySelector('table');
    if (!canvas || !table || canvas.dataset.drawn || typeof echarts === 'undefined') { return; }
    canvas.dataset.drawn = 'true';
    var d = read(table);
    var chart = echarts.init(canvas, null, {renderer: 'svg'});
    chart.setOption({
      animation: false,
      grid: {left: 56, right: 16, top: 36, bottom: 32},
      legend: {top: 0, itemGap: 24},
      tooltip: {trigger: 'axis', valueFormatter: function (v) { return v == null ? '–' : v + ' %'; }},
      xAxis: {type: 'category', data: d.labels},
      yAxis: {type: 'value', max: 100, axisLabel: {formatter: '{value} %'}},
      series: d.series
    });
    window.addEventListener('resize', function () { chart.resize(); });
    figure.setAttribute('data-ready', 'true');
  }

  function scan() {
    document.querySelectorAll('figure.chart[data-chart="shares"]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', scan);
  } else {
    scan();
  }
})();
