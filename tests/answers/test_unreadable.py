"""An answer that cannot be read: one statement of why per kind of problem (letters not
on the paper named the same way for choice, multi, order and match), and an ask that
only someone who can answer again is given."""

from __future__ import annotations

import pytest
from fixture_paths import EVERY_TYPE

from quiz.answers.arrangement import Arrangement
from quiz.answers.judge import check_answer, check_card, check_cloze, counted_wrong
from quiz.bank.loader import load_deck

QS = {q.id: q for q in load_deck(EVERY_TYPE).questions}
IN_ORDER = Arrangement(order=(0, 1, 2, 3))


def in_order(q) -> Arrangement:
    """Options, items and pairs shown as the deck lists them."""
    n = len(getattr(q, "options", None) or getattr(q, "items", None) or getattr(q, "pairs", ()))
    if q.type == "true_false":
        n = 2
    return Arrangement(order=tuple(range(n)), left=tuple(range(len(getattr(q, "pairs", ())))))


@pytest.mark.parametrize(
    ("qid", "answer", "problem"),
    [
        ("main-creditor", "z", "There is no 'z' here (letters a-d)."),
        ("main-creditor", "b e f", "There is no 'e' or 'f' here (letters a-d)."),
        ("main-creditor", "a c", "'a c' picks 2 options, not one."),
        ("main-creditor", "Japan", "'Japan' is none of the options."),
        ("siemens-projects", "b d e", "There is no 'e' here (letters a-d)."),
        ("siemens-projects", "Kura, Ural", "'Ural' is none of the options."),
        ("plans-order", "b a e", "There is no 'e' here (letters a-c)."),
        ("plans-order", "b a", "2 of 3 letters given."),
        ("plans-order", "b a a", "'a' given more than once."),
        ("schools-match", "1b 2e", "There is no 'e' here (1-2 and a-b)."),
        ("schools-match", "b e", "There is no 'e' here (1-2 and a-b)."),
        ("schools-match", "1b 3a", "There is no '3' here (1-2 and a-b)."),
        ("schools-match", "1b 1a", "'1' given more than once."),
        ("schools-match", "a b a", "3 letters given for 2 rows."),
        ("may-austrian", "maybe", "'maybe' is neither true nor false."),
        ("loans-1925", "a lot", "'a lot' is not read as a number."),
    ],
)
def test_each_problem_is_stated_and_counted_wrong_without_asking_again(qid, answer, problem):
    q = QS[qid]
    verdict = check_answer(q, answer, in_order(q))
    assert (verdict.understood, verdict.feedback) == (False, problem)
    assert verdict.ask and verdict.hint == f"{problem} {verdict.ask}"
    wrong = counted_wrong(verdict)
    assert wrong.feedback == f"Not read as an answer, so counted wrong. {problem}"
    assert wrong.ask == "" and "?" not in wrong.feedback


def test_a_card_not_answered_y_or_n_is_counted_wrong_without_asking_again():
    verdict = check_card(QS["term-inspetsy"], "", Arrangement())
    assert verdict.hint == "An empty line is neither y nor n. Did you know it? Answer y or n."
    assert counted_wrong(verdict).feedback == (
        "Not read as an answer, so counted wrong. An empty line is neither y nor n."
    )


@pytest.mark.parametrize("answer", ["a", "aa", "a a", "A, a"])
def test_a_repeated_letter_for_one_choice_is_that_choice_as_in_multi(answer):
    assert check_answer(QS["main-creditor"], answer, IN_ORDER).correct  # a) Germany
    multi = check_answer(QS["siemens-projects"], "b c d d", IN_ORDER)
    assert check_answer(QS["siemens-projects"], "b c d", IN_ORDER).score == multi.score


def test_a_cloze_with_fewer_values_than_blanks_says_so():
    q = QS["may-brigade-cloze"]
    assert check_cloze(q, ["1930"]).feedback == (
        "Only 1 of 2 blanks given. 1 of 2 blanks right. [2] is '17'."
    )
    assert check_cloze(q, ["1930", ""]).feedback == "1 of 2 blanks right. [2] is '17'."


def test_grade_names_the_letters_not_on_the_paper_and_blanks_not_given(exam_dir):
    """Variant A (tests/marking_helpers.py): 2 is multi a-d, 7 match, 8 the two-blank cloze."""
    from click.testing import CliRunner

    from quiz.cli import cli

    sheet = exam_dir / "responses.csv"
    sheet.write_text("name,variant,1,2,3,4,5,6,7,8\nAnn,A,dd,b d e,,,,,1b 3a,1930\n")
    result = CliRunner().invoke(
        cli, ["grade", str(exam_dir / "exam"), str(sheet), "-o", str(exam_dir / "s.csv")]
    )
    assert result.exit_code == 0, result.output
    assert [line for line in result.output.splitlines() if line.startswith("warning")] == [
        f"warning: {sheet}:2: Ann, question 2: 'b d e' scored 0: There is no 'e' here"
        " (letters a-d).",
        f"warning: {sheet}:2: Ann, question 7: '1b 3a' scored 0: There is no '3' here"
        " (1-2 and a-b).",
        f"warning: {sheet}:2: Ann, question 8: '1930' scored 50%: Only 1 of 2 blanks given;"
        " separate blanks with ; or |.",
    ]
