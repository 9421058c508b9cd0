"""Cards as Anki shows them, in headless Chromium: the browser tests' shared part.

The HTML of each side comes from real Anki (``card.question()``, ``card.answer()`` of a
collection the package was imported into). Anki's desktop reviewer then does two things
this module repeats, as its ``reviewer.py`` and ``reviewer.js`` do:

- ``[[type:Answer]]`` becomes a text box on the front, and on the back Anki's own
  comparison of the typed text with the Answer field (``col.compare_answer``);
- each side's HTML replaces the last one inside ``#qa`` of one page, and its scripts
  are run (desktop; :meth:`Reviewer.show`). AnkiDroid loads each side as a page of its
  own instead (:meth:`Reviewer.open`): only ``sessionStorage`` links the two.

``Math.random`` is seeded (:meth:`Reviewer.seed`), so a run is repeatable.
"""

from __future__ import annotations

import json
import re

from browser import Browser, Page

# What a side shows, read from the page: each entry with the label it is drawn with. The
# front's labels are positional (the list's letters, the table's counters); the back's
# are its data-label attributes, which the stylesheet draws before the entry.
READ = """
function _read() {
  function letter(i) { return String.fromCharCode(65 + i); }
  function text(el) { return el.textContent.replace(/^\\u2713 /, ""); }
  var out = {};
  var list = document.querySelector("#qa ol.options, #qa ol.items, #qa ol.order");
  if (list) {
    var style = getComputedStyle(list).listStyleType;
    out.list = Array.prototype.map.call(list.children, function (li, i) {
      var mark = style === "upper-alpha" ? letter(i) : style === "decimal" ? String(i + 1) : "";
      return { mark: mark, text: text(li), label: li.getAttribute("data-label") || "",
               right: /\\bcorrect\\b/.test(li.className) };
    });
  }
  var table = document.querySelector("#qa table.match");
  if (table) {
    var back = /\\bpairs\\b/.test(table.className);
    out.rows = Array.prototype.map.call(table.querySelectorAll("tr"), function (tr, i) {
      var l = tr.cells[0], r = tr.cells[1];
      return back
        ? [l.getAttribute("data-label"), l.textContent, r.getAttribute("data-label"), r.textContent]
        : [String(i + 1), l.textContent, letter(i), r.textContent];
    });
  }
  return out;
}
"""

TYPE_ANSWER = re.compile(r"\[\[type:(.+?)\]\]")
PAGE = """<!doctype html>
<html><head><meta charset="utf-8"></head>
<body class="card card1"><div id="qa">%BODY%</div>
<script>
function _typeAnsPress() {}
function _reviews(front, back, seeds) {
  return seeds.map(function (seed) {
    __seed(seed);
    _show(front);
    var shown = _read();
    _show(back);
    return [shown, _read()];
  });
}
function _unscripted(front, back) {
  var qa = document.getElementById("qa");
  qa.innerHTML = front;  // scripts set by innerHTML never run: a client without scripts
  var shown = _read();
  qa.innerHTML = back;
  return [shown, _read()];
}
function _show(html) {
  var qa = document.getElementById("qa");
  qa.innerHTML = html;
  Array.prototype.forEach.call(qa.querySelectorAll("script"), function (old) {
    var script = document.createElement("script");
    script.text = old.text;
    old.parentNode.replaceChild(script, old);
  });
}
%READ%
</script></body></html>
"""
SEEDED = """
(function () {
  var state = 1;
  window.__seed = function (n) { state = Math.imul(n ^ 0x9e3779b9, 0x85ebca6b) >>> 0; };
  Math.random = function () {  // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    var t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
})();
"""
NO_STORAGE = """
Object.defineProperty(window, "sessionStorage", {
  get: function () { throw new Error("storage is off"); }
});
"""


def front_html(card) -> str:
    """The question side as the reviewer shows it (a text box for a typed answer)."""
    box = '<center><input type=text id=typeans onkeypress="_typeAnsPress();"></center>'
    return TYPE_ANSWER.sub(lambda m: box, card.question())


def back_html(card, col, typed: str = "") -> str:
    """The answer side, Anki's comparison of ``typed`` in place of ``[[type:...]]``."""
    html = card.answer()
    match = TYPE_ANSWER.search(html)
    if not match:
        return html
    had_hr = "<hr id=answer>" in html
    html = html.replace("<hr id=answer>", "")
    compared = col.compare_answer(card.note()[match[1]], typed)
    shown = f'\n<div style="font-family: Arial; font-size: 20px">{compared}</div>'
    if had_hr:
        shown = "<hr id=answer>" + shown
    return TYPE_ANSWER.sub(lambda m: shown, html)


class Reviewer:
    """A tab that shows cards as Anki's reviewer does."""

    def __init__(self, browser: Browser, *scripts: str):
        self.browser = browser
        self.opened = 0
        self.page: Page = browser.page()
        for source in (SEEDED, *scripts):
            self.page.before_load(source)
        self.page.open(browser.serve("reviewer.html", page("")))

    def seed(self, n: int) -> None:
        self.page.evaluate(f"__seed({n})")

    def show(self, html: str) -> None:
        """Show one side in place of the last, as desktop Anki does."""
        self.page.evaluate(f"_show({json.dumps(html)})")

    def open(self, html: str) -> None:
        """Show one side as a page of its own, as AnkiDroid does."""
        self.opened += 1
        self.page.open(self.browser.serve(f"side-{self.opened}.html", page(html)))

    def reviews(self, front: str, back: str, seeds: list[int]) -> list[tuple[dict, dict]]:
        """Front then back once per seed, as desktop Anki shows them: what each showed."""
        shown = self.page.evaluate(f"_reviews({json.dumps(front)}, {json.dumps(back)}, {seeds})")
        return [(f, b) for f, b in shown]

    def unscripted(self, front: str, back: str) -> tuple[dict, dict]:
        """Front then back as a client that runs no script shows them."""
        shown = self.page.evaluate(f"_unscripted({json.dumps(front)}, {json.dumps(back)})")
        return shown[0], shown[1]

    def read(self) -> dict:
        """What the side shown now shows: entries in order, each with its label."""
        return self.page.evaluate(
            f"(function () {{ {READ} return _read(); }})()"
        )  # no page script needed

    def evaluate(self, expression: str):
        return self.page.evaluate(expression)

    def errors(self) -> list[str]:
        return self.page.errors()

    def close(self) -> None:
        self.page.close()


def page(body: str) -> str:
    """The reviewer's page: ``body`` in ``#qa``, and the functions the tests call."""
    return PAGE.replace("%READ%", READ).replace("%BODY%", body)
