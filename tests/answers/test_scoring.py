"""Scoring schemes: what a random answer earns under each, by exact enumeration, and the
judge applying the scheme it is given."""

from __future__ import annotations

from itertools import permutations, product

import pytest

from quiz.answers.arrangement import Arrangement
from quiz.answers.judge import check_answer
from quiz.answers.scoring import EXAM, PRACTICE, Scoring, match_score, multi_score, order_score
from quiz.bank.model import Match, Order


def random_order(scheme: str, n: int) -> float:
    """The mean score over every order a student could write, all equally likely."""
    orders = list(permutations(range(n)))
    return sum(order_score(scheme, p) for p in orders) / len(orders)


def random_match(scheme: str, rows: int, letters: int) -> float:
    """The mean score over every matching of rows to distinct letters."""
    ways = list(permutations(range(letters), rows))
    total = 0.0
    for way in ways:
        hits = sum(way[row] == row for row in range(rows))
        total += match_score(scheme, hits, rows - hits, rows, letters)
    return total / len(ways)


def test_todays_order_and_match_credit_gives_a_random_answer_much():
    assert random_order("pairs", 4) == pytest.approx(0.5)
    assert random_match("share", 4, 4) == pytest.approx(0.25)


@pytest.mark.parametrize(
    ("n", "expected"), [(3, 1 / 6), (4, 0.125), (5, 0.0917), (6, 0.0736), (8, 0.0533)]
)
def test_the_exam_order_scheme_gives_a_random_order_little(n, expected):
    assert random_order(EXAM.order, n) == pytest.approx(expected, abs=1e-3)
    assert random_order("all", n) <= random_order(EXAM.order, n)


@pytest.mark.parametrize(
    ("rows", "letters", "expected"), [(3, 3, 1 / 6), (4, 4, 0.125), (4, 5, 0.110), (5, 6, 0.086)]
)
def test_the_exam_match_scheme_gives_a_random_matching_little(rows, letters, expected):
    assert random_match(EXAM.match, rows, letters) == pytest.approx(expected, abs=1e-3)


def test_one_letter_everywhere_earns_nothing_under_chance_scoring():
    # "1a 2a 3a 4a" always hits exactly one pair: a quarter today, nothing with chance
    assert match_score("share", 1, 3, 4, 4) == 0.25
    assert match_score("chance", 1, 3, 4, 4) == 0.0


def test_multi_schemes_on_random_ticks():
    """Each option ticked or not at random (4 options, 2 right), a blank sheet scoring 0."""
    means = {}
    for scheme in ("right-wrong", "all", "per-option"):
        total = 0.0
        for ticks in product((0, 1), repeat=4):
            hits, misses = sum(ticks[:2]), sum(ticks[2:])
            total += multi_score(scheme, hits, misses, 2, 4) if any(ticks) else 0.0
        means[scheme] = total / 16
    assert means == pytest.approx({"right-wrong": 3 / 16, "all": 1 / 16, "per-option": 7.5 / 16})


PLANS = Order(id="plans", prompt="Order", items=("First", "Second", "Third", "Fourth"))
SHOWN = Arrangement(order=(0, 1, 2, 3))
SCHOOLS = Match(
    id="schools",
    prompt="Match",
    pairs=(("Lipetsk", "aviation"), ("Kazan", "tanks"), ("Rapallo", "treaty")),
    spares=("navy",),
)
SCHOOLS_SHOWN = Arrangement(order=(3, 0, 1, 2), left=(0, 1, 2))  # a) navy b) aviation ...


@pytest.mark.parametrize(
    ("scoring", "score"),
    [(PRACTICE, 5 / 6), (EXAM, (2 - 2 / 3) / 4), (Scoring(order="all"), 0.0)],
)
def test_the_judge_scores_an_order_by_the_scheme_it_is_given(scoring, score):
    verdict = check_answer(PLANS, "a b d c", SHOWN, scoring=scoring)  # two items swapped
    assert verdict.score == pytest.approx(score)


def test_a_spare_is_a_letter_to_choose_that_matches_nothing():
    assert check_answer(SCHOOLS, "1b 2c 3d", SCHOOLS_SHOWN).correct
    # the spare (a) on row 3: two right, one wrong out of four letters
    verdict = check_answer(SCHOOLS, "1b 2c 3a", SCHOOLS_SHOWN, scoring=EXAM)
    assert verdict.score == pytest.approx((2 - 1 / 3) / 3)
    assert check_answer(SCHOOLS, "1b 2c 3e", SCHOOLS_SHOWN).understood is False


def test_a_manifest_without_a_scheme_is_graded_as_before():
    assert Scoring.from_dict(None) == PRACTICE
    with pytest.raises(ValueError, match="order scoring 'lucky'"):
        Scoring.from_dict({"order": "lucky"})
