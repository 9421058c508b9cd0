"""Progress statistics for a deck: pure computation from the review log, card states and now.

Definitions (also in docs/spaced-repetition.md):

- counts: *new* = questions of the deck never answered; *learning* = in learning or
  relearning steps; *review* = learned, scheduled days ahead.
- *due today* = due by the end of today (``now``'s day, in ``now``'s time zone),
  overdue ones included; the forecast gives, for today and the next 13 days, how
  many questions fall due that day (today's bar includes the overdue ones).
- *true retention*, stability, difficulty and retrievability: see
  :mod:`quiz.srs.memory_stats`.
- *tag accuracy* = share of all answers to the deck's questions with that tag not
  rated Again.
- *leeches* = questions forgotten (rated Again) after they had been learnt, at least
  ``leech_lapses`` times: Anki's lapses, its default threshold 8. Failures while a
  question is still being learnt do not count.

Questions removed from the deck count towards true retention only.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from typing import Any

from quiz.bank.model import Deck
from quiz.srs.cards import CardState, LogEntry, Rating, State
from quiz.srs.memory_stats import Memory, Tally, memory, true_retention
from quiz.srs.parameters import DEFAULT_WEIGHTS

FORECAST_DAYS = 14
LEECH_LAPSES = 8  # Anki's default leech threshold


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
    lapses: int
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
    true_retention: tuple[Tally, ...]
    memory: Memory
    tags: tuple[TagAccuracy, ...]
    leech_lapses: int  # the threshold
    leeches: tuple[Leech, ...]

    @property
    def answered(self) -> bool:
        return bool(self.learning or self.review)

    def to_dict(self) -> dict[str, Any]:
        return {
            "deck": self.deck,
            "title": self.title,
            "counts": {"new": self.new, "learning": self.learning, "review": self.review},
            "due_today": self.due_today,
            "forecast": [{"date": d.isoformat(), "due": n} for d, n in self.forecast],
            "true_retention": [t.to_dict() for t in self.true_retention],
            "memory": self.memory.to_dict(),
            "tags": [{**asdict(t), "accuracy": t.accuracy} for t in self.tags],
            "leech_lapses": self.leech_lapses,
            "leeches": [asdict(leech) for leech in self.leeches],
        }


def deck_stats(
    deck: Deck,
    log: Iterable[LogEntry],
    cards: dict[str, CardState],
    now: datetime,
    *,
    leech_lapses: int = LEECH_LAPSES,
    decay: float = DEFAULT_WEIGHTS[20],
) -> DeckStats:
    """Statistics for ``deck`` from its log entries and card states at ``now`` (aware);
    ``decay`` is w20 of the parameters the deck is scheduled with."""
    log = list(log)
    questions = {q.id: q for q in deck.questions}
    active = {qid: card for qid, card in cards.items() if qid in questions}
    states = Counter(card.state for card in active.values())
    today = now.date()
    forecast = [0] * FORECAST_DAYS
    for card in active.values():
        day = (card.due_at.astimezone(now.tzinfo).date() - today).days
        if day < FORECAST_DAYS:
            forecast[max(day, 0)] += 1

    lapses: Counter[str] = Counter()
    by_tag: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for entry in log:
        q = questions.get(entry.question)
        if q is None:
            continue
        recalled = entry.rating != Rating.AGAIN
        lapses[q.id] += entry.state == State.REVIEW and not recalled
        for tag in q.tags:
            by_tag[tag][0] += 1
            by_tag[tag][1] += recalled

    leeches = sorted(
        (Leech(q, n, questions[q].prompt_text) for q, n in lapses.items() if n >= leech_lapses),
        key=lambda leech: (-leech.lapses, leech.question),
    )
    return DeckStats(
        deck=deck.id,
        title=deck.title,
        new=len(questions) - len(active),
        learning=states[State.LEARNING] + states[State.RELEARNING],
        review=states[State.REVIEW],
        due_today=forecast[0],
        forecast=tuple((today + timedelta(days=i), n) for i, n in enumerate(forecast)),
        true_retention=true_retention(log, now),
        memory=memory(active.values(), now, decay),
        tags=tuple(TagAccuracy(t, a, r) for t, (a, r) in sorted(by_tag.items())),
        leech_lapses=leech_lapses,
        leeches=tuple(leeches),
    )
