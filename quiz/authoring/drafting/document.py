"""Read a plain-text or Markdown document into sections, page-marked paragraphs and sentences.

Text before the first heading is the section "Introduction" (decks cite it by that
name). Page markers such as ``p.90-91`` or ``p.128-9`` at the end of a paragraph (the
habit of reading notes) give that paragraph and the unmarked ones before it their page;
``128-9`` is read as ``128-129``. A marker in a bibliography line ("Sources: … p.12-14",
"See … p.40") or under a "Sources"/"References" heading labels nothing: such lines are
dropped with their pages. Boilerplate and captions are dropped (see
:mod:`quiz.authoring.drafting.boilerplate`) and kept in ``Document.dropped`` for
inspection; footnote marks such as ``[3]`` or ``[citation needed]`` are taken out.

Pure: text in, :class:`Document` out. Reading a file is
:func:`quiz.authoring.drafting.files.read_document`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quiz.authoring.drafting import boilerplate as bp
from quiz.authoring.drafting.markdown import Block, blocks_of
from quiz.authoring.drafting.numbers import word_set

INTRODUCTION = "Introduction"

_PAGE = r"pp?\.\s?\d+(?:\s?[-–]\s?\d+)?"
_PAGES = rf"{_PAGE}(?:\s*(?:,|&|and)\s*(?:pp?\.\s?)?\d+(?:\s?[-–]\s?\d+)?)*"
_TRAILING_PAGES = re.compile(rf"(?:^|\s)(?:(?:details|see|cf\.?)\s+)?({_PAGES})\s*$", re.I)
_INLINE_PAGES = re.compile(rf"\s*\(({_PAGES})\)", re.I)
_RANGE = re.compile(r"(\d+)(?:\s?[-–]\s?(\d+))?")
_FOOTNOTE = re.compile(  # wiki-style marks: "[3]", "[a]", "[citation needed]"
    r"\[(?:\d{1,3}|[a-z]|(?i:citation needed|clarification needed|page needed|by whom\?|when\?|"
    r"according to whom\?|note \d{1,3}))\]"
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

    @property
    def locator(self) -> Locator:
        if self.page is not None:
            return Locator("page", self.page)
        return Locator("section", self.section)


@dataclass(frozen=True)
class Document:
    title: str
    paragraphs: tuple[Paragraph, ...]
    dropped: tuple[str, ...] = ()  # boilerplate and captions, in document order

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
    blocks, dropped = blocks_of(text, markdown=markdown)
    while blocks and blocks[0].heading is None and bp.is_boilerplate(blocks[0].text):
        dropped.append(blocks.pop(0).text)  # "Skip to main content" above the title
    title, blocks = _title(blocks, fallback_title)
    builder = _Builder(dropped)
    for i, block in enumerate(blocks):
        builder.add(block, blocks[i + 1 :])
    return Document(title, tuple(builder.finish()), tuple(builder.dropped))


def _title(blocks: list[Block], fallback: str) -> tuple[str, list[Block]]:
    if blocks and (blocks[0].heading == 1 or (blocks[0].heading is None and _titleish(blocks[0]))):
        return _strip_pages(blocks[0].text)[0], blocks[1:]
    name = re.sub(r"[-_]+", " ", fallback).strip()
    return (name[:1].upper() + name[1:]) or "Untitled document", blocks


def _titleish(block: Block) -> bool:
    return not block.item and bp.is_title_line(block.text) and not bp.is_boilerplate(block.text)


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


class _Builder:
    def __init__(self, dropped: list[str]):
        self.dropped = dropped
        self.section = INTRODUCTION
        self.paragraphs: list[dict] = []
        self.pending: list[dict] = []  # unpaged paragraphs a later page marker may claim
        self.references = False  # under a "Sources" or "Further reading" heading

    def add(self, block: Block, following: list[Block]) -> None:
        text = block.text
        if block.heading is not None:
            self.heading(text)
        elif self._furniture(block):
            self.dropped.append(text)
        else:
            self.body(block, following)

    def _furniture(self, block: Block) -> bool:
        """Boilerplate, a caption, or a list of works, whose page numbers cite other books."""
        text = block.text
        return (
            block.caption
            or self.references
            or bp.is_boilerplate(text)
            or bp.is_reference_line(text)
        )

    def body(self, block: Block, following: list[Block]) -> None:
        body, page = _strip_pages(_FOOTNOTE.sub("", block.text.replace("<…>", "…")))
        if not body:
            if page is not None:
                self.claim(page)
        elif page is None and not block.item and bp.is_unpunctuated_line(body):
            if bp.is_caption(body) or not _introduces_text(following):
                self.dropped.append(body)
            else:
                self.heading(body)
        else:
            para = {"text": body, "section": self.section, "page": None}
            self.paragraphs.append(para)
            self.pending.append(para)
            if page is not None:
                self.claim(page)

    def heading(self, text: str) -> None:
        self.section = " ".join(text.split())
        self.pending = []
        self.references = bp.is_reference_heading(self.section)

    def claim(self, page: str) -> None:
        for para in self.pending:
            para["page"] = page
        self.pending = []

    def finish(self) -> list[Paragraph]:
        out = []
        for p in self.paragraphs:
            sentences = split_sentences(p["text"])
            if sentences:
                out.append(Paragraph(p["text"], p["section"], p["page"], tuple(sentences)))
        return out


def _introduces_text(following: list[Block]) -> bool:
    """A heading is followed (past any captions) by a paragraph, not by the end."""
    for block in following:
        if block.heading is not None or bp.is_boilerplate(block.text):
            return False
        if bp.is_reference_line(block.text):
            return False
        body, page = _strip_pages(block.text)
        if block.caption or (
            page is None and bp.is_unpunctuated_line(body) and bp.is_caption(body)
        ):
            continue
        return page is not None or block.item or not bp.is_unpunctuated_line(body)
    return False


_ABBREVIATIONS = word_set(
    "mr mrs ms dr st prof gen col capt lt sgt no nos vol fig p pp ch vs cf ca approx "
    "jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e"
)
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9…])")
_LEAD_JUNK = re.compile(r"^(?:[…\s]|\.{3,}|\.\s)+")


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph; initials (K. Matuszak), U.S. and No. 4 do not end one."""
    text = " ".join(text.split())
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        before = text[start : m.start() + 1].split()
        last = before[-1].rstrip(".!?…") if before else ""
        word = last.lstrip("\"“‘'(").casefold()
        if text[m.start()] == "." and (
            word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or "." in word
        ):
            continue
        out.append(text[start : m.end()])
        start = m.end()
    out.append(text[start:])
    cleaned = (_LEAD_JUNK.sub("", s).strip() for s in out)
    return [s for s in cleaned if len(s.split()) >= 3 and any(c.isalpha() for c in s)]
