"""`quiz run --record`: practice answers saved as spaced-repetition reviews.

Off by default, like Anki's filtered decks that do not reschedule. With it, each
first answer to a question is rated exactly as `quiz review` rates it (wrong,
skipped included = Again, partly right = Hard, right = Good, right and quick =
Easy; a card's y/n = Good/Again) and recorded in the progress file: the question
is rescheduled from it (an early review if it was not due), and `quiz stats`
counts it. Retries of missed questions (``--retry``) are not recorded: they come
just after the answer was shown, so they say nothing about memory.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from quiz.bank.model import Flashcard
from quiz.practice.session import Result
from quiz.srs.cards import Rating
from quiz.srs.queue import until
from quiz.srs.scheduler import fast_limit, rating_for
from quiz.srs.store import Store
from quiz.srs.terminal import shown_chars


def practice_rating(result: Result) -> Rating:
    """The rating `quiz review` would give this answer."""
    q, verdict = result.item.question, result.verdict
    if isinstance(q, Flashcard):  # `quiz run` asks y/n, not 1-4
        return Rating.GOOD if verdict.correct else Rating.AGAIN
    limit = fast_limit(shown_chars(q, result.item.arrangement), len(result.answer))
    return rating_for(verdict.correct, verdict.score, result.seconds, limit)


class PracticeRecorder:
    """Saves each first answer of a `quiz run` session as a review; counts them."""

    def __init__(self, store: Store, clock: Callable[[], datetime]):
        self.store = store
        self.clock = clock
        self.saved = 0

    def __call__(self, result: Result) -> str | None:
        """Record ``result`` (committed on return); the line to show, or None for a retry."""
        if result.item.attempt > 1:
            return None
        rating, now = practice_rating(result), self.clock()
        card, _ = self.store.record(
            result.item.deck.id,
            result.item.question.id,
            rating,
            now,
            answer=result.answer,
            duration_ms=round(result.seconds * 1000),
        )
        self.saved += 1
        return f"Saved as a review: {rating.name.title()} · next {until(now, card.due_at)}"
