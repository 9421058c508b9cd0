"""Progress statistics for a deck: pure computation from the review log, card states and now.

Definitions (also in docs/spaced-repetition.md):

- counts: *new* = questions of the deck never answered; *learning* = in learning or
  relearning steps; *review* = learned, scheduled days ahead.
- *due today* = due by the end of today (``now``'s day, in ``now``'s time zone),
  overdue ones included; the forecast gives, for today and the next 13 days, how
  many questions fall due that day (today's bar includes the overdue ones).
- *retention* (last 30 days) = share of answers to questions in review (not the
  first answers, not learning steps) that were not rated Again.
- *tag accuracy* = share of all answers to the deck's questions with that tag not
  rated Again.
- *leeches* = questions rated Again 4 or more times in all.

Questions removed from the deck count towards retention only.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from typing import Any

from quiz.bank.model import Deck
from quiz.srs.cards import CardState, LogEntry, Rating, State

FORECAST_DAYS = 14
RETENTION_DAYS = 30
LEECH_FAILURES = 4


@dataclass(frozen=True)
class TagAccuracy:
    tag: str
    answers: int
    right: int

    @property
    def accuracy(self) -> float:
        return self.right / self.answers


@dataclass(frozen=True)
class Leech:
    question: str
    failures: int
    prompt: str


@dataclass(frozen=True)
class DeckStats:
    deck: str
    title: str
    new: int
    learning: int
    review: int
    due_today: int
    forecast: tuple[tuple[date, int], ...]
    retention_reviews: int  # review answers in the last 30 days
    retention_passed: int  # of those, not Again
    tags: tuple[TagAccuracy, ...]
    leeches: tuple[Leech, ...]

    @property
    def retention(self) -> float | None:
        if not self.retention_reviews:
            return None
        return self.retention_passed / self.retention_reviews

    def to_dict(self) -> dict[str, Any]:
        return {
            "deck": self.deck,
            "title": self.title,
            "counts": {"new": self.new, "learning": self.learning, "review": self.review},
            "due_today": self.due_today,
            "forecast": [{"date": d.isoformat(), "due": n} for d, n in self.forecast],
            "retention_30d": {
                "reviews": self.retention_reviews,
                "passed": self.retention_passed,
                "rate": self.retention,
            },
            "tags": [{**asdict(t), "accuracy": t.accuracy} for t in self.tags],
            "leeches": [asdict(leech) for leech in self.leeches],
        }


def deck_stats(
    deck: Deck, log: Iterable[LogEntry], cards: dict[str, CardState], now: datetime
) -> DeckStats:
    """Statistics for ``deck`` from its log entries and card states at ``now`` (aware)."""
    questions = {q.id: q for q in deck.questions}
    active = {qid: card for qid, card in cards.items() if qid in questions}
    states = Counter(card.state for card in active.values())
    today = now.date()
    forecast = [0] * FORECAST_DAYS
    for card in active.values():
        day = (card.due_at.astimezone(now.tzinfo).date() - today).days
        if day < FORECAST_DAYS:
            forecast[max(day, 0)] += 1

    since = now - timedelta(days=RETENTION_DAYS)
    reviews = passed = 0
    failures: Counter[str] = Counter()
    by_tag: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for entry in log:
        recalled = entry.rating != Rating.AGAIN
        if entry.state == State.REVIEW and since <= entry.reviewed_at <= now:
            reviews += 1
            passed += recalled
        q = questions.get(entry.question)
        if q is None:
            continue
        failures[q.id] += not recalled
        for tag in q.tags:
            by_tag[tag][0] += 1
            by_tag[tag][1] += recalled

    leeches = sorted(
        (
            Leech(qid, n, questions[qid].prompt_text)
            for qid, n in failures.items()
            if n >= LEECH_FAILURES
        ),
        key=lambda leech: (-leech.failures, leech.question),
    )
    return DeckStats(
        deck=deck.id,
        title=deck.title,
        new=len(questions) - len(active),
        learning=states[State.LEARNING] + states[State.RELEARNING],
        review=states[State.REVIEW],
        due_today=forecast[0],
        forecast=tuple((today + timedelta(days=i), n) for i, n in enumerate(forecast)),
        retention_reviews=reviews,
        retention_passed=passed,
        tags=tuple(TagAccuracy(t, a, r) for t, (a, r) in sorted(by_tag.items())),
        leeches=tuple(leeches),
    )
