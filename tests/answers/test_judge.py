"""Answer checking for one pick and cards: choice, true/false, self-graded cards, in tables.

Multi, order and match (partial credit) are in test_grading_partial.py; typed text and
numbers (short, cloze, numeric) are in test_grading_text.py.
"""

from __future__ import annotations

import pytest

from quiz.answers.arrangement import Arrangement
from quiz.answers.judge import Verdict, check_answer, grade_card
from quiz.bank.model import Choice, Flashcard, TrueFalse

LONG = "a " * 50_000  # a pasted wall of text

# Shown as a) France  b) Germany  c) Great Britain  d) United States
CREDITOR = Choice(
    id="creditor",
    prompt="Main creditor?",
    options=("Germany", "Great Britain", "France", "United States"),
    answer="Germany",
)
CREDITOR_LAYOUT = Arrangement(order=(2, 0, 1, 3))


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
        ("e", "wrong", False, "There is no 'e' here (letters a-d)."),
        ("a b", "wrong", False, "'a b' picks 2 options, not one."),
        ("б", "wrong", False, "'б' is none of the options."),  # Cyrillic
        ("1", "wrong", False, "'1' is none of the options."),
        (LONG, "wrong", False, "That is too long to read as letters a-d."),
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
    verdict = check_answer(SCURVY, answer, Arrangement(order=(0, 1, 2, 3)))
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
        ("ca", "wrong", False, "'ca' picks 2 options, not one."),
    ],
)
def test_option_text_is_read_only_when_the_answer_is_no_single_letter(
    answer, outcome, understood, feedback
):
    verdict = check_answer(CABS, answer, Arrangement(order=(0, 1, 2, 3)))
    assert (verdict.outcome, verdict.understood, verdict.feedback) == (
        outcome,
        understood,
        feedback,
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
        ("b", "right", True),  # letter of False in arrangement (True, False)
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
    verdict = check_answer(AUSTRIAN, answer, Arrangement(order=(0, 1)))
    assert (verdict.outcome, verdict.understood, verdict.expected) == (
        outcome,
        understood,
        "False",
    )


def test_true_false_letters_follow_the_arrangement():
    assert check_answer(AUSTRIAN, "a", Arrangement(order=(1, 0))).correct


TERM = Flashcard(id="term", front="inspetsy", back="foreign specialists", reverse=True)


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
    verdict = check_answer(TERM, answer, Arrangement())
    assert (verdict.correct, verdict.understood) == (correct, understood)


def test_card_reverse_expects_the_front():
    assert grade_card(TERM, True, Arrangement(reverse=True)) == Verdict(True, 1.0, "", "inspetsy")
    assert grade_card(TERM, False, Arrangement()) == Verdict(False, 0.0, "", "foreign specialists")


def test_an_arrangement_that_does_not_fit_is_refused():
    with pytest.raises(ValueError, match="does not fit question 'creditor'"):
        check_answer(CREDITOR, "a", Arrangement(order=(0, 1, 2)))


def test_outcome_names():
    assert [Verdict(c, s, "", "").outcome for c, s in ((True, 1), (False, 0.5), (False, 0))] == [
        "right",
        "partial",
        "wrong",
    ]


def test_a_category_word_is_set_aside_after_a_name_but_not_after_an_option():
    from quiz.answers.arrangement import deck_order
    from quiz.bank.model import Cloze

    option = Cloze(id="o", text="Use the {{c1::--keep-within}} option to keep recent snapshots.")
    assert check_answer(option, ["--keep-within"], deck_order(option)).correct
    assert not check_answer(option, ["--keep-within-daily"], deck_order(option)).correct
    paper = Cloze(id="p", text="The {{c1::Manchester Guardian}} printed the story first.")
    assert check_answer(paper, ["Manchester Guardian newspaper"], deck_order(paper)).correct
