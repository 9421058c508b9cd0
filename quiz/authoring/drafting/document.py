"""Read a plain-text or Markdown document into sections, page-marked paragraphs and sentences.

The readers (:mod:`~quiz.authoring.drafting.markdown`, :mod:`~quiz.authoring.drafting.plaintext`)
give blocks; this module gives them their place. Text before the first heading is the
section "Introduction" (decks cite it by that name). A heading over references ("Sources",
"See also"), exercises or learning objectives sets its text aside up to the next heading
of its level; a "Glossary" heading (or a definition list anywhere) gives term entries.
Page markers such as ``p.90-91`` or ``p.128-9`` at the end of a paragraph (the habit of
reading notes) give that paragraph and the unmarked ones before it their page; ``128-9``
is read as ``128-129``. A marker in a bibliography line ("Sources: … p.12-14", "See …
p.40") labels nothing. Boilerplate and captions are dropped and kept in ``Document.dropped``.

Pure: text in, :class:`Document` out. Reading a file is
:func:`quiz.authoring.drafting.files.read_document`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quiz.authoring.drafting import boilerplate as bp
from quiz.authoring.drafting.blocks import Block, read_blocks
from quiz.authoring.drafting.sentences import split_sentences
from quiz.authoring.drafting.text import tidy, without_footnotes

INTRODUCTION = "Introduction"

_PAGE = r"pp?\.\s?\d+(?:\s?[-–]\s?\d+)?"
_PAGES = rf"{_PAGE}(?:\s*(?:,|&|and)\s*(?:pp?\.\s?)?\d+(?:\s?[-–]\s?\d+)?)*"
_TRAILING_PAGES = re.compile(rf"(?:^|\s)(?:(?:details|see|cf\.?)\s+)?({_PAGES})\s*$", re.I)
_INLINE_PAGES = re.compile(rf"\s*\(({_PAGES})\)", re.I)
_RANGE = re.compile(r"(\d+)(?:\s?[-–]\s?(\d+))?")
_SITE_SUFFIX = re.compile(
    r"\s+(?:[-–—|:]\s+(?:Wikipedia|Wikimedia|Encyclopaedia Britannica|Britannica|MDN Web Docs|"
    r"MDN|the free encyclopedia)|\|\s+[^|]{1,40})\s*$",
    re.I,
)


@dataclass(frozen=True)
class Locator:
    """Where a paragraph stands: a page (when the text marks pages) or else a section."""

    kind: str  # "page" | "section"
    label: str

    def __str__(self) -> str:
        return f"p. {self.label}" if self.kind == "page" else f"§ {self.label}"


@dataclass(frozen=True)
class Paragraph:
    text: str
    section: str
    page: str | None
    sentences: tuple[str, ...]
    item: bool = False  # a list item
    group: int = 0  # items of one list share it
    bold: tuple[str, ...] = ()  # strongly emphasised phrases

    @property
    def locator(self) -> Locator:
        if self.page is not None:
            return Locator("page", self.page)
        return Locator("section", self.section)


@dataclass(frozen=True)
class Entry:
    """A glossary entry: a term and its definition, and where the glossary stands."""

    term: str
    definition: str
    locator: Locator


@dataclass(frozen=True)
class Document:
    title: str
    paragraphs: tuple[Paragraph, ...]
    dropped: tuple[str, ...] = ()  # boilerplate, captions, exercises, in document order
    glossary: tuple[Entry, ...] = ()

    @property
    def sections(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p.section for p in self.paragraphs))

    @property
    def locators(self) -> tuple[Locator, ...]:
        """Each distinct page or section, in document order."""
        return tuple(dict.fromkeys(p.locator for p in self.paragraphs))


def page_label(marker: str) -> str:
    """``p.128-9`` -> ``128-129``; ``p.139-142 and p.192`` -> ``139-142, 192``."""
    parts = []
    for start, end in _RANGE.findall(marker):
        if end and len(end) < len(start):
            end = start[: len(start) - len(end)] + end
        parts.append(f"{start}-{end}" if end else start)
    return ", ".join(parts)


def page_numbers(label: str) -> frozenset[int]:
    """Every page a label covers: ``128-129, 192`` -> {128, 129, 192}."""
    out: set[int] = set()
    for start, end in _RANGE.findall(page_label(label)):
        lo, hi = int(start), int(end or start)
        if hi - lo <= 1000:
            out.update(range(lo, hi + 1))
    return frozenset(out)


def parse_document(text: str, *, markdown: bool = False, fallback_title: str = "") -> Document:
    read = read_blocks(text, markdown=markdown)
    blocks, dropped = read.blocks, read.dropped
    while blocks and blocks[0].heading is None and bp.is_boilerplate(blocks[0].text):
        dropped.append(blocks.pop(0).text)  # "Skip to main content" above the title
    title, blocks = _title(blocks, read.title, fallback_title)
    builder = _Builder(dropped)
    following = _following_texts(blocks)
    for block, introduces in zip(blocks, following, strict=True):
        builder.add(block, introduces)
    return Document(title, tuple(builder.finish()), tuple(builder.dropped), tuple(builder.glossary))


def _title(blocks: list[Block], declared: str | None, fallback: str) -> tuple[str, list[Block]]:
    first = blocks[0] if blocks else None
    if first is not None and first.heading == 1:
        return _site_free(_strip_pages(first.text)[0]), blocks[1:]
    if declared:
        return _site_free(declared), blocks
    if first is not None and first.heading is None and _titleish(first):
        return _site_free(_strip_pages(first.text)[0]), blocks[1:]
    if first is not None and first.heading is not None and not bp.heading_region(first.text):
        return _site_free(first.text), blocks[1:]
    name = re.sub(r"[-_]+", " ", fallback).strip()
    return (name[:1].upper() + name[1:]) or "Untitled document", blocks


def _site_free(title: str) -> str:
    return _SITE_SUFFIX.sub("", title).strip() or title


def _titleish(block: Block) -> bool:
    return (
        not block.item
        and block.term is None
        and not (block.paragraph and not bp.is_unpunctuated_line(block.text))
        and bp.is_title_line(block.text)
        and not bp.is_boilerplate(block.text)
    )


def _strip_pages(text: str) -> tuple[str, str | None]:
    """The text without its page markers, and the page label they give."""
    pages = []
    m = _TRAILING_PAGES.search(text)
    if m:
        pages.append(page_label(m[1]))
        text = text[: m.start()]
    for inline in _INLINE_PAGES.finditer(text):
        pages.append(page_label(inline[1]))
    text = _INLINE_PAGES.sub("", text).strip()
    return text, (pages[0] if pages else None)


def _following_texts(blocks: list[Block]) -> list[bool]:
    """For each block, whether the blocks after it (past captions) start with text.

    Computed backwards in one pass, so a long document costs no more than a short one.
    """
    out = [False] * len(blocks)
    answer = False
    for i in range(len(blocks) - 1, -1, -1):
        out[i] = answer
        block = blocks[i]
        if block.heading is not None or _cites_or_furnishes(block.text):
            answer = False
        else:
            body, page = _strip_pages(block.text)
            if block.caption or (
                page is None and bp.is_unpunctuated_line(body) and bp.is_caption(body)
            ):
                continue
            answer = page is not None or block.item or not bp.is_unpunctuated_line(body)
    return out


def _cites_or_furnishes(text: str) -> bool:
    return bp.is_boilerplate(text) or bp.is_reference_line(text)


class _Builder:
    def __init__(self, dropped: list[str]):
        self.dropped = dropped
        self.section = INTRODUCTION
        self.paragraphs: list[dict] = []
        self.pending: list[dict] = []  # unpaged paragraphs a later page marker may claim
        self.region: tuple[str, int] | None = None  # (kind, heading level) set aside or glossary
        self.glossary: list[Entry] = []

    def add(self, block: Block, introduces_text: bool) -> None:
        if block.heading is not None:
            self.heading(block.text, block.heading)
        elif block.term is not None:
            self.entry(block.term, block.text)
        elif self._furniture(block):
            self.dropped.append(block.text)
        else:
            self.body(block, introduces_text)

    def _furniture(self, block: Block) -> bool:
        """Boilerplate, a caption, or text under a heading that sets its text aside."""
        region = self.region[0] if self.region else None
        aside = block.text.startswith("(") and block.text.endswith(")")  # "(this ends ...)"
        return (
            block.caption
            or aside
            or region in ("references", "set aside")
            or bp.is_boilerplate(block.text)
            or bp.is_reference_line(block.text)
        )

    def body(self, block: Block, introduces_text: bool) -> None:
        body, page = _strip_pages(without_footnotes(block.text.replace("<…>", "…")))
        if not body:
            if page is not None:
                self.claim(page)
        elif page is None and not (block.item or block.paragraph) and bp.is_unpunctuated_line(body):
            if bp.is_caption(body) or not introduces_text:
                self.dropped.append(body)
            else:
                self.heading(body, None)
        elif self.region and self.region[0] == "glossary" and _GLOSSED.match(body):
            entry = _GLOSSED.match(body)
            assert entry is not None
            self.entry(entry[1], entry[2])
        else:
            para = {"text": body, "section": self.section, "page": None, "block": block}
            self.paragraphs.append(para)
            self.pending.append(para)
            if page is not None:
                self.claim(page)

    def heading(self, text: str, level: int | None) -> None:
        text = tidy(without_footnotes(text)).rstrip(":")
        depth = level or 2
        if self.region and depth <= self.region[1]:
            self.region = None
        kind = bp.heading_region(text)
        if kind is not None:
            self.region = (kind, depth)
        self.section = " ".join(text.split()) or self.section
        self.pending = []

    def entry(self, term: str, definition: str) -> None:
        locator = Locator("section", self.section)
        self.glossary.append(Entry(tidy(term), tidy(definition), locator))

    def claim(self, page: str) -> None:
        for para in self.pending:
            para["page"] = page
        self.pending = []

    def finish(self) -> list[Paragraph]:
        out = []
        for p in self.paragraphs:
            sentences = split_sentences(p["text"])
            if sentences:
                block: Block = p["block"]
                where = (p["text"], p["section"], p["page"], tuple(sentences))
                out.append(Paragraph(*where, block.item, block.group, block.bold))
        return out


_GLOSSED = re.compile(r"^([^:–—]{1,60}?)\s*(?::|\s[–—-])\s+(\S.*)$")
