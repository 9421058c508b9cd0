"""Display arrangements: shuffled by a passed-in Random, stored as JSON, read back."""

from __future__ import annotations

import json
import random
from collections import Counter

import pytest

from quiz.answers.arrangement import (
    Arrangement,
    arrange,
    choices_shown,
    cloze_numbered,
    deck_order,
    match_left_shown,
)
from quiz.bank.loader import load_deck
from quiz.bank.model import Choice, Flashcard, Order
from quiz.exams.manifest_reader import MarkedQuestion
from quiz.exams.marking import mark
from quiz.exams.paper import written_answer


def test_arrangement_round_trips_through_json():
    arrangement = Arrangement(order=(2, 0, 1), left=(1, 2, 0), reverse=True)
    assert Arrangement.from_dict(json.loads(json.dumps(arrangement.to_dict()))) == arrangement
    assert Arrangement().to_dict() == {}


@pytest.mark.parametrize(
    "data", [{"order": [0, 0]}, {"order": [1, 2]}, {"left": "01"}, {"order": [0.0, 1]}]
)
def test_arrangement_from_dict_refuses_what_is_not_a_permutation(data):
    with pytest.raises(ValueError, match="layout"):
        Arrangement.from_dict(data)


def test_right_letter_is_not_predictable():
    q = Choice(id="c", prompt="?", options=("w", "x", "y", "z"), answer="w")
    rng = random.Random(1)
    letters = Counter(written_answer(q, arrange(q, rng)) for _ in range(400))
    assert set(letters) == {"a", "b", "c", "d"}
    assert min(letters.values()) > 60


def test_same_seed_same_arrangements(every_type):
    deck = load_deck(every_type)
    first = [arrange(q, random.Random(5)) for q in deck.questions]
    again = [arrange(q, random.Random(5)) for q in deck.questions]
    assert first == again


def test_order_items_are_never_shown_solved():
    q = Order(id="o", prompt="?", items=("1st", "2nd"))
    rng = random.Random(0)
    assert all(arrange(q, rng).order == (1, 0) for _ in range(50))


def test_reverse_cards_go_both_ways_and_plain_cards_never():
    rng = random.Random(2)
    both = Flashcard(id="c", front="f", back="b", reverse=True)
    plain = Flashcard(id="p", front="f", back="b")
    assert {arrange(both, rng).reverse for _ in range(40)} == {True, False}
    assert {arrange(plain, rng).reverse for _ in range(40)} == {False}


def test_every_written_answer_scores_full_marks_on_paper(every_type):
    """The key's answer, written on the paper and graded, is right (cards are teacher-marked)."""
    rng = random.Random(11)
    for q in load_deck(every_type).questions:
        arrangement = arrange(q, rng)
        printed = MarkedQuestion(1, q.id, q, arrangement, 1.0, "")
        verdict = mark(printed, written_answer(q, arrangement)).verdict
        assert verdict.score == (0.0 if isinstance(q, Flashcard) else 1.0), q.id


def test_what_is_shown(every_type):
    deck = {q.id: q for q in load_deck(every_type).questions}
    schools = deck["schools-match"]
    arrangement = Arrangement(order=(1, 0), left=(1, 0))
    assert match_left_shown(schools, arrangement) == [("1", "Kazan"), ("2", "Lipetsk")]
    assert choices_shown(schools, arrangement) == [("a", "tank school"), ("b", "aviation school")]
    assert choices_shown(deck["may-austrian"], deck_order(deck["may-austrian"])) == [
        ("a", "True"),
        ("b", "False"),
    ]
    assert cloze_numbered(deck["may-brigade-cloze"].text) == (
        "Ernst May came to the USSR in [1] with [2: a number] specialists."
    )
