"use strict";
// factlint HTML report: select a finding or a claim, filter by verdict, step with n / p.
(function () {
  var body = document.body;
  var detail = document.getElementById("detail");
  var hint = detail.innerHTML;
  var items = Array.prototype.slice.call(document.querySelectorAll("li.finding"));
  var current = null; // the selected list item, if the selection is a finding

  function fragments(spot) {
    return document.querySelectorAll('mark[data-spot="' + spot + '"]');
  }

  function clear() {
    document.querySelectorAll("mark.current").forEach(function (m) { m.classList.remove("current"); });
    items.forEach(function (li) { li.removeAttribute("aria-current"); });
    current = null;
  }

  function showTemplate(id) {
    var template = document.getElementById(id);
    var close = document.createElement("button");
    close.type = "button";
    close.className = "close";
    close.setAttribute("aria-label", "Close");
    close.textContent = "×";
    detail.replaceChildren(close, template ? template.content.cloneNode(true) : "");
    detail.scrollTop = 0;
  }

  function reset() {
    clear();
    detail.innerHTML = hint;
  }

  // block: "center" to bring a claim from elsewhere, "nearest" to keep a clicked one in sight.
  function highlight(spot, block) {
    var marks = fragments(spot);
    marks.forEach(function (m) { m.classList.add("current"); });
    if (marks.length) marks[0].scrollIntoView({ block: block, inline: "nearest" });
  }

  function selectFinding(li, block) {
    clear();
    current = li;
    li.setAttribute("aria-current", "true");
    showTemplate("t-f" + li.dataset.finding);
    // Only where the list scrolls on its own (after the detail has taken its height): on a narrow
    // screen it sits below the draft.
    if (getComputedStyle(li.parentNode).overflowY === "auto") li.scrollIntoView({ block: "nearest" });
    highlight(li.dataset.spot, block);
  }

  function selectSpot(mark) {
    var spot = mark.dataset.spot;
    var li = items.filter(function (item) { return item.dataset.spot === spot; })[0];
    if (li) { selectFinding(li, "nearest"); return; }
    clear();
    showTemplate("t-s" + spot);
    highlight(spot, "nearest");
  }

  function visibleItems() {
    return items.filter(function (li) { return li.offsetParent !== null; });
  }

  function step(by) {
    var shown = visibleItems();
    if (!shown.length) return;
    var at = shown.indexOf(current);
    var next = at < 0 ? (by > 0 ? 0 : shown.length - 1) : (at + by + shown.length) % shown.length;
    selectFinding(shown[next], "center");
    shown[next].querySelector("button").focus({ preventScroll: true });
  }

  function filter(verdict) {
    var same = body.dataset.filter === verdict;
    verdict = same || !verdict ? "all" : verdict;
    body.dataset.filter = verdict;
    document.querySelectorAll("button.filter").forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.dataset.filter === verdict));
    });
    body.classList.toggle("nothing-shown", verdict !== "all" && items.length > 0 && !visibleItems().length);
    if (current && current.offsetParent === null) reset();
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (target.closest("#detail button.close")) { reset(); return; }
    var item = target.closest("li.finding");
    if (item) { selectFinding(item, "center"); return; }
    var mark = target.closest("mark[data-spot]");
    if (mark) { selectSpot(mark); return; }
    var button = target.closest("button.filter");
    if (button) filter(button.dataset.filter);
  });

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    if (event.key === "n") { step(1); event.preventDefault(); }
    else if (event.key === "p") { step(-1); event.preventDefault(); }
    else if (event.key === "Escape") reset();
    else if ((event.key === "Enter" || event.key === " ") && target.matches("mark[data-spot]")) {
      selectSpot(target);
      event.preventDefault();
    }
  });
})();
