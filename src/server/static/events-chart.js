// Draws acts per day, stacked by PLOVER type, from the timeline's JSON twin.
(function () {
  'use strict';
  var canvas = document.getElementById('events-chart');
  if (!canvas || typeof Chart === 'undefined') return;
  // Cooperative types in blues and greens, conflictual ones in reds and oranges.
  var COLORS = {
    AGREE: '#23804a', CONSULT: '#5aa469', SUPPORT: '#8cc084', CONCEDE: '#b8d98a', COOPERATE: '#2f7fb8', AID: '#6baed6', RETREAT: '#9ecae1',
    REQUEST: '#c7a03a', ACCUSE: '#e6822e', REJECT: '#d9534f', THREATEN: '#b3372b', PROTEST: '#f0a35e', SANCTION: '#8c2d4a',
    MOBILIZE: '#7b4173', COERCE: '#5e1f1f', ASSAULT: '#3a0b0b',
  };
  fetch(canvas.getAttribute('data-src'), { headers: { Accept: 'application/json' } })
    .then(function (r) { return r.json(); })
    .then(function (data) {
      var days = data.actsPerDay || [];
      var datasets = (data.types || []).map(function (type) {
        return { label: type, backgroundColor: COLORS[type] || '#888', data: days.map(function (d) { return d.counts[type] || 0; }) };
      });
      new Chart(canvas, {
        type: 'bar',
        data: { labels: days.map(function (d) { return d.date; }), datasets: datasets },
        options: {
          maintainAspectRatio: false,
          animation: false,
          scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
        },
      });
    })
    .catch(function (err) { canvas.replaceWith(document.createTextNode('The chart could not be drawn: ' + err)); });
})();
