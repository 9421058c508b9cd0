"""`quiz review --optimize` and `--reset`: fit FSRS to the learner's answers, or go back.

A fit learns from one deck's answers (that deck's own set) or from every answer
(the set shared by all decks: :data:`~quiz.srs.parameters.ALL_DECKS`). It is kept
only when it predicts those answers better (lower log loss) than the set in use;
then it schedules every later answer of its scope, and cards' memory states are
recomputed with it while their due dates stay as they were (see
:mod:`quiz.srs.card_cache`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from quiz.srs import fitting
from quiz.srs.parameters import ALL_DECKS, ParameterSet
from quiz.srs.store import Store


@dataclass(frozen=True)
class Optimized:
    scope: str  # a deck id or ALL_DECKS
    title: str
    trainable: int  # answers a fit can learn from
    in_use: ParameterSet  # the set before
    fit: fitting.Fit | None  # None: fewer than MIN_FIT_REVIEWS answers to learn from

    @property
    def saved(self) -> bool:
        return self.fit is not None and self.fit.improved

    def to_dict(self) -> dict[str, Any]:
        fit = self.fit
        return {
            "scope": "all decks" if self.scope == ALL_DECKS else self.scope,
            "reviews": self.trainable,
            "needed": fitting.MIN_FIT_REVIEWS,
            "saved": self.saved,
            "in_use": self.in_use.to_dict(),
            "fitted": None
            if fit is None
            else {"weights": list(fit.weights), "before": fit.before.to_dict(),
                  "after": fit.after.to_dict()},
        }  # fmt: skip


def optimize(store: Store, scope: str, title: str, now: datetime) -> Optimized:
    """Fit the parameters of ``scope`` to its answers; save them if they predict better."""
    log = store.log(None if scope == ALL_DECKS else scope)
    in_use = store.parameters(scope)
    trainable = fitting.trainable(log)
    if trainable < fitting.MIN_FIT_REVIEWS:
        return Optimized(scope, title, trainable, in_use, None)
    fit = fitting.fit(log, in_use.weights)
    if fit.improved:
        store.save_parameters(scope, fit, now)
    return Optimized(scope, title, trainable, in_use, fit)


def optimize_decks(store: Store, decks: list[tuple[str, str]], now: datetime) -> list[Optimized]:
    """Each of ``decks`` (id, title) on its own answers, or with none all decks together."""
    scopes = decks or [(ALL_DECKS, "All decks")]
    return [optimize(store, scope, title, now) for scope, title in scopes]


def reset(store: Store, decks: list[str], now: datetime) -> list[str]:
    """Back to the defaults for ``decks`` (none named: everywhere); the scopes cleared."""
    return store.reset_parameters(decks or None, now)
