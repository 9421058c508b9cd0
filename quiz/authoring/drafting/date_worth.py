"""Which of a narrative's dates a draft asks.

A history or a life dates nearly every sentence, and blind graders kept few of them past
the introduction (whose dates they kept nine in ten). Two rules, both for sections past
the introduction (a page of notes is left whole: its writer chose what to note):

- A sentence that dates its event to the month or day tells a step of a chronicle (a
  bill's second reading, the day a panel was dated): in rounds 17q and 17r graders kept
  one such date in five. An epoch stays: a founding, a first, a birth or death, a treaty,
  an invasion.
- A section offers its first two dates: past them graders of rounds 17q-17s kept 42 %
  (36 of 86), against 53 % of the first two; the rest is left to the teacher.
"""

from __future__ import annotations

import re

from quiz.authoring.drafting.dates import to_the_month
from quiz.authoring.drafting.document import INTRODUCTION
from quiz.authoring.drafting.spots import Spot

DATE_KINDS = frozenset({"year", "date", "period", "decade"})
DATES_PER_SECTION = 2
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
