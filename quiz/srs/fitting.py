"""Fitting FSRS's weights to a learner's own answers, with fsrs-rs (Anki's optimizer).

The log becomes fsrs-rs "items" as Anki builds them: for every answer given a day
or more after the card's previous one, the card's history up to that answer (each
answer's rating and the whole days since the one before, counted as our scheduler
counts them: 24-hour periods). fsrs-rs fits the weights that best predict whether
each such answer was recalled, and scores a set by log loss and RMSE over bins
(Anki's two figures). The fitted weights are rounded to 4 decimals and kept inside
py-fsrs's bounds, since py-fsrs schedules with them (:mod:`quiz.srs.scheduler`).

``fsrs_rs_python`` is imported inside the functions that need it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from quiz.srs.cards import LogEntry, Rating
from quiz.srs.parameters import Evaluation, Weights

#: Answers given a day or more after the card's previous one that a fit needs. fsrs-rs
#: fits every weight from 64, but on simulated learners (bench/bench_fit.py --min-fit)
#: a fit from the first 64 beats the defaults on other questions for 3 in 10, from the
#: first 400 for 8 in 10.
MIN_FIT_REVIEWS = 400


@dataclass(frozen=True)
class Fit:
    """Fitted weights and how both sets predict the answers they were fitted to."""

    weights: Weights
    reviews: int  # answers the weights were fitted to
    before: Evaluation  # the set in use
    after: Evaluation  # the fitted set

    @property
    def improved(self) -> bool:
        return self.after.log_loss < self.before.log_loss


def histories(log: Iterable[LogEntry]) -> list[list[tuple[Rating, datetime]]]:
    """Each card's answers (rating, time), in the order they were recorded."""
    cards: dict[tuple[str, str], list[tuple[Rating, datetime]]] = defaultdict(list)
    for entry in sorted(log, key=lambda e: e.id):
        cards[entry.deck, entry.question].append((entry.rating, entry.reviewed_at))
    return list(cards.values())


def gaps(history: list[tuple[Rating, datetime]]) -> list[tuple[int, int]]:
    """(rating, whole days since the previous answer) for each answer; 0 for the first."""
    out, previous = [], None
    for rating, when in history:
        out.append((int(rating), 0 if previous is None else (when - previous).days))
        previous = when
    return out


def trainable(log: Iterable[LogEntry], since: datetime | None = None) -> int:
    """How many answers a fit can learn from (a day or more after the card's previous),
    given after ``since`` if given."""
    return sum(
        days > 0 and (since is None or when > since)
        for history in histories(log)
        for (_, days), (_, when) in zip(gaps(history), history, strict=True)
    )


def items(log: Iterable[LogEntry]) -> list[Any]:
    """fsrs-rs items, one per trainable answer, oldest first (fsrs-rs weights recent
    answers more, by their order)."""
    from fsrs_rs_python import FSRSItem, FSRSReview

    dated = []
    for history in histories(log):
        reviews = []
        for (rating, days), (_, when) in zip(gaps(history), history, strict=True):
            reviews.append(FSRSReview(rating, days))
            if days > 0:
                dated.append((when, FSRSItem(list(reviews))))
    dated.sort(key=lambda pair: pair[0])
    return [item for _, item in dated]


def evaluate(fsrs_items: list[Any], weights: Weights) -> Evaluation:
    from fsrs_rs_python import FSRS

    result = FSRS(list(weights)).evaluate(fsrs_items)
    return Evaluation(round(result.log_loss, 4), round(result.rmse_bins, 4))


def schedulable(raw: Iterable[float]) -> Weights:
    """fsrs-rs's f32 weights as py-fsrs takes them: 4 decimals, within its bounds."""
    from fsrs.scheduler import LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS

    bounds = zip(LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS, strict=True)
    return tuple(
        min(max(round(w, 4), low), high) for w, (low, high) in zip(raw, bounds, strict=True)
    )


def fit(log: Iterable[LogEntry], current: Weights) -> Fit:
    """Fit FSRS to ``log``, starting from fsrs-rs's defaults; compare with ``current``."""
    from fsrs_rs_python import FSRS

    fsrs_items = items(log)
    weights = schedulable(FSRS(list(current)).compute_parameters(fsrs_items))
    return Fit(
        weights=weights,
        reviews=len(fsrs_items),
        before=evaluate(fsrs_items, current),
        after=evaluate(fsrs_items, weights),
    )
