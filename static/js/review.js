// Keyboard shortcuts for the review queue and item page. Progressive: every form works
// without this file; the keys only pick a radio, focus a field or follow a link.
(function () {
  "use strict";
  var DECISION_KEYS = { k: "keep", h: "hide", u: "unhide", d: "delete", b: "block", e: "escalate" };

  function typing(target) {
    var tag = (target.tagName || "").toLowerCase();
    return tag === "input" || tag === "textarea" || tag === "select" || target.isContentEditable;
  }

  function showExtras(form) {
    var checked = form.querySelector("input[name=action]:checked");
    form.querySelectorAll(".decision-extra").forEach(function (el) {
      el.hidden = !checked || el.getAttribute("data-for") !== checked.value;
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.getElementById("decision-form");
    if (form) {
      showExtras(form);
      form.addEventListener("change", function () { showExtras(form); });
    }
    var rows = Array.prototype.slice.call(document.querySelectorAll(".review-row"));
    var current = -1;
    function select(index) {
      if (!rows.length) { return; }
      current = Math.max(0, Math.min(rows.length - 1, index));
      rows.forEach(function (row, i) { row.classList.toggle("review-row--current", i === current); });
      var link = rows[current].querySelector(".review-link");
      if (link) { link.focus(); }
    }

    document.addEventListener("keydown", function (event) {
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) { return; }
      var key = event.key;
      if (form) {
        if (DECISION_KEYS[key]) {
          var radio = form.querySelector("input[name=action][value=" + DECISION_KEYS[key] + "]");
          if (radio) {
            radio.checked = true;
            showExtras(form);
            var reason = form.querySelector("textarea[name=reason]");
            if (reason) { reason.focus(); }
            event.preventDefault();
          }
          return;
        }
        if (key === "r") {
          var field = form.querySelector("textarea[name=reason]");
          if (field) { field.focus(); event.preventDefault(); }
          return;
        }
      }
      if (key === "n") {
        var next = document.getElementById("next-item");
        if (next) { window.location.href = next.href; }
        return;
      }
      if (rows.length) {
        if (key === "j") { select(current + 1); event.preventDefault(); }
        else if (key === "k") { select(current - 1); event.preventDefault(); }
        else if (key === "x" && current >= 0) {
          var box = rows[current].querySelector("input[type=checkbox]");
          if (box) { box.checked = !box.checked; }
          event.preventDefault();
        } else if (key === "o" && current >= 0) {
          window.location.href = rows[current].getAttribute("data-item-url");
        }
      }
    });
  });
})();
