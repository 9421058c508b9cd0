"""The progress database schema, as a list of migrations, and how a card row reads back.

``PRAGMA user_version`` holds how many migrations a file has had; ``PRAGMA
application_id`` marks the file as ours. To change the schema, append a
migration: never edit one that has shipped. A migration that changes how card
state is computed should reset ``cache_through`` to 0 so the cache is rebuilt.
Each migration is a whole SQL script, run statement by statement as SQLite itself
reads it (:func:`run_script`), inside the caller's transaction.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone

from quiz.srs.cards import CardState, State, utc

APPLICATION_ID = 0x5155495A  # "QUIZ"

MIGRATIONS: list[str] = [
    # 1: the review log (the truth), the card-state cache, and where decks live.
    """
    CREATE TABLE review_log (
        id INTEGER PRIMARY KEY,
        deck TEXT NOT NULL,
        question TEXT NOT NULL,
        reviewed_at TEXT NOT NULL,          -- UTC, 2025-03-01T09:30:00Z
        rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
        state INTEGER NOT NULL,             -- card state when answered: 0 new .. 3 relearning
        answer TEXT,                        -- what the learner gave, as typed
        duration_ms INTEGER
    );
    CREATE INDEX review_log_card ON review_log (deck, question);
    CREATE INDEX review_log_time ON review_log (deck, reviewed_at);

    CREATE TABLE card_state (
        deck TEXT NOT NULL,
        question TEXT NOT NULL,
        state INTEGER NOT NULL,
        step INTEGER,
        stability REAL,
        difficulty REAL,
        due TEXT NOT NULL,
        last_review TEXT,
        reps INTEGER NOT NULL,
        lapses INTEGER NOT NULL,
        first_review TEXT NOT NULL,
        retired INTEGER NOT NULL DEFAULT 0,  -- question no longer in its deck
        PRIMARY KEY (deck, question)
    ) WITHOUT ROWID;
    CREATE INDEX card_state_due ON card_state (deck, due) WHERE retired = 0;
    CREATE INDEX card_state_first ON card_state (deck, first_review);

    CREATE TABLE decks (
        deck TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        title TEXT NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;
    INSERT INTO meta (key, value) VALUES ('cache_through', 0);
    """,
    # 2: the desired retention each answer was scheduled with, so that a rebuild
    # replays the same schedule after the learner changes it. Earlier answers get the
    # retention remembered in meta (the one a rebuild used until now), else 0.9.
    """
    ALTER TABLE review_log ADD COLUMN retention REAL NOT NULL DEFAULT 0.9
        CHECK (retention BETWEEN 0.7 AND 0.99);
    UPDATE review_log
        SET retention = coalesce((SELECT value FROM meta WHERE key = 'retention'), 0.9);
    """,
    # 3: schedules carried from another tool (`quiz import --with-progress`). The log
    # rows up to ``through`` hold that tool's answers; the card's state after them is
    # the one recorded here (the tool's due date), and a rebuild replays only the rows
    # after it.
    """
    CREATE TABLE imported_state (
        deck TEXT NOT NULL,
        question TEXT NOT NULL,
        through INTEGER NOT NULL,           -- the last review_log id the state includes
        state INTEGER NOT NULL,
        step INTEGER,
        stability REAL,
        difficulty REAL,
        due TEXT NOT NULL,
        last_review TEXT,
        reps INTEGER NOT NULL,
        lapses INTEGER NOT NULL,
        PRIMARY KEY (deck, question)
    ) WITHOUT ROWID;
    """,
    # 4: FSRS parameters fitted to the learner (quiz.srs.parameters), appended per fit or
    # reset, and the set each answer was scheduled with. Earlier answers were scheduled
    # with the defaults: NULL.
    """
    CREATE TABLE parameters (
        id INTEGER PRIMARY KEY,
        scope TEXT NOT NULL,                -- a deck id, or '' for all decks
        weights TEXT,                       -- JSON, FSRS's 21 weights; NULL: back to defaults
        set_at TEXT NOT NULL,               -- UTC, when fitted or reset
        reviews INTEGER,                    -- answers the fit learnt from
        log_loss_before REAL,               -- the previous set on those answers
        rmse_before REAL,
        log_loss_after REAL,                -- this set on those answers
        rmse_after REAL
    );
    CREATE INDEX parameters_scope ON parameters (scope, id);
    ALTER TABLE review_log ADD COLUMN parameters INTEGER REFERENCES parameters (id);
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)


def run_script(db: sqlite3.Connection, script: str) -> None:
    """Execute every statement of ``script`` inside the current transaction.

    ``executescript`` would commit first; this cuts the script where SQLite's own
    tokenizer says a statement is complete, so a ``;`` in a comment, a string or a
    trigger body is not an end.
    """
    start = 0
    for end, char in enumerate(script):
        if char == ";" and sqlite3.complete_statement(script[start : end + 1]):
            db.execute(script[start : end + 1])
            start = end + 1
    if script[start:].strip():  # the last statement may go without its ";"
        db.execute(script[start:])


# How a card_state row maps to a CardState ----------------------------------------------

TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
CARD_COLUMNS = "state, step, stability, difficulty, due, last_review, reps, lapses"


def to_text(moment: datetime) -> str:
    return utc(moment).strftime(TIME_FORMAT)


def from_text(text: str) -> datetime:
    """TIME_FORMAT back to a datetime (fromisoformat: ten times strptime's speed, which
    counts when a rebuild reads the whole log)."""
    if len(text) != 20 or text[-1] != "Z":
        raise ValueError(f"time data {text!r} does not match format {TIME_FORMAT!r}")
    return datetime.fromisoformat(text[:-1]).replace(tzinfo=timezone.utc)


def card_from_row(row: tuple) -> CardState:
    state, step, stability, difficulty, due, last, reps, lapses = row
    return CardState(
        state=State(state),
        step=step,
        stability=stability,
        difficulty=difficulty,
        due=from_text(due),
        last_review=from_text(last) if last else None,
        reps=reps,
        lapses=lapses,
    )


def card_row(card: CardState) -> tuple:
    last = to_text(card.last_review) if card.last_review else None
    return (int(card.state), card.step, card.stability, card.difficulty, to_text(card.due_at), last,
            card.reps, card.lapses)  # fmt: skip
