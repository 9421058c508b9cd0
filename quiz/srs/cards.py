"""What spaced repetition records: ratings, a card's schedule, and each review.

In :mod:`quiz.srs` a *card* is one question as the scheduler sees it: its memory
state and when it is due. Plain data, no I/O; :mod:`quiz.srs.scheduler` computes it
and :mod:`quiz.srs.store` keeps it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from enum import IntEnum
from typing import Any

DEFAULT_RETENTION = 0.9
RETENTION_RANGE = (0.7, 0.99)  # desired retention a learner may set (the store checks it too)


class Rating(IntEnum):
    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4


class State(IntEnum):
    """Where a card is in learning (values 1-3 are py-fsrs's ``State``)."""

    NEW = 0
    LEARNING = 1
    REVIEW = 2
    RELEARNING = 3


@dataclass(frozen=True)
class CardState:
    """A card's schedule. ``due`` and ``last_review`` are aware UTC datetimes."""

    state: State = State.NEW
    step: int | None = None
    stability: float | None = None
    difficulty: float | None = None
    due: datetime | None = None
    last_review: datetime | None = None
    reps: int = 0
    lapses: int = 0  # times forgotten after it had been learned (Review -> Again)

    @property
    def due_at(self) -> datetime:
        """When a card that has been answered is due (a new card has no due time)."""
        if self.due is None:
            raise ValueError("a new card is not scheduled yet")
        return self.due

    def to_dict(self) -> dict[str, Any]:
        return {
            "state": int(self.state),
            "step": self.step,
            "stability": self.stability,
            "difficulty": self.difficulty,
            "due": self.due.isoformat() if self.due else None,
            "last_review": self.last_review.isoformat() if self.last_review else None,
            "reps": self.reps,
            "lapses": self.lapses,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> CardState:
        return cls(
            state=State(int(d["state"])),
            step=d.get("step"),
            stability=d.get("stability"),
            difficulty=d.get("difficulty"),
            due=datetime.fromisoformat(d["due"]) if d.get("due") else None,
            last_review=datetime.fromisoformat(d["last_review"]) if d.get("last_review") else None,
            reps=int(d.get("reps", 0)),
            lapses=int(d.get("lapses", 0)),
        )


@dataclass(frozen=True)
class ReviewLog:
    """What one review did: the rating, when, and the state it moved from and to."""

    rating: Rating
    reviewed_at: datetime
    before: State
    after: State
    due: datetime

    @property
    def interval(self) -> timedelta:
        return self.due - self.reviewed_at


def utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("time must be timezone-aware")
    return moment.astimezone(timezone.utc)


@dataclass(frozen=True)
class LogEntry:
    """One answer as recorded: ``state`` is what the card was in when answered."""

    id: int
    deck: str
    question: str
    reviewed_at: datetime
    rating: Rating
    state: State
    answer: str | None
    duration_ms: int | None
    retention: float = DEFAULT_RETENTION  # the desired retention it was scheduled with
    parameters: int | None = None  # the FSRS parameter set it was scheduled with (None: defaults)
