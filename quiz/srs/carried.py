"""Schedules carried from another tool (`quiz import --with-progress`) into the store.

The other tool's answers go into the review log like ours (the truth stays the log),
and the schedule it left the card with goes into ``imported_state``: FSRS here would
not reproduce another scheduler's dates from the ratings alone, so a rebuild starts the
card from that state and replays only the answers given after it (see
:mod:`quiz.srs.card_cache`). The learner sees the same due dates as in that tool, and
every later answer is scheduled by our FSRS from there.
"""

from __future__ import annotations

from datetime import datetime

from quiz.srs.card_cache import cache_behind, mark_cached, put_card
from quiz.srs.cards import CardState, Rating, State
from quiz.srs.migrations import CARD_COLUMNS, card_row, to_text
from quiz.srs.store import Store

Answer = tuple[Rating, datetime, State, "int | None"]  # rating, when, state answered in, ms


def carry_schedule(
    store: Store, deck: str, question: str, reviews: list[Answer], card: CardState
) -> int:
    """Append another tool's answers to the log and give the card ``card``, the schedule
    that tool left it with. Answers at or before the card's latest one here are already
    in the log (an earlier import) and are skipped; with none new the card keeps the
    schedule it has. Returns how many answers were added. One transaction."""
    with store.transaction() as db:
        (latest,) = db.execute(
            "SELECT max(reviewed_at) FROM review_log WHERE deck = ? AND question = ?",
            (deck, question),
        ).fetchone()
        new = [r for r in reviews if latest is None or to_text(r[1]) > latest]
        if not new:
            return 0
        was_current = not cache_behind(db)
        retention = store.retention
        last_id = 0
        for rating, at, state, ms in new:
            cursor = db.execute(
                "INSERT INTO review_log (deck, question, reviewed_at, rating, state, answer,"
                " duration_ms, retention) VALUES (?, ?, ?, ?, ?, NULL, ?, ?)",
                (deck, question, to_text(at), int(rating), int(state), ms, retention),
            )
            last_id = int(cursor.lastrowid or 0)
        db.execute(
            f"INSERT OR REPLACE INTO imported_state (deck, question, through, {CARD_COLUMNS})"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (deck, question, last_id, *card_row(card)),
        )
        put_card(db, deck, question, card, new[0][1])
        if was_current:
            mark_cached(db, last_id)
    return len(new)
