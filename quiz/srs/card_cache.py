"""The card-state cache: each card's schedule, derived from its review-log rows.

``card_state`` holds, for every card answered, the state its log rows replay to.
``Store.record`` updates it in the same transaction as the log row; :func:`rebuild`
recomputes all of it with :meth:`Scheduler.replay` (each answer replayed with the
desired retention and FSRS weights it was scheduled with; the final memory with the
weights the deck uses now) whenever the ``cache_through`` mark, the last log id the
cache reflects, lags the log, whenever a deck's weights change (a fit or a reset), and
whenever a row holds something no card state can be (:func:`cache_damaged`). A card
whose schedule was carried from another tool (``imported_state``) starts from that state
and replays only the rows after it. Each function runs inside the caller's transaction.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from itertools import groupby
from operator import itemgetter

from quiz.srs.cards import CardState, Rating
from quiz.srs.migrations import CARD_COLUMNS, card_from_row, card_row, from_text, to_text
from quiz.srs.parameters import Weights, current, weights_by_id
from quiz.srs.scheduler import Scheduler


def put_card(
    db: sqlite3.Connection, deck: str, question: str, card: CardState, first: datetime
) -> None:
    """Insert or update a card's cached state (``first``: when it was first answered)."""
    db.execute(
        f"INSERT INTO card_state (deck, question, {CARD_COLUMNS}, first_review)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (deck, question) DO UPDATE SET state = excluded.state,"
        " step = excluded.step, stability = excluded.stability,"
        " difficulty = excluded.difficulty, due = excluded.due,"
        " last_review = excluded.last_review, reps = excluded.reps,"
        " lapses = excluded.lapses",
        (deck, question, *card_row(card), to_text(first)),
    )


def mark_cached(db: sqlite3.Connection, log_id: int) -> None:
    """The cache now reflects the log up to and including row ``log_id``."""
    db.execute("UPDATE meta SET value = ? WHERE key = 'cache_through'", (log_id,))


def _moment(column: str) -> str:
    """SQL: ``column`` holds a time exactly as :func:`to_text` writes it (a real date)."""
    return f"{column} >= '0001' AND strftime('%Y-%m-%dT%H:%M:%SZ', julianday({column})) IS {column}"


# A row the scheduler and stats cannot read (junk written by another program, a bug,
# a disk error): the cache is then rebuilt from the log, which is the truth.
_DAMAGED_ROW = f"""
SELECT 1 FROM card_state WHERE NOT (
    typeof(state) = 'integer' AND state BETWEEN 1 AND 3
    AND (step IS NULL OR typeof(step) = 'integer' AND step BETWEEN 0 AND 1000)
    AND typeof(stability) IN ('real', 'integer') AND stability > 0 AND stability < 1e12
    AND typeof(difficulty) IN ('real', 'integer') AND difficulty BETWEEN 1 AND 10
    AND {_moment("due")} AND {_moment("last_review")} AND {_moment("first_review")}
    AND typeof(reps) = 'integer' AND reps >= 0 AND typeof(lapses) = 'integer' AND lapses >= 0
) LIMIT 1
"""


def cache_damaged(db: sqlite3.Connection) -> bool:
    """Whether a cached card row is one the scheduler and stats cannot read."""
    return db.execute(_DAMAGED_ROW).fetchone() is not None


def cache_behind(db: sqlite3.Connection) -> bool:
    (last,) = db.execute("SELECT coalesce(max(id), 0) FROM review_log").fetchone()
    (mark,) = db.execute("SELECT value FROM meta WHERE key = 'cache_through'").fetchone()
    return int(mark) != last


def rebuild(db: sqlite3.Connection, scheduler: Scheduler) -> int:
    """Replace every card's cached state by the replay of its log rows; returns the
    number of cards. Retired cards stay retired."""
    retired = db.execute("SELECT deck, question FROM card_state WHERE retired").fetchall()
    (last_id,) = db.execute("SELECT coalesce(max(id), 0) FROM review_log").fetchone()
    imported = {
        (deck, question): (through, card_from_row(rest))
        for deck, question, through, *rest in db.execute(
            f"SELECT deck, question, through, {CARD_COLUMNS} FROM imported_state"
        )
    }
    rows = db.execute(  # the review_log_card index gives this order without a sort
        "SELECT deck, question, id, rating, reviewed_at, retention, parameters FROM review_log"
        " ORDER BY deck, question, id"
    ).fetchall()
    weights = weights_by_id(db)
    now: dict[str, Weights] = {}  # the weights each deck uses now
    cards = []
    for (deck, question), group in groupby(rows, key=itemgetter(0, 1)):
        log = list(group)
        through, start = imported.get((deck, question), (0, None))
        reviews = [
            (Rating(r), from_text(at), retention, weights[params])
            for _, _, i, r, at, retention, params in log
            if i > through
        ]
        if deck not in now:
            now[deck] = current(db, deck).weights
        card = scheduler.replay(
            reviews, key=f"{deck}/{question}", start=start, weights_now=now[deck]
        )
        cards.append((deck, question, card, from_text(log[0][4])))
    db.execute("DELETE FROM card_state")
    for deck, question, card, first in cards:
        put_card(db, deck, question, card, first)
    db.executemany("UPDATE card_state SET retired = 1 WHERE deck = ? AND question = ?", retired)
    mark_cached(db, last_id)
    return len(cards)
