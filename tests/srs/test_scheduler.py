"""FSRS through our Scheduler: stored intervals for fixed review histories (fuzz off).

The expected intervals were computed once with fsrs 6.3 default parameters and
checked for sense: each Good roughly quadruples the interval, Easy jumps further,
a lapse drops the card back to a 10-minute relearning step, a lower desired
retention stretches intervals and a higher one shrinks them.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from quiz.srs.cards import CardState, Rating, State
from quiz.srs.parameters import DEFAULT_WEIGHTS
from quiz.srs.scheduler import Scheduler, fast_limit, rating_for

T0 = datetime(2025, 1, 1, 9, 0, tzinfo=timezone.utc)
M, D = timedelta(minutes=1), timedelta(days=1)
A, H, G, E = Rating.AGAIN, Rating.HARD, Rating.GOOD, Rating.EASY


def intervals(ratings, scheduler=None):
    """Review a new card with ``ratings``, each when due; the intervals and the card."""
    scheduler = scheduler or Scheduler(enable_fuzzing=False)
    card, now, out = None, T0, []
    for rating in ratings:
        card, log = scheduler.review(card, rating, now)
        out.append(log.interval)
        now = card.due
    return out, card


@pytest.mark.parametrize(
    ("ratings", "expected"),
    [
        ([G, G, G, G, G], [10 * M, 2 * D, 11 * D, 46 * D, 163 * D]),
        ([E, E, E], [8 * D, 66 * D, 397 * D]),
        ([A, G, G, G, A, G, G], [1 * M, 10 * M, 1 * D, 2 * D, 10 * M, 1 * D, 2 * D]),
        ([H, H, H], [5.5 * M, 5.5 * M, 5.5 * M]),
    ],
    ids=["good", "easy", "lapse", "hard-in-learning"],
)
def test_stored_intervals(ratings, expected):
    assert intervals(ratings)[0] == expected


@pytest.mark.parametrize(
    ("retention", "expected"),
    [
        (0.8, [10 * M, 8 * D, 76 * D, 525 * D]),
        (0.95, [10 * M, 1 * D, 3 * D, 8 * D]),
    ],
)
def test_desired_retention_stretches_or_shrinks_intervals(retention, expected):
    assert intervals([G] * 4, Scheduler(retention, enable_fuzzing=False))[0] == expected


def test_states_and_lapses_follow_the_history():
    _, card = intervals([A, G, G, G, A, G, G])
    assert (card.state, card.reps, card.lapses, card.step) == (State.REVIEW, 7, 1, None)
    _, learning = intervals([G])
    assert (learning.state, learning.step) == (State.LEARNING, 1)


def test_a_late_review_that_is_still_recalled_earns_a_longer_interval():
    _, card = intervals([G, G])  # in review, due in 2 days
    scheduler = Scheduler(enable_fuzzing=False)
    on_time = scheduler.review(card, G, card.due)[1].interval
    late = scheduler.review(card, G, card.due + 10 * D)[1].interval
    assert (on_time, late) == (11 * D, 27 * D)


def test_time_must_be_aware_and_any_zone_is_taken_as_utc():
    scheduler = Scheduler(enable_fuzzing=False)
    with pytest.raises(ValueError, match="timezone-aware"):
        scheduler.review(None, G, datetime(2025, 1, 1, 9, 0))
    paris = timezone(timedelta(hours=1))
    card, _ = scheduler.review(None, G, datetime(2025, 1, 1, 10, 0, tzinfo=paris))
    assert card.last_review == T0 and card.due == T0 + 10 * M


def test_fuzz_stays_in_fsrs_range_and_is_a_function_of_the_review():
    _, card = intervals([G, G])  # in review, next interval unfuzzed: 11 days
    fuzzed = Scheduler()
    seen = {fuzzed.review(card, G, card.due + timedelta(seconds=s))[1].interval for s in range(200)}
    assert seen == {d * D for d in range(9, 14)}  # fsrs's range for 11 days: 9..13
    again = [fuzzed.review(card, G, card.due)[0] for _ in range(3)]
    assert again[0] == again[1] == again[2]  # same review, same result: replay is exact
    assert fuzzed.review(None, G, T0)[1].interval == 10 * M  # learning steps never fuzzed


def test_replay_rebuilds_the_same_state_with_each_review_s_own_retention():
    scheduler = Scheduler()
    card, now, history = None, T0, []
    for i, rating in enumerate([G, A, G, G, E, H, G]):
        aim = scheduler if i < 4 else scheduler.with_retention(0.7)  # changed half-way
        card, _ = aim.review(card, rating, now, key="deck/q")
        history.append((rating, now, aim.desired_retention, DEFAULT_WEIGHTS))
        now = card.due + 3 * timedelta(hours=5)
    assert scheduler.replay(history, key="deck/q") == card
    at_one_retention = [(rating, when, 0.9, w) for rating, when, _, w in history]
    assert scheduler.replay(at_one_retention, key="deck/q").due != card.due


def test_with_retention_keeps_the_other_settings_and_refuses_out_of_range():
    exact = Scheduler(enable_fuzzing=False).with_retention(0.8)
    assert (exact.desired_retention, exact.enable_fuzzing) == (0.8, False)
    assert intervals([G] * 4, exact)[0] == [10 * M, 8 * D, 76 * D, 525 * D]  # as Scheduler(0.8)
    with pytest.raises(ValueError, match="between"):
        exact.with_retention(0.5)
    with pytest.raises(ValueError, match="between"):
        exact.review(None, G, T0, retention=1.0)


def test_card_state_round_trips_through_a_dict():
    _, card = intervals([A, G, G, G])
    assert CardState.from_dict(card.to_dict()) == card
    assert CardState.from_dict(CardState().to_dict()) == CardState()


def test_retention_out_of_range_is_refused():
    with pytest.raises(ValueError, match="between"):
        Scheduler(1.0)


def test_fast_limit_scales_with_text_shown_and_typed():
    assert fast_limit(0, 0) == 2.0
    assert fast_limit(100, 10) == 2.0 + 5.0 + 2.0


@pytest.mark.parametrize(
    ("correct", "score", "seconds", "expected"),
    [
        (False, 0.0, 1.0, A),
        (False, 0.5, 1.0, H),
        (True, 1.0, 9.0, G),
        (True, 1.0, 8.99, E),
        (True, 1.0, 9.01, G),
    ],
)
def test_rating_from_a_checked_answer(correct, score, seconds, expected):
    assert rating_for(correct, score, seconds, limit=9.0) == expected
