"""`quiz grade`: a hand-made exam manifest and response sheet with scores worked out by hand."""

from __future__ import annotations

import csv
import json

import pytest
from click.testing import CliRunner

from quiz.cli import cli
from quiz.errors import QuizError
from quiz.exam_manifest import FORMAT, VERSION, question_to_dict, read_manifest
from quiz.loader import load_deck
from quiz.marking import ItemStats, grade, item_analysis, summarise, upper_lower
from quiz.marking_csv import read_responses, safe_cell

# Variant A: deck order with chosen layouts. B: reversed, everything in deck order.
#   A1 main-creditor   a) Great Britain b) Germany c) France d) United States   -> b
#   A2 siemens-projects a) Magnitogorsk b) Kura c) Dnieper d) Kashira           -> b c d
#   A6 plans-order     a) Third b) First c) Second                             -> b c a
#   A7 schools-match   1. Kazan 2. Lipetsk / a) aviation school b) tank school -> 1b 2a
LAYOUTS_A = {
    "main-creditor": {"order": [1, 0, 2, 3]},
    "siemens-projects": {"order": [3, 0, 1, 2]},
    "may-austrian": {"order": [0, 1]},
    "plans-order": {"order": [2, 0, 1]},
    "schools-match": {"order": [0, 1], "left": [1, 0]},
}
IDS = [
    "main-creditor", "siemens-projects", "may-austrian", "may-name", "loans-1925",
    "plans-order", "schools-match", "may-brigade-cloze",
]  # fmt: skip
RESPONSES = """name,variant,1,2,3,4,5,6,7,8
Ann,A,b,b c d,F,Ernst May,100,b c a,1b 2a,1930; 17
Ben,A,a,b c,T,Ernst Mai,1 000,c b a,1b 2b,1930 | 18
"=HYPERLINK(""http://x"")",B,1930;17,1a 2b,a b c,100 million,,F,a b c d,z
Dee,b,,,,,,,,
"""


def identity(q) -> dict:
    n = {"choice": "options", "multi": "options", "order": "items"}.get(q.type)
    if q.type == "match":
        return {"order": [0, 1], "left": [0, 1]}
    if q.type == "true_false":
        return {"order": [0, 1]}
    return {"order": list(range(len(getattr(q, n))))} if n else {}


@pytest.fixture
def exam_dir(tmp_path, every_type):
    deck = load_deck(every_type)
    by_id = {q.id: q for q in deck.questions}

    def entry(number, qid, layout):
        q = by_id[qid]
        return {
            "number": number, "deck": deck.id, "id": qid, "type": q.type,
            "points": float(q.points), "answer": "", "key": "", "layout": layout,
            "question": question_to_dict(q),
        }  # fmt: skip

    variants = [
        {"code": "A", "questions": [entry(n, i, LAYOUTS_A.get(i, identity(by_id[i])))
                                    for n, i in enumerate(IDS, 1)]},
        {"code": "B", "questions": [entry(n, i, identity(by_id[i]))
                                    for n, i in enumerate(reversed(IDS), 1)]},
    ]  # fmt: skip
    manifest = {"format": FORMAT, "version": VERSION, "variants": variants}
    (tmp_path / "exam").mkdir()
    (tmp_path / "exam" / "manifest.json").write_text(json.dumps(manifest))
    (tmp_path / "responses.csv").write_text(RESPONSES)
    return tmp_path


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
    assert items["may-austrian"].picks == [("True", 1, False), ("False", 2, True)]


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


def test_formula_cells_are_defused():
    assert [safe_cell(v) for v in ("=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "Ann")] == [
        "'=1+1", "'+1", "'-2", "'@SUM(A1)", "'\tx", "'\rx", "Ann",
    ]  # fmt: skip
    assert safe_cell(0.6667) == "0.67" and safe_cell(2.0) == "2" and safe_cell(None) == ""
    # numbers we computed are numbers: a negative discrimination must stay one
    assert safe_cell(-0.125) == "-0.12" and safe_cell(-1) == "-1" and safe_cell("-1") == "'-1"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "{f}:1: empty; the first row names the columns: name, variant, 1, 2 ..."),
        ("variant,1\n", "{f}:1: no 'name' column"),
        (
            "nom,variant,1,2,3,4,5,6,7,8\n",
            "{f}:1: column 'nom': expected name, variant or a question number 1-8",
        ),
        ("name,1,2,3,4,5,6,7,8\n", "{f}:1: no 'variant' column; this exam has variants A, B"),
        ("name,variant,1,2,3\n", "{f}:1: no column for question 4, 5, 6, 7, 8"),
        ("name,variant,q1,Q1\n", "{f}:1: column 'Q1' appears twice"),
        ("name,variant,1,2,3,4,5,6,7,9\n", "{f}:1: column '9': the exam has questions 1-8"),
        (RESPONSES.replace("Dee,b", "Dee,C"), "{f}:5: variant: 'C'; this exam has A, B"),
        (RESPONSES + "Eve,A,,,,,,,,,x\n", "{f}:6: 11 cells but the header has 10 columns"),
        (RESPONSES + ",A,,,,,,,,\n", "{f}:6: name: empty"),
    ],
)  # fmt: skip
def test_bad_response_files_get_one_line_with_file_line_and_column(exam_dir, text, message):
    bad = exam_dir / "bad.csv"
    bad.write_text(text)
    _, variants = read_manifest(exam_dir / "exam")
    with pytest.raises(QuizError) as err:
        read_responses(bad, variants)
    assert str(err.value) == message.format(f=bad)


def test_semicolon_sheets_and_q_headers_are_read(exam_dir):
    sheet = exam_dir / "semi.csv"
    sheet.write_text(
        "Name;Variant;Q1;Q2;Q3;Q4;Q5;Q6;Q7;Q8\nAnn;a;b;b c d;F;Ernst May;100;b c a;1b 2a;1930\n"
    )
    _, variants = read_manifest(exam_dir / "exam")
    [ann] = read_responses(sheet, variants)
    assert ann.variant == "A" and ann.answers[2] == "b c d" and ann.answers[8] == "1930"


def test_missing_and_damaged_manifests(tmp_path):
    runner = CliRunner()
    (tmp_path / "r.csv").write_text("name\n")
    result = runner.invoke(cli, ["grade", str(tmp_path), str(tmp_path / "r.csv"), "-o", "s.csv"])
    assert result.exit_code == 1
    assert result.output == (
        f"{tmp_path / 'manifest.json'}: no exam manifest here; give the folder `quiz exam` wrote\n"
    )
    (tmp_path / "manifest.json").write_text('{"format": "quiz-exam-manifest", "version": 1}')
    result = runner.invoke(cli, ["grade", str(tmp_path), str(tmp_path / "r.csv"), "-o", "s.csv"])
    assert (
        result.output == f"{tmp_path / 'manifest.json'}: damaged manifest (KeyError: 'variants')\n"
    )


def test_grading_a_real_exam_with_its_own_key_scores_full_marks(tmp_path, every_type):
    """End to end: build an exam, answer every variant from its manifest's key, grade."""
    runner = CliRunner()
    out = tmp_path / "exam"
    runner.invoke(cli, ["exam", str(every_type), "-o", str(out), "--variants", "3", "--seed", "4"])
    manifest = json.loads((out / "manifest.json").read_text())
    with (tmp_path / "r.csv").open("w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["name", "variant", *range(1, 9)])
        for v in manifest["variants"]:
            writer.writerow(
                [f"student {v['code']}", v["code"], *(q["answer"] for q in v["questions"])]
            )
    scores = tmp_path / "s.csv"
    result = runner.invoke(cli, ["grade", str(out), str(tmp_path / "r.csv"), "-o", str(scores)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(scores.open()))
    assert [(r["name"], r["percent"]) for r in rows] == [
        ("student A", "100"), ("student B", "100"), ("student C", "100"),
    ]  # fmt: skip


def test_item_analysis_orders_items_by_variant_code_past_z(exam_dir):
    """With --pool a question may first appear on variant AA; codes sort A < B < ... < AA."""
    _, variants = read_manifest(exam_dir / "exam")
    late = {"B": variants["B"][:1], "AA": variants["A"][1:2], "C": variants["A"][2:3]}
    items = item_analysis(late, [])
    assert [i.numbers for i in items] == [["B1"], ["C3"], ["AA2"]]


def test_a_blank_card_scores_zero_without_a_warning_but_a_stray_word_is_reported():
    from quiz.exam_manifest import MarkedQuestion
    from quiz.layout import Layout
    from quiz.marking import Response
    from quiz.model import Card

    card = MarkedQuestion(1, "d/c", Card(id="c", front="F", back="B"), Layout(), 2.0, "B")
    variants = {"A": [card]}
    rows = [Response(2, "Ann", "A", {1: "y"}), Response(3, "Bob", "A", {1: ""}),
            Response(4, "Cid", "A", {1: "maybe"})]  # fmt: skip
    scores, notes = grade(variants, rows)
    assert [s.total for s in scores] == [2.0, 0.0, 0.0]
    assert [line for line, _ in notes] == [4]


def test_a_written_letter_is_read_as_the_letter_where_options_are_letters(tmp_path):
    """Paper a) C  b) B  c) D  d) A, answer C: 'c' is option D, wrong; 'a' is right."""
    deck = tmp_path / "vitamins.yaml"
    deck.write_text(
        "deck: vitamins\ntitle: Vitamins\nquestions:\n"
        "  - id: scurvy\n    type: choice\n    prompt: Which vitamin prevents scurvy?\n"
        "    options: [C, B, D, A]\n    answer: C\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    exam = tmp_path / "exam"
    args = ["exam", str(deck), "-o", str(exam), "--no-shuffle-options", "--seed", "1"]
    assert runner.invoke(cli, args).exit_code == 0
    (tmp_path / "r.csv").write_text("name,variant,1\nAnn,A,a\nBen,A,c\nCy,A,C\nDi,A,d\n")
    scores = tmp_path / "s.csv"
    result = runner.invoke(cli, ["grade", str(exam), str(tmp_path / "r.csv"), "-o", str(scores)])
    assert result.exit_code == 0, result.output
    assert scores.read_text() == (
        "name,variant,1,total,max,percent\n"
        "Ann,A,1,1,1,100\nBen,A,0,0,1,0\nCy,A,0,0,1,0\nDi,A,0,0,1,0\n"
    )
    items = list(csv.DictReader((tmp_path / "s-items.csv").open()))
    assert items[0]["picks"] == "C (right): 1; B: 0; D: 2; A: 1"


def test_an_option_written_out_in_full_counts_as_that_pick():
    from quiz.exam_manifest import MarkedQuestion
    from quiz.layout import Layout
    from quiz.marking import Response
    from quiz.model import Choice

    q = Choice(id="c", prompt="?", options=("Germany", "France", "Italy"), answer="Germany")
    variants = {"A": [MarkedQuestion(1, "d/c", q, Layout(order=(1, 0, 2)), 1.0, "b")]}
    rows = [Response(2, "Ann", "A", {1: "b"}), Response(3, "Bob", "A", {1: "germany"}),
            Response(4, "Cid", "A", {1: "France"}),
            Response(5, "Dan", "A", {1: "x y"})]  # fmt: skip
    scores, _ = grade(variants, rows)
    assert [s.total for s in scores] == [1.0, 1.0, 0.0, 0.0]
    [item] = item_analysis(variants, scores)
    assert item.picks == [("Germany", 2, True), ("France", 1, False), ("Italy", 0, False)]


def test_from_ten_students_the_items_worth_a_look_are_listed(exam_dir):
    rows = [f"S{i},A,b,b c d,F,Ernst May,100,b c a,1b 2a,1930; 17" for i in range(9)]
    rows.append("S9,A,a,b c,T,Ernst Mai,1 000,c b a,1b 2b,1930 | 18")
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
