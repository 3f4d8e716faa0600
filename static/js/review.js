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

  // Submit a form as its button would (so "then=next" and the form's own checks apply).
  function submitWith(form, button) {
    if (typeof form.requestSubmit === "function") { form.requestSubmit(button || undefined); }
    else if (button) { button.click(); } else { form.submit(); }
  }

  function bulkSetup(bulk) {
    var boxes = Array.prototype.slice.call(bulk.querySelectorAll("input[name=selected]"));
    var all = document.getElementById("select-page");
    var counter = bulk.querySelector("[data-selected-count]");
    var filterScope = document.getElementById("scope-filter");
    var total = (document.getElementById("queue-count") || {}).getAttribute ?
      document.getElementById("queue-count").getAttribute("data-count") : "0";
    function update() {
      var n = boxes.filter(function (b) { return b.checked; }).length;
      if (filterScope && filterScope.checked) { n = total; }
      if (counter) { counter.textContent = n; }
      if (all) {
        var checked = boxes.filter(function (b) { return b.checked; }).length;
        all.checked = checked === boxes.length && checked > 0;
        all.indeterminate = checked > 0 && checked < boxes.length;
      }
    }
    if (all) {
      all.addEventListener("change", function () {
        boxes.forEach(function (b) { b.checked = all.checked; });
        update();
      });
    }
    bulk.addEventListener("change", update);
    update();
    return update;
  }

  // What a bulk decision still lacks, checked before sending: the server checks the same,
  // but its answer reloads the queue and the reviewer's selection is gone.
  function bulkProblems(bulk) {
    var bar = bulk.querySelector("#bulk-bar");
    var problems = [];
    var scopeFilter = document.getElementById("scope-filter");
    var chosen = bulk.querySelectorAll("input[name=selected]:checked").length;
    if (!(scopeFilter && scopeFilter.checked) && chosen === 0) { problems.push(bar.dataset.msgSelected); }
    var action = bulk.querySelector("select[name=action]");
    var clause = bulk.querySelector("select[name=clause]");
    var template = bulk.querySelector("select[name=template]");
    var reason = bulk.querySelector("[name=reason]");
    var fromTemplate = template && template.value;
    if (action && !action.value) { problems.push(bar.dataset.msgAction); }
    if (action && action.value && action.value !== "keep" && clause && !clause.value && !fromTemplate) {
      problems.push(bar.dataset.msgClause);
    }
    if (reason && !reason.value.trim() && !fromTemplate) { problems.push(bar.dataset.msgReason); }
    return problems;
  }

  function bulkGuard(bulk) {
    var box = bulk.querySelector("#bulk-errors");
    if (!box) { return; }
    bulk.addEventListener("submit", function (event) {
      var problems = bulkProblems(bulk);
      var list = box.querySelector("ul");
      list.textContent = "";
      box.hidden = problems.length === 0;
      if (!problems.length) { return; }
      event.preventDefault();
      problems.forEach(function (text) {
        var item = document.createElement("li");
        item.textContent = text;
        list.appendChild(item);
      });
      box.focus();
    });
  }

  // A reason template fills the reason field (the server does the same without script).
  function templateSetup(form) {
    var select = form.querySelector("select[name=template]");
    var reason = form.querySelector("[name=reason]");
    if (!select || !reason) { return; }
    var texts = {};
    var data = document.getElementById("reason-template-data");
    if (data) { try { texts = JSON.parse(data.textContent); } catch (e) { texts = {}; } }
    select.addEventListener("change", function () {
      var item = texts[select.value];
      if (!item) { return; }
      reason.value = item.text;
      var clause = form.querySelector("select[name=clause]");
      if (clause && !clause.value) { clause.value = item.clause; }
      reason.focus();
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    // The queue's filters fold on a phone (the HTML's default); a wider screen has room.
    document.querySelectorAll("details[data-open-wide]").forEach(function (details) {
      if (window.matchMedia("(min-width: 721px)").matches) { details.open = true; }
    });
    var form = document.getElementById("decision-form");
    if (form) {
      showExtras(form);
      form.addEventListener("change", function () { showExtras(form); });
      templateSetup(form);
    }
    var bulk = document.getElementById("bulk-form");
    var bulkUpdate = null;
    if (bulk) { bulkUpdate = bulkSetup(bulk); templateSetup(bulk); bulkGuard(bulk); }

    // Ctrl+Enter (Cmd+Enter) records the decision from anywhere in the form; on the item
    // page it also opens the next item in the reviewer's filter.
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) { return; }
      if (form) {
        event.preventDefault();
        submitWith(form, form.querySelector("button[name=then][value=next]") ||
          form.querySelector("button[type=submit]"));
      } else if (bulk && bulk.querySelector("#bulk-bar")) {
        event.preventDefault();
        submitWith(bulk, bulk.querySelector("#bulk-bar button[type=submit]"));
      }
    });
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
          if (box) { box.checked = !box.checked; if (bulkUpdate) { bulkUpdate(); } }
          event.preventDefault();
        } else if (key === "o" && current >= 0) {
          // The link carries the reviewer's filter and position ("next" follows them).
          var open = rows[current].querySelector(".review-link");
          window.location.href = open ? open.href : rows[current].getAttribute("data-item-url");
        }
      }
    });
  });
})();
