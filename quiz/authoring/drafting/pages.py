"""Page markers in a document's text: ``p.90-91``, ``pp. 12, 14``, ``p.128-9``.

Reading notes mark the page a paragraph comes from at its end ("... the ships. p.90-91")
or in brackets ("(p.12)"); a page in brackets after a quotation is the page of the
quotation's source, not of the text, and cites nothing. A label is the pages as written,
a range's short end read in full: ``128-9`` is ``128-129``.
"""

from __future__ import annotations

import re

_PAGE = r"pp?\.\s?\d+(?:\s?[-–]\s?\d+)?"
_PAGES = rf"{_PAGE}(?:\s*(?:,|&|and)\s*(?:pp?\.\s?)?\d+(?:\s?[-–]\s?\d+)?)*"
_TRAILING_PAGES = re.compile(rf"(?:^|\s)(?:(?:details|see|cf\.?)\s+)?({_PAGES})\s*$", re.I)
_INLINE_PAGES = re.compile(rf"\s*\(({_PAGES})\)", re.I)
# The page of a quotation's source, after its closing quote: "... hit you” (p. 68)".
_QUOTED_PAGES = re.compile(rf"(?<=[”\"’])\s*\((?:{_PAGES})\)", re.I)
_RANGE = re.compile(r"(\d+)(?:\s?[-–]\s?(\d+))?")


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


def strip_pages(text: str) -> tuple[str, str | None]:
    """The text without its page markers, and the page label they give (the page of a
    quotation's source is no page of the text: it goes and gives none)."""
    text = _QUOTED_PAGES.sub("", text)
    pages = []
    m = _TRAILING_PAGES.search(text)
    if m:
        pages.append(page_label(m[1]))
        text = text[: m.start()]
    for inline in _INLINE_PAGES.finditer(text):
        pages.append(page_label(inline[1]))
    text = _INLINE_PAGES.sub("", text).strip()
    return text, (pages[0] if pages else None)
