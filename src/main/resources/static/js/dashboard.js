// Draws each dashboard trend chart from the table behind it (its text alternative), so that the chart can never
// show another figure than the table. Values come from data-value attributes (plain numbers, ratios in per cent).
(function () {
  'use strict';

  function read(table) {
    var heads = Array.prototype.map.call(table.tHead.rows[0].cells, function (c) { return c.textContent.trim(); });
    var periods = [];
    var series = heads.slice(1).map(function (name) { return { name: name, type: 'line', connectNulls: false, data: [] }; });
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      periods.push(row.cells[0].textContent.trim());
      for (var i = 1; i < row.cells.length; i++) {
        var v = row.cells[i].getAttribute('data-value');
        series[i - 1].data.push(v === null || v === '' ? null : Number(v));
      }
    });
    if (series.length > 0) {
      series[0].lineStyle = { width: 4 };
    }
    return { periods: periods, series: series };
  }

  function draw(figure) {
    var box = figure.querySelector('.chart');
    var table = figure.querySelector('table.trend-data');
    if (!box || !table || typeof echarts === 'undefined') {
      return;
    }
    var data = read(table);
    var unit = table.getAttribute('data-unit') || '';
    var chart = echarts.init(box, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 16, right: 16, top: 16, bottom: 56, containLabel: true },
      xAxis: { type: 'category', data: data.periods },
      yAxis: { type: 'value', axisLabel: { formatter: '{value}' + (unit ? ' ' + unit : '') } },
      series: data.series
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('figure.trend'), draw);
  }

  // A framework with many members loads each trend when it is scrolled into view (htmx swaps the figure in).
  document.addEventListener('htmx:load', function (e) {
    var el = e.detail && e.detail.elt;
    if (el && el.matches && el.matches('figure.trend')) {
      draw(el);
    }
  });

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
