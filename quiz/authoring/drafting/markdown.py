"""Read a Markdown document into blocks with markdown-it-py (CommonMark, tables, raw HTML).

The parser gives the structure: headings, paragraphs, lists, quotes, code (dropped) and
tables (dropped, their cells are no sentences). Around it, what real Markdown carries:
front matter (its ``title:`` titles the document), template macros and kramdown
attributes (taken out before parsing), definition lists (``term`` / ``: definition``
glossary entries), and the boxes of textbook exports and lessons: HTML blocks whose
``data-type`` or class says what they hold, and Pandoc's fenced divs (``::: callout``),
read as the same. Learning objectives (``abstract``), exercises, challenges and their
solutions, figures and media are set aside; a glossary gives terms; a note or callout
is text like any other, and its title (a heading inside it, or a ``data-type="title"``
line) is a section of its own. Code blocks, tables and figures leave a gap mark, and
inline code spans are kept beside the text (a lesson's commands).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from quiz.authoring.drafting.blocks import END_BOX, GAP, Block, Read, front_matter
from quiz.authoring.drafting.boilerplate import is_reference_line, is_unpunctuated_line
from quiz.authoring.drafting.markdown_html import DATA_TYPE, SET_ASIDE, aside_kind, open_html_blocks
from quiz.authoring.drafting.myst import read_myst
from quiz.authoring.drafting.text import (
    expand_macros,
    tidy,
    without_attributes,
    without_tags,
    word_set,
)  # fmt: skip

if TYPE_CHECKING:
    from markdown_it.token import Token

_BOXES = ("div", "section", "aside", "figure", "table", "details")
_EMPTY_LINK = re.compile(r"\[\]\([^()\s]*\)")
_BREADCRUMB = re.compile(r"\S\s+[*»›>/|]\s+\S.*\s+[*»›>/|]\s+\S")
_SUMMARY = word_set("keypoints key-points summary takeaways key-takeaways")
_TAG = re.compile(r"<(/?)([a-zA-Z][\w-]*)([^>]*?)(/?)>|<!--.*?-->", re.S)
_DROPPED_TAGS = frozenset({"table", "figure", "figcaption", "script", "style", "nav", "aside"})
_DEFINITION = re.compile(r"^([^\n:]{1,80})\n:\s+(.+)$", re.S)


_CITES = re.compile(r"\bvol\.?\s*[\dIVXL]+\b.*\bpp?\.\s*\d")


def _prose(text: str) -> bool:
    """Whether an underlined "heading" is a paragraph: sentences over several lines."""
    return "\n" in text.strip() and len(text.split()) > 8


def _term_only(block: Block) -> bool:
    """A paragraph that is only a term: short, not a sentence, not a heading (but for a
    bold line, which reads as one) or an item."""
    return (
        block.heading in (None, 6)
        and not block.item
        and block.term is None
        and not block.mark
        and len(block.text) <= 80
        and not block.text.rstrip().endswith(tuple(".!?;:,"))
    )


_CAPTION_LEAD = re.compile(r"^(?:figure|fig\.|table|image|photo|source)\s*\d*[.:]?\s", re.I)


def markdown_blocks(text: str) -> Read:
    from markdown_it import MarkdownIt

    body, title, author = front_matter(text)
    parser = MarkdownIt("commonmark", {"html": True}).enable("table")
    walker = _Walker()
    walker.walk(parser.parse(open_html_blocks(without_attributes(expand_macros(read_myst(body))))))
    walker.read.title = tidy(without_attributes(expand_macros(title))) if title else None
    walker.read.author = author
    if sum(1 for b in walker.read.blocks[1:] if b.heading) <= 1:  # none, or a table's stray one
        _bare_headings(walker.read.blocks)
    return walker.read


def _bare_headings(blocks: list[Block]) -> None:
    """A Markdown file with no headings (text saved from a web page: "Biography" on a line
    of its own) marks its sections as plain text does, so its short unpunctuated lines may
    be headings (:mod:`~quiz.authoring.drafting.sections` decides, as for plain text)."""
    for at, block in enumerate(blocks):
        if block.paragraph and not block.item and not block.caption:
            blocks[at] = replace(block, paragraph=not is_unpunctuated_line(block.text))


# a number in <sup> after a word is a footnote mark ("transactions.<sup>1</sup>"), and so is
# a number linked within the page ("[7](#fn_12.md)"); after a
# digit it is a power ("10<sup>6</sup>"), and a sign is text ("Rh<sup>+</sup>")
_MARK_TEXT = r"\s*\[?(?:\d{1,3}|[a-z*†‡])\]?\s*"
_FOOTNOTE_MARK = re.compile(
    rf"(?<![\d\s])<sup\b[^>]*>\s*(?:<a\b[^>]*>{_MARK_TEXT}</a>|{_MARK_TEXT})\s*</sup>", re.I
)


# ... and so is a superscript number linked within the page, however set out:
# '<a href="#002">\n<b>\n<sup>\n2\n</sup>\n</b>\n</a>' (an HTML book's note call)
_LINKED_MARK = re.compile(
    r"<a\b[^>]*\bhref=[\"']#[^>]*>\s*(?:<(?:b|strong|span|i|em)\b[^>]*>\s*)*<sup\b[^>]*>"
    rf"{_MARK_TEXT}</sup>\s*(?:</(?:b|strong|span|i|em)>\s*)*</a>",
    re.I,
)
_SUPERSCRIPT = str.maketrans("0123456789-−+", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁻⁺")


def _footnote_marks(children: list[Token]) -> set[int]:
    """The positions of the inline tokens that make up footnote marks (see _FOOTNOTE_MARK)."""
    out: set[int] = set()
    close = None  # the next </sup> at or after the position looked at, found backwards
    ends: dict[int, int | None] = {}
    for at in range(len(children) - 1, -1, -1):
        if children[at].type == "html_inline" and children[at].content.startswith("</sup"):
            close = at
        ends[at] = close
    for at, child in enumerate(children):
        if child.type != "html_inline" or not re.match(r"<sup\b", child.content, re.I):
            continue
        end = ends[at]
        back = at - 1  # past the tags and line breaks around it: "<a href=#2><b><sup>"
        while back >= 0 and children[back].type in ("html_inline", "softbreak"):
            back -= 1
        before = children[back].content if back >= 0 and children[back].type == "text" else ""
        if end is None or not before[-1:] or before[-1:].isdigit() or before[-1:].isspace():
            continue
        inner = "".join(c.content for c in children[at : end + 1])
        if _FOOTNOTE_MARK.fullmatch("x" + inner, 1):
            out.update(range(at, end + 1))
    for at, child in enumerate(children[:-2]):  # "[7](#fn_12.md)": a numbered link within
        href = str(child.attrs.get("href", "")) if child.type == "link_open" else ""
        if href.startswith("#") and re.fullmatch(_MARK_TEXT, children[at + 1].content):
            out.update((at, at + 1, at + 2))
    return out


class _Walker:
    def __init__(self) -> None:
        self.read = Read()
        self.html: list[str] = []  # open HTML elements, by what they hold
        self.lists = 0
        self.list_stack: list[int] = []
        self.in_item = 0
        self.skip = 0  # inside a table

    def walk(self, tokens: list[Token]) -> None:
        for i, tok in enumerate(tokens):
            kind = tok.type
            if kind in ("table_open", "table_close"):
                self.skip += 1 if kind == "table_open" else -1
                if kind == "table_open":
                    self.read.blocks.append(Block("table", mark=GAP))
            elif self.skip:
                if kind == "inline":
                    self.read.dropped.append(tok.content)
            elif kind in ("bullet_list_open", "ordered_list_open"):
                self.lists += 1
                self.list_stack.append(self.lists)
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.list_stack.pop()
            elif kind == "list_item_open":
                self.in_item += 1
            elif kind == "list_item_close":
                self.in_item -= 1
            elif kind == "html_block":
                self.html_block(tok.content)
            elif kind in ("fence", "code_block"):
                self.read.dropped.append(tok.content.strip())
                self.read.blocks.append(Block("code", mark=GAP))
            elif kind == "inline" and i and tokens[i - 1].type == "heading_open":
                if (tokens[i - 1].markup in ("=", "-") and _prose(tok.content)) or _CITES.search(
                    tok.content
                ):
                    self.paragraph(tok)  # a scan's stray "=" under a paragraph, or "#" before
                    continue  # a note ("# Hall, Custom-Revenue, vol. 11, p. 83"): no heading
                level = int(tokens[i - 1].tag[1:])
                self.add(Block(tidy(_render(tok)[0]), heading=level, box=len(self.html)))
            elif kind == "inline":
                self.paragraph(tok)

    def set_aside(self) -> bool:
        return self._aside(self.html)

    @staticmethod
    def _aside(kinds: list[str]) -> bool:
        return any(kind in SET_ASIDE or kind in _DROPPED_TAGS for kind in kinds)

    def add(self, block: Block) -> None:
        if self.set_aside() and block.heading is None:
            self.read.dropped.append(block.text)
        elif block.text:
            self.read.blocks.append(block)

    def paragraph(self, tok: Token) -> None:
        raw, bold, only_images, only_emphasis, code, italic = _render(tok)
        if self.html and self.html[-1] == "title" and not self._aside(self.html[:-1]):
            self.add(Block(tidy(raw), heading=6, box=len(self.html) - 1))  # a note's title
            return
        definition = _DEFINITION.match(re.sub(r"\n\^\s*$", "", raw.strip()))
        if definition:
            term = tidy(definition[1])
            self.add(Block(tidy(definition[2]), term=term))
            return
        loose = re.match(r":\s+(\S.*)$", raw.strip(), re.S)  # Pandoc's loose definition list:
        before = self.read.blocks[-1] if self.read.blocks else None  # the term, a blank line,
        if loose and before is not None and _term_only(before):  # then ":   its definition"
            self.read.blocks.pop()
            self.add(Block(tidy(loose[1]), term=before.text))
            return
        lines = raw.split("\n")
        cited = [i for i, line in enumerate(lines) if is_reference_line(line)]
        if cited and len(lines) > 1:  # "Sources: ..." on the paragraph's last line: a block apart
            for start, end in zip([0, *[i + 1 for i in cited]], [*cited, len(lines)], strict=True):
                if start < end:
                    self.add(Block(tidy(" ".join(lines[start:end])), paragraph=True))
                if end < len(lines):
                    self.add(Block(tidy(lines[end]), paragraph=True))
            return
        text = tidy(raw)
        caption = only_images or only_emphasis or bool(_CAPTION_LEAD.match(text))
        item = bool(self.in_item)
        group = self.list_stack[-1] if self.list_stack and item else 0
        if bold and bold[0] == text and _BREADCRUMB.search(text):
            self.read.dropped.append(text)  # "Home * Engines * Mac Hack VI": where the page is
            return
        if bold and bold[0] == text and len(text.split()) <= 8 and not item:
            self.add(Block(text.rstrip(":"), heading=6, box=len(self.html)))  # a bold line heading
            return
        summary = any(kind in _SUMMARY for kind in self.html)
        block = Block(text, item=item, caption=caption, group=group, bold=bold, code=code)
        self.add(replace(block, emphasis=italic, paragraph=True, summary=summary))

    def html_block(self, content: str) -> None:
        """Track which HTML elements are open, and keep the text outside set-aside ones."""
        content = _LINKED_MARK.sub("", _FOOTNOTE_MARK.sub("", content))
        pos, text = 0, []
        for m in _TAG.finditer(content):
            text.append((content[pos : m.start()], self.set_aside()))
            pos = m.end()
            if m[2] is None or m[4]:
                continue  # a comment, or a self-closing tag
            name = m[2].casefold()
            if name not in _BOXES and name not in _DROPPED_TAGS:
                continue
            if m[1]:
                if self.html:
                    self.html.pop()
                    self.read.blocks.append(Block("", mark=END_BOX, box=len(self.html)))
            else:
                if name in _DROPPED_TAGS and name != "aside":
                    self.read.blocks.append(Block(name, mark=GAP))
                kinds = [w for k in DATA_TYPE.findall(m[3]) for w in k.split()]
                aside = [aside_kind(w) for w in kinds if aside_kind(w)]
                first = aside[0] if aside else kinds[0] if kinds else name
                self.html.append(first if name == "div" or name == "section" else name)
        text.append((content[pos:], self.set_aside()))
        kept = tidy(without_tags("".join(t for t, aside in text if not aside)))
        dropped = tidy(without_tags("".join(t for t, aside in text if aside)))
        if dropped:
            self.read.dropped.append(dropped)
        if kept:
            self.read.blocks.append(Block(kept, paragraph=True))


class _Run(NamedTuple):
    """An inline run as text (newlines kept), its bold phrases, whether it is only
    images or only emphasis (a caption), its code spans and its italic phrases."""

    text: str
    bold: tuple[str, ...]
    only_images: bool
    only_emphasis: bool
    code: tuple[str, ...]
    italic: tuple[str, ...]


def _render(tok: Token) -> _Run:
    out: list[str] = []
    bold: list[str] = []
    italic: list[str] = []
    em_at: int | None = None
    code: list[str] = []
    strong_at: int | None = None
    em = 0
    images = plain = emphasised = 0
    children = list(tok.children or [])
    marks = _footnote_marks(children)
    power = False  # inside <sup> after a digit: "10<sup>11</sup>" reads 10¹¹, not 1011
    cited = False  # inside a wiki's <ref>...</ref>: a reference, not the text
    for at, child in enumerate(children):
        kind = child.type
        if kind == "html_inline" and re.match(r"</?ref\b", child.content, re.I):
            cited = child.content[1] != "/" and not child.content.rstrip().endswith("/>")
            continue
        if at in marks or cited:
            continue
        if kind == "html_inline" and re.match(r"</?sup\b", child.content, re.I):
            power = child.content[1] != "/" and "".join(out)[-1:].isdigit()
        elif power and kind == "text":
            out.append(child.content.translate(_SUPERSCRIPT))
        elif kind == "text" or kind == "code_inline":
            out.append(child.content)
            if kind == "code_inline" and child.content.strip():
                code.append(child.content.strip())
            if child.content.strip():
                if em:
                    emphasised += 1
                else:
                    plain += 1
        elif kind in ("softbreak", "hardbreak"):
            out.append("\n")
        elif kind == "strong_open":
            strong_at = len(out)
        elif kind == "strong_close" and strong_at is not None:
            bold.append(tidy("".join(out[strong_at:])))
            strong_at = None
        elif kind == "em_open":
            em += 1
            em_at = len(out) if em == 1 else em_at
        elif kind == "em_close":
            em -= 1
            if em == 0 and em_at is not None:
                italic.append(tidy("".join(out[em_at:])))
        elif kind == "image":
            images += 1
        elif kind == "html_inline" and re.match(r"<br\b", child.content, re.I):
            out.append(" ")
    text = _EMPTY_LINK.sub("", "".join(out))  # "[](File:x.jpg)": a link Markdown refused
    only_emphasis = bool(emphasised) and not plain and not bold
    return _Run(
        text,
        tuple(b for b in bold if b),
        bool(images) and not (plain or emphasised),
        only_emphasis,
        tuple(dict.fromkeys(code)),
        tuple(i for i in italic if i),
    )
