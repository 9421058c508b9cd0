"""`quiz grade`: a hand-made exam manifest and response sheet with scores worked out by hand.

The exam and the sheet are in marking_helpers.py (the ``exam_dir`` fixture). Here: scores
(item analysis: test_item_analysis.py; reading sheets and manifests: test_marking_sheets.py).
"""

from __future__ import annotations

from click.testing import CliRunner

from quiz.cli import cli
from quiz.exams.manifest_reader import read_manifest
from quiz.exams.marking import Response, grade


def test_scores_match_the_hand_worked_sheet(exam_dir):
    out = exam_dir / "scores.csv"
    result = CliRunner().invoke(
        cli, ["grade", str(exam_dir / "exam"), str(exam_dir / "responses.csv"), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    # Ben: 1 wrong; multi 2 of 3 right picks; T wrong; typo forgiven; 1 000 wrong; order
    # keeps 2 of 3 pairs; match 1 of 2; cloze 1 of 2 blanks.
    # The third student (B): numeric "100 million" in million marks is right (2 points);
    # multi a b c d = 3 right - 1 wrong of 3; "z" is not a letter of the choice.
    assert out.read_text() == (
        "name,variant,1,2,3,4,5,6,7,8,total,max,percent\n"
        "Ann,A,1,1,1,1,2,1,1,1,9,9,100\n"
        "Ben,A,0,0.67,0,1,0,0.67,0.5,0.5,3.33,9,37.04\n"
        '"\'=HYPERLINK(""http://x"")",B,1,1,1,2,0,1,0.67,0,6.67,9,74.07\n'
        "Dee,B,0,0,0,0,0,0,0,0,0,9,0\n"
    )
    responses = exam_dir / "responses.csv"
    assert result.output == (
        f"warning: {responses}:4: =HYPERLINK(\"http://x\"), question 8: 'z' scored 0: "
        "There is no 'z' here (letters a-d).\n"
        "graded 4 students: mean 52.8%, lowest 0.0%, highest 100.0%\n"
        f"item notes need 10 students or more; figures in {exam_dir / 'scores-items.csv'}\n"
        f"wrote {out} and {exam_dir / 'scores-items.csv'}\n"
    )


def test_a_blank_card_scores_zero_without_a_warning_but_a_stray_word_is_reported():
    from quiz.answers.arrangement import Arrangement
    from quiz.bank.model import Flashcard
    from quiz.exams.manifest_reader import MarkedQuestion
    from quiz.exams.marking import Response

    card = MarkedQuestion(1, "d/c", Flashcard(id="c", front="F", back="B"), Arrangement(), 2.0, "B")
    second = MarkedQuestion(2, "d/c2", card.question, Arrangement(), 2.0, "B")
    variants = {"A": [card, second]}
    rows = [Response(2, "Ann", "A", {1: "y", 2: "y"}), Response(3, "Bob", "A", {1: "", 2: "n"}),
            Response(4, "Cid", "A", {1: "maybe", 2: "n"})]  # fmt: skip
    scores, notes = grade(variants, rows)
    assert [s.total for s in scores] == [4.0, 0.0, 0.0]
    assert [line for line, _ in notes] == [4]


def test_grade_edges_absent_duplicates_quotes_and_names(exam_dir):
    """An all-blank row is absent (not 0 %), a name or row twice is warned, an open quote
    is named, and names reach the terminal without their control characters."""
    sheet = exam_dir / "edges.csv"
    sheet.write_text(
        "name,variant,1,2,3,4,5,6,7,8\n"
        "Ann,A,b,b c d,F,Ernst May,100,b c a,1b 2a,1930; 17\n"
        "ann ,A,b,,,,,,,\n"
        "Ann,A,b,b c d,F,Ernst May,100,b c a,1b 2a,1930; 17\n"
        "Eve\x1b[31m,B,,,,,,,,\n"
    )
    out = exam_dir / "scores.csv"
    result = CliRunner().invoke(cli, ["grade", str(exam_dir / "exam"), str(sheet), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:4] == [
        f"warning: {sheet}:3: 'ann' is also on line 2: two students?",
        f"warning: {sheet}:4: repeats line 2 (Ann): counted twice",
        "absent (nothing written): Eve\ufffd[31m",
        "graded 3 students: mean 70.4%, lowest 11.1%, highest 100.0%",
    ]
    assert out.read_text().splitlines()[-1] == "Eve\ufffd[31m,B,,,,,,,,,,,absent"
    sheet.write_text('name,variant,1,2,3,4,5,6,7,8\nAnn,A,"b,,,,,,,\nBen,A,b,,,,,,,\n')
    result = CliRunner().invoke(cli, ["grade", str(exam_dir / "exam"), str(sheet), "-o", str(out)])
    assert result.exit_code == 2  # a sheet the teacher can fix, like a bad deck
    assert result.output == (
        f'{sheet}:2: unterminated quote: a cell opens with " and never closes; '
        'close it, or remove the "\n'
    )


def test_a_number_on_the_sheet_is_read_by_the_judge_as_written(exam_dir):
    """``50.000`` reaches the judge exactly as written: grade and the judge agree."""
    from quiz.answers.judge import check_answer

    _, variants = read_manifest(exam_dir / "exam")
    loans = next(q for q in variants["A"] if q.key.endswith("loans-1925"))
    for written in ("50.000", "100.000", "100,000,000", "100 million"):
        [mark] = grade({"A": [loans]}, [Response(2, "Ann", "A", {loans.number: written})])[0]
        verdict = check_answer(loans.question, written, loans.arrangement)
        assert mark.marks[0].verdict == verdict
