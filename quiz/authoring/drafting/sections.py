"""Where each block of a document stands: its section, its page, its box.

Text before the first heading is the section "Introduction" (decks cite it by that
name). A heading over references ("Sources", "See also"), exercises or learning
objectives sets its text aside up to the next heading of its level; a "Glossary" heading
(or a definition list anywhere) gives term entries. A page marker at the end of a
paragraph gives it and the unmarked paragraphs before it their page; but when the text
opens with a marker on a line of its own (an e-text's page anchor, ``<span id="page_34">
p. 34</span>``), each marker starts its page. A box's title is a
section that ends with the box. Used by :func:`~quiz.authoring.drafting.document.parse_document`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quiz.authoring.drafting import boilerplate as bp
from quiz.authoring.drafting.blocks import END_BOX, GAP, Block
from quiz.authoring.drafting.document import INTRODUCTION, Entry, Locator, Paragraph
from quiz.authoring.drafting.pages import strip_pages
from quiz.authoring.drafting.sentences import split_sentences
from quiz.authoring.drafting.text import (
    tidy,
    without_citations,
    without_footnotes,
    without_pointers,
)

# Notes that cite pages mark most paragraphs; a text with fewer marks than one in ten
# paragraphs cites a page here and there (in a note, after a quotation) and has no pages.
MARKS_PER_PARAGRAPH = 10
_LABEL = re.compile(r"[A-Z][\w ]{0,30}:")  # a fact box's label; its value is no heading
# A law book's section number between its sentences: "§ 1. THE discovery ...", "... in
# 1763. § 23. The treaty ..."
_SECTION_MARK = re.compile(r"(?:^|(?<=[.!?”\"])\s)§§?\s*\d+[a-z]?\.(?=\s+[A-Z“\"]|\s*$)\s*")
_TABLE_LABEL = re.compile(r"(?:TABLE|FIG\.|FIGURE|PLATE)\s+[\dIVXLC]+[A-Z]?\.?")


class Builder:
    """Places blocks in sections and pages, and collects glossary entries."""

    def __init__(self, dropped: list[str]):
        self.dropped = dropped
        self.section = INTRODUCTION
        self.paragraphs: list[_Draft] = []
        self.pending: list[_Draft] = []  # unpaged paragraphs a later page marker may claim
        self.region: tuple[str, int] | None = None  # (kind, heading level) set aside or glossary
        self.glossary: list[Entry] = []
        self.boxes: list[tuple[int, str, tuple[str, int] | None]] = []  # titled boxes open
        self.gap = ""  # what stood since the last paragraph: "code", "table", ...
        self.listed = False  # an item seen under the objectives heading
        self.outside_objectives = INTRODUCTION  # the section the objectives' heading ended
        self.marks = 0  # page markers seen
        self.page_open: str | None = None  # the page begun, when markers start pages
        self.labelled = False  # the last block was a field's label: "Cemetery Name:"
        self.captioned = False  # in a table's title: "TABLE 14" over "REAGENTS REQUIRED ..."

    def add(self, block: Block, introduces_text: bool) -> None:
        if block.mark == GAP:
            self.gap = self.gap or block.text
            if block.text == "code" and self.paragraphs:
                self.paragraphs[-1].code_after = True
        elif block.mark == END_BOX:
            self.close_boxes(block.box)
        elif block.heading is not None and block.box:
            self.box_title(block)
        elif block.heading is not None and self.captioned and block.text.isupper():
            self.dropped.append(block.text)  # a table's title read as a heading by its capitals
        elif block.heading is not None:
            self.heading(block.text, block.heading)
        elif block.term is not None:
            self.entry(block.term, block.text)
        elif self._after_objectives(block):
            self.region = None  # the text's own prose after its list of objectives
            self.section = self.outside_objectives
            self.body(block, introduces_text)
        elif self._furniture(block):
            self.dropped.append(block.text)
        else:
            self.body(block, introduces_text)

    def _after_objectives(self, block: Block) -> bool:
        if not self.region or self.region[0] != "objectives":
            return False
        if block.item:
            self.listed = True
            return False
        return self.listed and block.paragraph and not block.caption

    def _furniture(self, block: Block) -> bool:
        """Boilerplate, a caption, or text under a heading that sets its text aside."""
        region = self.region[0] if self.region else None
        aside = block.text.startswith("(") and block.text.endswith(")")  # "(this ends ...)"
        return (
            block.caption
            or aside
            or region in ("references", "set aside", "objectives")
            or bp.is_boilerplate(block.text)
            or bp.is_reference_line(block.text)
            or bp.is_hatnote(block.text)  # "Main article: Transitions"
        )

    def body(self, block: Block, introduces_text: bool) -> None:
        body, page = strip_pages(
            without_pointers(without_citations(without_footnotes(block.text.replace("<…>", "…"))))
        )
        body = _SECTION_MARK.sub(" ", body).strip()
        after_label, self.labelled = self.labelled, bool(_LABEL.fullmatch(body))
        if bp.is_table_text(body):
            self.dropped.append(body)
            return
        if _TABLE_LABEL.fullmatch(body):
            self.captioned = True  # "TABLE 14", and the capitals under it: the table's title
            self.dropped.append(body)
            return
        if self.captioned and body.isupper() and bp.is_unpunctuated_line(body):
            self.dropped.append(body)
            return
        self.captioned = False
        if not body:
            if page is not None and (self.page_open or not self.paragraphs):
                self.marks += 1
                self.page_open = page  # the text opened with a marker: markers start pages
            elif page is not None:
                self.claim(page)
        elif page is None and not (block.item or block.paragraph) and bp.is_unpunctuated_line(body):
            if bp.is_reference_heading(body):
                self.heading(body, None)  # "Bibliography" over its works, whatever follows
            elif (
                bp.is_caption(body) or bp.heads_nothing(body) or not introduces_text or after_label
            ):
                self.dropped.append(body)
            else:
                self.heading(body, None)
        elif self.region and self.region[0] == "glossary" and _GLOSSED.match(body):
            entry = _GLOSSED.match(body)
            assert entry is not None
            self.entry(entry[1], entry[2])
        else:
            para = _Draft(body, self.section, block, self.gap, self.page_open)
            self.gap = ""
            self.paragraphs.append(para)
            if self.page_open is None:
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
            # A bare line's level is unknown: the end matter it opens ("Bibliography", then
            # "Details of publication") runs on through the bare headings after it.
            self.region = (kind, 1 if level is None and kind == "references" else depth)
            self.listed = False
            self.outside_objectives = self.section
        self.section = " ".join(text.split()) or self.section
        self.pending = []

    def box_title(self, block: Block) -> None:
        """A box's title opens a section that ends with the box (a title beside it in the
        same box replaces it)."""
        self.close_boxes(block.box + 1)
        if not (self.boxes and self.boxes[-1][0] == block.box):
            self.boxes.append((block.box, self.section, self.region))
            self.region = None
        self.heading(block.text, block.heading)

    def close_boxes(self, depth: int) -> None:
        """The boxes deeper than ``depth`` have closed: their sections end."""
        while self.boxes and self.boxes[-1][0] > depth:
            _, self.section, self.region = self.boxes.pop()
            self.pending = []

    def entry(self, term: str, definition: str) -> None:
        locator = Locator("section", self.section)
        definition = tidy(without_citations(without_footnotes(definition)))
        self.glossary.append(Entry(tidy(term), definition, locator))

    def claim(self, page: str) -> None:
        self.marks += 1
        for para in self.pending:
            para.page = page
        self.pending = []

    def finish(self) -> list[Paragraph]:
        if self.marks < max(2, len(self.paragraphs) / MARKS_PER_PARAGRAPH):
            for para in self.paragraphs:
                para.page = None  # a stray "p. 118" in a note or a quotation: no page marking
        out = []
        for p in self.paragraphs:
            sentences = split_sentences(p.text)
            if sentences:
                block = p.block
                out.append(
                    Paragraph(
                        p.text,
                        p.section,
                        p.page,
                        tuple(sentences),
                        block.item,
                        block.group,
                        block.bold,
                        block.code,
                        after_gap=bool(p.gap_before),
                        by_code=p.gap_before == "code" or p.code_after,
                        summary=block.summary,
                        emphasis=block.emphasis,
                    )
                )
        return out


@dataclass
class _Draft:
    """A paragraph as the builder collects it, before its page is known."""

    text: str
    section: str
    block: Block
    gap_before: str  # what stood just before it: "code", "table", ... or ""
    page: str | None = None
    code_after: bool = False


_GLOSSED = re.compile(r"^([^:–—]{1,60}?)\s*(?::|\s[–—-])\s+(\S.*)$")
