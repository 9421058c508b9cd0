"""Order questions: the items of a dated list (a timeline, a list of releases), to put in
the order of their dates. Each item carries one date and is named by its lead ("Prolog,
designed in 1972 by ..." gives "Prolog").

Dated events cut from prose are not ordered. An item is shown alone, and a clause cut out
of a narrative leans on the sentences around it ("The first such bomb", "Was performed at
Venice", "[Florence] visited Chatham, which was a military"): none of six was kept in
blind rounds, one of six on the documents graded before them, against half of the years
asked one at a time.
"""

from __future__ import annotations

import re

from quiz.authoring.drafting.facts import Fact
from quiz.authoring.drafting.spots import Spot

MAX_EVENTS = 5
MAX_LIST = 8  # items of a dated list
MIN_EVENTS = 3
Used = list[tuple[Spot, Fact]]  # the dated facts an order question stands on


def order_question(spots: list[Spot]) -> tuple[dict, Used] | None:
    """Fields of an order question over the dated items of a list, and the facts it uses;
    None when no list has three or more."""
    return _dated_list(spots)


def _dated_list(spots: list[Spot]) -> tuple[dict, Used] | None:
    """A list whose items carry one date each: order the items by what they name."""
    groups: dict[int, list[Spot]] = {}
    for spot in spots:
        if spot.item:
            groups.setdefault(spot.group, []).append(spot)
    for items in groups.values():
        events: list[tuple[int, str, str]] = []
        used: Used = []
        for spot in items:
            dated = _dated(spot)
            lead = _lead(spot.sentence)
            if dated is None or not lead or any(lead == e[1] for e in events):
                continue
            events.append((_year(dated), lead, dated.text))
            used.append((spot, dated))
        years = {year for year, _, _ in events}
        spans = [(_year(f), int(f.end_value or _year(f))) for _, f in used]
        overlapping = any(lo < y <= hi for lo, hi in spans for y in years)  # C (1969-73), 1972
        if MIN_EVENTS <= len(events) <= MAX_LIST and len(years) == len(events) and not overlapping:
            where = items[0].locator
            place = f"page {where.label}" if where.kind == "page" else f"“{where.label}”"
            return _fields(
                f"Put these from the list in {place} in the order of their dates.", events
            ), used
    return None


def _fields(prompt: str, events: list[tuple[int, str, str]]) -> dict:
    events = sorted(events)
    return {
        "prompt": prompt,
        "items": tuple(item for _, item, _ in events),
        "explanation": "In the text: " + "; ".join(f"{d} — {item}" for _, item, d in events) + ".",
    }


def _dated(spot: Spot) -> Fact | None:
    dated = [f for f in spot.facts if f.kind in ("year", "period") and f.when]
    return dated[0] if len(dated) == 1 else None


def _year(fact: Fact) -> int:
    return fact.when[0] if fact.when else 0


def _lead(sentence: str) -> str:
    """What a list item names: "Prolog, designed in 1972 by ..." -> "Prolog"."""
    m = re.match(r"^([A-Z][\w+#’'.-]*(?:\s+[\w+#’'.-]+){0,3}?)\s*(?:,|\(|:|\s[-–—]\s)", sentence)
    return m[1].strip() if m else ""
