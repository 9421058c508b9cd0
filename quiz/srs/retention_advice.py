"""Which desired retention costs this learner the least study time per question remembered.

fsrs-rs simulates a year of daily reviews of the deck (its size, our new questions
per day, our learning steps) for a learner with the deck's FSRS parameters, who
rates and takes as long as this learner did (their own answers' ratings and times
where there are enough, Anki's defaults otherwise). ``optimal_retention`` searches
0.70-0.95 for the retention with the least study time per question remembered at
the end (Anki's "minimum recommended retention"); the workload curve shows the
same figure at a few retentions. fsrs_rs_python is imported inside.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from quiz.srs.cards import LogEntry, Rating, State
from quiz.srs.parameters import Weights

CURVE = (0.70, 0.75, 0.80, 0.85, 0.90, 0.95)
SAMPLES = 8  # simulated years per point of the curve
MIN_SAMPLES = 20  # answers of a kind needed before they replace Anki's default figures
MIN_TIMES = 5  # answers of one state and rating needed before their median time is used
SIMULATED_DAYS = 365


@dataclass(frozen=True)
class RetentionAdvice:
    suggested: float | None  # None: the search found no minimum
    curve: tuple[tuple[float, float], ...]  # (retention, seconds per question remembered)

    def to_dict(self) -> dict[str, Any]:
        return {
            "suggested": self.suggested,
            "seconds_per_question_remembered": [
                {"retention": r, "seconds": round(s, 1)} for r, s in self.curve
            ],
        }


def _shares(counts: Counter[Rating], ratings: Sequence[Rating]) -> list[float] | None:
    total = sum(counts[r] for r in ratings)
    return [counts[r] / total for r in ratings] if total >= MIN_SAMPLES else None


def simulator_config(log: Sequence[LogEntry], deck_size: int, new_per_day: int) -> Any:
    """fsrs-rs's simulator set up for this deck and this learner's habits."""
    from fsrs_rs_python import default_simulator_config

    config = default_simulator_config()
    config.deck_size = max(deck_size, 1)
    config.learn_span = SIMULATED_DAYS
    config.learn_limit = new_per_day
    config.learning_step_count, config.relearning_step_count = 2, 1  # quiz's steps
    first = Counter(e.rating for e in log if e.state == State.NEW)
    passed = Counter(e.rating for e in log if e.state == State.REVIEW and e.rating > Rating.AGAIN)
    if shares := _shares(first, list(Rating)):
        config.first_rating_prob = shares
    if shares := _shares(passed, [Rating.HARD, Rating.GOOD, Rating.EASY]):
        config.review_rating_prob = shares
    times: dict[tuple[int, int], list[float]] = defaultdict(list)
    for e in log:
        if e.duration_ms:
            row = {State.REVIEW: 1, State.RELEARNING: 2}.get(e.state, 0)  # else learning
            times[row, int(e.rating) - 1].append(e.duration_ms / 1000)
    costs = [list(row) for row in config.state_rating_costs]
    for (row, col), seconds in times.items():
        if len(seconds) >= MIN_TIMES:
            costs[row][col] = statistics.median(seconds)
    config.state_rating_costs = costs
    return config


def seconds_per_remembered(weights: Weights, retention: float, config: Any) -> float:
    from fsrs_rs_python import simulate

    total = 0.0
    for seed in range(SAMPLES):
        result = simulate(list(weights), retention, config, seed)
        total += sum(result.cost_per_day) / max(result.memorized_cnt_per_day[-1], 1e-9)
    return total / SAMPLES


def advise(
    log: Sequence[LogEntry], weights: Weights, deck_size: int, new_per_day: int
) -> RetentionAdvice:
    from fsrs_rs_python import optimal_retention

    config = simulator_config(log, deck_size, new_per_day)
    try:
        suggested: float | None = round(optimal_retention(config, list(weights)), 2)
    except ValueError:  # fsrs-rs: the search did not converge
        suggested = None
    curve = tuple((r, seconds_per_remembered(weights, r, config)) for r in CURVE)
    return RetentionAdvice(suggested, curve)
