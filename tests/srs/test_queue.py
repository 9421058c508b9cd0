"""The review queue against a real store: what comes next, new-per-day, edits and removals."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from quiz.bank.loader import load_deck
from quiz.srs.cards import Rating, State
from quiz.srs.queue import Review, at, day_end, until
from quiz.srs.scheduler import Scheduler
from quiz.srs.store import Store
from quiz.srs.tracked import remember_decks

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc)  # a Saturday
G, A, E = Rating.GOOD, Rating.AGAIN, Rating.EASY


def write_deck(folder, ids, prompt="What is {id}?"):
    lines = ["deck: tiny", "title: Tiny deck", "questions:"]
    for qid in ids:
        lines += [f"  - id: {qid}", "    type: short", f'    prompt: "{prompt.format(id=qid)}"']
        lines += [f"    answer: {qid}", "    tags: [t]"]
    path = folder / "tiny.yaml"
    path.write_text("\n".join(lines) + "\n")
    return load_deck(path)


@pytest.fixture
def store(quiz_home):
    with Store.open(scheduler=Scheduler(enable_fuzzing=False)) as opened:
        yield opened


def answer_all(review, now, rating=G):
    asked = []
    while (due := review.next(now)) is not None:
        asked.append(due.question.id)
        review.record(due, rating, now, answer="x", duration_ms=1000)
    return asked


def test_new_questions_come_in_deck_order_up_to_the_daily_limit(store, tmp_path):
    deck = write_deck(tmp_path, ["a", "b", "c", "d", "e"])
    review = Review(store, [deck], T0, new_per_day=3)
    assert answer_all(review, T0, E) == ["a", "b", "c"]
    later = T0 + timedelta(hours=3)
    assert answer_all(Review(store, [deck], later, new_per_day=4), later, E) == ["d"]
    tomorrow = T0 + timedelta(days=1)
    assert answer_all(Review(store, [deck], tomorrow, new_per_day=3), tomorrow, E) == ["e"]


def test_due_questions_come_first_most_overdue_first_then_new(store, tmp_path):
    deck = write_deck(tmp_path, ["old", "older", "fresh", "unseen"])
    store.record("tiny", "older", E, T0 - timedelta(days=20))  # due T0 - 12 days
    store.record("tiny", "old", E, T0 - timedelta(days=10))  # due T0 - 2 days
    store.record("tiny", "fresh", E, T0 - timedelta(days=1))  # due in 7 days
    review = Review(store, [deck], T0)
    # unseen, right: to the 10-minute learning step, asked again within the learn-ahead
    assert answer_all(review, T0) == ["older", "old", "unseen", "unseen"]


def test_a_missed_question_returns_after_the_others_then_learning_ahead(store, tmp_path):
    deck = write_deck(tmp_path, ["a", "b", "c"])
    review = Review(store, [deck], T0)
    order = []
    for rating in (A, G, G, G, G, G):  # a wrong: due again in a minute, in learning
        due = review.next(T0)
        order.append((due.question.id, due.label))
        review.record(due, rating, T0, answer="", duration_ms=500)
    assert order == [
        ("a", "new"),
        ("b", "new"),
        ("c", "new"),
        ("a", "learning"),  # due within the 20-minute learn-ahead, nothing else left
        ("b", "learning"),  # b, c and a (now) all due at 09:10: ties go by id, a not twice
        ("a", "learning"),
    ]


def test_the_question_just_asked_is_asked_again_only_when_alone(store, tmp_path):
    deck = write_deck(tmp_path, ["a"])
    review = Review(store, [deck], T0)
    due = review.next(T0)
    review.record(due, A, T0, answer="", duration_ms=500)
    assert review.next(T0).question.id == "a"


def test_limit_stops_the_session(store, tmp_path):
    deck = write_deck(tmp_path, ["a", "b", "c"])
    assert answer_all(Review(store, [deck], T0, limit=2), T0) == ["a", "b"]


def test_editing_a_question_keeps_its_progress_and_removing_it_unschedules_it(store, tmp_path):
    deck = write_deck(tmp_path, ["a", "b"])
    answer_all(Review(store, [deck], T0), T0, E)
    edited = write_deck(tmp_path, ["a"], prompt="Reworded: which is {id}?")
    later = T0 + timedelta(days=30)
    remember_decks(store, [edited])  # what `quiz review` does before it builds the queue
    review = Review(store, [edited], later)
    assert answer_all(review, later) == ["a"]
    assert store.card("tiny", "a").reps == 2  # same id, same card, new text
    assert store.next_due("tiny", review_by=later, learn_by=later) is None  # b not scheduled
    assert [e.question for e in store.log("tiny")] == ["a", "b", "a"]  # b's answer kept


def test_summary_says_what_was_reviewed_and_what_comes_next(store, tmp_path):
    deck = write_deck(tmp_path, ["a", "b", "c", "d"])
    review = Review(store, [deck], T0, new_per_day=3)
    for rating in (A, G, E):
        review.record(review.next(T0), rating, T0, answer="", duration_ms=500)
    summary = review.summary(T0)
    assert summary.ratings == {A: 1, G: 1, E: 1} and (summary.answered, summary.new) == (3, 3)
    assert summary.next_due == T0 + timedelta(minutes=1)
    assert (summary.due_today, summary.due_tomorrow) == (2, 0)  # a in 1 min, b in 10 min
    assert (summary.new_waiting, summary.new_today) == (1, 0)
    assert store.card("tiny", "c").state == State.REVIEW


def test_today_ends_at_local_midnight():
    tokyo = timezone(timedelta(hours=9))
    now = datetime(2025, 3, 1, 23, 30, tzinfo=tokyo)
    assert day_end(now) == datetime(2025, 3, 1, 23, 59, 59, tzinfo=tokyo)
    assert day_end(now, 1) == datetime(2025, 3, 2, 23, 59, 59, tzinfo=tokyo)


@pytest.mark.parametrize(
    ("delta", "text"),
    [
        (timedelta(seconds=10), "now"),
        (timedelta(minutes=1), "in 1 minute"),
        (timedelta(minutes=10), "in 10 minutes"),
        (timedelta(minutes=90), "in 2 hours"),
        (timedelta(hours=23, minutes=40), "in 1 day"),
        (timedelta(days=11), "in 11 days"),
    ],
)
def test_until(delta, text):
    assert until(T0, T0 + delta) == text


def test_at_shows_the_time_in_the_zone_of_now():
    assert at(T0.astimezone(timezone(timedelta(hours=2))), T0) == "Sat 1 Mar 11:00"


def test_a_new_question_shown_but_not_answered_is_still_left_for_today(store, tmp_path):
    deck = write_deck(tmp_path, ["a", "b", "c"])
    review = Review(store, [deck], T0, new_per_day=2)
    assert review.next(T0).question.id == "a"  # shown; the learner quits without answering
    assert review.summary(T0).new_today == 2
    assert review.next(T0).question.id == "a"  # still the next one
    review.record(review.next(T0), G, T0, answer="a", duration_ms=900)
    assert review.summary(T0).new_today == 1


def test_due_now_counts_what_the_queue_asks_as_due(store, tmp_path):
    deck = write_deck(tmp_path, ["overdue", "learning", "tonight", "unseen"])
    store.record("tiny", "overdue", E, T0 - timedelta(days=20))  # due 12 days ago
    store.record("tiny", "learning", A, T0)  # a learning step: due at 09:01
    store.record("tiny", "tonight", G, T0 - timedelta(minutes=3))  # learning, due 09:07
    summary = Review(store, [deck], T0).summary(T0)
    assert (summary.due_now, summary.due_today) == (1, 3)
    later = T0 + timedelta(minutes=5)
    assert Review(store, [deck], later).summary(later).due_now == 2
