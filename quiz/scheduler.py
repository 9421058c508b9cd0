"""Spaced repetition: FSRS (py-fsrs) behind a small interface of ours.

``Scheduler.review(state, rating, now)`` is a pure function of its arguments: the
time is passed in and fuzz is drawn from a random generator seeded by the inputs,
so replaying a card's review log always rebuilds the same schedule (the progress
store relies on that to rebuild its cache). py-fsrs itself draws fuzz from the
global ``random`` module, so we ask it for the unfuzzed interval and fuzz here,
with its own fuzz ranges. ``fsrs`` is imported on first use only.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from enum import IntEnum
from typing import Any

DEFAULT_RETENTION = 0.9


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


class Scheduler:
    """FSRS with our settings; ``enable_fuzzing=False`` gives exact intervals (tests)."""

    def __init__(
        self,
        desired_retention: float = DEFAULT_RETENTION,
        *,
        enable_fuzzing: bool = True,
        learning_steps: tuple[timedelta, ...] = (timedelta(minutes=1), timedelta(minutes=10)),
        relearning_steps: tuple[timedelta, ...] = (timedelta(minutes=10),),
        maximum_interval: int = 36500,
    ):
        if not 0.7 <= desired_retention <= 0.99:
            raise ValueError("desired retention must be between 0.70 and 0.99")
        from fsrs import Scheduler as FsrsScheduler

        self.desired_retention = desired_retention
        self.enable_fuzzing = enable_fuzzing
        self._fsrs = FsrsScheduler(
            desired_retention=desired_retention,
            learning_steps=learning_steps,
            relearning_steps=relearning_steps,
            maximum_interval=maximum_interval,
            enable_fuzzing=False,
        )

    def review(
        self, card: CardState | None, rating: Rating, now: datetime, *, key: str = ""
    ) -> tuple[CardState, ReviewLog]:
        """The card's state after being rated ``rating`` at ``now``, and the log of it.

        ``key`` names the card (deck and question id); it seeds the fuzz with the rest
        of the review, so cards answered alike in the same second still spread out.
        """
        from fsrs import Card
        from fsrs import State as FsrsState

        card = card or CardState()
        now = utc(now)
        before = card.state
        fcard = Card(
            card_id=0,
            state=FsrsState(max(int(card.state), 1)),
            step=0 if card.state == State.NEW else card.step,
            stability=card.stability,
            difficulty=card.difficulty,
            due=card.due or now,
            last_review=card.last_review,
        )
        fcard, _ = self._fsrs.review_card(fcard, Rating(rating), now)
        due = fcard.due
        if self.enable_fuzzing and fcard.state == FsrsState.Review:
            due = now + self._fuzzed(due - now, seed=(key, now, rating, card.stability, card.reps))
        new = CardState(
            state=State(int(fcard.state)),
            step=fcard.step,
            stability=fcard.stability,
            difficulty=fcard.difficulty,
            due=due,
            last_review=now,
            reps=card.reps + 1,
            lapses=card.lapses + (before == State.REVIEW and rating == Rating.AGAIN),
        )
        return new, ReviewLog(Rating(rating), now, before, new.state, due)

    def replay(self, reviews: list[tuple[Rating, datetime]], key: str = "") -> CardState:
        """A card's state from its reviews, in the order they were recorded."""
        card = CardState()
        for rating, when in reviews:
            card, _ = self.review(card, rating, when, key=key)
        return card

    def retrievability(self, card: CardState, now: datetime) -> float:
        """Predicted chance of recalling the card at ``now`` (0 for a new card)."""
        if card.last_review is None or card.stability is None:
            return 0.0
        fsrs = self._fsrs
        days = max(0, (utc(now) - card.last_review).days)
        return float((1 + fsrs._FACTOR * days / card.stability) ** fsrs._DECAY)

    def _fuzzed(self, interval: timedelta, seed: tuple[object, ...]) -> timedelta:
        """py-fsrs's fuzz ranges, drawn from a generator seeded by the review itself."""
        from fsrs.scheduler import FUZZ_RANGES

        days = interval.days
        if days < 2.5:
            return interval
        delta = 1.0
        for r in FUZZ_RANGES:
            delta += r["factor"] * max(min(float(days), r["end"]) - r["start"], 0.0)
        top = min(round(days + delta), self._fsrs.maximum_interval)
        low = min(max(2, round(days - delta)), top)
        digest = hashlib.sha256(repr(seed).encode()).digest()
        rng = random.Random(int.from_bytes(digest[:8], "big"))
        return timedelta(days=rng.randint(low, top))


# Ratings from a checked answer ---------------------------------------------------------

#: Seconds a right answer may take and still count as Easy: a fixed allowance to
#: react, plus reading time for the text shown, plus typing time for the answer.
FAST_BASE_SECONDS = 2.0
FAST_READ_CHARS_PER_SECOND = 20.0  # about 240 words a minute
FAST_TYPE_CHARS_PER_SECOND = 5.0


def fast_limit(shown_chars: int, typed_chars: int) -> float:
    """The Easy threshold in seconds: 2 + shown/20 + typed/5.

    ``shown_chars`` is the length of the question as displayed (prompt and
    options); ``typed_chars`` the length of the answer the learner typed.
    """
    return (
        FAST_BASE_SECONDS
        + shown_chars / FAST_READ_CHARS_PER_SECOND
        + typed_chars / FAST_TYPE_CHARS_PER_SECOND
    )


def rating_for(correct: bool, score: float, seconds: float, limit: float) -> Rating:
    """Wrong -> Again, partly right -> Hard, right -> Good, right within ``limit`` -> Easy."""
    if correct:
        return Rating.EASY if seconds < limit else Rating.GOOD
    return Rating.HARD if score > 0 else Rating.AGAIN
