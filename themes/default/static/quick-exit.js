// Quick exit. A click on the exit button, or Shift pressed three times on its
// own within a few seconds (as GOV.UK's "Exit this page" does; Escape is left
// to screen readers and browsers), hides the page at once and replaces it
// with the neutral page the button links to. location.replace swaps the
// current history entry, so Back does not come back here. Without
// JavaScript the button is a plain link to the same page.
(function () {
  "use strict";
  var link = document.querySelector("[data-quick-exit]");
  if (!link) {
    return;
  }
  var target = link.href;
  var status = document.querySelector("[data-quick-exit-status]");
  var presses = 0;
  var timer = null;

  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    document.documentElement.style.visibility = "hidden";
    document.title = "";
    window.location.replace(target);
  }

  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }

  link.addEventListener("click", leave);
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift" || event.repeat || event.ctrlKey || event.altKey || event.metaKey) {
      presses = 0;
      say("");
      return;
    }
    presses += 1;
    window.clearTimeout(timer);
    if (presses >= 3) {
      leave();
      return;
    }
    say(presses === 1 ? status && status.getAttribute("data-two-more") : status && status.getAttribute("data-one-more"));
    timer = window.setTimeout(function () {
      presses = 0;
      say("");
    }, 3000);
  });
})();
