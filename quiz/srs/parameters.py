"""FSRS parameter sets: the defaults, ones fitted to a learner, and which one a deck uses.

A set is FSRS-6's 21 weights. Sets are kept in the progress file's ``parameters``
table, append-only: a fit adds a row, ``--reset`` adds a row with no weights (back
to the defaults). Each review-log row names the set it was scheduled with, so a
rebuild replays every answer exactly as it was given (:mod:`quiz.srs.card_cache`).

A deck uses its own latest set if it has one, else the latest set fitted for all
decks (scope ``""``), else :data:`DEFAULT_WEIGHTS`. The defaults are ours, copied
from FSRS-6 (a test checks both libraries still agree), so answers scheduled with
them replay the same whatever a library release later calls its defaults.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from quiz.srs.migrations import from_text, to_text

if TYPE_CHECKING:
    from quiz.srs.fitting import Fit

Weights = tuple[float, ...]

#: FSRS-6's default weights (py-fsrs 6 and fsrs-rs 6 ship the same ones).
DEFAULT_WEIGHTS: Weights = (
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
)  # fmt: skip

ALL_DECKS = ""  # the scope of a set fitted to every deck's answers


@dataclass(frozen=True)
class Evaluation:
    """How well a set predicts a log: Anki's two figures (lower is better)."""

    log_loss: float
    rmse: float  # RMSE over bins of predicted recall, 0..1

    def to_dict(self) -> dict[str, float]:
        return {"log_loss": self.log_loss, "rmse_bins": self.rmse}


@dataclass(frozen=True)
class ParameterSet:
    """The weights a deck is scheduled with; ``id`` None means the defaults."""

    id: int | None = None
    scope: str | None = None  # a deck id, ALL_DECKS, or None for the defaults
    weights: Weights = DEFAULT_WEIGHTS
    set_at: datetime | None = None
    reviews: int = 0  # answers the fit learnt from
    before: Evaluation | None = None  # the previous set on those answers
    after: Evaluation | None = None  # this set on those answers

    @property
    def fitted(self) -> bool:
        return self.id is not None

    def to_dict(self) -> dict[str, object]:
        return {
            "fitted": self.fitted,
            "scope": "all decks" if self.scope == ALL_DECKS else self.scope,
            "weights": list(self.weights),
            "set_at": self.set_at.isoformat() if self.set_at else None,
            "reviews": self.reviews,
            "before": self.before.to_dict() if self.before else None,
            "after": self.after.to_dict() if self.after else None,
        }


DEFAULTS = ParameterSet()

_COLUMNS = (
    "id, scope, weights, set_at, reviews, log_loss_before, rmse_before, log_loss_after, rmse_after"
)


def _from_row(row: tuple) -> ParameterSet:
    id_, scope, weights, set_at, reviews, ll0, rmse0, ll1, rmse1 = row
    return ParameterSet(
        id=id_,
        scope=scope,
        weights=tuple(json.loads(weights)),
        set_at=from_text(set_at),
        reviews=reviews or 0,
        before=Evaluation(ll0, rmse0) if ll0 is not None else None,
        after=Evaluation(ll1, rmse1) if ll1 is not None else None,
    )


def current(db: sqlite3.Connection, deck: str) -> ParameterSet:
    """The set ``deck`` is scheduled with now."""
    for scope in (deck, ALL_DECKS):
        row = db.execute(
            f"SELECT {_COLUMNS} FROM parameters WHERE scope = ? ORDER BY id DESC LIMIT 1",
            (scope,),
        ).fetchone()
        if row is not None and row[2] is not None:  # weights NULL: this scope was reset
            return _from_row(row)
    return DEFAULTS


def weights_by_id(db: sqlite3.Connection) -> dict[int | None, Weights]:
    """Every stored set's weights by id (None: the defaults), for replaying the log."""
    rows = db.execute("SELECT id, weights FROM parameters WHERE weights IS NOT NULL")
    found: dict[int | None, Weights] = {id_: tuple(json.loads(w)) for id_, w in rows}
    found[None] = DEFAULT_WEIGHTS
    return found


def save(
    db: sqlite3.Connection,
    scope: str,
    weights: Weights | None,
    now: datetime,
    *,
    fit: Fit | None = None,
) -> None:
    """Append a set for ``scope`` (``weights`` None: back to the defaults there)."""
    scores = (
        (fit.before.log_loss, fit.before.rmse, fit.after.log_loss, fit.after.rmse)
        if fit
        else (None,) * 4
    )
    db.execute(
        f"INSERT INTO parameters ({_COLUMNS}) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            scope,
            json.dumps(list(weights)) if weights is not None else None,
            to_text(now),
            fit.reviews if fit else None,
            *scores,
        ),
    )


def scopes_with_own_set(db: sqlite3.Connection) -> list[str]:
    """Decks (and ALL_DECKS) whose latest row holds weights: what a full reset clears."""
    rows = db.execute(
        "SELECT scope FROM parameters p WHERE weights IS NOT NULL"
        " AND id = (SELECT max(id) FROM parameters WHERE scope = p.scope) ORDER BY scope"
    )
    return [scope for (scope,) in rows]
