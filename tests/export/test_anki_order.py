"""The order a card shows its entries in without scripts: never the deck's, never nearly solved."""

from __future__ import annotations

import hashlib
from collections import Counter

import pytest

from quiz.bank.model import Choice, Match, Multi, Numeric, Order, TrueFalse
from quiz.export.anki_fields import accepted_range
from quiz.export.anki_order import card_arrangement, pairs_in_order
from quiz.export.anki_scripts import script

SEEDS = [hashlib.sha256(str(i).encode()).digest() for i in range(400)]
OPTIONS = ("right", "b", "c", "d")


def test_a_choice_never_keeps_the_deck_order_and_its_answer_goes_anywhere():
    q = Choice(id="c", prompt="p", options=OPTIONS, answer="right")
    orders = [card_arrangement(q, seed).order for seed in SEEDS]
    assert all(order != (0, 1, 2, 3) for order in orders)
    where = Counter(order.index(0) for order in orders)
    assert sorted(where) == [0, 1, 2, 3] and min(where.values()) > 60  # about 100 each


def test_a_multi_never_lists_its_right_options_first():
    q = Multi(id="m", prompt="p", options=OPTIONS, answers=("right", "b"))
    for seed in SEEDS:
        assert set(card_arrangement(q, seed).order[:2]) != {0, 1}


@pytest.mark.parametrize("n", [2, 3, 4, 6, 8])
def test_order_items_are_never_nearly_in_order(n):
    q = Order(id="o", prompt="p", items=tuple(f"item {i}" for i in range(n)))
    for seed in SEEDS[:100]:
        order = card_arrangement(q, seed).order
        assert 2 * pairs_in_order(order) <= n * (n - 1) // 2


@pytest.mark.parametrize("n", [2, 3, 5])
def test_match_rows_are_at_most_one_beside_their_partner(n):
    q = Match(id="m", prompt="p", pairs=tuple((f"l{i}", f"r{i}") for i in range(n)))
    for seed in SEEDS[:100]:
        shown = card_arrangement(q, seed)
        assert shown.left == tuple(range(n))
        assert sum(p == row for row, p in enumerate(shown.order)) <= (1 if n > 2 else 0)


def test_true_false_is_never_shuffled_and_the_order_is_stable():
    q = TrueFalse(id="t", statement="s", answer=False)
    assert {card_arrangement(q, seed).order for seed in SEEDS} == {(0, 1)}
    choice = Choice(id="c", prompt="p", options=OPTIONS, answer="right")
    assert card_arrangement(choice, SEEDS[0]) == card_arrangement(choice, SEEDS[0])


@pytest.mark.parametrize(
    ("answer", "tolerance", "shown"),
    [
        (1.2, 0.1, "1.1 to 1.3"),
        (100, 5, "95 to 105"),
        (0.3, 0.1, "0.2 to 0.4"),
        (1930, 0.5, "1929.5 to 1930.5"),
    ],
)
def test_a_tolerance_is_shown_without_float_noise(answer, tolerance, shown):
    assert accepted_range(Numeric(id="n", prompt="p", answer=answer, tolerance=tolerance)) == shown


def test_a_card_script_holding_anki_syntax_is_refused(monkeypatch):
    from quiz.export import anki_scripts

    monkeypatch.setattr(anki_scripts, "_source", lambda name: "var x = {a: {b: 1}};")
    with pytest.raises(ValueError, match=r"Anki syntax '\}\}'"):
        script("shuffle")
