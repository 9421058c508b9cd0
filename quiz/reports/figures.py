"""The class's figures for the report: score distribution and mean per topic. No I/O.

Every figure is computed from the marks `quiz grade` writes to the scores CSV, with each
student's percentage as that file shows it (two decimals), so a count in the histogram
or a mean in the report can be checked against the CSV by hand.

- distribution: students per band of 10 percentage points (0-10, 10-20 ... 90-100; a
  score on a boundary counts in the band above, 100 in the last), the mean, the median
  and the standard deviation (of a sample: n - 1, as a spreadsheet's STDEV);
- topics: per tag of the questions, the points the class earned on questions with that
  tag as a share of the points they could earn there (a student who did not have the
  question, with ``--pool``, counts for neither), lowest first: what to re-teach.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field

from quiz.exams.marking import Mark, StudentScore

BANDS = 10  # of 10 percentage points each
UNTAGGED = "(no tag)"


@dataclass(frozen=True)
class Distribution:
    """The class's percentages at a glance (None without students)."""

    counts: tuple[int, ...]  # students per band, BANDS of them
    mean: float | None
    median: float | None
    sd: float | None  # None below two students
    lowest: float | None
    highest: float | None


@dataclass(frozen=True)
class Topic:
    """One tag: the class's share of its points, over how many questions and answers."""

    tag: str
    share: float  # 0..1
    questions: int  # bank questions with the tag
    earned: float
    possible: float


def band(value: float) -> int:
    """The band a percentage falls in: 0 for 0-10 ... 9 for 90-100 (100 included)."""
    return min(BANDS - 1, max(0, int(value // (100 / BANDS))))


def distribution(scores: list[StudentScore]) -> Distribution:
    marks = [s.percent for s in scores]
    counts = [0] * BANDS
    for m in marks:
        counts[band(m)] += 1
    if not marks:
        return Distribution(tuple(counts), None, None, None, None, None)
    return Distribution(
        tuple(counts),
        statistics.fmean(marks),
        statistics.median(marks),
        statistics.stdev(marks) if len(marks) > 1 else None,
        min(marks),
        max(marks),
    )


@dataclass
class TagPoints:
    """The points earned and possible on the questions with one tag, and which questions."""

    earned: float = 0.0
    possible: float = 0.0
    keys: set[str] = field(default_factory=set)


def points_per_tag(marks: Iterable[Mark], untagged: str | None = None) -> dict[str, TagPoints]:
    """Per tag, in order of first meeting it; questions without tags count under
    ``untagged`` (if given)."""
    out: dict[str, TagPoints] = {}
    for m in marks:
        tags = m.question.question.tags or ((untagged,) if untagged else ())
        for tag in tags:
            points = out.setdefault(tag, TagPoints())
            points.earned += m.points
            points.possible += m.question.points
            points.keys.add(m.question.key)
    return out


def topics(scores: list[StudentScore]) -> list[Topic]:
    """Per tag, the class's share of the points, lowest first (ties by tag)."""
    tags = points_per_tag((m for s in scores for m in s.marks), UNTAGGED)
    found = [
        Topic(tag, t.earned / t.possible, len(t.keys), t.earned, t.possible)
        for tag, t in tags.items()
        if t.possible
    ]
    return sorted(found, key=lambda t: (t.share, t.tag))
