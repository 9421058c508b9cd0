"""Item analysis and the class summary, on the hand-made exam of marking_helpers.py
(the ``exam_dir`` fixture) and on small exams built here."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from quiz.cli import cli
from quiz.exams.item_analysis import ItemStats, item_analysis, summarise, upper_lower
from quiz.exams.manifest_reader import read_manifest
from quiz.exams.marking import grade
from quiz.exams.responses import read_responses


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


def test_an_option_written_out_in_full_counts_as_that_pick():
    from quiz.answers.arrangement import Arrangement
    from quiz.bank.model import Choice
    from quiz.exams.manifest_reader import MarkedQuestion
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


def test_a_true_false_answered_by_its_box_letter_counts_as_the_judge_reads_it(exam_dir):
    _, variants = read_manifest(exam_dir / "exam")
    sheet = "name,variant,1,2,3,4,5,6,7,8\nEve,A,,,a,,,,,\nFay,A,,,b,,,,,\nGil,A,,,yes,,,,,\n"
    (exam_dir / "letters.csv").write_text(sheet)
    scores, _ = grade(variants, read_responses(exam_dir / "letters.csv", variants))
    items = {i.key.split("/")[1]: i for i in item_analysis(variants, scores)}
    assert items["may-austrian"].picks == [("True", 2, False), ("False", 1, True)]
