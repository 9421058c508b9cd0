"""Answer checking with partial credit: multi, order and match, in tables of answers and scores."""

from __future__ import annotations

import pytest

from quiz.answers.arrangement import Arrangement
from quiz.answers.judge import check_answer
from quiz.bank.model import Match, Multi, Order

LONG = "a " * 50_000  # a pasted wall of text

# Shown as a) Kura  b) Magnitogorsk  c) Dnieper  d) Kashira; right: a c d
SIEMENS = Multi(
    id="siemens",
    prompt="Siemens projects?",
    options=("Kura", "Dnieper", "Kashira", "Magnitogorsk"),
    answers=("Kura", "Dnieper", "Kashira"),
)
SIEMENS_LAYOUT = Arrangement(order=(0, 3, 1, 2))


@pytest.mark.parametrize(
    ("answer", "score", "understood"),
    [
        ("a c d", 1.0, True),
        ("d,c,a", 1.0, True),
        ("acd", 1.0, True),
        ("a and c and d", 1.0, True),
        ("a a c d", 1.0, True),  # duplicates count once
        ("  a   c\td  ", 1.0, True),
        ("ａ ｃ ｄ", 1.0, True),  # full-width letters
        ("а с", 0.0, False),  # Cyrillic look-alikes are not letters a-d
        ("a c", 2 / 3, True),
        ("a", 1 / 3, True),
        ("a c d b", 2 / 3, True),  # 3 right - 1 wrong over 3
        ("a b", 0.0, True),  # 1 right - 1 wrong: floored at 0
        ("b", 0.0, True),
        ("", 0.0, True),
        ("a e", 0.0, False),
        ("a, 3", 0.0, False),
        (LONG, 0.0, False),
    ],
)
def test_multi_partial_credit(answer, score, understood):
    verdict = check_answer(SIEMENS, answer, SIEMENS_LAYOUT)
    assert verdict.score == pytest.approx(score)
    assert verdict.correct == (score == 1.0)
    assert verdict.understood == understood
    assert verdict.expected == "a) Kura, c) Dnieper, d) Kashira"


def test_multi_feedback_explains_the_credit():
    verdict = check_answer(SIEMENS, "a b c", SIEMENS_LAYOUT)
    assert verdict.feedback == (
        "2 of 3 right options picked, 1 wrong: 33% credit (right picks minus wrong picks)."
    )


# Items stored First..Fourth; shown as a) Third  b) First  c) Fourth  d) Second
PLANS = Order(id="plans", prompt="Order them.", items=("First", "Second", "Third", "Fourth"))
PLANS_LAYOUT = Arrangement(order=(2, 0, 3, 1))


@pytest.mark.parametrize(
    ("answer", "score", "understood", "feedback"),
    [
        ("b d a c", 1.0, True, ""),
        ("B, D, A, C", 1.0, True, ""),
        ("bdac", 1.0, True, ""),
        ("  b   d a\tc ", 1.0, True, ""),
        ("ｂ ｄ ａ ｃ", 1.0, True, ""),  # full-width
        ("d b a c", 5 / 6, True, "5 of 6 pairs in the right order: 83% credit."),
        (
            "c b d a",
            3 / 6,
            True,
            "3 of 6 pairs in the right order: 50% credit.",
        ),  # last moved first
        ("c a d b", 0.0, True, "0 of 6 pairs in the right order: 0% credit."),  # reversed
        ("", 0.0, True, "No answer."),
        ("b d a", 0.0, False, "3 of 4 letters given."),
        ("b d a a", 0.0, False, "'a' given more than once."),
        ("b d a e", 0.0, False, "There is no 'e' here (letters a-d)."),
        ("1 2 3 4", 0.0, False, "'1 2 3 4' is not read as letters a-d."),
        ("b d a ç", 0.0, False, "'b d a ç' is not read as letters a-d."),
        (LONG, 0.0, False, "That is too long to read as letters a-d."),
    ],
)
def test_order_kendall_partial_credit(answer, score, understood, feedback):
    verdict = check_answer(PLANS, answer, PLANS_LAYOUT)
    assert (verdict.score, verdict.understood, verdict.feedback) == (
        pytest.approx(score),
        understood,
        feedback,
    )
    assert verdict.expected == "b d a c: First → Second → Third → Fourth"


# Shown as 1. Kazan  2. Moscow  3. Lipetsk   and   a) aviation  b) tank  c) gas
SCHOOLS = Match(
    id="schools",
    prompt="Match.",
    pairs=(("Lipetsk", "aviation"), ("Kazan", "tank"), ("Moscow", "gas")),
)
SCHOOLS_LAYOUT = Arrangement(order=(0, 1, 2), left=(1, 2, 0))


@pytest.mark.parametrize(
    ("answer", "score", "understood"),
    [
        ("1b 2c 3a", 1.0, True),
        ("3a 1b 2c", 1.0, True),  # any order of pairs
        ("1B, 2C, 3A", 1.0, True),
        ("1-b 2-c 3-a", 1.0, True),
        ("  1b    2c\t3a ", 1.0, True),
        ("１ｂ ２ｃ ３ａ", 1.0, True),  # full-width
        ("1b 2c 3a 1b", 1.0, True),  # the same pair twice is one pair
        ("1б 2c 3a", 0.0, False),  # Cyrillic
        ("1:b; 2:c; 3:a", 1.0, True),
        ("b c a", 1.0, True),  # letters alone: rows 1, 2, 3
        ("1b 2a 3c", 1 / 3, True),
        ("1b", 1 / 3, True),  # unanswered rows count wrong
        ("1a 2a 3a", 1 / 3, True),  # one letter for several rows: at most one is right
        ("1a 2b 3c", 0.0, True),
        ("", 0.0, True),
        ("1b 1c", 0.0, False),
        ("4a", 0.0, False),
        ("1d", 0.0, False),
        ("1b 2c 3a and more", 0.0, False),
        ("b c", 2 / 3, True),
        (LONG, 0.0, False),
    ],
)
def test_match_per_pair_credit(answer, score, understood):
    verdict = check_answer(SCHOOLS, answer, SCHOOLS_LAYOUT)
    assert (verdict.score, verdict.understood) == (pytest.approx(score), understood)
    assert verdict.expected == "1b 2c 3a (Kazan: tank; Moscow: gas; Lipetsk: aviation)"


def test_match_feedback_counts_pairs():
    assert check_answer(SCHOOLS, "1b 2a 3c", SCHOOLS_LAYOUT).feedback == "1 of 3 pairs right."
