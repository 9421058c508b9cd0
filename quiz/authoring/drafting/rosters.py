"""A list of people and what each did ("Alan Cooper, developer of Visual Basic.") as match
questions: the fact is the pairing, so a match asks it once, where a question per line
would ask the same "____, creator of ..." thirty times.

An item is "Name, description": the name one the document knows as a person, the
description cut to its first clause. Pairs go five to a question, in the list's order;
an item whose description names another person of its question gives that pair away
and is left out.
"""

from __future__ import annotations

import re

from quiz.authoring.drafting.names import PERSON, NameIndex
from quiz.authoring.drafting.spots import Spot

MIN_ITEMS = 4  # a shorter list is no roster
PAIRS = 5  # pairs a question at most
DESCRIPTION_WORDS = 10
_ITEM = re.compile(
    r"^([A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|von|van|de|da|di|du|le|la)){0,4}),\s+(.+?)\.?$"
)
_CUT = re.compile(r",\s+|;\s+|\s+with\s+|\s+and\s+(?=[a-z]+\s+(?:of|to|with)\b)")
_BRACKETS = re.compile(r"\s*\([^()]*\)")


def roster_questions(spots: list[Spot], names: NameIndex) -> list[tuple[dict, list[str]]]:
    """Fields of each match question the lists of these spots make, with the names it asks."""
    groups: dict[int, list[Spot]] = {}
    for spot in spots:
        if spot.item:
            groups.setdefault(spot.group, []).append(spot)
    out = []
    for items in groups.values():
        entries = []
        for spot in items:
            m = _ITEM.match(spot.sentence)
            if m and names.kind(m[1]) == PERSON:
                entries.append((m[1], _short(m[2])))
        if len(entries) < MIN_ITEMS:
            continue
        where = items[0].locator
        place = f"page {where.label}" if where.kind == "page" else f"“{where.label}”"
        for i in range(0, len(entries), PAIRS):
            chunk = _fair(entries[i : i + PAIRS])
            if len(chunk) >= 3:
                prompt = f"Match each person with what the list in {place} says of them."
                out.append(({"prompt": prompt, "pairs": tuple(chunk)}, [n for n, _ in chunk]))
    return out


def _short(description: str) -> str:
    description = _BRACKETS.sub("", description)
    m = _CUT.search(description)
    if m and len(description[: m.start()].split()) >= 2:
        description = description[: m.start()]
    words = description.split()
    return " ".join(words[:DESCRIPTION_WORDS]) + (" …" if len(words) > DESCRIPTION_WORDS else "")


def _fair(chunk: list[tuple[str, str]]) -> list[tuple[str, str]]:
    lasts = {name.split()[-1] for name, _ in chunk}
    seen: set[str] = set()
    out = []
    for name, description in chunk:
        named = lasts - {name.split()[-1]}
        if any(re.search(rf"\b{re.escape(n)}\b", description) for n in named):
            continue  # "co-author ... with Dennis Ritchie" beside Dennis Ritchie
        if description.casefold() not in seen:
            seen.add(description.casefold())
            out.append((name, description))
    return out
