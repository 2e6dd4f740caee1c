// Draws the network of actors from the actors page's JSON twin; clicking an actor opens its page.
(function () {
  'use strict';
  var box = document.getElementById('actor-network');
  if (!box || typeof cytoscape === 'undefined') return;
  var COLORS = { person: '#1f5fa8', organization: '#7b4173', country: '#23804a', group: '#c7a03a', anonymous: '#888888' };
  var asOf = box.getAttribute('data-as-of');
  // Cytoscape injects an inline <style> unless an element with this id exists; the CSP forbids
  // inline styles, so app.css carries that one rule and this marker tells Cytoscape so.
  if (!document.getElementById('__________cytoscape_stylesheet')) {
    var marker = document.createElement('meta');
    marker.id = '__________cytoscape_stylesheet';
    document.head.appendChild(marker);
  }
  fetch(box.getAttribute('data-src'), { headers: { Accept: 'application/json' } })
    .then(function (r) { return r.json(); })
    .then(function (data) {
      var net = data.network;
      var elements = net.nodes.map(function (n) {
        return { data: { id: n.id, label: n.name, color: COLORS[n.kind] || '#888', size: 14 + Math.min(36, Math.sqrt(n.mentions) * 4) } };
      }).concat(net.edges.map(function (e) {
        return { data: { id: e.id, source: e.source, target: e.target, width: 1 + Math.min(8, e.weight) } };
      }));
      // Text labels come from data and are drawn on a canvas, never parsed as HTML.
      var cy = cytoscape({
        container: box,
        elements: elements,
        layout: { name: 'cose', animate: false, randomize: true, padding: 20, nodeRepulsion: function () { return 400000; }, idealEdgeLength: function () { return 80; }, gravity: 0.3, numIter: 1500 },
        style: [
          { selector: 'node', style: { label: 'data(label)', 'background-color': 'data(color)', width: 'data(size)', height: 'data(size)', 'font-size': 12, color: '#1d232b', 'text-valign': 'bottom', 'text-margin-y': 3, 'text-background-color': '#ffffff', 'text-background-opacity': 0.75, 'text-background-padding': 1 } },
          { selector: 'node:active, node:selected', style: { 'border-width': 3, 'border-color': '#e7b400' } },
          { selector: 'edge', style: { width: 'data(width)', 'line-color': '#aab4c0', 'curve-style': 'bezier', opacity: 0.8 } },
        ],
      });
      cy.on('tap', 'node', function (evt) {
        var href = '/actors/' + encodeURIComponent(evt.target.id());
        if (asOf) href += '?asOf=' + encodeURIComponent(asOf);
        window.location.assign(href);
      });
      box.setAttribute('data-ready', 'true');
    })
    .catch(function (err) { box.textContent = 'The network could not be drawn: ' + err; });
})();
