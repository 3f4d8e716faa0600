// The rule form's notation read out as the clerk types: each box written in the notation
// (lemma:…, substr:…, fuck*) asks the portal what its lines mean, a moment after the last
// key, and the "What the lines mean" list under the box is rebuilt from the answer. Without
// this file the list is the one the page was drawn with, brought up to date by 事前検証.
(function () {
  "use strict";
  var WAIT_MS = 400;

  function build(box, field, answer, old) {
    var details = document.createElement("details");
    details.className = "notation-lines";
    details.id = box.id + "_meaning";
    // Open when a line would be refused (as the server draws it), or when the clerk had it open.
    details.open = answer.problems || (old !== null && old.open);
    var summary = document.createElement("summary");
    summary.textContent = answer.summary;
    details.appendChild(summary);
    var list = document.createElement("dl");
    list.className = "notation-rows";
    answer.readings.forEach(function (reading) {
      var term = document.createElement("dt");
      var label = document.createElement("span");
      label.className = "hint";
      label.textContent = reading.label;
      var code = document.createElement("code");
      code.className = "untrusted";
      code.textContent = reading.line;
      term.appendChild(label);
      term.appendChild(document.createTextNode(" "));
      term.appendChild(code);
      var meaning = document.createElement("dd");
      meaning.textContent = reading.meaning;
      if (reading.problem) { term.className = meaning.className = "notation-problem"; }
      list.appendChild(term);
      list.appendChild(meaning);
    });
    details.appendChild(list);
    if (answer.more) {
      var more = document.createElement("p");
      more.className = "hint";
      more.textContent = answer.more;
      details.appendChild(more);
    }
    return details;
  }

  function watch(form, box, url, token) {
    var timer = null;
    var asked = 0;
    box.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        var mine = ++asked;
        var body = new URLSearchParams();
        body.set("csrfmiddlewaretoken", token);
        body.set("field", box.name);
        body.set("text", box.value);
        fetch(url, { method: "POST", body: body, credentials: "same-origin",
                     headers: { "Accept": "application/json" } })
          .then(function (response) { return response.ok ? response.json() : null; })
          .then(function (answer) {
            if (answer === null || mine !== asked) { return; }  // an older answer, or none
            var old = document.getElementById(box.id + "_meaning");
            if (!answer.total) { if (old) { old.remove(); } return; }
            var fresh = build(box, box.name, answer, old);
            if (old) { old.replaceWith(fresh); }
            else { box.closest(".field").after(fresh); }
          })
          .catch(function () { /* the list stays as drawn; 事前検証 still reads it out */ });
      }, WAIT_MS);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector("form[data-notation-url]");
    if (!form) { return; }
    var url = form.getAttribute("data-notation-url");
    var token = form.querySelector("input[name=csrfmiddlewaretoken]");
    if (!token) { return; }
    form.getAttribute("data-notation-fields").split(" ").forEach(function (name) {
      var box = form.querySelector("textarea[name='" + name + "']");
      if (box) { watch(form, box, url, token.value); }
    });
  });
})();
