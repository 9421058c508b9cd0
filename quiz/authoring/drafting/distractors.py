"""What makes a distractor fair: a value of the same kind, not the answer, not in view.

Years stand against years, sums against sums in the same currency and scale, counts
against counts of the same thing, shares against shares (a plan fulfilled to 108 percent
is no share); firms against firms, rivers against rivers, capitals against capitals. A
value already shown in the text asked, or a country whose people it names ("claims
against the Soviets"), would give the game away, and so would an answer that shows
elsewhere in that text.
"""

from __future__ import annotations

import math
import re

from quiz.authoring.drafting.names import CAPITALS, PLACE_FEATURES
from quiz.authoring.drafting.numbers import Fact
from quiz.authoring.drafting.spots import Spot

NAMES = frozenset({"person", "firm", "country", "place"})

SAME_THING = (  # names that must never be each other's distractors
    frozenset({"Russia", "USSR", "Soviet Union", "Soviet Russia", "Russian Empire"}),
    frozenset({"U.S.", "U.S.A.", "USA", "United States", "America"}),
    frozenset({"Britain", "Great Britain", "England", "UK", "United Kingdom"}),
)
PEOPLE_OF = {  # a country is in view when its people are: "claims against the Soviets"
    "Russia": ("Russian", "Soviet"), "USSR": ("Russian", "Soviet"),
    "Soviet Union": ("Russian", "Soviet"), "Soviet Russia": ("Russian", "Soviet"),
    "Germany": ("German",), "France": ("French",), "Britain": ("British",),
    "Great Britain": ("British",), "England": ("English",), "Spain": ("Spanish", "Spaniard"),
    "Italy": ("Italian",), "Poland": ("Polish",), "Finland": ("Finnish", "Finn"),
    "Sweden": ("Swedish", "Swede"), "Switzerland": ("Swiss",), "Austria": ("Austrian",),
    "Portugal": ("Portuguese",), "Netherlands": ("Dutch",), "Holland": ("Dutch",),
    "Canada": ("Canadian",), "United States": ("American",), "USA": ("American",),
    "Japan": ("Japanese",), "China": ("Chinese",), "Turkey": ("Turkish",),
}  # fmt: skip


def distractors(pools: dict[str, list[Fact]], fact: Fact, spot: Spot, n: int = 3) -> list[Fact]:
    """Other values of the same kind from the document, nearest first, none in view."""
    text, _ = spot.context(fact)
    chosen: list[Fact] = []
    pool = sorted(
        (
            o
            for o in pools.get(fact.kind, [])
            if (fact.kind not in ("count", "money") or _unit(o) == _unit(fact))  # not 12 years
            and (fact.kind != "percent" or _over_100(o) == _over_100(fact))  # shares vs growth
            and (fact.kind != "place" or _feature(o) == _feature(fact))  # rivers vs towns
        ),
        key=lambda o: (
            o.unit != fact.unit,
            (o.text in CAPITALS) != (fact.text in CAPITALS),  # Moscow or Berlin, not a town
            distance(fact, o),
            o.value if o.value is not None else 0,
            o.text,
        ),
    )
    for other in pool:
        if _same(other, fact) or any(_same(other, c) for c in chosen):
            continue
        if other.text in text or fact.pattern.format(other.text) in text:
            continue
        if fact.kind in NAMES and in_view(other.text, text):
            continue  # "claims against the Soviets": Soviet Russia is no distractor
        chosen.append(other)
        if len(chosen) == n:
            break
    return chosen


def distinct(facts: list[Fact]) -> list[Fact]:
    """The first fact of each text, unit and value, for a pool: a long document names
    "1922" a thousand times, and :func:`distractors` reads only these (sorting them all
    for every question made drafting a 1 MB document take minutes)."""
    seen: dict[tuple[str, str | None, float | None], Fact] = {}
    for f in facts:
        seen.setdefault((f.text, f.unit, f.value), f)
    return list(seen.values())


def gives_itself_away(fact: Fact, spot: Spot) -> bool:
    """Whether the answer shows elsewhere in the text asked ("Despite ____'s ... May left")."""
    text, shift = spot.context(fact)
    rest = text[: fact.start + shift] + " " + text[fact.end + shift :]
    probes = {fact.text}
    if fact.kind in NAMES:
        probes.add(fact.text.split()[-1])
        if in_view(fact.text, rest):  # "the Swiss socialist ... Lenin left ____"
            return True
    return any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", rest) for p in probes)


def _same(a: Fact, b: Fact) -> bool:
    if a.value is not None and b.value is not None:
        return a.value == b.value
    if a.kind in NAMES:
        return same_thing(a.text, b.text)
    return a.text.casefold() == b.text.casefold()


def _unit(fact: Fact) -> str | None:
    """The unit values must share to be compared: "million marks" (gold or not), "towns"."""
    if fact.unit is None:
        return None
    return " ".join(w for w in fact.unit.split() if w not in ("gold", "paper", "silver"))


def _feature(fact: Fact) -> str | None:
    """What kind of place a name is by its last word: "River", "Square"; None for a town."""
    last = fact.text.split()[-1]
    return last if last in PLACE_FEATURES else None


def _over_100(fact: Fact) -> bool:
    return (fact.value or 0) > 100


def same_thing(a: str, b: str) -> bool:
    """Names that may denote one thing ("Ernst May" and "May", "Russia" and "USSR")."""
    if a.casefold() == b.casefold() or a.split()[-1] == b.split()[-1]:
        return True
    return any(a in group and b in group for group in SAME_THING)


def in_view(name: str, text: str) -> bool:
    """Whether a name, another name for it, or its people show in ``text``."""
    probes = {name, *PEOPLE_OF.get(name, ())}
    for group in SAME_THING:
        if name in group:
            probes |= group | {p for n in group for p in PEOPLE_OF.get(n, ())}
    return any(re.search(rf"(?<!\w){re.escape(p)}(?:s|es)?(?!\w)", text) for p in probes)


def distance(a: Fact, b: Fact) -> float:
    """How far apart two values are, for picking plausible distractors."""
    if a.value is None or b.value is None:
        return 0.0
    if a.kind in ("year", "period"):
        return abs(a.value - b.value)
    return abs(math.log((a.value + 1) / (b.value + 1)))
