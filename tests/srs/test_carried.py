"""Schedules carried from another tool: kept by rebuilds, continued by later answers."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from quiz.imports.progress import carried_card
from quiz.imports.result import CardHistory
from quiz.srs.cards import Rating, State
from quiz.srs.carried import carry_schedule
from quiz.srs.parameters import DEFAULT_WEIGHTS
from quiz.srs.scheduler import Scheduler
from quiz.srs.store import Store

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc)
ANKI_DUE = datetime(2025, 3, 20, 4, 0, tzinfo=timezone.utc)  # not what our FSRS would say


def history(stability=None, difficulty=None) -> CardHistory:
    reviews = ((Rating.GOOD, T0, State.NEW, 5000),
               (Rating.GOOD, T0 + timedelta(days=1), State.LEARNING, None))  # fmt: skip
    return CardHistory("q1", reviews, State.REVIEW, ANKI_DUE, stability, difficulty, lapses=0)


def test_a_carried_schedule_survives_a_rebuild_and_later_answers_continue_from_it(tmp_path):
    with Store.open(tmp_path / "p.sqlite3", Scheduler(enable_fuzzing=False)) as store:
        card = carried_card(history(), store, "d/q1")  # no memory state: from the replay
        answers = [(Rating.GOOD, T0, 0.9, DEFAULT_WEIGHTS),
                   (Rating.GOOD, T0 + timedelta(days=1), 0.9, DEFAULT_WEIGHTS)]  # fmt: skip
        replayed = store.scheduler.replay(answers, "d/q1")
        assert (card.stability, card.difficulty) == (replayed.stability, replayed.difficulty)
        assert card.due == ANKI_DUE and card.due != replayed.due
        assert carry_schedule(store, "d", "q1", list(history().reviews), card) == 2
        assert store.card("d", "q1") == card
        later, _ = store.record("d", "q1", Rating.GOOD, ANKI_DUE + timedelta(hours=2))
        expected, _ = store.scheduler.review(card, Rating.GOOD, ANKI_DUE + timedelta(hours=2),
                                             key="d/q1")  # fmt: skip
        assert later == expected
        assert store.rebuild() == 1
        assert store.card("d", "q1") == later  # rebuilt: carried state, then our answer
        assert [e.duration_ms for e in store.log("d")] == [5000, None, None]
        assert carry_schedule(store, "d", "q1", list(history().reviews), card) == 0


def test_a_memory_state_from_the_other_tool_is_kept(tmp_path):
    with Store.open(tmp_path / "p.sqlite3") as store:
        card = carried_card(history(stability=12.5, difficulty=4.25), store, "d/q1")
    assert (card.stability, card.difficulty, card.state) == (12.5, 4.25, State.REVIEW)
    assert card.reps == 2 and card.last_review == T0 + timedelta(days=1)
