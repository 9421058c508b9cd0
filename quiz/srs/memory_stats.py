"""Anki's memory statistics: true retention, and how stable, difficult and recallable cards are.

*True retention* (Anki's name) counts, for each card and day, only the first answer
of the day, and only when the card was already learnt (in review): passed = not
Again. Learning steps, answers repeated the same day and cards still being learnt
say little about memory, so they are left out. Days are ``now``'s local days.

The distributions come from the cards' FSRS memory states (as the deck's current
parameters compute them): stability in days (how long until recall falls to 90%),
difficulty as Anki shows it (1-10 mapped to 0-100%), and retrievability now (the
chance of recalling the card today).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from quiz.srs.cards import CardState, LogEntry, Rating, State

#: (label, days back from today; None: all time)
PERIODS: tuple[tuple[str, int | None], ...] = (
    ("today", 0),
    ("yesterday", 1),
    ("last 7 days", 7),
    ("last 30 days", 30),
    ("last 365 days", 365),
    ("all time", None),
)

STABILITY_BINS = ((1, "under a day"), (7, "1-7 days"), (30, "1-4 weeks"), (91, "1-3 months"),
                  (365, "3-12 months"), (math.inf, "a year or more"))  # fmt: skip


@dataclass(frozen=True)
class Tally:
    label: str
    passed: int
    failed: int

    @property
    def rate(self) -> float | None:
        total = self.passed + self.failed
        return self.passed / total if total else None

    def to_dict(self) -> dict[str, object]:
        return {"period": self.label, "passed": self.passed, "failed": self.failed,
                "retention": self.rate}  # fmt: skip


@dataclass(frozen=True)
class Bucket:
    label: str
    cards: int


@dataclass(frozen=True)
class Memory:
    """How the deck's learnt cards stand: three distributions and the average recall now."""

    stability: tuple[Bucket, ...]
    difficulty: tuple[Bucket, ...]
    retrievability: tuple[Bucket, ...]
    average_retrievability: float | None

    def to_dict(self) -> dict[str, object]:
        def rows(buckets: tuple[Bucket, ...]) -> list[dict[str, object]]:
            return [{"range": b.label, "cards": b.cards} for b in buckets]

        return {
            "stability_days": rows(self.stability),
            "difficulty": rows(self.difficulty),
            "retrievability_now": rows(self.retrievability),
            "average_retrievability": self.average_retrievability,
        }


def true_retention(log: Iterable[LogEntry], now: datetime) -> tuple[Tally, ...]:
    """Passed and failed first-of-the-day answers to learnt cards, per period."""
    firsts: dict[tuple[str, date], LogEntry] = {}
    for entry in sorted(log, key=lambda e: e.id):
        day = entry.reviewed_at.astimezone(now.tzinfo).date()
        firsts.setdefault((entry.question, day), entry)
    today = now.date()
    counted = [
        (day, entry.rating != Rating.AGAIN)
        for (_, day), entry in firsts.items()
        if entry.state == State.REVIEW and entry.reviewed_at <= now
    ]
    tallies = []
    for label, back in PERIODS:
        if back is None:
            inside = counted
        elif label == "yesterday":
            inside = [c for c in counted if c[0] == today - timedelta(days=1)]
        else:  # today and the days before it
            inside = [c for c in counted if today - timedelta(days=max(back - 1, 0)) <= c[0]]
        passed = sum(ok for _, ok in inside)
        tallies.append(Tally(label, passed, len(inside) - passed))
    return tuple(tallies)


def percent_bins(values: list[float]) -> tuple[Bucket, ...]:
    """Ten buckets of 10 points each over 0..1."""
    counts = [0] * 10
    for v in values:
        counts[min(int(v * 10), 9)] += 1
    return tuple(Bucket(f"{i * 10}-{i * 10 + 10}%", n) for i, n in enumerate(counts))


def memory(cards: Iterable[CardState], now: datetime, decay: float) -> Memory:
    """Distributions over the cards that have a memory state (answered at least once).
    ``decay`` is FSRS's w20 in the deck's parameters (the forgetting curve's shape)."""
    known = [c for c in cards if c.stability is not None and c.difficulty is not None]
    stability = [0] * len(STABILITY_BINS)
    recall = []
    for card in known:
        assert card.stability is not None and card.last_review is not None
        stability[next(i for i, (top, _) in enumerate(STABILITY_BINS) if card.stability < top)] += 1
        days = max(0, (now - card.last_review).days)
        factor = 0.9 ** (-1 / decay) - 1
        recall.append((1 + factor * days / card.stability) ** -decay)
    return Memory(
        stability=tuple(Bucket(label, n) for (_, label), n in zip(STABILITY_BINS, stability,
                                                                   strict=True)),
        difficulty=percent_bins([((c.difficulty or 1.0) - 1) / 9 for c in known]),
        retrievability=percent_bins(recall),
        average_retrievability=sum(recall) / len(recall) if recall else None,
    )  # fmt: skip
