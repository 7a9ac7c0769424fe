// Draws each progress chart from the table next to it (the table is the chart's text alternative):
// rows carry data-label and data-values; header cells with data-series name the plotted columns, in order.
(function () {
  'use strict';
  var COLOURS = ['#1d6b5f', '#c0612b', '#3b5ba9', '#8a4f9e', '#7a7a1f'];

  function draw(canvas) {
    var table = document.getElementById(canvas.dataset.chartTable);
    if (!table || typeof Chart === 'undefined') {
      return;
    }
    var names = Array.prototype.map.call(table.querySelectorAll('thead th[data-series]'), function (th) {
      return th.dataset.series;
    });
    var rows = table.querySelectorAll('tbody tr');
    var labels = [];
    var series = names.map(function () { return []; });
    Array.prototype.forEach.call(rows, function (tr) {
      labels.push(tr.dataset.label);
      var values = (tr.dataset.values || '').split(',');
      series.forEach(function (s, i) {
        var v = values[i];
        s.push(v === undefined || v === '' ? null : Number(v));
      });
    });
    var percent = canvas.dataset.chartPercent === 'true';
    var kind = canvas.dataset.chartKind || 'bar';
    // Bars with long names (skills, set titles) lie down: each gets a row of its own, so on a phone the names do
    // not eat the plotting area and the bars are not squashed; a name too long for the row is shortened (the
    // table and the tooltip keep it whole).
    var horizontal = canvas.dataset.chartHorizontal === 'true';
    if (horizontal) {
      canvas.parentNode.style.height = Math.max(160, labels.length * (series.length * 22 + 12) + 56) + 'px';
    }
    var room = Math.max(12, Math.floor(canvas.parentNode.clientWidth / 16));
    var valueAxis = percent ? { beginAtZero: true, max: 100, ticks: { callback: function (v) { return v + ' %'; } } }
                            : { beginAtZero: true, ticks: { precision: 0 } };
    var nameAxis = { ticks: { autoSkip: false, callback: function (v) {
      var name = this.getLabelForValue(v);
      return name && name.length > room ? name.slice(0, room - 1) + '…' : name;
    } } };
    canvas.chart = new Chart(canvas, {
      type: kind,
      data: {
        labels: labels,
        datasets: series.map(function (data, i) {
          return {
            label: names[i],
            data: data,
            backgroundColor: COLOURS[i % COLOURS.length],
            borderColor: COLOURS[i % COLOURS.length],
            spanGaps: true,
            tension: 0.2
          };
        })
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        indexAxis: horizontal ? 'y' : 'x',
        plugins: { legend: { display: names.length > 1 } },
        scales: horizontal ? { x: valueAxis, y: nameAxis } : { y: valueAxis }
      }
    });
    canvas.dataset.drawn = 'true';
  }

  function start() {
    document.querySelectorAll('canvas[data-chart-table]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
