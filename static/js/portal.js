// Progressive enhancements only: every page works without this file.
(function () {
  "use strict";
  // Focus the error summary after a failed submit so screen readers announce it.
  document.addEventListener("DOMContentLoaded", function () {
    var summary = document.querySelector(".error-summary");
    if (summary) { summary.focus(); }
    // A page showing work in progress (data-reload-after="seconds") loads itself again; a
    // script, not <meta http-equiv=refresh>, which screen readers and axe-core object to.
    var reload = document.querySelector("[data-reload-after]");
    if (reload) {
      var seconds = parseInt(reload.getAttribute("data-reload-after"), 10) || 5;
      window.setTimeout(function () { window.location.reload(); }, seconds * 1000);
    }
    // Buttons that need confirmation carry data-confirm (no inline script under our CSP).
    document.querySelectorAll("[data-confirm]").forEach(function (el) {
      el.addEventListener("click", function (event) {
        if (!window.confirm(el.getAttribute("data-confirm"))) { event.preventDefault(); }
      });
    });
  });
})();
