"""A simulated learner whose memory follows FSRS with known weights, for tests and benches.

Every day at 09:00 UTC the learner sits one session: new cards (up to ``new_per_day``)
and every card due that day, answered 15 seconds apart, learning steps included
(a card due again within the session waits for its step). The schedule is
quiz's own :class:`~quiz.srs.scheduler.Scheduler` with the default weights, fuzz
on, as a new user has it. Whether an answer is recalled is drawn from the
learner's true recall probability: FSRS's forgetting curve with
:data:`TRUE_WEIGHTS`, whose memory states fsrs-rs steps answer by answer. The
log comes out as the store would record it (:class:`~quiz.srs.cards.LogEntry`).
"""

from __future__ import annotations

import heapq
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from quiz.srs.cards import CardState, LogEntry, Rating
from quiz.srs.parameters import DEFAULT_WEIGHTS, Weights
from quiz.srs.scheduler import Scheduler
from quiz.srs.store import Store

T0 = datetime(2025, 1, 6, 9, 0, tzinfo=timezone.utc)
ANSWER = timedelta(seconds=15)

#: A learner who forgets faster than FSRS's defaults assume: smaller first stabilities,
#: slower growth on success, a steeper forgetting curve.
TRUE_WEIGHTS: Weights = (
    0.1, 0.5, 1.0, 3.5, *DEFAULT_WEIGHTS[4:8], 1.3, *DEFAULT_WEIGHTS[9:11],
    1.1, *DEFAULT_WEIGHTS[12:20], 0.35,
)  # fmt: skip

FIRST = ((Rating.AGAIN, 0.25), (Rating.HARD, 0.1), (Rating.GOOD, 0.55), (Rating.EASY, 0.1))
RECALLED = ((Rating.HARD, 0.1), (Rating.GOOD, 0.8), (Rating.EASY, 0.1))


def recall_probability(weights: Weights, days: int, stability: float) -> float:
    decay = -weights[20]
    factor = 0.9 ** (1 / decay) - 1
    return float((1 + factor * days / stability) ** decay)


@dataclass
class _Card:
    question: str
    state: CardState
    truth: object = None  # fsrs-rs MemoryState
    last: datetime | None = None


def simulate(
    cards: int,
    days: int,
    *,
    seed: int = 1,
    new_per_day: int = 10,
    weights: Weights = TRUE_WEIGHTS,
    deck: str = "sim",
) -> list[LogEntry]:
    """The log of ``days`` of daily sessions over a deck of ``cards`` questions."""
    from fsrs_rs_python import FSRS

    truth, rng, scheduler = FSRS(list(weights)), random.Random(seed), Scheduler()
    waiting = [_Card(f"q{i:05d}", CardState()) for i in range(cards)]
    due: list[tuple[datetime, int, _Card]] = []  # (due, tie-break, card)
    log: list[LogEntry] = []
    for day in range(days):
        now = T0 + timedelta(days=day)
        for card in waiting[:new_per_day]:
            heapq.heappush(due, (now, len(log) + len(due), card))
        del waiting[:new_per_day]
        end = now.replace(hour=23, minute=59)
        while due and due[0][0] <= end:
            when, _, card = heapq.heappop(due)
            now = max(now, when)
            rating = _answer(card, now, weights, rng)
            gap = (now - card.last).days if card.last else 0
            nxt = truth.next_states(card.truth, 0.9, gap)
            card.truth = getattr(nxt, rating.name.lower()).memory
            before = card.state.state
            card.state, _ = scheduler.review(card.state, rating, now, key=f"{deck}/{card.question}")
            card.last = now
            ms = 8000 if rating > Rating.AGAIN else 15000
            log.append(LogEntry(len(log) + 1, deck, card.question, now, rating, before, None, ms))
            heapq.heappush(due, (card.state.due_at, len(log), card))
            now += ANSWER
    return log


def _answer(card: _Card, now: datetime, weights: Weights, rng: random.Random) -> Rating:
    if card.truth is None:
        ratings, chances = zip(*FIRST, strict=True)
        return rng.choices(ratings, chances)[0]
    assert card.last is not None
    p = recall_probability(weights, (now - card.last).days, card.truth.stability)  # type: ignore[attr-defined]
    if rng.random() >= p:
        return Rating.AGAIN
    ratings, chances = zip(*RECALLED, strict=True)
    return rng.choices(ratings, chances)[0]


def split(log: list[LogEntry], every: int = 5) -> tuple[list[LogEntry], list[LogEntry]]:
    """(training, held out): the answers to every ``every``-th card are held out."""
    held = {q for q in {e.question for e in log} if int(q[1:]) % every == 0}
    return [e for e in log if e.question not in held], [e for e in log if e.question in held]


def insert_log(store: Store, log: list[LogEntry]) -> None:
    """Append a simulated log to a real progress file (the cache is rebuilt on next open,
    or by ``store.rebuild()``)."""
    from quiz.srs.migrations import to_text

    with store.transaction() as db:
        db.executemany(
            "INSERT INTO review_log (deck, question, reviewed_at, rating, state, duration_ms)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                (e.deck, e.question, to_text(e.reviewed_at), int(e.rating), int(e.state),
                 e.duration_ms)
                for e in log
            ],
        )  # fmt: skip
    store.rebuild()
