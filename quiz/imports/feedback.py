"""quiz's own labelled context, read back: the inverse of :mod:`quiz.bank.citing`.

quiz's exports end a question's feedback (GIFT, QTI) or its Anki Explanation field with
the background under its label, then every citation under "Source:" or "Sources:", as
:meth:`quiz.bank.model.Deck.citation` spells them: ``Sara Moore, How Hitler Came To
Power, p. 3, p. 90-91; Russia Beyond, What role ..., § German loans``. The spelling
does not mark where a name or title ends, so each source is read as who wrote it (no
comma or semicolon in it), the title up to the first place, then its places (``p. ...``
or ``§ ...``); a title or section holding ``; `` still reads. A sources line is taken
only when it reads so: otherwise it stays in the explanation, as the file has it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from quiz.bank.citing import BACKGROUND_LABEL

_GROUP_RE = re.compile(
    r"(?P<who>[^,;\s][^,;]*), (?P<title>\S.*?), (?P<places>(?:p\. |§ )\S.*)", re.DOTALL
)
_PLACE_SPLIT_RE = re.compile(r", (?=p\. |§ )")
_SOURCE_LINE_RE = re.compile(r"(?:^| )Sources?: (.+)$")
_BACKGROUND_PREFIX = BACKGROUND_LABEL + ": "
MAX_GROUPS = 64  # "; " pieces read as one citation (more is not a citation line)


@dataclass(frozen=True)
class Cited:
    """One source's part of a spelled citation: who wrote it, its title, its places."""

    who: str
    title: str
    places: tuple[tuple[str | None, str | None], ...]  # (page, section) each


@dataclass(frozen=True)
class Feedback:
    explanation: str | None
    background: str | None
    citation: str  # the spelled citation after "Source:"/"Sources:", '' when none


def read_citation(text: str) -> list[Cited] | None:
    """The sources and places of a spelled citation, or None when it does not read so."""
    pieces = text.strip().split("; ")
    if not text.strip() or len(pieces) > MAX_GROUPS:
        return None

    @cache
    def groups_from(start: int) -> tuple[Cited, ...] | None:
        if start == len(pieces):
            return ()
        for end in range(start + 1, len(pieces) + 1):
            m = _GROUP_RE.fullmatch("; ".join(pieces[start:end]))
            cited = _cited(m) if m else None
            if cited and (rest := groups_from(end)) is not None:
                return (cited, *rest)
        return None

    found = groups_from(0)
    return list(found) if found is not None else None


def _cited(m: re.Match[str]) -> Cited | None:
    """One source's part, or None if a place in it is empty ("p. 3, p. ")."""
    places: list[tuple[str | None, str | None]] = []
    for place in _PLACE_SPLIT_RE.split(m["places"]):
        page, value = place.startswith("p. "), place[2:].strip()  # "p. 3" or "§ Name"
        if not value:
            return None
        places.append((value, None) if page else (None, value))
    return Cited(m["who"].strip(), m["title"].strip(), tuple(places))


def split_feedback(text: str) -> Feedback:
    """Feedback as quiz's GIFT and QTI exports write it: the explanation, the labelled
    background and the sources line, any of which may be missing."""
    lines = text.strip().split("\n")
    citation = ""
    m = _SOURCE_LINE_RE.search(lines[-1])
    if m and read_citation(m[1]) is not None:
        citation = m[1].strip()
        lines[-1] = lines[-1][: m.start()]
    return Feedback(*split_background("\n".join(lines)), citation)


def split_background(text: str) -> tuple[str | None, str | None]:
    """The explanation, and the background after its label (quiz's Anki Explanation field)."""
    lines = text.strip().split("\n")
    for i, line in enumerate(lines):
        if line.startswith(_BACKGROUND_PREFIX):
            background = "\n".join(lines[i:]).removeprefix(_BACKGROUND_PREFIX).strip()
            return "\n".join(lines[:i]).strip() or None, background or None
    return text.strip() or None, None
