"""Answer checking for lettered answers and cards: tables of answers and verdicts.

Typed text and numbers (short, cloze, numeric) are in test_grading_text.py.
"""

from __future__ import annotations

import pytest

from quiz.grading import Verdict, check_answer, grade_card
from quiz.layout import Layout
from quiz.model import Card, Choice, Match, Multi, Order, TrueFalse

LONG = "a " * 50_000

# Shown as a) France  b) Germany  c) Great Britain  d) United States
CREDITOR = Choice(
    id="creditor",
    prompt="Main creditor?",
    options=("Germany", "Great Britain", "France", "United States"),
    answer="Germany",
)
CREDITOR_LAYOUT = Layout(order=(2, 0, 1, 3))


@pytest.mark.parametrize(
    ("answer", "outcome", "understood", "feedback"),
    [
        ("b", "right", True, ""),
        ("B", "right", True, ""),
        ("  b  ", "right", True, ""),
        ("(b)", "right", True, ""),
        ("germany", "right", True, ""),  # the option's text instead of its letter
        ("Germany.", "right", True, ""),
        ("ｂ", "right", True, ""),  # full-width letter
        ("b b", "right", True, ""),  # a repeated letter is still one pick
        ("a", "wrong", True, "You picked a) France."),
        ("", "wrong", True, "No answer."),
        ("   ", "wrong", True, "No answer."),
        ("e", "wrong", False, "There is no 'e' here: answer with letters a-d."),
        ("a b", "wrong", False, "Pick one letter."),
        ("б", "wrong", False, "Answer with letters a-d, e.g. 'a c'."),  # Cyrillic
        ("1", "wrong", False, "Answer with letters a-d, e.g. 'a c'."),
        (LONG, "wrong", False, "That is too long: answer with letters a-d, e.g. 'a c'."),
    ],
)
def test_choice(answer, outcome, understood, feedback):
    verdict = check_answer(CREDITOR, answer, CREDITOR_LAYOUT)
    assert (verdict.outcome, verdict.understood, verdict.feedback) == (
        outcome,
        understood,
        feedback,
    )
    assert verdict.expected == "b) Germany"


# Shown as a) C  b) B  c) D  d) A: options that are letters themselves
SCURVY = Choice(
    id="scurvy", prompt="Which vitamin prevents scurvy?", options=("C", "B", "D", "A"), answer="C"
)


@pytest.mark.parametrize(
    ("answer", "outcome", "feedback"),
    [
        ("a", "right", ""),
        ("A", "right", ""),
        ("(a)", "right", ""),
        ("c", "wrong", "You picked c) D."),  # the letter c, not the option 'C'
        ("C", "wrong", "You picked c) D."),
        ("d", "wrong", "You picked d) A."),
        ("b", "wrong", "You picked b) B."),
    ],
)
def test_a_typed_letter_is_the_letter_even_where_an_option_reads_as_one(answer, outcome, feedback):
    verdict = check_answer(SCURVY, answer, Layout(order=(0, 1, 2, 3)))
    assert (verdict.outcome, verdict.understood, verdict.feedback) == (outcome, True, feedback)
    assert verdict.expected == "a) C"


# Shown as a) bad  b) cab  c) dab  d) add: texts made of letters a-d
CABS = Choice(id="cabs", prompt="?", options=("bad", "cab", "dab", "add"), answer="cab")


@pytest.mark.parametrize(
    ("answer", "outcome", "understood", "feedback"),
    [
        ("cab", "right", True, ""),  # three letters are no answer to a choice: the text
        ("Dab", "wrong", True, "You picked c) dab."),
        ("b", "right", True, ""),
        ("b b", "right", True, ""),  # one letter, repeated: still a letter reading
        ("ca", "wrong", False, "Pick one letter."),
    ],
)
def test_option_text_is_read_only_when_the_answer_is_no_single_letter(
    answer, outcome, understood, feedback
):
    verdict = check_answer(CABS, answer, Layout(order=(0, 1, 2, 3)))
    assert (verdict.outcome, verdict.understood, verdict.feedback) == (
        outcome,
        understood,
        feedback,
    )


# Shown as a) Kura  b) Magnitogorsk  c) Dnieper  d) Kashira; right: a c d
SIEMENS = Multi(
    id="siemens",
    prompt="Siemens projects?",
    options=("Kura", "Dnieper", "Kashira", "Magnitogorsk"),
    answers=("Kura", "Dnieper", "Kashira"),
)
SIEMENS_LAYOUT = Layout(order=(0, 3, 1, 2))


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


AUSTRIAN = TrueFalse(id="austrian", statement="May was Austrian.", answer=False)


@pytest.mark.parametrize(
    ("answer", "outcome", "understood"),
    [
        ("f", "right", True),
        ("F", "right", True),
        ("false", "right", True),
        (" False ", "right", True),
        ("no", "right", True),
        ("n", "right", True),
        ("b", "right", True),  # letter of False in layout (True, False)
        ("f f", "right", True),  # a repeated answer is still one answer
        ("b b", "right", True),
        ("ｆ", "right", True),  # full-width
        ("\tfalse\n", "right", True),
        ("t f", "wrong", False),
        ("t", "wrong", True),
        ("yes", "wrong", True),
        ("a", "wrong", True),
        ("", "wrong", True),
        ("maybe", "wrong", False),
        ("c", "wrong", False),
        ("a b", "wrong", False),
        ("ложь", "wrong", False),
        (LONG, "wrong", False),
    ],
)
def test_true_false(answer, outcome, understood):
    verdict = check_answer(AUSTRIAN, answer, Layout(order=(0, 1)))
    assert (verdict.outcome, verdict.understood, verdict.expected) == (
        outcome,
        understood,
        "False",
    )


def test_true_false_letters_follow_the_layout():
    assert check_answer(AUSTRIAN, "a", Layout(order=(1, 0))).correct


# Items stored First..Fourth; shown as a) Third  b) First  c) Fourth  d) Second
PLANS = Order(id="plans", prompt="Order them.", items=("First", "Second", "Third", "Fourth"))
PLANS_LAYOUT = Layout(order=(2, 0, 3, 1))


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
        ("b d a", 0.0, False, "Put all 4 letters in order, e.g. 'c a b'."),
        ("b d a a", 0.0, False, "Use each letter once."),
        ("b d a e", 0.0, False, "There is no 'e' here: answer with letters a-d."),
        ("1 2 3 4", 0.0, False, "Answer with letters a-d, e.g. 'a c'."),
        ("b d a ç", 0.0, False, "Answer with letters a-d, e.g. 'a c'."),
        (LONG, 0.0, False, "That is too long: answer with letters a-d, e.g. 'a c'."),
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
SCHOOLS_LAYOUT = Layout(order=(0, 1, 2), left=(1, 2, 0))


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


TERM = Card(id="term", front="inspetsy", back="foreign specialists", reverse=True)


@pytest.mark.parametrize(
    ("answer", "correct", "understood"),
    [
        ("y", True, True),
        ("Yes", True, True),
        ("n", False, True),
        ("no", False, True),
        ("", False, False),
        ("perhaps", False, False),
        ("  Y  ", True, True),
        ("ｙ", True, True),
        ("y y", True, True),
        ("y n", False, False),
        (LONG, False, False),
    ],
)
def test_card_self_grade(answer, correct, understood):
    verdict = check_answer(TERM, answer, Layout())
    assert (verdict.correct, verdict.understood) == (correct, understood)


def test_card_reverse_expects_the_front():
    assert grade_card(TERM, True, Layout(reverse=True)) == Verdict(True, 1.0, "", "inspetsy")
    assert grade_card(TERM, False, Layout()) == Verdict(False, 0.0, "", "foreign specialists")


def test_a_layout_that_does_not_fit_is_refused():
    with pytest.raises(ValueError, match="does not fit question 'creditor'"):
        check_answer(CREDITOR, "a", Layout(order=(0, 1, 2)))


def test_outcome_names():
    assert [Verdict(c, s, "", "").outcome for c, s in ((True, 1), (False, 0.5), (False, 0))] == [
        "right",
        "partial",
        "wrong",
    ]
