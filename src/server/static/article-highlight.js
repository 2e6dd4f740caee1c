// Scrolls the highlighted span of an article into view: the fact the reader clicked.
(function () {
  'use strict';
  var mark = document.getElementById('highlight');
  if (!mark) return;
  mark.scrollIntoView({ block: 'center' });
  mark.focus({ preventScroll: true });
})();
