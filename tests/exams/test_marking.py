"""`quiz grade`: a hand-made exam manifest and response sheet with scores worked out by hand.

The exam and the sheet are in marking_helpers.py (the ``exam_dir`` fixture). Here: scores,
item analysis and the class summary; reading sheets and manifests is in test_marking_sheets.py.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from quiz.cli import cli
from quiz.exams.manifest import read_manifest
from quiz.exams.marking import ItemStats, Response, grade, item_analysis, summarise, upper_lower
from quiz.exams.responses import read_responses


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
        "There is no 'z' here: answer with letters a-d.\n"
        "graded 4 students: mean 52.8%, lowest 0.0%, highest 100.0%\n"
        f"item notes need 10 students or more; figures in {exam_dir / 'scores-items.csv'}\n"
        f"wrote {out} and {exam_dir / 'scores-items.csv'}\n"
    )


def test_item_analysis_by_hand(exam_dir):
    _, variants = read_manifest(exam_dir / "exam")
    scores, _ = grade(variants, read_responses(exam_dir / "responses.csv", variants))
    items = {i.key.split("/")[1]: i for i in item_analysis(variants, scores)}
    creditor = items["main-creditor"]
    assert creditor.numbers == ["A1", "B8"]
    assert creditor.facility == 0.25  # only Ann
    # ranked by total: Dee 0, Ben 37, third 74, Ann 100; top 2 average 0.5, bottom 2 zero
    assert creditor.discrimination == 0.5
    assert creditor.picks == [
        ("Germany", 1, True), ("Great Britain", 1, False), ("France", 0, False),
        ("United States", 0, False),
    ]  # fmt: skip
    assert creditor.blank == 1
    numeric = items["loans-1925"]
    assert numeric.facility == 0.5 and numeric.discrimination == 1.0
    siemens = items["siemens-projects"]
    assert siemens.picks[0] == ("Kura River power station", 3, True)
    assert siemens.picks[3] == ("Magnitogorsk town plan", 1, False)
    assert items["may-austrian"].picks == [("True", 2, False), ("False", 2, True)]


def test_the_class_summary(exam_dir):
    _, variants = read_manifest(exam_dir / "exam")
    scores, _ = grade(variants, read_responses(exam_dir / "responses.csv", variants))
    summary = summarise(scores, item_analysis(variants, scores))
    assert (summary.students, summary.lowest, summary.highest) == (4, 0.0, 100.0)
    assert summary.mean == pytest.approx((100 + 37.04 + 74.07 + 0) / 4, abs=0.01)
    assert summary.flagged == () and summary.too_few_for_notes
    empty = summarise([], item_analysis(variants, []))
    assert (empty.students, empty.mean, empty.lowest, empty.highest) == (0, None, None, None)
    assert not empty.too_few_for_notes
    hard = ItemStats("d/q", "short", ["A1"], scores=[0.0] * 10, facility=0.0)
    fine = ItemStats("d/r", "short", ["A2"], scores=[0.5] * 10, facility=0.5, discrimination=0.5)
    assert summarise(scores, [fine, hard]).flagged == (hard,)


def test_items_are_judged_only_from_ten_students():
    few = ItemStats("d/q", "choice", scores=[1.0] * 9, facility=1.0, discrimination=0.0)
    few.picks = [("right", 9, True), ("wrong", 0, False)]
    assert few.note == ""
    easy = ItemStats("d/q", "choice", scores=[1.0] * 10, facility=1.0, discrimination=0.0)
    easy.picks = [("right", 10, True), ("wrong", 0, False), ("other", 0, False)]
    assert easy.note == "very easy; 2 distractors never picked"  # D means nothing at 100%
    weak = ItemStats("d/q", "short", scores=[0.5] * 10, facility=0.15, discrimination=0.1)
    assert weak.note == "very hard; discriminates poorly"


def test_upper_lower_index():
    assert upper_lower([(90, 1.0), (10, 0.0)]) == 1.0
    assert upper_lower([(90, 0.0), (10, 1.0)]) == -1.0
    assert upper_lower([(50, 1.0)]) is None


def test_item_analysis_orders_items_by_variant_code_past_z(exam_dir):
    """With --pool a question may first appear on variant AA; codes sort A < B < ... < AA."""
    _, variants = read_manifest(exam_dir / "exam")
    late = {"B": variants["B"][:1], "AA": variants["A"][1:2], "C": variants["A"][2:3]}
    items = item_analysis(late, [])
    assert [i.numbers for i in items] == [["B1"], ["C3"], ["AA2"]]


def test_a_blank_card_scores_zero_without_a_warning_but_a_stray_word_is_reported():
    from quiz.answers.arrangement import Arrangement
    from quiz.bank.model import Flashcard
    from quiz.exams.manifest import MarkedQuestion
    from quiz.exams.marking import Response

    card = MarkedQuestion(1, "d/c", Flashcard(id="c", front="F", back="B"), Arrangement(), 2.0, "B")
    second = MarkedQuestion(2, "d/c2", card.question, Arrangement(), 2.0, "B")
    variants = {"A": [card, second]}
    rows = [Response(2, "Ann", "A", {1: "y", 2: "y"}), Response(3, "Bob", "A", {1: "", 2: "n"}),
            Response(4, "Cid", "A", {1: "maybe", 2: "n"})]  # fmt: skip
    scores, notes = grade(variants, rows)
    assert [s.total for s in scores] == [4.0, 0.0, 0.0]
    assert [line for line, _ in notes] == [4]


def test_an_option_written_out_in_full_counts_as_that_pick():
    from quiz.answers.arrangement import Arrangement
    from quiz.bank.model import Choice
    from quiz.exams.manifest import MarkedQuestion
    from quiz.exams.marking import Response

    q = Choice(id="c", prompt="?", options=("Germany", "France", "Italy"), answer="Germany")
    variants = {"A": [MarkedQuestion(1, "d/c", q, Arrangement(order=(1, 0, 2)), 1.0, "b")]}
    rows = [Response(2, "Ann", "A", {1: "b"}), Response(3, "Bob", "A", {1: "germany"}),
            Response(4, "Cid", "A", {1: "France"}),
            Response(5, "Dan", "A", {1: "x y"})]  # fmt: skip
    scores, _ = grade(variants, rows)
    assert [s.total for s in scores] == [1.0, 1.0, 0.0, 0.0]
    [item] = item_analysis(variants, scores)
    assert item.picks == [("Germany", 2, True), ("France", 1, False), ("Italy", 0, False)]


def test_from_ten_students_the_items_worth_a_look_are_listed(exam_dir):
    rows = [f"S{i},A,b,b c d,F,Ernst May,100,b c a,1b 2a,1930; 17" for i in range(9)]
    rows.append("S9,A,a,b c,T,Ersnt May,1 000,c b a,1b 2b,1930 | 18")
    sheet = exam_dir / "ten.csv"
    sheet.write_text("name,variant,1,2,3,4,5,6,7,8\n" + "\n".join(rows) + "\n")
    out = exam_dir / "s.csv"
    result = CliRunner().invoke(cli, ["grade", str(exam_dir / "exam"), str(sheet), "-o", str(out)])
    assert result.output == (
        "graded 10 students: mean 93.7%, lowest 37.0%, highest 100.0%\n"
        "  every-type/main-creditor (A1 B8): 2 distractors never picked\n"
        "  every-type/siemens-projects (A2 B7): very easy; discriminates poorly; "
        "1 distractor never picked\n"
        "  every-type/may-name (A4 B5): very easy\n"
        "  every-type/plans-order (A6 B3): very easy; discriminates poorly\n"
        "  every-type/schools-match (A7 B2): very easy; discriminates poorly\n"
        "  every-type/may-brigade-cloze (A8 B1): very easy; discriminates poorly\n"
        f"wrote {out} and {exam_dir / 's-items.csv'}\n"
    )


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
    assert out.read_text().splitlines()[-1] == "Eve\x1b[31m,B,,,,,,,,,,,absent"
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


def test_a_true_false_answered_by_its_box_letter_counts_as_the_judge_reads_it(exam_dir):
    _, variants = read_manifest(exam_dir / "exam")
    sheet = "name,variant,1,2,3,4,5,6,7,8\nEve,A,,,a,,,,,\nFay,A,,,b,,,,,\nGil,A,,,yes,,,,,\n"
    (exam_dir / "letters.csv").write_text(sheet)
    scores, _ = grade(variants, read_responses(exam_dir / "letters.csv", variants))
    items = {i.key.split("/")[1]: i for i in item_analysis(variants, scores)}
    assert items["may-austrian"].picks == [("True", 2, False), ("False", 1, True)]
