"""From bubble darkness to answers, never guessing. No images, no I/O.

Each bubble is empty, marked or unsure (:func:`bubble_state`), from two figures measured
inside its ring (:mod:`quiz.scan.measure`): ``fill``, its mean darkness, and ``peak``,
the darkness of its darkest tenth. An empty bubble, or one whose mark was rubbed out,
stays light everywhere; a fill, a cross or a tick has dark strokes. What lies between
(a faint mark, an erasure that left a trace) is unsure and goes to the teacher.

A question's rows of bubbles then become the answer ``quiz grade`` reads
(:func:`field_answer`), or a problem to review: an unsure bubble anywhere, two marks
where one is allowed, an order with a position left out, a gap between the digits of a
number, a teacher's box left empty.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum

from quiz.exams.marking import score_cell

EMPTY_PEAK, EMPTY_FILL = 0.14, 0.10  # below both: nothing there, or well rubbed out
MARKED_PEAK, MARKED_FILL = 0.20, 0.06  # a dark stroke over a little of the disc ...
SOLID_FILL = 0.15  # ... or this much of it darkened, however lightly


class State(IntEnum):
    EMPTY = 0
    MARKED = 1
    UNSURE = 2


def bubble_state(fill: float, peak: float) -> State:
    if peak < EMPTY_PEAK and fill < EMPTY_FILL:
        return State.EMPTY
    if (peak >= MARKED_PEAK and fill >= MARKED_FILL) or fill >= SOLID_FILL:
        return State.MARKED
    return State.UNSURE


@dataclass(frozen=True)
class RowRead:
    """One row of a question as read: its label and each bubble's value and state."""

    label: str
    bubbles: tuple[tuple[str, State], ...]

    def marked(self) -> list[str]:
        return [v for v, s in self.bubbles if s == State.MARKED]

    def unsure(self) -> list[str]:
        return [v for v, s in self.bubbles if s == State.UNSURE]

    def seen(self) -> str:
        """The marks as the review shows them: 'a c', 'b?' for unsure, 'none'."""
        shown = [v + ("?" if s == State.UNSURE else "") for v, s in self.bubbles if s]
        return " ".join(shown) or "none"


@dataclass(frozen=True)
class Answer:
    """A question read from its rows: ``text`` for `quiz grade`, or a ``problem``."""

    text: str
    problem: str = ""
    seen: str = ""


def seen(rows: Sequence[RowRead]) -> str:
    if len(rows) == 1 and not rows[0].label:
        return rows[0].seen()
    return " | ".join(f"{r.label}: {r.seen()}" for r in rows)


def field_answer(kind: str, rows: Sequence[RowRead]) -> Answer:
    """What the marks of one question (or the student number, kind ``digits``) say."""
    shown = seen(rows)
    unsure = [r for r in rows if r.unsure()]
    if unsure:
        return Answer("", "a faint or partly erased mark", shown)
    marked = [r.marked() for r in rows]
    many = [r.label for r, m in zip(rows, marked, strict=True) if len(m) > 1]
    if kind == "many":
        return Answer(" ".join(m for row in marked for m in row), "", shown)
    if many:
        where = f" in row {many[0]}" if rows[0].label else ""
        return Answer("", f"two marks{where} where one is allowed", shown)
    picked = [m[0] if m else "" for m in marked]
    if kind == "one":
        return Answer(picked[0], "", shown)
    if kind == "match":
        return Answer(
            " ".join(f"{r.label}{p}" for r, p in zip(rows, picked, strict=True) if p), "", shown
        )
    if kind == "teacher":
        if not picked[0]:
            return Answer("", "the teacher's box is not marked", shown)
        return Answer(score_cell(picked[0]), "", shown)
    filled = [i for i, p in enumerate(picked) if p]
    if not filled:
        return Answer("", "", shown)
    if kind == "order":
        if len(filled) < len(picked):
            gap = rows[next(i for i, p in enumerate(picked) if not p)].label
            return Answer("", f"position {gap} has no letter", shown)
        return Answer(" ".join(picked), "", shown)
    # digits: written from the left or from the right; a gap inside is not a number
    if filled[-1] - filled[0] + 1 != len(filled):
        return Answer("", "a column without a digit between digits", shown)
    return Answer("".join(picked), "", shown)
