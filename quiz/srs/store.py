"""The progress store: one SQLite file holding every answer ever given.

The review log is the truth: one row per answer, appended and committed before
the next question is asked, so a killed process loses at most the answer being
typed. Each card's schedule is derived from its log rows and cached in
``card_state`` (updated in the same transaction; rebuilt from the log whenever
the ``cache_through`` mark lags the log: see ``quiz.srs.card_cache``). Each row keeps
the desired retention the answer was scheduled with, so changing it later does
not move the dates a rebuild gives. Rows are keyed by deck id + question
id, so editing a question's text keeps its progress; a question removed from its
deck keeps its log rows but is marked retired and no longer scheduled.

WAL mode and a busy timeout let two terminals review at once; each answer is a
short ``BEGIN IMMEDIATE`` transaction. (Files not ours: see ``quiz.srs.store_file``.)
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from quiz.core.errors import QuizError
from quiz.srs import parameters
from quiz.srs.card_cache import cache_behind, cache_damaged, mark_cached, put_card
from quiz.srs.card_cache import rebuild as rebuild_cache
from quiz.srs.cards import DEFAULT_RETENTION, CardState, LogEntry, Rating, ReviewLog, State, utc
from quiz.srs.migrations import CARD_COLUMNS, card_from_row, from_text, to_text
from quiz.srs.parameters import ParameterSet
from quiz.srs.scheduler import Scheduler
from quiz.srs.store_file import ADVICE, connect, data_dir, explain

if TYPE_CHECKING:
    from quiz.srs.fitting import Fit

DB_NAME = "progress.sqlite3"
LOG_COLUMNS = (
    "id, deck, question, reviewed_at, rating, state, answer, duration_ms, retention, parameters"
)


@dataclass(frozen=True)
class TrackedDeck:
    deck: str
    source: str  # a bundled deck's name or a file's absolute path
    title: str


class Store:
    """An open progress database. Use ``Store.open()``; close it (or use ``with``)."""

    def __init__(self, db: sqlite3.Connection, path: Path, scheduler: Scheduler | None):
        self.db = db
        self.path = path
        self._scheduler = scheduler

    @property
    def scheduler(self) -> Scheduler:
        """The scheduler given to ``open``, else FSRS with the remembered desired retention."""
        if self._scheduler is None:
            self._scheduler = Scheduler(self.retention)
        return self._scheduler

    @property
    def retention(self) -> float:
        """The desired retention last set with ``set_retention`` (default 0.9)."""
        with self.guard():
            row = self.db.execute("SELECT value FROM meta WHERE key = 'retention'").fetchone()
        return float(row[0]) if row else DEFAULT_RETENTION

    def set_retention(self, retention: float) -> float:
        """Remember the desired retention for this and later sessions; returns the one
        it replaces. Answers already given keep the retention they were scheduled with."""
        scheduler = self.scheduler.with_retention(retention)  # refuses a value out of range
        with self.transaction() as db:
            row = db.execute("SELECT value FROM meta WHERE key = 'retention'").fetchone()
            db.execute("INSERT OR REPLACE INTO meta VALUES ('retention', ?)", (retention,))
        self._scheduler = scheduler
        return float(row[0]) if row else DEFAULT_RETENTION

    @classmethod
    def open(cls, path: Path | None = None, scheduler: Scheduler | None = None) -> Store:
        path = path or data_dir() / DB_NAME
        store = cls(connect(path), path, scheduler)
        with store.guard():
            if cache_behind(store.db) or cache_damaged(store.db):
                store.rebuild()
        return store

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def guard(self) -> Iterator[None]:
        """Turn SQLite failures into one clear line naming the file."""
        try:
            yield
        except sqlite3.Error as e:
            raise QuizError(explain(self.path, e)) from None

    @contextmanager
    def reading_log(self) -> Iterator[None]:
        """A review-log row no answer can have written (junk from another program, a disk
        error) is one clear line, the file left as it was: the log is the truth."""
        try:
            yield
        except (ValueError, TypeError, OverflowError) as e:
            raise QuizError(
                f"{self.path}: the review log holds a row quiz cannot read ({e}); it was left "
                f"untouched. Move the file aside to start afresh, or {ADVICE}"
            ) from None

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction, taking the write lock up front so reads inside are current."""
        with self.guard():
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")

    # Recording -------------------------------------------------------------------------

    def record(
        self,
        deck: str,
        question: str,
        rating: Rating,
        now: datetime,
        *,
        answer: str | None = None,
        duration_ms: int | None = None,
    ) -> tuple[CardState, ReviewLog]:
        """Append one answer to the log and update the card's schedule; committed on return."""
        now = utc(now).replace(microsecond=0)
        with self.transaction() as db:
            before = self._get(deck, question)
            scheduler = self.scheduler
            params = parameters.current(db, deck)  # read here: another quiz may have fitted
            card, log = scheduler.review(
                before, rating, now, key=f"{deck}/{question}", weights=params.weights
            )
            row = (deck, question, to_text(now), int(rating), int(log.before), answer)
            cursor = db.execute(
                "INSERT INTO review_log (deck, question, reviewed_at, rating, state, answer,"
                " duration_ms, retention, parameters) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*row, duration_ms, scheduler.desired_retention, params.id),
            )
            put_card(db, deck, question, card, now)  # first answer: kept on update
            mark_cached(db, int(cursor.lastrowid or 0))
        return card, log

    def remember_decks(self, decks: list[tuple[str, str, str]]) -> None:
        """Remember where each (deck id, source, title) lives, for ``tracked_decks``."""
        with self.transaction() as db:
            db.executemany(
                "INSERT INTO decks (deck, source, title) VALUES (?, ?, ?) ON CONFLICT (deck)"
                " DO UPDATE SET source = excluded.source, title = excluded.title",
                decks,
            )

    def sync_deck(self, deck: str, question_ids: list[str]) -> None:
        """Retire cards whose question left the deck; revive the ones that came back."""
        with self.transaction() as db:
            db.execute(  # flips only the rows that change: retired but in the deck, or not
                "UPDATE card_state SET retired = 1 - retired WHERE deck = ?"
                " AND retired = (question IN (SELECT value FROM json_each(?)))",
                (deck, json.dumps(question_ids)),
            )

    def rebuild(self) -> int:
        """Recompute every card's schedule from the log; returns the number of cards."""
        with self.reading_log(), self.transaction() as db:
            return rebuild_cache(db, self.scheduler)

    # FSRS parameters (quiz.srs.parameters; a change rebuilds the cache) ----------------

    def parameters(self, deck: str) -> ParameterSet:
        """The parameter set ``deck`` is scheduled with now (ALL_DECKS: the shared one)."""
        with self.guard():
            return parameters.current(self.db, deck)

    def save_parameters(self, scope: str, fit: Fit, now: datetime) -> None:
        """Schedule ``scope`` (a deck, or ALL_DECKS) with fitted weights from now on."""
        with self.transaction() as db:
            parameters.save(db, scope, fit.weights, now, fit=fit)
            rebuild_cache(db, self.scheduler)

    def reset_parameters(self, scopes: list[str] | None, now: datetime) -> list[str]:
        """Defaults for ``scopes`` (None: everywhere); returns those that had a set."""
        with self.transaction() as db:
            own = parameters.scopes_with_own_set(db)
            cleared = own if scopes is None else [s for s in scopes if s in own]
            for scope in cleared:
                parameters.save(db, scope, None, now)
            if cleared:
                rebuild_cache(db, self.scheduler)
        return cleared

    # Queries (each one an index lookup) -------------------------------------------------

    def card(self, deck: str, question: str) -> CardState | None:
        with self.guard():
            return self._get(deck, question)

    def _get(self, deck: str, question: str) -> CardState | None:
        row = self.db.execute(
            f"SELECT {CARD_COLUMNS} FROM card_state WHERE deck = ? AND question = ?",
            (deck, question),
        ).fetchone()
        return card_from_row(row) if row else None

    def cards(self, deck: str) -> dict[str, CardState]:
        """Every card of the deck that has been answered, retired ones included."""
        with self.guard():
            rows = self.db.execute(
                f"SELECT question, {CARD_COLUMNS} FROM card_state WHERE deck = ?", (deck,)
            ).fetchall()
        return {row[0]: card_from_row(row[1:]) for row in rows}

    def answered(self, deck: str) -> set[str]:
        """Ids of the deck's questions answered at least once."""
        with self.guard():
            rows = self.db.execute("SELECT question FROM card_state WHERE deck = ?", (deck,))
            return {question for (question,) in rows}

    def next_due(
        self,
        deck: str,
        *,
        review_by: datetime,
        learn_by: datetime,
        skip: Collection[str] = (),
    ) -> tuple[str, CardState, datetime] | None:
        """The most overdue active card and its due time: review cards due by
        ``review_by``, learning cards due by ``learn_by``; ``skip`` leaves out questions
        (the one just asked, ones the caller's deck does not have)."""
        with self.guard():
            row = self.db.execute(
                f"SELECT question, {CARD_COLUMNS} FROM card_state"
                " WHERE deck = ? AND retired = 0 AND due <= ? AND (state = ? OR due <= ?)"
                " AND question NOT IN (SELECT value FROM json_each(?)) ORDER BY due LIMIT 1",
                (deck, to_text(review_by), int(State.REVIEW), to_text(learn_by),
                 json.dumps(sorted(skip))),
            ).fetchone()  # fmt: skip
        if not row:
            return None
        card = card_from_row(row[1:])
        return row[0], card, from_text(row[5])

    def next_due_time(self, deck: str) -> datetime | None:
        with self.guard():
            row = self.db.execute(
                "SELECT due FROM card_state WHERE deck = ? AND retired = 0 ORDER BY due LIMIT 1",
                (deck,),
            ).fetchone()
        return from_text(row[0]) if row else None

    def count_due(self, deck: str, by: datetime, *, learn_by: datetime | None = None) -> int:
        """Active cards due by ``by``; with ``learn_by``, learning cards only if due by then."""
        learn_by = learn_by or by
        with self.guard():
            (n,) = self.db.execute(
                "SELECT count(*) FROM card_state WHERE deck = ? AND retired = 0 AND due <= ?"
                " AND (state = ? OR due <= ?)",
                (deck, to_text(by), int(State.REVIEW), to_text(learn_by)),
            ).fetchone()
        return int(n)

    def introduced_since(self, deck: str, since: datetime) -> int:
        """How many of the deck's questions were first answered at or after ``since``."""
        with self.guard():
            (n,) = self.db.execute(
                "SELECT count(*) FROM card_state WHERE deck = ? AND first_review >= ?",
                (deck, to_text(since)),
            ).fetchone()
        return int(n)

    def log(self, deck: str | None = None) -> list[LogEntry]:
        """Answers in the order they were recorded, for one deck or all."""
        sql = f"SELECT {LOG_COLUMNS} FROM review_log"
        with self.guard():
            if deck is None:
                rows = self.db.execute(sql + " ORDER BY id").fetchall()
            else:
                rows = self.db.execute(sql + " WHERE deck = ? ORDER BY id", (deck,)).fetchall()
        with self.reading_log():
            return [
                LogEntry(i, d, q, from_text(at), Rating(r), State(s), a, ms, retention, params)
                for i, d, q, at, r, s, a, ms, retention, params in rows
            ]

    def tracked_decks(self) -> list[TrackedDeck]:
        """Decks answered before, with where they were loaded from."""
        with self.guard():
            rows = self.db.execute(
                "SELECT deck, source, title FROM decks"
                " WHERE deck IN (SELECT DISTINCT deck FROM card_state) ORDER BY deck"
            ).fetchall()
        return [TrackedDeck(*row) for row in rows]
