"""AsciiDoc's inline markup read as its text (used by :mod:`~quiz.authoring.drafting.asciidoc`).

``*bold*``, ``_italic_``, ``#highlight#`` and ``+passthrough+`` lose their marks;
`` `monospace` `` is kept apart as a code span, as the Markdown reader keeps its code;
``link:url[text]``, ``https://x[text]``, ``xref:file.adoc[text]`` and ``<<id,text>>`` read as
their text (a reference without text as its id's words), ``linkgit:git-log[1]`` as
``git-log``; ``footnote:[...]``, anchors, index terms and images go, and an attribute
reference (``{name}``) the document did not set goes too. ``10^6^`` reads as the power 10^6.
"""

from __future__ import annotations

import re
from collections.abc import Callable

REFERENCE = re.compile(r"\{(\w[\w-]*)\}")
# Code spans and passthroughs, read as they stand: ``code``, `code`, +++text+++, ++text++, +text+
_AS_IS = re.compile(
    r"``(.+?)``|(?<![\w`])`([^`\s](?:[^`]*?[^`\s])?)`(?![\w`])"
    r"|\+\+\+(.+?)\+\+\+|\+\+(.+?)\+\+|(?<![\w+])\+([^+\s](?:[^+]*?[^+\s])?)\+(?![\w+])"
)
_BOLD = re.compile(r"\*\*(.+?)\*\*|(?<![\w*])\*([^*\s]|[^*\s].*?\S)\*(?![\w*])")
_ID_WORDS = re.compile(r"[_-]+")


def _groups(m: re.Match[str]) -> str:
    return next((g for g in m.groups() if g is not None), "")


_ATTRIBUTE_VALUES = {"nbsp": " ", "sp": " ", "plus": "+", "amp": "&", "lt": "<", "gt": ">"}


def _words(target: str) -> str:
    """What a cross reference without text shows: its id's words (``_tidal_mills``)."""
    target = target.rsplit("#", 1)[-1].removesuffix(".adoc")
    return " ".join(_ID_WORDS.sub(" ", target.rsplit("/", 1)[-1]).split())


def _link_text(m: re.Match[str]) -> str:
    """``link:url[text]`` as its text: ``[text^]``, ``[text,window=_blank]``, ``["a, b"]``."""
    text = re.sub(r"\^$|,\s*\w+=.*$", "", m["text"].strip()).strip().strip('"')
    if text:
        return text
    return _words(m["target"]) if m["macro"] == "xref:" else m["target"]


def _reference(m: re.Match[str]) -> str:
    """``<<id,text>>`` as its text, ``<<_auto_id>>`` as the id's words."""
    return m[2].strip() if m[2] else _words(m[1])


_INLINE: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"[ \t]+\+$", re.M), ""),  # a hard line break
    (re.compile(r"\s*footnote(?:ref)?:[\w-]*\[(?:[^\]\\]|\\.)*\]"), ""),
    (re.compile(r"\(\(\((?:[^)]|\)(?!\)\)))*\)\)\)"), ""),  # (((index, terms)))
    (re.compile(r"\(\((.+?)\)\)"), r"\1"),  # ((an index term)) shown in the text
    (re.compile(r"\[\[\[?[^\]]*\]\]\]?|anchor:[\w-]+\[[^\]]*\]"), ""),
    (re.compile(r"\b(?:pass|kbd|btn):[\w,]*\[([^\]]*)\]"), r"\1"),
    (re.compile(r"\bmenu:([^\[\s]+)\[([^\]]*)\]"), r"\1 > \2"),
    (re.compile(r"\b(?:image|icon|indexterm2?):[^\[\s]*\[[^\]]*\]"), ""),
    (re.compile(r"\blinkgit:([\w.-]+)\[[^\]]*\]"), r"\1"),
    (
        re.compile(
            r"(?:\b(?P<macro>link:|xref:|mailto:)|\b(?=\w+://)|(?=\{[\w-]+\}))"
            r"(?P<target>[^\s\[]+)\[(?P<text>[^\]]*)\]"
        ),
        _link_text,
    ),
    (re.compile(r"<<([^,>]+?)(?:,\s*([^>]+))?>>"), _reference),
    (REFERENCE, lambda m: _ATTRIBUTE_VALUES.get(m[1], "")),
    (
        re.compile(r"\+\+\+(.+?)\+\+\+|\+\+(.+?)\+\+|(?<![\w+])\+([^+\s](?:[^+]*?[^+\s])?)\+"),
        _groups,
    ),
    (re.compile(r"\"`(.+?)`\""), r"“\1”"),
    (re.compile(r"'`(.+?)`'"), r"‘\1’"),
    (re.compile(r"\[[.#][\w.#-]*\](?=[#*_`])"), ""),  # [.role]#text#
    (re.compile(r"##(.+?)##|(?<![\w#])#([^#\s](?:[^#]*?[^#\s])?)#(?![\w#])"), _groups),
    (re.compile(r"__(.+?)__|(?<![\w_])_([^_\s]|[^_\s].*?\S)_(?![\w_])"), _groups),
    (re.compile(r"(?<![\w'])'([^'\s](?:[^'\n]*?[^'\s])?)'(?![\w'])"), r"\1"),  # old emphasis
    (re.compile(r"\^([^^\s]+)\^"), r"^\1"),  # 10^6^ is the power 10^6
    (re.compile(r"~([^~\s]+)~"), r"\1"),
    (re.compile(r"\(C\)"), "©"),
    (re.compile(r"\(R\)"), "®"),
    (re.compile(r"\(TM\)"), "™"),
    (re.compile(r"(?<=\w) -- (?=\w)|(?<=\w)--(?=\w)"), " — "),
    (re.compile(r"\\(?=[*_`#+{<\[~^'])"), ""),
)


def inline(text: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """A paragraph's text without its inline markup, its code spans and its bold phrases."""
    code: list[str] = []
    bold: list[str] = []
    out: list[str] = []
    at = 0
    for m in _AS_IS.finditer(text):
        out.append(_prose(text[at : m.start()], bold))
        span = " ".join(_groups(m).split())
        if m[1] or m[2]:
            span = span[1:-1] if len(span) > 2 and span[0] == span[-1] == "+" else span
            code.append(span)
        out.append(span)
        at = m.end()
    out.append(_prose(text[at:], bold))
    return " ".join("".join(out).split()), tuple(dict.fromkeys(code)), tuple(bold)


def _prose(text: str, bold: list[str]) -> str:
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    for m in _BOLD.finditer(text):
        bold.append(" ".join(_groups(m).split()))
    return _BOLD.sub(_groups, text)
