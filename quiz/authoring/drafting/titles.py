"""A document's title: declared, given by the user, or read from its first lines.

A title a user gives (``--title``) is the title; a first heading or line that says
something else is then a section of the text ("Chapter 1."). Otherwise: a first
top-level heading that no other top-level heading follows ("Ring Finding" then
"Stereochemistry" are two sections), a note above it aside, the front matter's title, a
first short line, or an encyclopedia's capitalised headword ("ANGOLA, the general name
...", "The LUNAR SOCIETY OF BIRMINGHAM was ..."; not "NASA is ..."), else the file's
name. A site's name after the title ("... - Wikipedia") goes.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quiz.authoring.drafting import boilerplate as bp
from quiz.authoring.drafting.blocks import Block
from quiz.authoring.drafting.pages import strip_pages
from quiz.authoring.drafting.text import without_footnotes

_SITE_SUFFIX = re.compile(
    r"\s+(?:[-–—|:]\s+(?:Wikipedia|Wikimedia|Encyclopaedia Britannica|Britannica|MDN Web Docs|"
    r"MDN|the free encyclopedia)|\|\s+[^|]{1,40})\s*$",
    re.I,
)
# "ANGOLA, the general name ...", "The LUNAR SOCIETY OF BIRMINGHAM was a dinner club ..."
_HEADWORD = re.compile(
    r"^(?:(?:The|An?)\s+)?([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,5})"
    r"(?:,\s|(?:\s+\([^()]*\))?\s+(?:was|is|were|are|refers)\b)"  # "LISE MEITNER (...) was"
)


def title_of(
    blocks: list[Block], declared: str | None, fallback: str, given: str | None = None
) -> tuple[str, list[Block]]:
    first = blocks[0] if blocks else None
    if given:
        if first is None or not (first.heading or _titleish(first)):
            return given, blocks
        if _same_words(strip_pages(first.text)[0], given):
            return given, blocks[1:]
        return given, [replace(first, heading=first.heading or 1), *blocks[1:]]  # "Chapter 1."
    if first is not None and first.heading == 1 and any(b.heading == 1 for b in blocks[1:]):
        first = None  # "Ring Finding", then "Stereochemistry": two sections, no title
    if first is not None and first.heading == 1:
        return _site_free(strip_pages(first.text)[0]), blocks[1:]
    if not declared and len(blocks) > 1 and blocks[0].heading is None and blocks[1].heading == 1:
        return _site_free(blocks[1].text), blocks[2:]  # a note above the title ("DO NOT READ")
    if declared:
        return _site_free(declared), blocks
    if first is not None and first.heading is None and _titleish(first):
        return _site_free(strip_pages(first.text)[0]), blocks[1:]
    if first is not None and first.heading is not None and not bp.heading_region(first.text):
        return _site_free(first.text), blocks[1:]
    headword = _HEADWORD.match(first.text) if first is not None else None
    if headword and (headword[0].endswith(" ") or len(headword[1]) > 5):  # not "NASA is"
        # "ANGOLA, the general name of ...": an encyclopedia's article names itself
        return _headword_title(headword[1]), blocks
    name = re.sub(r"[-_]+", " ", fallback).strip()
    return (name[:1].upper() + name[1:]) or "Untitled document", blocks


def _same_words(a: str, b: str) -> bool:
    return re.findall(r"\w+", a.casefold()) == re.findall(r"\w+", b.casefold())


def _headword_title(words: str) -> str:
    return " ".join(
        w.lower() if i and w.lower() in bp.FUNCTION_WORDS else w.capitalize()
        for i, w in enumerate(words.split())
    )


def _site_free(title: str) -> str:
    """The title without a site's name after it or a note's mark ("... Conspiracy[^/100]")."""
    title = without_footnotes(title).strip() or title
    return _SITE_SUFFIX.sub("", title).strip() or title


def _titleish(block: Block) -> bool:
    return (
        not block.item
        and block.term is None
        and not (block.paragraph and not bp.is_unpunctuated_line(block.text))
        and bp.is_title_line(block.text)
        and not bp.is_boilerplate(block.text)
    )
