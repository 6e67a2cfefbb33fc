// Small page helpers: clickable name marks, jumping to a span (#pos-START-END), legend toggles,
// and lighting up all pieces of a mark that was split around overlapping spans.
(function () {
  "use strict";

  function textPosition(root, offset) {
    // The DOM text of #article-text equals the article text, so character offsets map 1:1.
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let seen = 0;
    let node;
    while ((node = walker.nextNode())) {
      const len = node.nodeValue.length;
      if (seen + len >= offset) return { node: node, offset: offset - seen };
      seen += len;
    }
    return null;
  }

  function selectSpan(start, end) {
    const root = document.getElementById("article-text");
    if (!root) return;
    const a = textPosition(root, start);
    const b = textPosition(root, Math.max(start, end));
    if (!a || !b) return;
    const range = document.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    const sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    const rect = range.getBoundingClientRect();
    window.scrollTo({ top: window.scrollY + rect.top - 120, behavior: "smooth" });
  }

  function fromHash() {
    const m = /^#pos-(\d+)(?:-(\d+))?$/.exec(window.location.hash);
    if (m) selectSpan(parseInt(m[1], 10), m[2] ? parseInt(m[2], 10) : parseInt(m[1], 10) + 1);
  }

  document.addEventListener("click", function (ev) {
    const jump = ev.target.closest("a.jump");
    if (jump && document.getElementById("article-text")) {
      ev.preventDefault();
      history.replaceState(null, "", jump.getAttribute("href"));
      selectSpan(parseInt(jump.dataset.start, 10), parseInt(jump.dataset.end, 10));
      return;
    }
    const mark = ev.target.closest("mark[data-href]");
    // a click opens the entity; a drag that selects text does not
    const moved = down ? Math.abs(ev.clientX - down.x) + Math.abs(ev.clientY - down.y) : 0;
    if (mark && moved < 5) window.location.href = mark.dataset.href;
  });

  let down = null;
  document.addEventListener("mousedown", function (ev) { down = { x: ev.clientX, y: ev.clientY }; });

  document.addEventListener("keydown", function (ev) {
    const mark = ev.target.closest && ev.target.closest("mark[data-href]");
    if (mark && ev.key === "Enter") window.location.href = mark.dataset.href;
  });

  function light(ev, on) {
    const mark = ev.target.closest && ev.target.closest("mark[data-mark]");
    if (!mark) return;
    document.querySelectorAll('mark[data-mark="' + CSS.escape(mark.dataset.mark) + '"]').forEach(function (m) {
      m.classList.toggle("active", on);
    });
  }
  document.addEventListener("mouseover", function (ev) { light(ev, true); });
  document.addEventListener("mouseout", function (ev) { light(ev, false); });

  document.addEventListener("change", function (ev) {
    const box = ev.target.closest("input[data-toggle]");
    const root = document.getElementById("article-text");
    if (box && root) root.classList.toggle("off-" + box.dataset.toggle, !box.checked);
  });

  window.addEventListener("hashchange", fromHash);
  document.addEventListener("DOMContentLoaded", fromHash);
})();
