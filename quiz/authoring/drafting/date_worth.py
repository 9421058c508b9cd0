"""Which of a narrative's dates a draft asks.

A history or a life dates nearly every sentence, and blind graders kept few of them past
the introduction (whose dates they kept nine in ten). Two rules, both for sections past
the introduction (a page of notes is left whole: its writer chose what to note):

- A sentence that dates its event to the month or day tells a step of a chronicle (a
  bill's second reading, the day a panel was dated): in rounds 17q and 17r graders kept
  one such date in five. An epoch stays: a founding, a first, a birth or death, a treaty,
  an invasion.
- A section offers its first two dates, besides those of a making (what was invented,
  discovered, founded, first built or published): past them graders of rounds 17q-17s
  kept 42 % (36 of 86), against 53 % of the first two; the rest is left to the teacher.
  Over the graded documents of rounds 17q-17u this kept 408 of 747 graded candidates
  worth keeping (55 %), against 422 of 786 (54 %) with no quota.
"""

from __future__ import annotations

import re

from quiz.authoring.drafting.dates import to_the_month
from quiz.authoring.drafting.document import INTRODUCTION
from quiz.authoring.drafting.spots import Spot

DATE_KINDS = frozenset({"year", "date", "period", "decade"})
DATES_PER_SECTION = 2
_MAKING = re.compile(
    r"\b(?:invent\w*|discover\w*|found(?:ed|ing)?|first|earliest|patent\w*|develop\w*|"
    r"introduc\w*|establish\w*|creat\w*|built|publish\w*|design\w*)\b",
    re.I,
)
_EPOCH = re.compile(
    r"\b(?:found(?:ed|ing)|first|earliest|born|died|death|became|signed|treaty|declared|"
    r"destroyed|invaded|attacked|independence|established|opened|launched)\b",
    re.I,
)


def _past_introduction(spot: Spot) -> bool:
    return spot.locator.kind == "section" and spot.locator.label != INTRODUCTION


def a_chronicles_step(spot: Spot) -> bool:
    """Whether a sentence past the introduction dates a chronicle's step (see above)."""
    return (
        _past_introduction(spot)
        and to_the_month(spot.sentence)
        and not _EPOCH.search(spot.sentence)
    )


def date_quota(spot: Spot) -> float:
    """How many dates the section of ``spot`` offers."""
    return DATES_PER_SECTION if _past_introduction(spot) else float("inf")


def a_making(spot: Spot) -> bool:
    """Whether a sentence dates a making, which the quota leaves alone (see above)."""
    return bool(_MAKING.search(spot.sentence))
