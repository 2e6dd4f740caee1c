// Draws the outlook over time from the overview's JSON twin (no data is ever inlined in the page).
(function () {
  'use strict';
  var canvas = document.getElementById('outlook-chart');
  if (!canvas || typeof Chart === 'undefined') return;
  fetch(canvas.getAttribute('data-src'), { headers: { Accept: 'application/json' } })
    .then(function (r) { return r.json(); })
    .then(function (data) {
      var days = data.outlook || [];
      new Chart(canvas, {
        type: 'line',
        data: {
          labels: days.map(function (d) { return d.date; }),
          datasets: [{ label: 'outlook (mean per day)', data: days.map(function (d) { return d.score; }), borderColor: '#1f5fa8', backgroundColor: '#1f5fa8', tension: 0.2 }],
        },
        options: {
          maintainAspectRatio: false,
          animation: false,
          scales: { y: { min: -1, max: 1, title: { display: true, text: 'collapse … signed' } } },
          plugins: { legend: { display: false } },
        },
      });
    })
    .catch(function (err) { canvas.replaceWith(document.createTextNode('The chart could not be drawn: ' + err)); });
})();
