"""Read a plain-text document into blocks, line by line (one pass, linear in its length).

Lines are joined into paragraphs at blank lines. A bulleted line and the more deeply
indented lines under it are one list item, so a shop blurb under "• How Hitler Came To
Power" goes with its bullet; an indented line without a bullet is an item of its own
(a web page's list saved as text), continued by the next while its sentence runs on;
but when its sentence runs on into a line less indented, it was the first line of a
paragraph indented as books and licences indent them.
A reStructuredText heading (a line over "=====") is a heading, and so is a run-in
head in italics at a paragraph's start ("_Climate._--With the exception of ..."), and a Sphinx entry
(``.. method:: list.append(x)`` over its indented description) a glossary entry.
What a web page saved as text carries is handled here: "Heading[edit]" lines are
headings, a table of contents ("Contents", "1 Background", ...) and hatnotes ("Main
article: ...") are dropped, and footnote marks go before a line is judged, so a
paragraph ending in ``[28][29]`` still ends in a full stop and the short line after it
can be a heading.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quiz.authoring.drafting import boilerplate as bp
from quiz.authoring.drafting.blocks import Block, Read
from quiz.authoring.drafting.text import EDIT_MARK, without_footnotes

_BULLET = re.compile(r"^\s*(?:[•●▪◦‣·*+\-–]|\d{1,3}[.)]|#\.)\s+(\S.*)$")  # "#." numbers a reST list
_TOC_ENTRY = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+\S.{0,80}$")
_CONTENTS = ("contents", "table of contents")
_ENDS_SENTENCE = tuple(".!?…;:\"”’')")
_RUN_IN_HEAD = re.compile(r"^_([A-Z][^_]{1,60}?)\.?_\.?\s*(?:--|—)\s*(\S.*)$")
_CAPS_RUN_IN = re.compile(r"^([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){1,5}):\s+([A-Z]\S*\s.*)$")
_ITALIC = re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]{1,200}?)(?<=[^\s_])_(?![\w_])")
# an e-text's editorial blocks: "[Footnote 2: ...]", "[Illustration: ...]", "[Sidenote: ...]"
_EDITORIAL = re.compile(r"^\[(?:Footnote|Illustration|Sidenote|Transcriber|Note)\b", re.I)
_UNDERLINE = re.compile(r"^([=\-*~^#+\"])\1{2,}$")
_NUMERAL_HEAD = re.compile(r"^(?:(?:PART|BOOK|CHAPTER|SECTION|Part|Book|Chapter) )?[IVXL]{1,6}\.?$")
_API_ENTRY = re.compile(
    r"^\.\.\s+(?:py:)?(?:method|function|class|attribute|data|exception|decorator|option|"
    r"cmdoption|envvar|describe)::\s+(\S.*)$"
)


def _unmarked(m: re.Match[str]) -> str:
    """reST inline markup read as its text: ``code``, :exc:`ValueError`, *x*."""
    return next(g for g in m.groups() if g is not None)


def plain_blocks(text: str) -> Read:
    return split_lines(text, LineSplitter())


def split_lines(text: str, splitter: LineSplitter) -> Read:
    for line in text.split("\n"):
        splitter.line(line)
    splitter.close()
    return Read(splitter.blocks, splitter.dropped)


class LineSplitter:
    heads_by_look = True  # a short title-like line after a sentence is a heading

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.dropped: list[str] = []
        self.para: list[str] = []
        self.item: list[str] | None = None
        self.item_indent = 0
        self.bulleted = False
        self.group = 0
        self.in_contents = False
        self.styles: list[str] = []  # reST underlines in the order seen: their levels
        self.overline = ""  # the character of the overline just read
        self.entry: str | None = None  # the API entry whose description is being read
        self.described: list[str] = []
        self.after_blank = False  # a blank line came since the last line of text
        self.bracket_open = False  # an editorial block runs on past a blank line

    def line(self, raw: str) -> None:
        if self.api(raw):
            return
        if self.bracket_open:  # "[Illustration: ...", a blank line, "In the Louvre ...]"
            self.dropped.append(raw.strip())
            self.bracket_open = raw.count("[") >= raw.count("]")
            return
        stripped = without_footnotes(raw).strip()
        if not stripped:
            self.close_para()
            self.after_blank = True
            return
        if self.in_contents and _TOC_ENTRY.match(stripped):
            self.dropped.append(stripped)
            return
        self.in_contents = False
        underline = _UNDERLINE.match(stripped)
        if underline:  # reStructuredText: "More on Lists" over "====="
            if len(self.para) == 1:
                title = self.joined([self.para.pop()])
                style = ("over " if self.overline == underline[1] else "") + underline[1]
                if style not in self.styles:
                    self.styles.append(style)
                self.blocks.append(Block(title, heading=self.styles.index(style) + 1))
                self.overline = ""
            else:
                self.overline = underline[1] if not self.para else ""
            self.close()
            return
        if self.overline and self.para:
            self.overline = ""  # a rule over a paragraph, no title's overline
        if raw.startswith(".. "):  # a reST label, comment or directive line: no text
            self.close()
            self.dropped.append(stripped)
            return
        if EDIT_MARK.search(stripped) or stripped.casefold() in _CONTENTS:
            self.close()
            self.group += 1
            self.in_contents = stripped.casefold() in _CONTENTS
            if self.in_contents:
                self.dropped.append(stripped)
            else:
                self.blocks.append(Block(EDIT_MARK.sub("", stripped), heading=2))
            return
        if bp.is_hatnote(stripped):
            self.close()
            self.dropped.append(stripped)
            return
        self.text_line(raw, stripped)

    def api(self, raw: str) -> bool:
        """A Sphinx entry (``.. method:: list.append(x)`` and its indented description) is a
        glossary entry: the name is the term, the description's first sentence (what it
        does, before the code that shows it) its definition."""
        directive = _API_ENTRY.match(raw)
        if directive:
            self.close()
            self.entry = directive[1].strip()
            return True
        if self.entry is None:
            return False
        stripped = raw.strip()
        if stripped and not raw[:1].isspace():  # the description is over
            self.end_entry()
            return False
        if stripped.startswith(":") and not self.described:
            return True  # ":noindex:", an option of the directive
        if stripped:
            self.described.append(stripped)
        elif self.described:
            self.end_entry()  # its first paragraph is enough
        return True

    def end_entry(self) -> None:
        if self.entry is not None and self.described:
            first = re.split(r"(?<=\.)\s+(?=[A-Z])", " ".join(self.described))[0]
            text = re.sub(r"``([^`]+)``|:\w+:`~?([^`]+)`|\*([^*]+)\*", _unmarked, first)
            self.blocks.append(Block(self.joined([text]), term=self.entry))  # and its markup
        self.entry, self.described = None, []

    def text_line(self, raw: str, stripped: str) -> None:
        after_blank, self.after_blank = self.after_blank, False
        run_in = _RUN_IN_HEAD.match(stripped) or _CAPS_RUN_IN.match(stripped)
        if run_in and not self.para:  # "_Climate._--With the ...", "THE GENRE PAINTERS: This"
            self.close()
            self.blocks.append(Block(run_in[1].strip(), heading=2))
            raw = stripped = run_in[2]
        if _NUMERAL_HEAD.match(stripped) and not self.para and after_blank:
            self.close()  # a part's numeral on a line of its own, centred: "II"
            self.blocks.append(Block(stripped.rstrip("."), heading=2))
            return
        indent = len(raw) - len(raw.lstrip())
        bullet = _BULLET.match(raw)
        if bullet:
            self.new_item(bullet[1].strip(), indent, bulleted=True)
        elif self.item is not None and indent > self.item_indent and self.bulleted:
            self.item.append(stripped)
        elif indent >= 2 and not self.para:
            running_on = self.item is not None and indent == self.item_indent
            if (
                running_on
                and self.item
                and not self.item[-1].endswith(_ENDS_SENTENCE)
                and (stripped[:1].islower())
            ):
                self.item.append(stripped)  # an indented sentence running on
            else:
                self.new_item(stripped, indent, bulleted=False)
        elif (
            self.item is not None
            and not after_blank
            and not self.bulleted
            and indent < self.item_indent
            and not self.item[-1].endswith(_ENDS_SENTENCE)
        ):  # "  The GNU General Public License is a free, copyleft license for" / "software"
            self.para, self.item = [*self.item, stripped], None  # a paragraph indented first
        elif bp.is_credit_line(stripped):
            self.dropped.append(stripped)
        elif bp.is_reference_line(stripped):  # a block of its own: its pages are not the text's
            self.close()
            self.para.append(stripped)
        elif (
            self.heads_by_look
            and self.para
            and self.para[-1].endswith(_ENDS_SENTENCE)
            and _may_head(stripped)
        ):
            self.close()  # "... FORTRAN-92." then "Early history": a heading inside the run
            self.blocks.append(Block(stripped))
        else:
            self.close_item()
            self.para.append(stripped)

    def new_item(self, text: str, indent: int, *, bulleted: bool) -> None:
        self.close()
        self.item, self.item_indent, self.bulleted = [text], indent, bulleted

    def close_para(self) -> None:
        if self.para and _EDITORIAL.match(self.para[0]):
            text = " ".join(self.para)
            self.bracket_open = text.count("[") > text.count("]")  # it goes on past a blank
            self.dropped.extend(self.para)
            self.para = []
        if self.para and self.heads_by_look and _shouted(self.joined(self.para)):
            self.blocks.append(Block(self.joined(self.para).rstrip(". "), heading=2))
            self.para = []  # "LECTURE IV." or a two-line "FROM MY RETURN TO ENGLAND (...)"
        if self.para:
            self.blocks.append(Block(self.joined(self.para), code=self.code(self.para)))
            self.para = []
            self.group += 1

    def close_item(self) -> None:
        if self.item is None:
            return
        if any(bp.is_boilerplate(line) for line in self.item):
            self.dropped.append("\n".join(self.item))
        else:
            block = Block(self.joined(self.item), item=True, group=self.group)
            self.blocks.append(replace(block, code=self.code(self.item)))
        self.item = None

    def joined(self, lines: list[str]) -> str:
        """A paragraph's lines as one text, an e-text's ``_italics_`` read as their words (a
        reader of marked-up text also reads its markup)."""
        return _ITALIC.sub(r"\1", " ".join(lines))

    def code(self, lines: list[str]) -> tuple[str, ...]:
        """The inline code a paragraph's markup marks (plain text marks none)."""
        return ()

    def close(self) -> None:
        self.close_para()
        self.close_item()
        self.end_entry()


def _may_head(line: str) -> bool:
    return (
        (line[:1].isupper() or line[:1].isdigit())
        and bp.is_unpunctuated_line(line)
        and (len(line.split()) <= bp.HEADING_WORDS)
    )


SHOUTED_WORDS = 20  # an e-text's chapter heads run to two lines in capitals, never more


def _shouted(text: str) -> bool:
    """A paragraph all in capitals: an e-text's heading ("CAMBRIDGE 1828-1831.")."""
    letters = [c for c in text if c.isalpha()]
    return (
        len(letters) >= 4
        and all(c.isupper() for c in letters)
        and (len(text.split()) <= SHOUTED_WORDS)
    )
