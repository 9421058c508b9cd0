"""What a draft has asked so far, kept so that a look-up costs the same at any length.

:class:`Seen` holds the statements of one value (its sentences and the names beside it);
:class:`Periods` the periods and single years asked in one section, since a year that
begins or ends a period asked just before ("from 1955 until 1959", then "complete in
1959") is that period again, and a section's second "In 1913, ..." is the same episode.
:func:`mentions_of` counts how often a long text names each person: one named once is a
walk-on (graders of rounds 17q-17x kept one in three such questions).
"""

from __future__ import annotations

from collections import Counter

from quiz.authoring.drafting.facts import Fact
from quiz.authoring.drafting.spots import Spot

WALK_ONS_FROM = 40  # sentences: a text this long names its main people more than once


def mentions_of(spots: list[Spot]) -> Counter[str] | None:
    """How often a long text names each last name (a short one names most people once, and
    that makes no one a walk-on)."""
    if len(spots) < WALK_ONS_FROM:
        return None
    return Counter(n.split()[-1] for spot in spots for n, _ in spot.names)


class Seen:
    """The statements of one value so far, folded so a look-up costs the same at any length:
    matched when a new one is in the same sentence, names nothing else, or shares a name."""

    def __init__(self) -> None:
        self.indices: set[int] = set()
        self.names: set[str] = set()
        self.nameless = False
        self.any = False

    def add(self, index: int, about: frozenset[str]) -> None:
        self.indices.add(index)
        self.names |= about
        self.nameless |= not about
        self.any = True

    def matches(self, index: int, about: frozenset[str]) -> bool:
        if not self.any:
            return False
        return index in self.indices or not about or self.nameless or bool(about & self.names)


PERIOD_REACH = 4  # sentences after a period within which its first or last year repeats it


class Periods:
    """The periods and years asked so far in one section, to know a year that begins or
    ends a period nearby ("1955 until 1959" ... "complete in 1959") as that period."""

    def __init__(self) -> None:
        self.asked: list[tuple[int, float, float | None, str]] = []  # index, start, end, era
        self.years: set[tuple[str, float]] = set()  # the single years asked

    def repeats(self, fact: Fact, spot: Spot) -> bool:
        if fact.kind not in ("year", "period") or fact.value is None:
            return False
        if fact.kind == "year" and (fact.era, fact.value) in self.years:
            return True  # one section's second "In 1913, ...": the same episode again
        ends = {fact.value, fact.end_value} - {None}
        for index, start, end, era in self.asked:
            if era != fact.era or spot.index - index > PERIOD_REACH:
                continue
            if end is not None and fact.kind == "year" and ends & {start, end}:
                return True
        return False

    def add(self, fact: Fact, spot: Spot) -> None:
        if fact.kind in ("year", "period") and fact.value is not None:
            self.asked.append((spot.index, fact.value, fact.end_value, fact.era))
        if fact.kind == "year" and fact.value is not None:
            self.years.add((fact.era, fact.value))
