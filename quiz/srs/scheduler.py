"""Spaced repetition: FSRS (py-fsrs) behind a small interface of ours.

``Scheduler.review(state, rating, now)`` is a pure function of its arguments: the
time is passed in and fuzz is drawn from a random generator seeded by the inputs,
so replaying a card's review log (each review with the desired retention and the
FSRS weights it was scheduled with) always rebuilds the same schedule:
:meth:`Scheduler.replay`, which the progress store rebuilds its cache with. py-fsrs
itself draws fuzz from the global ``random`` module, so we ask it for the unfuzzed
interval and fuzz here, with its own fuzz ranges. ``fsrs`` is imported on first use.
"""

from __future__ import annotations

import copy
import hashlib
import random
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from quiz.srs.cards import (
    DEFAULT_RETENTION,
    RETENTION_RANGE,
    CardState,
    Rating,
    ReviewLog,
    State,
    utc,
)
from quiz.srs.parameters import DEFAULT_WEIGHTS, Weights

#: One answer as a replay needs it: rating, time, desired retention, FSRS weights.
Replayed = tuple[Rating, datetime, float, Weights]


def check_retention(desired_retention: float) -> float:
    low, high = RETENTION_RANGE
    if not low <= desired_retention <= high:
        raise ValueError(f"desired retention must be between {low:.2f} and {high:.2f}")
    return desired_retention


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
        self.desired_retention = check_retention(desired_retention)
        self.enable_fuzzing = enable_fuzzing
        self.maximum_interval = maximum_interval
        self._steps = (learning_steps, relearning_steps)
        self._engines: dict[tuple[float, Weights], Any] = {}  # py-fsrs, per retention + weights
        self._engine(desired_retention, DEFAULT_WEIGHTS)

    def with_retention(self, desired_retention: float) -> Scheduler:
        """The same scheduler aiming at another desired retention."""
        other = copy.copy(self)
        other.desired_retention = check_retention(desired_retention)
        return other

    def _engine(self, desired_retention: float, weights: Weights) -> Any:
        if (desired_retention, weights) not in self._engines:
            from fsrs import Scheduler as FsrsScheduler

            learning, relearning = self._steps
            self._engines[desired_retention, weights] = FsrsScheduler(
                parameters=weights,
                desired_retention=check_retention(desired_retention),
                learning_steps=learning,
                relearning_steps=relearning,
                maximum_interval=self.maximum_interval,
                enable_fuzzing=False,
            )
        return self._engines[desired_retention, weights]

    def review(
        self,
        card: CardState | None,
        rating: Rating,
        now: datetime,
        *,
        key: str = "",
        retention: float | None = None,
        weights: Weights = DEFAULT_WEIGHTS,
    ) -> tuple[CardState, ReviewLog]:
        """The card's state after being rated ``rating`` at ``now``, and the log of it.

        ``key`` names the card (deck and question id); it seeds the fuzz with the rest
        of the review, so cards answered alike in the same second still spread out.
        ``retention`` overrides the desired retention for this review and ``weights``
        are FSRS's parameters (a replay passes the ones each answer was scheduled with).
        """
        from fsrs import Card
        from fsrs import State as FsrsState

        engine = self._engine(self.desired_retention if retention is None else retention, weights)
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
        fcard, _ = engine.review_card(fcard, Rating(rating), now)
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

    def replay(
        self,
        reviews: Iterable[Replayed],
        key: str = "",
        start: CardState | None = None,
        weights_now: Weights | None = None,
    ) -> CardState:
        """A card's state from its reviews, in the order they were recorded, after
        ``start`` (a schedule carried from another tool) or from new; the store rebuilds
        its cache with this.

        Each review is scheduled with its own desired retention and weights, so past
        due dates never move. Where the weights change (a fit, a reset) the card's
        memory (stability, difficulty) is first recomputed from its history (after
        ``start``) with the new weights, as Anki does when its parameters change; with
        ``weights_now`` the final memory is recomputed with those too.
        """
        card, done = start or CardState(), list[Replayed]()
        for rating, when, retention, weights in reviews:
            if done and weights != done[-1][3]:
                card = self._with_memory(card, self.memory(done, key, weights, start))
            card, _ = self.review(card, rating, when, key=key, retention=retention, weights=weights)
            done.append((rating, when, retention, weights))
        if done and weights_now is not None and weights_now != done[-1][3]:
            card = self._with_memory(card, self.memory(done, key, weights_now, start))
        return card

    def memory(
        self, reviews: list[Replayed], key: str, weights: Weights, start: CardState | None = None
    ) -> CardState:
        """The card as if every review had been scheduled with ``weights``: its memory
        (fuzz moves due dates only, so it is left out here)."""
        exact = self if not self.enable_fuzzing else copy.copy(self)
        exact.enable_fuzzing = False
        return exact.replay([(r, when, ret, weights) for r, when, ret, _ in reviews], key, start)

    @staticmethod
    def _with_memory(card: CardState, memory: CardState) -> CardState:
        return replace(card, stability=memory.stability, difficulty=memory.difficulty)

    def _fuzzed(self, interval: timedelta, seed: tuple[object, ...]) -> timedelta:
        """py-fsrs's fuzz ranges, drawn from a generator seeded by the review itself."""
        from fsrs.scheduler import FUZZ_RANGES

        days = interval.days
        if days < 2.5:
            return interval
        delta = 1.0
        for r in FUZZ_RANGES:
            delta += r["factor"] * max(min(float(days), r["end"]) - r["start"], 0.0)
        top = min(round(days + delta), self.maximum_interval)
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
