"""The session engine: selection, seeded order, retry, and the summary, with fixed times."""

from __future__ import annotations

import random

import pytest

from quiz.answers.judge import check_answer
from quiz.bank.loader import load_deck
from quiz.bank.model import Flashcard
from quiz.core.errors import UsageError
from quiz.exams.paper import CLOZE_SEPARATOR, written_answer
from quiz.practice.session import Session, TagScore, select


@pytest.fixture
def deck(every_type):
    return load_deck(every_type)


def ids(items):
    return [item.question.id for item in items]


def test_no_shuffle_keeps_deck_order(deck):
    items = select([deck], rng=random.Random(1), shuffle=False)
    assert ids(items) == [q.id for q in deck.questions]


def test_same_seed_same_session_and_another_seed_another(deck):
    first = select([deck], rng=random.Random(42))
    assert first == select([deck], rng=random.Random(42))
    assert ids(first) != ids(select([deck], rng=random.Random(43)))
    assert sorted(ids(first)) == sorted(q.id for q in deck.questions)


def test_filters_tags_any_of_types_and_limit(deck):
    rng = random.Random(0)
    by_tag = select([deck], rng=rng, tags=["loans", "military"], shuffle=False)
    assert ids(by_tag) == ["main-creditor", "loans-1925", "schools-match"]
    by_type = select([deck], rng=rng, types=["numeric", "card"], shuffle=False)
    assert ids(by_type) == ["term-inspetsy", "loans-1925"]
    assert len(select([deck], rng=rng, limit=3)) == 3
    assert len(select([deck], rng=rng, tags=["example"])) == 9  # a deck-level tag


def test_nothing_matching_names_what_there_is(deck):
    with pytest.raises(UsageError) as caught:
        select([deck], rng=random.Random(0), tags=["nope"], types=["card"])
    assert str(caught.value) == (
        "no questions match tags nope types card; tags here: example, firms, "
        "five-year-plans, loans, military, specialists, towns; types here: card, choice, "
        "cloze, match, multi, numeric, order, short, true_false"
    )


def answer(session, text_for, seconds=1.0):
    item = session.next_item()
    text = text_for(item)
    return session.record(item, text, check_answer(item.question, text, item.arrangement), seconds)


def key(item):
    """The right answer as typed at the terminal: y for a card, a cloze's blanks one a line."""
    if isinstance(item.question, Flashcard):
        return "y"
    return written_answer(item.question, item.arrangement).replace(CLOZE_SEPARATOR, "\n")


def test_all_right_summary(deck):
    session = Session(select([deck], rng=random.Random(3)), rng=random.Random(3), started=100.0)
    while session.next_item():
        answer(session, key)
    summary = session.summary(now=172.5)
    assert (summary.asked, summary.right, summary.partial, summary.wrong) == (9, 9, 0, 0)
    assert (summary.earned, summary.possible, summary.percent) == (10, 10, 100.0)
    assert summary.seconds == 72.5
    assert summary.finished and not summary.missed and summary.retried == 0
    assert TagScore("towns", 3, 3, 3) in summary.tags
    assert [t.tag for t in summary.tags] == sorted(t.tag for t in summary.tags)


def test_partial_and_wrong_answers_in_the_summary(deck):
    items = select([deck], rng=random.Random(0), types=["multi", "numeric"], shuffle=False)
    session = Session(items, rng=random.Random(0))
    multi = session.next_item()
    two_of_three = " ".join(key(multi).split()[:2])
    answer(session, lambda item: two_of_three)
    answer(session, lambda item: "90")  # numeric, 2 points
    summary = session.summary(now=5.0)
    assert summary.earned == pytest.approx(2 / 3)
    assert summary.possible == 3
    assert summary.percent == pytest.approx(100 * (2 / 3) / 3)
    assert (summary.right, summary.partial, summary.wrong) == (0, 1, 1)
    assert [r.answer for r in summary.missed] == [two_of_three, "90"]
    assert summary.missed[1].verdict.expected == "100 million marks"
    assert TagScore("loans", 1, 0, 2) in summary.tags


def test_retry_asks_missed_questions_until_right_without_changing_the_score(deck):
    items = select([deck], rng=random.Random(0), types=["choice", "true_false"], shuffle=False)
    session = Session(items, rng=random.Random(0), retry=True)
    answer(session, lambda item: "zz")  # choice: unreadable but recorded as typed
    answer(session, key)  # true_false right
    again = session.next_item()
    assert (again.question.id, again.attempt) == ("main-creditor", 2)
    answer(session, lambda item: "")  # still wrong: asked a third time
    assert session.next_item().attempt == 3
    answer(session, key)
    assert session.next_item() is None
    summary = session.summary(now=0.0)
    assert (summary.asked, summary.right, summary.retried) == (2, 1, 2)
    assert summary.percent == 50.0


def test_quitting_early_summarises_what_was_answered(deck):
    session = Session(select([deck], rng=random.Random(9)), rng=random.Random(9))
    answer(session, key)
    summary = session.summary(now=0.0)
    assert (summary.planned, summary.asked, summary.finished) == (9, 1, False)
    empty = Session(select([deck], rng=random.Random(9)), rng=random.Random(9)).summary(0.0)
    assert (empty.asked, empty.percent, empty.tags) == (0, 0.0, ())


def test_record_refuses_an_item_out_of_turn(deck):
    items = select([deck], rng=random.Random(1))
    session = Session(items, rng=random.Random(1))
    with pytest.raises(ValueError):
        session.record(items[1], "", check_answer(items[1].question, "", items[1].arrangement), 0)
