"""A spaced-repetition review: which question comes next, recording answers, the summary.

No terminal, clock or deck loading here (see ``quiz.srs.tracked``); time comes in
as ``now`` (an aware datetime: its time zone decides where "today" starts and ends).
The order is:

1. questions due now, most overdue first: cards in review due by the end of today,
   cards still in learning (minutes-long steps) due by now;
2. new questions, in deck order, up to ``new_per_day`` per deck per day (counting
   the ones already introduced today);
3. when nothing else is left, learning cards due within :data:`LEARN_AHEAD`.

The question just asked is not asked again straight away while another is waiting.
Every answer is committed by :meth:`Review.record` before it returns.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from quiz.bank.model import Deck, Question
from quiz.core.words import plural
from quiz.srs.cards import CardState, Rating, ReviewLog, State

if TYPE_CHECKING:
    from quiz.srs.store import Store

LEARN_AHEAD = timedelta(minutes=20)
DEFAULT_NEW_PER_DAY = 10


def day_start(now: datetime) -> datetime:
    """Midnight at the start of ``now``'s day, in ``now``'s time zone."""
    return now.replace(hour=0, minute=0, second=0, microsecond=0)


def day_end(now: datetime, days: int = 0) -> datetime:
    """The last second of ``now``'s day (``days`` later)."""
    return day_start(now) + timedelta(days=days + 1, seconds=-1)


@dataclass(frozen=True)
class Due:
    """One question to ask now; ``card`` is None for a new question."""

    deck: Deck
    question: Question
    card: CardState | None

    @property
    def label(self) -> str:
        if self.card is None:
            return "new"
        return "due" if self.card.state == State.REVIEW else "learning"


@dataclass(frozen=True)
class ReviewSummary:
    ratings: Counter[Rating]
    new: int  # of the answers, first answers to new questions
    next_due: datetime | None  # earliest due among the decks' active cards
    due_now: int  # what the queue asks now as due: review cards due today, learning due now
    due_today: int  # due by the end of today (including now)
    due_tomorrow: int  # due during tomorrow
    new_waiting: int  # new questions not yet introduced
    new_today: int  # of those, how many today's allowance still covers
    learning_soon: int = 0  # learning cards due within LEARN_AHEAD, asked when all else is done

    @property
    def answered(self) -> int:
        return sum(self.ratings.values())


class Review:
    """The queue of one review session over some decks."""

    def __init__(
        self,
        store: Store,
        decks: list[Deck],
        now: datetime,
        *,
        new_per_day: int = DEFAULT_NEW_PER_DAY,
        limit: int | None = None,
    ):
        self.store = store
        self.decks = {d.id: d for d in decks}
        self.limit = limit
        self.answers: list[tuple[Due, ReviewLog]] = []
        self._last: tuple[str, str] | None = None
        self._questions = {d.id: {q.id: q for q in d.questions} for d in decks}
        self._new: list[tuple[Deck, Question]] = []
        self._unseen = 0
        self._gone: dict[str, set[str]] = {d.id: set() for d in decks}  # cards not in our decks
        for deck in decks:
            seen = store.answered(deck.id)
            unseen = [q for q in deck.questions if q.id not in seen]
            allowance = max(0, new_per_day - store.introduced_since(deck.id, day_start(now)))
            self._new += [(deck, q) for q in unseen[:allowance]]
            self._unseen += len(unseen)

    def next(self, now: datetime) -> Due | None:
        """The next question to ask at ``now``, or None when the session is over."""
        if self.limit is not None and len(self.answers) >= self.limit:
            return None
        due = self._due(now, learn_by=now)
        while due is None and self._new:  # a new one stays in the list until answered
            deck, q = self._new[0]
            if self.store.card(deck.id, q.id) is None:  # not answered meanwhile elsewhere
                return Due(deck, q, None)
            self._new.pop(0)
        return due or self._due(now, learn_by=now + LEARN_AHEAD)

    def _due(self, now: datetime, learn_by: datetime) -> Due | None:
        found = self._earliest(now, learn_by, self._last)
        if found is None and self._last is not None:
            found = self._earliest(now, learn_by, None)  # only the one just asked is left
        return found

    def _earliest(
        self, now: datetime, learn_by: datetime, skip: tuple[str, str] | None
    ) -> Due | None:
        best: tuple[datetime, Due] | None = None
        for deck_id, deck in self.decks.items():
            gone = self._gone[deck_id]
            while True:
                hit = self.store.next_due(
                    deck_id,
                    review_by=day_end(now),
                    learn_by=learn_by,
                    skip=gone | {skip[1]} if skip and skip[0] == deck_id else gone,
                )
                if hit is None:
                    break
                question_id, card, due = hit
                q = self._questions[deck_id].get(question_id)
                if q is None:  # a question our version of the deck does not have: pass it by
                    gone.add(question_id)
                    continue
                if best is None or due < best[0]:
                    best = (due, Due(deck, q, card))
                break
        return best[1] if best else None

    def record(
        self, due: Due, rating: Rating, now: datetime, *, answer: str, duration_ms: int
    ) -> tuple[CardState, ReviewLog]:
        """Save the answer (committed on return) and reschedule the question."""
        card, log = self.store.record(
            due.deck.id, due.question.id, rating, now, answer=answer, duration_ms=duration_ms
        )
        self._last = (due.deck.id, due.question.id)
        self._new = [(d, q) for d, q in self._new if (d.id, q.id) != self._last]
        self.answers.append((due, log))
        return card, log

    def summary(self, now: datetime) -> ReviewSummary:
        store, ids = self.store, list(self.decks)
        nexts = [t for t in (store.next_due_time(d) for d in ids) if t is not None]
        today = sum(store.count_due(d, day_end(now)) for d in ids)
        by_tomorrow = sum(store.count_due(d, day_end(now, 1)) for d in ids)
        new = sum(due.card is None for due, _ in self.answers)
        due_now = sum(store.count_due(d, day_end(now), learn_by=now) for d in ids)
        soon = sum(store.count_due(d, day_end(now), learn_by=now + LEARN_AHEAD) for d in ids)
        return ReviewSummary(
            ratings=Counter(log.rating for _, log in self.answers),
            new=new,
            next_due=min(nexts, default=None),
            due_now=due_now,
            due_today=today,
            due_tomorrow=by_tomorrow - today,
            new_waiting=self._unseen - new,
            new_today=len(self._new),
            learning_soon=soon - due_now,
        )


def until(now: datetime, when: datetime) -> str:
    """'now', 'in 10 minutes', 'in 5 hours', 'in 3 days' (rounded to the nearest)."""
    seconds = (when - now).total_seconds()
    if seconds < 30:
        return "now"
    minutes, hours, days = round(seconds / 60), round(seconds / 3600), round(seconds / 86400)
    n, unit = (
        (minutes, "minute") if minutes < 60 else (hours, "hour") if hours < 24 else (days, "day")
    )
    return f"in {plural(n, unit)}"


def at(now: datetime, when: datetime) -> str:
    """A due time in ``now``'s zone: 'Sat 1 Mar 09:10'."""
    local = when.astimezone(now.tzinfo)
    return f"{local:%a} {local.day} {local:%b %H:%M}"
