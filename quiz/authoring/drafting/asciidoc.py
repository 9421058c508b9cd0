"""Read an AsciiDoc document (``.adoc``) into blocks, line by line.

AsciiDoc marks its structure, so nothing is guessed from a line's look:

- ``= Title`` is the title, ``==`` .. ``======`` are sections, and so is the old two-line
  form (a title over ``====``, ``----``, ``~~~~``, ``^^^^`` or ``++++`` of its length,
  give or take two); a document header's author and revision lines go;
- delimited blocks: listing ``----``, literal ``....``, passthrough ``++++``, comment
  ``////``, tables ``|===`` and fenced code are set aside; example ``====``, sidebar
  ``****``, quote ``____`` and open ``--`` blocks keep their text; an indented paragraph is
  literal (code), and so is a paragraph under ``[source]``, ``[listing]`` or ``[literal]``;
- block attribute lines (``[source,shell]``, ``[NOTE]``, ``[[id]]``), block titles
  (``.Title``), attribute entries (``:toc:``), directives (``include::``, ``ifdef::``),
  block macros (``image::x.png[]``) and ``//`` comments are no text;
- ``NOTE:``/``TIP:``/... paragraphs lose their label; ``term:: definition`` is a glossary
  entry; a man page's NAME and SYNOPSIS are no prose (the synopsis is code);
- inline markup is read as its text (:func:`inline`), ``monospace`` kept as code spans
  and ``*bold*`` as bold phrases, as the Markdown reader keeps them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.authoring.drafting.asciidoc_inline import REFERENCE, inline
from quiz.authoring.drafting.blocks import GAP, Block, Read, front_matter
from quiz.authoring.drafting.plaintext import LineSplitter, split_lines

_HEADING = re.compile(r"^(={1,6})[ \t]+(\S.*?)(?:[ \t]+=+)?$")
_SETEXT = re.compile(r"^([=\-~^+])\1+$")
_SETEXT_LEVELS = {"=": 1, "-": 2, "~": 3, "^": 4, "+": 5}
_SKIPPED = re.compile(r"^(?:-{4,}|\.{4,}|\+{4,}|/{4,}|[|,:!]={3,}|```.*)$")  # code, tables
_PROSE_FENCE = re.compile(r"^(?:={4,}|\*{4,}|_{4,}|--)$")
_ATTRIBUTE_LINE = re.compile(r"^\[(?:\[[^\]]*\]|[^\[\]]*)\]$")
_CODE_STYLE = re.compile(r"^\[(?:source|listing|literal|pass|comment|stem|latexmath|synopsis)\b")
_BLOCK_TITLE = re.compile(r"^\.[^\s.]")
_ENTRY = re.compile(r"^:!?\w[\w-]*!?:(?:[ \t]|$)")
_DIRECTIVE = re.compile(r"^[a-z][\w-]*::\S*\[.*\]$")  # include::, ifdef::, image::, toc::
_COMMENT = re.compile(r"^//(?!/{2})")
_ADMONITION = re.compile(r"^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):[ \t]+(\S.*)$")
_ITEM = re.compile(r"^[ \t]*(?:\*{1,5}|-|\.{1,5}|\d{1,3}\.|[a-zA-Z]\.|[ivx]{1,4}\))[ \t]+(\S.*)$")
_CHECKBOX = re.compile(r"^\[[ xX*]\][ \t]+")
_CALLOUT = re.compile(r"^<(?:\d{1,2}|\.)>[ \t]")
_TERM = re.compile(r"^(\S.*?)(?::{2,4}|;;)(?:[ \t]+(\S.*))?$")
_NO_PROSE = ("name", "synopsis")  # a man page's NAME and SYNOPSIS sections

_MARKS = re.compile(
    r"^={2,6} \S|^\[(?:[#.%]\w|\[\w|(?:source|listing|literal|verse|quote|synopsis|example|"
    r"discrete|abstract|appendix|glossary|bibliography|horizontal|cols|NOTE|TIP|WARNING|"
    r"IMPORTANT|CAUTION)\b)[^\]\n]*\]$|\b(?:link|xref|linkgit):[^\s\[]+\[|<<[\w#.-]+(?:,[^>\n]*)?>>"
    r"|^:!?\w[\w-]*!?:(?: |$)|^(?:include|ifdef|ifndef|endif|image)::\S*\[|^\S.*?:: \S",
    re.M,
)
_BLOCK_DELIMITER = re.compile(r"-{4,}|\.{4,}")
ASCIIDOC_EVIDENCE = 5  # marks, of two kinds at least, that make a .txt file AsciiDoc


def looks_like_asciidoc(text: str) -> bool:
    """Whether a plain-text file is AsciiDoc: its headings, attribute lines, links and
    macros, attribute entries, directives, description terms and listing blocks recur in
    it (two kinds of them at least)."""
    kinds: list[str] = []
    for m in _MARKS.finditer(text):
        kinds.append(m[0][:2])
        if len(kinds) >= ASCIIDOC_EVIDENCE and len(set(kinds)) >= 2:
            return True
    for kind in _listings(text):
        kinds.append(kind)
        if len(kinds) >= ASCIIDOC_EVIDENCE and len(set(kinds)) >= 2:
            return True
    return False


def _listings(text: str) -> Iterator[str]:
    """A mark for each ``----`` or ``....`` block: a delimiter line, lines, the same line
    again (more than a reST title between its over- and underline)."""
    opener: str | None = None
    inside: list[str] = []
    for line in text.split("\n"):
        line = line.rstrip()
        if opener is None:
            if _BLOCK_DELIMITER.fullmatch(line):
                opener, inside = line, []
        elif line != opener:
            inside.append(line)
        else:
            if len(inside) > 1 or (inside and len(inside[0]) > len(opener)):
                yield "listing"
            opener = None


def asciidoc_blocks(text: str) -> Read:
    body, declared, _ = front_matter(text)  # a static site's "---\ntitle: ...\n---" above it
    read = split_lines(body, _AsciidocSplitter())
    if declared and not read.title:
        read.title = declared
    return read


class _AsciidocSplitter(LineSplitter):
    heads_by_look = False

    def __init__(self) -> None:
        super().__init__()
        self.fence: str | None = None  # the delimiter that closes the block being skipped
        self.literal = False  # inside a literal paragraph: skipped to the blank line
        self.code_next = False  # a [source] line: the paragraph under it is code
        self.header = False  # the document header under the title: author, revision
        self.no_prose = ""  # inside a man page's NAME or SYNOPSIS
        self.terms: list[str] = []  # a description list's terms, waiting for their definition
        self.defined: list[str] = []
        self.attributes: dict[str, str] = {}

    def line(self, raw: str) -> None:
        stripped = raw.strip()
        if self.fence is not None:
            if stripped == self.fence or (self.fence == "```" and stripped.startswith("```")):
                self.fence = None
            elif stripped:
                self.dropped.append(stripped)
            return
        if not stripped:
            self.blank()
        elif self.header or _ENTRY.match(stripped):
            self.header_line(stripped)
        elif _COMMENT.match(stripped) or self.heading(stripped) or self.setext(stripped):
            return
        elif self.no_prose:  # kept only to see a heading underlined under it
            self.para = [stripped]
        elif not self.markup(raw, stripped):
            self.text(raw, stripped)

    def header_line(self, stripped: str) -> None:
        """A line of the header (author, revision) or an attribute entry (``:name: value``),
        whose value a ``{name}`` reference shows."""
        self.dropped.append(stripped)
        entry = _ENTRY.match(stripped)
        if entry:
            name = entry[0].strip(": \t!")
            if "!" in entry[0]:
                self.attributes.pop(name, None)
            else:
                self.attributes[name] = self.filled(stripped[entry.end() :].strip())

    def blank(self) -> None:
        if self.defined or not self.terms:
            self.close()
        self.literal = self.header = False

    def heading(self, stripped: str) -> bool:
        m = _HEADING.match(stripped)
        if m is None:
            return False
        self.add_heading(m[2], len(m[1]))
        self.header = len(m[1]) == 1 and len(self.blocks) == 1
        return True

    def add_heading(self, text: str, level: int) -> None:
        self.close()
        self.group += 1
        title = self.read([text])[0]
        self.no_prose = title.casefold() if title.casefold() in _NO_PROSE else ""
        self.blocks.append(Block(title, heading=level))
        if self.no_prose == "synopsis":
            self.blocks.append(Block("code", mark=GAP))

    def setext(self, stripped: str) -> bool:
        """The old two-line heading: a title over a line of ``=``, ``-``, ``~``, ``^``, ``+``."""
        if not (_SETEXT.match(stripped) and len(self.para) == 1 and self.item is None):
            return False
        title = self.para[0]
        if abs(len(title) - len(stripped)) > 2 or not title[0].isalnum() or title[-1] == ":":
            return False
        self.para = []
        self.add_heading(title, _SETEXT_LEVELS[stripped[0]])
        return True

    def markup(self, raw: str, stripped: str) -> bool:
        """A line of markup, never text: a delimiter, an attribute line or entry, a block
        title, a directive or block macro, a callout, or a line of code."""
        if stripped == "+":  # a list continuation: what follows is a block of its own
            self.close()
            return True
        skipped = _SKIPPED.match(stripped)
        if skipped or _PROSE_FENCE.match(stripped):
            self.close()
            self.code_next = False
            if skipped:
                self.fence = "```" if stripped.startswith("```") else stripped
                if stripped[0] in "-.`|,:!":
                    self.blocks.append(Block("table" if "=" in stripped else "code", mark=GAP))
            return True
        code_line = (raw[:1].isspace() and not _ITEM.match(raw)) or self.code_next
        code_line = code_line and not (self.para or self.item)
        if not (
            code_line
            or self.literal
            or _ATTRIBUTE_LINE.match(stripped)
            or _BLOCK_TITLE.match(stripped)
            or _DIRECTIVE.match(stripped)
            or _CALLOUT.match(stripped)
        ):
            return False
        if self.terms and not _ATTRIBUTE_LINE.match(stripped) and code_line:
            return False  # a definition indented under its term
        self.close()
        if code_line and not self.literal:
            self.blocks.append(Block("code", mark=GAP))
        self.literal = code_line or self.literal
        self.code_next = bool(_CODE_STYLE.match(stripped))
        self.dropped.append(stripped)
        return True

    def text(self, raw: str, stripped: str) -> None:
        admonition = _ADMONITION.match(stripped)
        item = _ITEM.match(raw)
        term = _TERM.match(stripped)
        if admonition:
            self.close()
            self.para.append(admonition[1])
        elif item:
            self.new_item(_CHECKBOX.sub("", item[1]), 0, bulleted=True)
        elif term and not term[1].startswith(("//", "[")):
            if self.defined or not self.terms:
                self.close()
            self.terms.append(term[1])
            self.defined = [term[2]] if term[2] else []
        elif self.terms:
            self.defined.append(stripped)
        elif self.item is not None:
            self.item.append(stripped)
        else:
            self.para.append(stripped)

    def close_para(self) -> None:
        if self.para and self.no_prose:
            self.dropped.extend(self.para)
            self.para = []
        if self.para:
            text, code, bold = self.read(self.para)
            if text:
                self.blocks.append(Block(text, paragraph=True, code=code, bold=bold))
            self.para = []
            self.group += 1

    def close_item(self) -> None:
        if self.item is not None:
            text, code, bold = self.read(self.item)
            if text:
                self.blocks.append(Block(text, item=True, group=self.group, code=code, bold=bold))
            self.item = None

    def close(self) -> None:
        super().close()
        term = ", ".join(t for t in (self.read([t])[0] for t in self.terms) if t.strip())
        definition = self.read(self.defined)[0] if self.defined else ""
        if term and definition.strip():  # "{unset}::" reads as nothing: no term
            self.blocks.append(Block(definition, term=term))
        elif self.terms:
            self.dropped.extend(self.terms)
        self.terms, self.defined = [], []

    def read(self, lines: list[str]) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
        """Lines as text (:func:`inline`), the attributes the document set filled in."""
        return inline(self.filled("\n".join(lines)))

    def filled(self, text: str) -> str:
        return REFERENCE.sub(lambda m: self.attributes.get(m[1], m[0]), text)
