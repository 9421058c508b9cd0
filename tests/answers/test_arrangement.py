"""Display layouts: shuffled by a passed-in Random, stored as JSON, read back."""

from __future__ import annotations

import json
import random
from collections import Counter

import pytest

from quiz.answers.arrangement import (
    Layout,
    choices_shown,
    cloze_numbered,
    layout_for,
    match_left_shown,
    written_layout,
)
from quiz.bank.loader import load_deck
from quiz.bank.model import Card, Choice, Order
from quiz.exams.manifest import MarkedQuestion
from quiz.exams.marking import mark
from quiz.exams.paper import written_answer


def test_layout_round_trips_through_json():
    layout = Layout(order=(2, 0, 1), left=(1, 2, 0), reverse=True)
    assert Layout.from_dict(json.loads(json.dumps(layout.to_dict()))) == layout
    assert Layout().to_dict() == {}


@pytest.mark.parametrize(
    "data", [{"order": [0, 0]}, {"order": [1, 2]}, {"left": "01"}, {"order": [0.0, 1]}]
)
def test_layout_from_dict_refuses_what_is_not_a_permutation(data):
    with pytest.raises(ValueError, match="layout"):
        Layout.from_dict(data)


def test_right_letter_is_not_predictable():
    q = Choice(id="c", prompt="?", options=("w", "x", "y", "z"), answer="w")
    rng = random.Random(1)
    letters = Counter(written_answer(q, layout_for(q, rng)) for _ in range(400))
    assert set(letters) == {"a", "b", "c", "d"}
    assert min(letters.values()) > 60


def test_same_seed_same_layouts(every_type):
    deck = load_deck(every_type)
    first = [layout_for(q, random.Random(5)) for q in deck.questions]
    again = [layout_for(q, random.Random(5)) for q in deck.questions]
    assert first == again


def test_order_items_are_never_shown_solved():
    q = Order(id="o", prompt="?", items=("1st", "2nd"))
    rng = random.Random(0)
    assert all(layout_for(q, rng).order == (1, 0) for _ in range(50))


def test_reverse_cards_go_both_ways_and_plain_cards_never():
    rng = random.Random(2)
    both = Card(id="c", front="f", back="b", reverse=True)
    plain = Card(id="p", front="f", back="b")
    assert {layout_for(both, rng).reverse for _ in range(40)} == {True, False}
    assert {layout_for(plain, rng).reverse for _ in range(40)} == {False}


def test_every_written_answer_scores_full_marks_on_paper(every_type):
    """The key's answer, written on the paper and graded, is right (cards are teacher-marked)."""
    rng = random.Random(11)
    for q in load_deck(every_type).questions:
        layout = layout_for(q, rng)
        printed = MarkedQuestion(1, q.id, q, layout, 1.0, "")
        verdict = mark(printed, written_answer(q, layout)).verdict
        assert verdict.score == (0.0 if isinstance(q, Card) else 1.0), q.id


def test_what_is_shown(every_type):
    deck = {q.id: q for q in load_deck(every_type).questions}
    schools = deck["schools-match"]
    layout = Layout(order=(1, 0), left=(1, 0))
    assert match_left_shown(schools, layout) == [("1", "Kazan"), ("2", "Lipetsk")]
    assert choices_shown(schools, layout) == [("a", "tank school"), ("b", "aviation school")]
    assert choices_shown(deck["may-austrian"], written_layout(deck["may-austrian"])) == [
        ("a", "True"),
        ("b", "False"),
    ]
    assert cloze_numbered(deck["may-brigade-cloze"].text) == (
        "Ernst May came to the USSR in [1] with [2: a number] specialists."
    )
