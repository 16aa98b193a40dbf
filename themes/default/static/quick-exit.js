// Quick exit and one history entry per visit: README, "Safety for the reader".
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

  if (document.documentElement.hasAttribute("data-one-history-entry")) {
    document.addEventListener("click", function (e) {
      var a = e.target.closest && e.target.closest("a[href]");
      if (!a || e.defaultPrevented || e.button || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || a.target || a.hasAttribute("download")) {
        return;
      }
      var url = new URL(a.href, location.href);
      if (url.protocol === location.protocol && url.host === location.host) {
        e.preventDefault();
        location.replace(url.href);
      }
    });
  }

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
