"""Read a document (plain text, Markdown, reST, AsciiDoc) into sections, paragraphs, sentences.

The readers (:mod:`~quiz.authoring.drafting.markdown`, :mod:`~quiz.authoring.drafting.plaintext`)
give blocks; this module gives the document its title and holds what it is made of, and
:mod:`~quiz.authoring.drafting.sections` gives each block its place: its section (text
before the first heading is the section "Introduction", decks cite it by that name; a
box's title, such as a note's "What were conditions like before 1870?", is a section of
its own that ends with the box) and its page (:mod:`~quiz.authoring.drafting.pages`).
Boilerplate and captions are dropped and kept in ``Document.dropped``. A paragraph knows
whether code, a table or a figure stood just before it (its first sentence then follows
on from nothing the reader sees) and whether code stands next to it (a lesson's worked
example).

Pure: text in, :class:`Document` out. Reading a file is
:func:`quiz.authoring.drafting.files.read_document`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from quiz.authoring.drafting import boilerplate as bp
from quiz.authoring.drafting.blocks import Block, read_blocks
from quiz.authoring.drafting.pages import strip_pages
from quiz.authoring.drafting.text import without_wiki_markup
from quiz.authoring.drafting.titles import title_of

INTRODUCTION = "Introduction"
PROSE_WORDS = 12  # a paragraph of prose, not a box's label or link


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
    code: tuple[str, ...] = ()  # inline code spans
    after_gap: bool = False  # code, a table or a figure stands just before it
    by_code: bool = False  # a code block stands just before or after it
    summary: bool = False  # sums up the text (a lesson's key points)
    emphasis: tuple[str, ...] = ()  # italic phrases

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
    author: str | None = None  # as its front matter declares it
    # How the text before the first heading is cited: a chapter under its heading alone
    # ("CHAPTER 13. The Steam Hammer") by that heading, for it has no introduction.
    opening: str = INTRODUCTION

    def cited(self, locator: Locator) -> str:
        """The label a citation of ``locator`` gives."""
        if locator.kind == "section" and locator.label == INTRODUCTION:
            return self.opening
        return locator.label

    def as_cited(self) -> Document:
        """The document with its opening labelled as citations give it."""
        if self.opening == INTRODUCTION:
            return self
        paragraphs = (
            replace(p, section=self.opening) if p.section == INTRODUCTION else p
            for p in self.paragraphs
        )
        return replace(self, paragraphs=tuple(paragraphs), opening=INTRODUCTION)

    @property
    def sections(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p.section for p in self.paragraphs))

    @property
    def locators(self) -> tuple[Locator, ...]:
        """Each distinct page or section, in document order."""
        return tuple(dict.fromkeys(p.locator for p in self.paragraphs))


def parse_document(
    text: str,
    *,
    markdown: bool = False,
    rest: bool = False,
    asciidoc: bool = False,
    fallback_title: str = "",
    given_title: str | None = None,
) -> Document:
    """The document; ``given_title`` is the one a user gives: a first heading or line that
    says something else is a section of the text, not its title."""
    read = read_blocks(text, markdown=markdown, rest=rest, asciidoc=asciidoc)
    blocks, dropped = read.blocks, read.dropped
    while blocks and (
        blocks[0].mark
        or (
            blocks[0].heading is None
            and (bp.is_boilerplate(blocks[0].text) or bp.is_hatnote(blocks[0].text))
        )
    ):
        first = blocks.pop(0)  # "Skip to main content" above the title
        if not first.mark:
            dropped.append(first.text)
    blocks = _without_wiki_debris(blocks, dropped)
    left = len(blocks)
    title, blocks = title_of(blocks, read.title, fallback_title, given_title)
    headed = len(blocks) < left  # the title is a line of the text
    blocks = _without_navigation(blocks, dropped)
    from quiz.authoring.drafting.sections import Builder

    builder = Builder(dropped)
    following = _following_texts(blocks)
    for block, introduces in zip(blocks, following, strict=True):
        builder.add(block, introduces)
    paragraphs = builder.finish()
    one_chapter = headed and all(p.section == INTRODUCTION for p in paragraphs)
    return Document(
        title,
        tuple(paragraphs),
        tuple(builder.dropped),
        tuple(builder.glossary),
        read.author,
        title if one_chapter else INTRODUCTION,
    )


def _following_texts(blocks: list[Block]) -> list[bool]:
    """For each block, whether the blocks after it (past captions) start with text.

    Computed backwards in one pass, so a long document costs no more than a short one.
    """
    out = [False] * len(blocks)
    answer = False
    for i in range(len(blocks) - 1, -1, -1):
        out[i] = answer
        block = blocks[i]
        if block.mark or bp.is_table_text(block.text):
            continue  # past a table to what it stands over
        if block.heading is not None or _cites_or_furnishes(block.text):
            answer = False
        else:
            body, page = strip_pages(block.text)
            if block.caption or (
                page is None and bp.is_unpunctuated_line(body) and bp.is_caption(body)
            ):
                continue
            answer = page is not None or block.item or not bp.is_unpunctuated_line(body)
    return out


def _without_wiki_debris(blocks: list[Block], dropped: list[str]) -> list[Block]:
    """The blocks with a wiki copy's links read and its image captions' remnants gone
    (:func:`~quiz.authoring.drafting.text.without_wiki_markup`); a block that was nothing
    but such a remnant (")]]", ", The Luncheon on the Grass, 1863]]") is dropped."""
    out = []
    for block in blocks:
        text = block.text if block.mark else without_wiki_markup(block.text)
        if text or block.mark:
            out.append(block if text == block.text else replace(block, text=text))
        else:
            dropped.append(block.text)
    return out


def _without_navigation(blocks: list[Block], dropped: list[str]) -> list[Block]:
    """The blocks without a web page's navigation boxes, as a copy of a whole wiki page
    carries them: a box opens with its "v", "t", "e" links (view, talk, edit) and runs,
    with its labels, link lists and table rows, to the next paragraph of prose. What
    stands between the prose before and the box (an infobox's rows, its heading) goes too:
    the article's lead then stands in its introduction, not under a box's label."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        if not _opens_navigation(blocks, i):
            out.append(blocks[i])
            i += 1
            continue
        start = len(out)
        while start and not _prose(out[start - 1]):
            start -= 1
        dropped += [b.text for b in out[start:] if not b.mark]
        del out[start:]
        while i < len(blocks) and not _prose(blocks[i]):
            if not blocks[i].mark:
                dropped.append(blocks[i].text)
            i += 1
    return out


def _opens_navigation(blocks: list[Block], i: int) -> bool:
    three = blocks[i : i + 3]
    return [b.text.strip().lower() for b in three] == ["v", "t", "e"] and all(b.item for b in three)


def _prose(block: Block) -> bool:
    text = block.text.strip()
    return (
        block.heading is None
        and not block.item
        and not block.mark
        and len(text.split()) >= PROSE_WORDS
        and "| " not in text
        and not bp.is_unpunctuated_line(text.split("\n")[-1])
    )


def _cites_or_furnishes(text: str) -> bool:
    return bp.is_boilerplate(text) or bp.is_reference_line(text)
