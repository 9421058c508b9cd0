"""Text from a deck as Anki field HTML: never markup, never Anki syntax.

:func:`esc` escapes for HTML *and* for Anki. ``[`` is written ``&#91;`` (Anki reads
``[sound:x.mp3]``, ``[anki:tts]`` and ``[latex]`` anywhere in a card, attributes
included), braces as ``&#123;``/``&#125;`` (cloze markers), and a backslash before
``(`` or ``[`` is split from it by an empty element (MathJax typesets ``\\(x^2\\)`` in
the page's text, after entities are read). Cloze text is escaped piece by piece so the
deck's own ``{{c1::answer::hint}}`` markers, the one Anki syntax a deck writes, survive.
"""

from __future__ import annotations

import re

from quiz.bank.cloze import parse_cloze

_MATHJAX = re.compile(r"\\(?=[(\[])")  # \( and \[ open MathJax in Anki


def esc(text: str) -> str:
    """Plain text as field HTML: never markup, never Anki syntax; line breaks kept."""
    return _escape(text.strip())


def _escape(text: str) -> str:
    # html.escape(text, quote=False) and more; testing first halves the time of an export
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\\" in text:  # before '[' is escaped: MathJax reads the page's text, entities read
        text = _MATHJAX.sub(r"\\<span></span>", text)
    if "[" in text:
        text = text.replace("[", "&#91;")
    if "{" in text or "}" in text:
        text = text.replace("{", "&#123;").replace("}", "&#125;")
    if "\n" in text:
        text = text.replace("\n", "<br>")
    return text


def cloze_html(text: str) -> str:
    """Escape cloze text around and inside the deletions, keeping ``{{cN::answer::hint}}``.

    A ``:`` inside an answer or hint is written ``&#58;`` so that Anki, like quiz, reads
    the hint from the first ``::`` on.
    """
    text = text.strip()
    out, pos = [], 0
    for d in parse_cloze(text):
        out.append(_escape(text[pos : d.start]))
        hint = "" if d.hint is None else "::" + _inside(d.hint)
        out.append(f"{{{{c{d.number}::{_inside(d.answer)}{hint}}}}}")
        pos = d.end
    out.append(_escape(text[pos:]))
    return "".join(out)


def _inside(text: str) -> str:
    return _escape(text).replace(":", "&#58;")
