// Brings the cited passage into view when the page was opened with a character range (?start=&length=).
(function () {
  'use strict';
  if (location.hash) {
    return;
  }
  const mark = document.querySelector('mark');
  if (mark) {
    mark.scrollIntoView({ block: 'center' });
  }
})();
