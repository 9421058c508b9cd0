"""Fitted parameters in a real progress file: what a fit changes, what it leaves, replays.

A fit (like Anki's "Optimize") never moves a due date already given: each answer
is replayed with the set it was scheduled with. The cards' memory states are
recomputed with the new set over their whole history, and answers from then on
are scheduled with it. A rebuild from the log alone must give the same cache.
Costs about 1.5 s (one simulated log of ~4,800 answers, replayed a few times).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

import pytest
from simulated_learner import insert_log, simulate

from quiz.srs import fitting
from quiz.srs.cards import CardState, Rating
from quiz.srs.optimize import optimize, reset
from quiz.srs.parameters import ALL_DECKS, DEFAULT_WEIGHTS
from quiz.srs.scheduler import Scheduler
from quiz.srs.store import DB_NAME, Store

NOW = datetime(2025, 5, 6, 9, 0, tzinfo=timezone.utc)  # the simulated log ends on 5 May


@pytest.fixture(scope="module")
def simulated():
    return simulate(400, 120, seed=3)


@pytest.fixture
def store(quiz_home, simulated):
    with Store.open() as opened:
        insert_log(opened, simulated)
        yield opened


def rebuilt_from_scratch(store: Store, deck: str):
    store.db.execute("UPDATE meta SET value = 0 WHERE key = 'cache_through'")
    with Store.open(store.path) as again:
        return again.cards(deck)


def memory_replayed(store: Store, deck: str, weights) -> dict[str, CardState]:
    """Each card of ``deck`` as if all its answers had been scheduled with ``weights``."""
    histories: dict[str, list] = {}
    for e in store.log(deck):
        histories.setdefault(e.question, []).append((e.rating, e.reviewed_at, e.retention, weights))
    return {q: Scheduler().replay(h, key=f"{deck}/{q}") for q, h in histories.items()}


def test_a_fit_keeps_due_dates_recomputes_memory_and_schedules_what_follows(store):
    before = store.cards("sim")
    result = optimize(store, ALL_DECKS, "All decks", NOW)
    assert result.saved and result.trainable >= fitting.MIN_FIT_REVIEWS
    params = store.parameters("sim")
    assert params.weights == result.fit.weights and params.set_at == NOW
    assert (params.before, params.after) == (result.fit.before, result.fit.after)

    after = store.cards("sim")
    fitted = memory_replayed(store, "sim", params.weights)
    for question, card in after.items():
        old = before[question]
        assert (card.due, card.state, card.step, card.reps, card.lapses) == (
            old.due, old.state, old.step, old.reps, old.lapses,
        )  # fmt: skip
        memory = fitted[question]
        assert (card.stability, card.difficulty) == (memory.stability, memory.difficulty)
    assert sum(after[q].stability != before[q].stability for q in after) > 350

    question = min(after, key=lambda q: after[q].due_at)  # answered next, with the fitted set
    card, _ = store.record("sim", question, Rating.GOOD, after[question].due_at)
    expected, _ = Scheduler().review(after[question], Rating.GOOD, after[question].due_at,
                                     key=f"sim/{question}", weights=params.weights)  # fmt: skip
    assert card == expected and store.log("sim")[-1].parameters == params.id
    assert rebuilt_from_scratch(store, "sim") == store.cards("sim")


def test_a_reset_goes_back_to_the_defaults_and_replays_stay_exact(store):
    optimize(store, ALL_DECKS, "All decks", NOW)
    first = min(store.cards("sim").items(), key=lambda kv: kv[1].due_at)
    store.record("sim", first[0], Rating.AGAIN, first[1].due_at)  # scheduled with the fit
    due_dates = {q: c.due for q, c in store.cards("sim").items()}

    assert reset(store, [], NOW + timedelta(days=1)) == [ALL_DECKS]
    assert not store.parameters("sim").fitted
    cards = store.cards("sim")
    assert {q: c.due for q, c in cards.items()} == due_dates
    default = memory_replayed(store, "sim", DEFAULT_WEIGHTS)
    for question in (first[0], "q00007"):
        assert cards[question].stability == default[question].stability
    store.record("sim", "q00007", Rating.GOOD, NOW + timedelta(days=2))
    assert store.log("sim")[-1].parameters is None
    assert rebuilt_from_scratch(store, "sim") == store.cards("sim")
    assert reset(store, [], NOW) == []  # nothing of its own left to reset


def test_a_deck_s_own_set_wins_over_the_shared_one_until_reset(store):
    insert_log(store, simulate(300, 120, seed=5, weights=DEFAULT_WEIGHTS, deck="other"))
    shared = optimize(store, ALL_DECKS, "All decks", NOW)
    own = optimize(store, "sim", "Sim", NOW + timedelta(hours=1))
    assert shared.saved and own.saved and own.fit.weights != shared.fit.weights
    assert store.parameters("sim").weights == own.fit.weights
    assert store.parameters("other").weights == shared.fit.weights
    assert reset(store, ["sim"], NOW + timedelta(hours=2)) == ["sim"]
    assert store.parameters("sim").weights == shared.fit.weights  # back to the shared set
    assert rebuilt_from_scratch(store, "sim") == store.cards("sim")


def test_too_few_answers_to_learn_from_fit_nothing(quiz_home, simulated):
    with Store.open() as store:
        insert_log(store, simulated[:300])
        result = optimize(store, ALL_DECKS, "All decks", NOW)
        assert result.fit is None and not result.saved and not store.parameters("sim").fitted
        assert result.trainable == fitting.trainable(simulated[:300]) < fitting.MIN_FIT_REVIEWS


def test_answers_from_before_parameters_were_stored_replay_with_the_defaults(quiz_home):
    from quiz.srs.migrations import APPLICATION_ID, MIGRATIONS

    quiz_home.mkdir()
    db = sqlite3.connect(quiz_home / DB_NAME)  # a file as the previous release left it
    for script in MIGRATIONS[:3]:
        db.executescript(script)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("PRAGMA user_version = 3")
    db.execute(
        "INSERT INTO review_log (deck, question, reviewed_at, rating, state, retention)"
        " VALUES ('deck', 'q', '2025-03-01T09:00:00Z', 3, 0, 0.8),"
        " ('deck', 'q', '2025-03-01T09:10:00Z', 3, 1, 0.8)"
    )
    db.commit()
    db.close()
    with Store.open() as store:
        assert [e.parameters for e in store.log()] == [None, None]
        when = datetime(2025, 3, 1, 9, tzinfo=timezone.utc)
        history = [(Rating.GOOD, when, 0.8, DEFAULT_WEIGHTS),
                   (Rating.GOOD, when + timedelta(minutes=10), 0.8, DEFAULT_WEIGHTS)]  # fmt: skip
        assert store.card("deck", "q") == Scheduler().replay(history, key="deck/q")


def test_a_schedule_carried_from_another_tool_is_kept_by_a_fit_and_replays(store):
    from quiz.srs.cards import State
    from quiz.srs.carried import carry_schedule

    when = datetime(2025, 4, 1, 9, 0, tzinfo=timezone.utc)
    answers = [(Rating.GOOD, when, State.NEW, 4000),
               (Rating.GOOD, when + timedelta(days=3), State.REVIEW, 4000)]  # fmt: skip
    carried = CardState(State.REVIEW, None, 20.0, 4.0, NOW + timedelta(days=9),
                        answers[-1][1], reps=2)  # fmt: skip
    carry_schedule(store, "sim", "carried", answers, carried)
    store.record("sim", "carried", Rating.GOOD, NOW - timedelta(days=1))
    due = store.card("sim", "carried").due
    assert optimize(store, ALL_DECKS, "All decks", NOW).saved
    assert store.card("sim", "carried").due == due  # a fit moves no due date
    store.record("sim", "carried", Rating.HARD, NOW + timedelta(days=2))
    assert rebuilt_from_scratch(store, "sim") == store.cards("sim")
