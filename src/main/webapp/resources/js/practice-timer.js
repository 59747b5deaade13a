/* Counts a practice round's phase down between the page's polls (which bring the server's figure). */
(function () {
  if (window.practiceTimerStarted) {
    return;
  }
  window.practiceTimerStarted = true;
  setInterval(function () {
    document.querySelectorAll('.practice-countdown[data-seconds]').forEach(function (el) {
      var left = Math.max(0, parseInt(el.getAttribute('data-seconds'), 10) - 1);
      el.setAttribute('data-seconds', String(left));
      el.textContent = Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
    });
  }, 1000);
})();
