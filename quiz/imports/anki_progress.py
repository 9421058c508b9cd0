"""Anki's review history of a note, as quiz's progress store takes it (``--with-progress``).

Anki logs every answer in ``revlog``: ``id`` is the time in milliseconds, ``ease`` the
button (1 Again .. 4 Easy, as ours), ``type`` 0 learn, 1 review, 2 relearn, 3 filtered
(cramming), 4 manual and 5 rescheduled (no button: ``ease`` 0), ``time`` the ms taken.
A card's ``due`` counts days from the collection's first day (``crt``, already at the
day's rollover hour) for review cards and is epoch seconds for cards in learning.

quiz keeps one schedule per question, Anki one per card: a note with several cards
(reversed, several cloze numbers) carries the history of the card due first, so nothing
comes back later than Anki would show it; the other cards' reviews are counted lost.
The due date itself is Anki's, and so are stability and difficulty where Anki used FSRS
(``cards.data``); otherwise the store derives them by replaying the ratings.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from quiz.imports.anki_collection import Card, Collection
from quiz.imports.html_text import Lost
from quiz.imports.result import CardHistory
from quiz.srs.cards import Rating, State

DAY = timedelta(days=1)
_STATE_ANSWERED = {0: State.LEARNING, 1: State.REVIEW, 2: State.RELEARNING, 3: State.REVIEW}


def due_time(card: Card, created: int) -> datetime:
    """When Anki shows the card: the rollover that starts its due day, or its learning time."""
    if card.queue == 1 or (card.type in (1, 3) and card.due > 1_000_000_000):
        return datetime.fromtimestamp(card.due, timezone.utc)
    return datetime.fromtimestamp(created, timezone.utc) + card.due * DAY


def card_history(
    question: str, cards: list[Card], col: Collection, lost: Lost
) -> CardHistory | None:
    """The history of the note's card due first, or None when none was ever answered."""
    answered = [c for c in cards if c.type != 0 and col.reviews.get(c.id)]
    if not answered:
        return None
    card = min(answered, key=lambda c: due_time(c, col.created))
    for other in answered:
        if other is not card:
            lost["review of a note's other cards (quiz keeps one schedule per question)"] += len(
                col.reviews[other.id]
            )
    if card.queue == -1:
        lost["suspension (quiz has no suspended cards; the card is scheduled)"] += 1
    reviews: list[tuple[Rating, datetime, State, int | None]] = []
    for ms, ease, rtype, taken in col.reviews[card.id]:
        if not 1 <= ease <= 4:
            lost["manual reschedule in Anki's review log"] += 1
            continue
        state = State.NEW if not reviews else _STATE_ANSWERED.get(rtype, State.REVIEW)
        at = datetime.fromtimestamp(ms // 1000, timezone.utc)
        reviews.append((Rating(ease), at, state, taken if taken > 0 else None))
    if not reviews:
        return None
    memory = _memory(card.data)
    return CardHistory(
        question=question,
        reviews=tuple(reviews),
        state=State(card.type),
        due=due_time(card, col.created),
        stability=memory.get("s"),
        difficulty=memory.get("d"),
        lapses=card.lapses,
    )


def _memory(data: str) -> dict[str, float]:
    """FSRS stability ``s`` and difficulty ``d`` from a card's data, where Anki keeps them."""
    try:
        parsed = json.loads(data) if data else {}
    except json.JSONDecodeError:
        return {}
    if not isinstance(parsed, dict):
        return {}
    return {
        k: float(v) for k, v in parsed.items() if k in ("s", "d") and isinstance(v, int | float)
    }
