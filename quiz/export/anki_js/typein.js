/* quiz: the back of a type-in card judges what was typed by quiz's rules.
   Anki has already compared the typed text with the Answer field, character by
   character (<code id=typeans>: the typed line, an arrow, the expected line). This
   reads the typed text back from it, judges it with the note's judging data, and
   shows the verdict; when the verdict is right, Anki's red and green comparison is
   hidden. Without the data (a note edited in Anki, an older export), or where no
   script runs, Anki's comparison stays as it is. */
(function () {
  "use strict";
  var shown = document.getElementById("typeans");
  var holder = document.querySelector(".quiz-judging");
  if (!shown || !holder || shown.tagName === "INPUT" || shown.getAttribute("data-judged")) return;

  function decode(text) {
    var bytes = atob(text), escaped = "";
    for (var i = 0; i < bytes.length; i++) escaped += "%" + ("0" + bytes.charCodeAt(i).toString(16)).slice(-2);
    return JSON.parse(decodeURIComponent(escaped));
  }

  /* [typed, expected] from Anki's comparison; the typed line's "-" mark missing letters. */
  function texts(code) {
    var arrow = code.querySelector("#typearrow");
    var spans = code.querySelectorAll("span");
    if (!spans.length) return ["", code.textContent];
    if (!arrow) { // typed exactly: one line, all of it "good"; any other form is not read
      var good = Array.prototype.every.call(spans, function (s) { return /\btypeGood\b/.test(s.className); });
      return good ? [code.textContent, code.textContent] : null;
    }
    var typed = "", expected = "", after = false;
    Array.prototype.forEach.call(code.childNodes, function (node) {
      if (node === arrow) after = true;
      if (node.nodeType !== 1 || node.tagName !== "SPAN" || node === arrow) return;
      if (after) expected += node.textContent;
      else if (!/\btypeMissed\b/.test(node.className)) typed += node.textContent;
    });
    return [typed, expected];
  }

  function same(a, b) {
    var tidy = function (s) { return s.normalize("NFC").replace(/\s+/g, " ").trim(); };
    return tidy(a) === tidy(b);
  }

  function line(cls, text) {
    var div = document.createElement(cls === "verdict-head" ? "span" : "div");
    div.className = cls;
    div.textContent = text;
    return div;
  }

  try {
    var data = decode(holder.getAttribute("data-judging"));
    var pair = texts(shown);
    if (!pair) return;
    var key = data.kind === "numeric" ? String(data.answer) : data.texts[0];
    if (data.v !== 1 || !pair[0].trim() || !same(pair[1], key)) return; // edited in Anki
    var verdict = quizJudge.judge(data, pair[0]);
    var heads = { right: "\u2713 Right", wrong: "\u2717 Not right", unreadable: "Not read as an answer" };
    var said = verdict.notes.length ? verdict.notes.join("; ") + "." : ""; // as the terminal says
    if (verdict.reason) said += (said ? " " : "") + verdict.reason;
    var box = document.createElement("div");
    box.className = "verdict " + verdict.verdict;
    var head = line("verdict-line", said ? " \u2014 " + said : "");
    head.insertBefore(line("verdict-head", heads[verdict.verdict]), head.firstChild);
    box.appendChild(head);
    if (verdict.verdict === "right") {
      box.appendChild(line("typed", "You typed: " + pair[0]));
      box.appendChild(line("answer", pair[1]));
      shown.style.display = "none";
    }
    shown.setAttribute("data-judged", verdict.verdict);
    shown.parentNode.insertBefore(box, shown);
  } catch (e) {
    /* leave Anki's own comparison */
  }
})();
