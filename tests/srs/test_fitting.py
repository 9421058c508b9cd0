"""Fitting FSRS to a simulated learner whose true weights are known (tests/simulated_learner.py).

Costs about 1 s: one simulated log of ~4,800 answers, fitted twice.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from simulated_learner import TRUE_WEIGHTS, simulate, split

from quiz.srs import fitting
from quiz.srs.cards import LogEntry, Rating, State
from quiz.srs.parameters import DEFAULT_WEIGHTS
from quiz.srs.scheduler import Scheduler


@pytest.fixture(scope="module")
def learner():
    """400 questions over 120 days of daily sessions: the log and its training half's fit."""
    log = simulate(400, 120, seed=7)
    train, held_out = split(log)
    return log, held_out, fitting.fit(train, DEFAULT_WEIGHTS)


def test_the_fitted_weights_predict_held_out_answers_better_than_the_defaults(learner):
    log, held_out, fit = learner
    assert len(log) > 4000 and fit.reviews > 2000
    items = fitting.items(held_out)  # answers to questions the fit never saw
    default = fitting.evaluate(items, DEFAULT_WEIGHTS)
    fitted = fitting.evaluate(items, fit.weights)
    truth = fitting.evaluate(items, TRUE_WEIGHTS)
    assert fitted.log_loss < default.log_loss and fitted.rmse < default.rmse
    # most of the way from the defaults to what the learner's true weights achieve
    assert fitted.log_loss - truth.log_loss < (default.log_loss - truth.log_loss) / 3
    assert fit.improved and fit.after.log_loss < fit.before.log_loss


def test_our_schedule_with_fitted_weights_is_fsrs_rs_s_own_for_the_same_log(learner):
    """py-fsrs schedules, fsrs-rs fits: for each card of the log, the memory state our
    scheduler replays equals fsrs-rs's (f32 precision) and so does the next interval."""
    from fsrs_rs_python import FSRS, FSRSItem, FSRSReview

    log, _, fit = learner
    ours, theirs = Scheduler(enable_fuzzing=False), FSRS(list(fit.weights))
    compared = 0
    for history in fitting.histories(log):
        card = ours.replay([(rating, when, 0.9, fit.weights) for rating, when in history])
        memory = theirs.memory_state(
            FSRSItem([FSRSReview(rating, days) for rating, days in fitting.gaps(history)])
        )
        assert card.stability == pytest.approx(memory.stability, rel=1e-4)
        assert card.difficulty == pytest.approx(memory.difficulty, rel=1e-4)
        if card.state == State.REVIEW and history[-1][0] != Rating.AGAIN:
            days = theirs.next_interval(memory.stability, 0.9, int(history[-1][0]))
            assert card.due_at - history[-1][1] == timedelta(days=max(1, round(days)))
            compared += 1
    assert compared > 300


def test_fitted_weights_are_rounded_into_py_fsrs_s_bounds():
    from fsrs.scheduler import UPPER_BOUNDS_PARAMETERS

    raw = [*DEFAULT_WEIGHTS[:20], 0.800000011920929]  # fsrs-rs's f32 upper bound of w20
    weights = fitting.schedulable([w + 0.00001 for w in raw[:20]] + raw[20:])
    assert weights[:20] == DEFAULT_WEIGHTS[:20]
    assert weights[20] == UPPER_BOUNDS_PARAMETERS[20] == 0.8
    Scheduler(enable_fuzzing=False).review(None, Rating.GOOD, T0, weights=weights)  # accepted


T0 = datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc)


def entry(i, question, days, rating, hours=0.0):
    when = T0 + timedelta(days=days, hours=hours)
    return LogEntry(i, "d", question, when, rating, State.REVIEW, None, 5000)


def test_only_answers_a_day_or_more_after_the_previous_one_are_learnt_from():
    g, a = Rating.GOOD, Rating.AGAIN
    log = [
        entry(1, "q1", 0, a),
        entry(2, "q1", 0, g, hours=0.2),  # same day: part of the history, not a target
        entry(3, "q2", 0, g),
        entry(4, "q1", 1, g),  # 23.8 hours later: 0 whole days, as the scheduler counts
        entry(5, "q1", 3, g),
        entry(6, "q2", 2, a),
    ]
    assert fitting.gaps(fitting.histories(log)[0]) == [(1, 0), (3, 0), (3, 0), (3, 2)]
    assert fitting.trainable(log) == 2
    items = fitting.items(log)  # q2 on day 2 comes first: items are in time order
    assert [repr(item) for item in items] == [
        "FSRSItem { reviews: [FSRSReview { rating: 3, delta_t: 0 },"
        " FSRSReview { rating: 1, delta_t: 2 }] }",
        "FSRSItem { reviews: [FSRSReview { rating: 1, delta_t: 0 },"
        " FSRSReview { rating: 3, delta_t: 0 }, FSRSReview { rating: 3, delta_t: 0 },"
        " FSRSReview { rating: 3, delta_t: 2 }] }",
    ]


def test_the_defaults_are_fsrs_6_s_in_both_libraries():
    from fsrs.scheduler import DEFAULT_PARAMETERS
    from fsrs_rs_python import DEFAULT_PARAMETERS as RS_DEFAULTS

    assert DEFAULT_WEIGHTS == DEFAULT_PARAMETERS
    assert pytest.approx(RS_DEFAULTS, rel=1e-6) == DEFAULT_WEIGHTS


def test_the_simulated_learner_s_weights_are_not_the_defaults():
    assert sum(abs(t - d) > 0.01 for t, d in zip(TRUE_WEIGHTS, DEFAULT_WEIGHTS, strict=True)) >= 5
