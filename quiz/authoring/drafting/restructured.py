"""Read a reStructuredText document (``.rst``) into blocks, line by line.

The plain-text reader does the work (paragraphs at blank lines, bullets, headings over
``=====`` and under an overline too, Sphinx ``.. method::`` entries); this one adds what
reST means by its markup:

- a paragraph's wrapped lines are one paragraph, and a short line after a sentence is no
  heading (reST marks its headings, so none is guessed);
- ``.. glossary::`` terms, each over its indented definition, are glossary entries;
- directives that hold text (``.. note::``, ``.. admonition::``, ``.. topic::``) keep it and
  lose their options (``:class: tip``); the rest (``.. meta::``, ``.. image::``,
  ``.. code-block::``, ``.. toctree::``), comments, labels, substitution definitions and
  literal blocks (after ``::``) are dropped with everything indented under them;
- inline markup is read as its text: ``code``, :term:`amygdala`, `a link <url>`_,
  ``*emphasis*``; substitution references (``|image|``) and escaped spaces go.
"""

from __future__ import annotations

import re

from quiz.authoring.drafting.blocks import Block, Read
from quiz.authoring.drafting.plaintext import _API_ENTRY, LineSplitter, split_lines
from quiz.authoring.drafting.text import without_attributes, word_set

_DIRECTIVE = re.compile(r"^\.\.\s+([\w:-]+)::(.*)$")
_EXPLICIT = re.compile(r"^\.\.(?:\s|$)")  # a comment, label or substitution definition
_HOLDS_TEXT = word_set(
    "note tip hint important attention caution warning danger error admonition seealso "
    "topic sidebar card container epigraph highlights pull-quote compound rubric"
)
_OPTION = re.compile(r"^:[\w -]+:")
_TABLE_LINE = re.compile(r"^(?:\+[-=+]+\+|\|.*\|)$")
_ROLE = re.compile(r":([\w:-]+):`([^`<]+?)\s*(?:<[^`>]*>)?`")
# roles whose text is code (Sphinx's Python and standard domains); :term:, :ref:, :doc: are not
_CODE_ROLES = word_set(
    "meth func class exc attr mod keyword data const obj option envvar program command"
)
_LITERAL = re.compile(r"``([^`]+)``|`([^`<\s]+)`(?!_)")
_INLINE = (
    (re.compile(r"\\ "), ""),  # an escaped space joins markup to a word
    # a note or a citation: "[1]_", "[#]_", "[Kas96]_"
    (re.compile(r"\s*\[(?:\d{1,3}|#[\w-]*|\*|[A-Za-z][\w.-]*)\]_"), ""),
    (re.compile(r"`([^`<]+?)\s*<[^`>]*>`__?"), r"\1"),  # `text <url>`_
    (_ROLE, lambda m: _shown(m[2])),  # :term:`x <y>`, :exc:`~a.b.Error` shows "Error"
    (re.compile(r"``([^`]+)``"), r"\1"),
    (re.compile(r"`([^`]+)`_{0,2}"), r"\1"),
    (re.compile(r"\*\*([^*]+)\*\*|\*([^*\s][^*]*)\*"), r"\1\2"),
    (re.compile(r"\|[^|\n]+\|_{0,2}"), ""),  # a substitution reference: an image
    # a bare reference: "Python_" shows its word, "figure_utm_for_sa_" points at a figure
    (re.compile(r"\b([A-Za-z][\w-]*)_(?![\w-])"), lambda m: "[link]" if "_" in m[1] else m[1]),
)


_REST_MARKS = re.compile(r"^\.\. [\w:-]+::|:[\w:-]+:`[^`\n]+`|``[^`\n]+``", re.M)
REST_EVIDENCE = 5  # marks that make a .txt file reStructuredText (Sphinx's _sources/*.txt)


_ENUMERATOR = re.compile(r"(?:#|\d{1,2}|[a-z]|[ivx]{1,4})\.\s")  # "#. item", "2. item"


def looks_like_rest(text: str) -> bool:
    """Whether a plain-text file is reST: directives, roles and ``literals`` recur in it."""
    marks = _REST_MARKS.finditer(text)
    return sum(1 for _, _ in zip(range(REST_EVIDENCE), marks, strict=False)) == REST_EVIDENCE


def rest_blocks(text: str) -> Read:
    return split_lines(text, _RestSplitter())


class _RestSplitter(LineSplitter):
    heads_by_look = False

    def __init__(self) -> None:
        super().__init__()
        self.skipping = False  # inside what is dropped with its indented lines
        self.holding = False  # inside a directive that holds text: its options go
        self.glossary: int | None = None  # the indent of the glossary's terms, once seen
        self.in_glossary = False
        self.term: str | None = None
        self.defined: list[str] = []

    def line(self, raw: str) -> None:
        stripped = raw.strip()
        indented = raw[:1].isspace()
        if stripped and not indented:
            self.skipping = self.holding = False
            self.end_glossary()
        if self.skipping or (self.in_glossary and self.gloss(raw, stripped)):
            return
        if indented and stripped and self.item is None and self.entry is None and self.defines():
            self.in_glossary, self.glossary = True, 0  # a definition list: "term" over its
            self.term, self.defined = self.para.pop(), [stripped]  # indented definition
            return
        if self.holding and _OPTION.match(stripped):
            return
        self.holding = False
        if _TABLE_LINE.match(stripped):
            return
        directive = _DIRECTIVE.match(stripped)
        if directive and not _API_ENTRY.match(stripped):
            self.close()
            name = directive[1].split(":")[-1]
            if name == "glossary":
                self.in_glossary = True
            elif name in _HOLDS_TEXT:
                self.holding = True
            else:
                self.skipping = True
            self.dropped.append(stripped)
            return
        if _EXPLICIT.match(stripped) and not _API_ENTRY.match(stripped):
            self.close()
            self.skipping = True
            self.dropped.append(stripped)
            return
        if stripped.endswith("::"):  # a literal block follows: code
            super().line(raw.rstrip()[:-2].rstrip() + (":" if stripped != "::" else ""))
            self.close()
            self.skipping = True
            return
        keep = self.entry is not None or self.bulleted_line(raw)  # an API entry's indent counts
        super().line(raw.strip() if indented and not keep else raw)

    def defines(self) -> bool:
        """Whether the one line read of this paragraph is a definition list's term, now that
        an indented line follows it ("harvest_map_services" over "Whether services ...")."""
        if len(self.para) != 1:
            return False
        term = self.para[0]
        return (
            len(term.split()) <= 4
            and not term.endswith(tuple(".:;,!?"))
            and not term.startswith((">>>", "...", "* ", "- ", "+ ", "#."))
            and not _ENUMERATOR.match(term)
        )

    def bulleted_line(self, raw: str) -> bool:
        """Whether the line is a list item or under one (its indent then matters)."""
        return (
            self.item is not None
            or raw.lstrip()[:2] in ("* ", "- ", "+ ", "• ")
            or bool(_ENUMERATOR.match(raw.lstrip()))
        )

    def gloss(self, raw: str, stripped: str) -> bool:
        """A line of a glossary: a term at the glossary's indent, its definition deeper."""
        if not stripped:
            return True
        indent = len(raw) - len(raw.lstrip())
        if self.glossary is None:
            self.glossary = indent
        if indent <= self.glossary:
            self.end_term()
            self.term = stripped
        elif self.term is not None:
            self.defined.append(stripped)
        return True

    def end_term(self) -> None:
        if self.term is not None and self.defined:
            definition = self.joined(self.defined).rstrip(" ^")
            self.blocks.append(Block(definition, term=self.joined([self.term])))
        self.term, self.defined = None, []

    def end_glossary(self) -> None:
        if self.in_glossary:
            self.end_term()
        self.in_glossary, self.glossary = False, None

    def joined(self, lines: list[str]) -> str:
        text = " ".join(lines)
        for pattern, replacement in _INLINE:
            text = pattern.sub(replacement, text)
        return " ".join(without_attributes(text).split())

    def code(self, lines: list[str]) -> tuple[str, ...]:
        """The code a paragraph marks: ``literals``, `interpreted text` and the roles of
        :data:`_CODE_ROLES` (``:meth:`pop```), as the reader shows them."""
        text = re.sub(r"\\ ", "", " ".join(lines))
        found = [_shown(m[2]) for m in _ROLE.finditer(text) if m[1].split(":")[-1] in _CODE_ROLES]
        found += [m[1] or m[2] for m in _LITERAL.finditer(_ROLE.sub(" ", text))]
        return tuple(dict.fromkeys(c.strip() for c in found if c.strip()))

    def close(self) -> None:
        super().close()
        self.end_glossary()


def _shown(target: str) -> str:
    """A role's text as Sphinx shows it: ``~a.b.Error`` as "Error", ``!del`` as "del"."""
    target = target.strip().lstrip("!")
    if target.startswith("~"):
        return target[1:].rsplit(".", 1)[-1]
    return target
