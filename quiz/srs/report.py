"""Everything `quiz stats` shows, gathered from the store: one library call for the CLI.

Per deck: the statistics (:mod:`quiz.srs.stats`), the FSRS parameters it is
scheduled with, how many answers a fit could learn from since they were set (a
fit is suggested from :data:`~quiz.srs.fitting.MIN_FIT_REVIEWS`), and the desired
retention a simulation suggests for it beside the one in use.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from quiz.bank.model import Deck
from quiz.srs import fitting
from quiz.srs.parameters import ParameterSet
from quiz.srs.queue import DEFAULT_NEW_PER_DAY
from quiz.srs.retention_advice import RetentionAdvice, advise
from quiz.srs.stats import LEECH_LAPSES, DeckStats, deck_stats
from quiz.srs.store import Store


@dataclass(frozen=True)
class DeckReport:
    stats: DeckStats
    parameters: ParameterSet
    to_learn_from: int  # answers a fit could learn from, since the parameters were set
    advice: RetentionAdvice

    @property
    def fit_suggested(self) -> bool:
        return self.to_learn_from >= fitting.MIN_FIT_REVIEWS

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.stats.to_dict(),
            "parameters": {
                **self.parameters.to_dict(),
                "answers_to_learn_from": self.to_learn_from,
                "fit_suggested": self.fit_suggested,
            },
            "desired_retention_advice": self.advice.to_dict(),
        }


@dataclass(frozen=True)
class StatsReport:
    now: datetime
    desired_retention: float  # the one in use
    decks: tuple[DeckReport, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "now": self.now.isoformat(),
            "desired_retention": self.desired_retention,
            "decks": [d.to_dict() for d in self.decks],
        }


def deck_report(
    store: Store,
    deck: Deck,
    now: datetime,
    *,
    leech_lapses: int = LEECH_LAPSES,
    new_per_day: int = DEFAULT_NEW_PER_DAY,
) -> DeckReport:
    log = store.log(deck.id)
    params = store.parameters(deck.id)
    stats = deck_stats(
        deck, log, store.cards(deck.id), now, leech_lapses=leech_lapses, decay=params.weights[20]
    )
    return DeckReport(
        stats=stats,
        parameters=params,
        to_learn_from=fitting.trainable(log, since=params.set_at),
        advice=advise(log, params.weights, len(deck.questions), new_per_day),
    )


def stats_report(
    store: Store, decks: list[Deck], now: datetime, *, leech_lapses: int = LEECH_LAPSES
) -> StatsReport:
    reports = tuple(deck_report(store, d, now, leech_lapses=leech_lapses) for d in decks)
    return StatsReport(now, store.retention, reports)
