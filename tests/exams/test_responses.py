"""`quiz grade` and its files: response sheets, safe score cells, manifests, real exams."""

from __future__ import annotations

import csv
import json

import pytest
from click.testing import CliRunner
from marking_helpers import RESPONSES

from quiz.cli import cli
from quiz.core.csv_cells import safe_cell
from quiz.core.errors import QuizError
from quiz.exams.manifest_reader import ManifestError, read_manifest
from quiz.exams.marking import grade
from quiz.exams.responses import read_responses


def test_formula_cells_are_defused():
    assert [safe_cell(v) for v in ("=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "Ann")] == [
        "'=1+1", "'+1", "'-2", "'@SUM(A1)", "'\tx", "\ufffdx", "Ann",
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
            "{f}:1: column 'nom': expected name, variant, student or a question number 1-8",
        ),
        ("name,1,2,3,4,5,6,7,8\n", "{f}:1: no 'variant' column; this exam has variants A, B"),
        ("name,variant,1,2,3\n", "{f}:1: no column for question 4, 5, 6, 7, 8"),
        ("name,variant,q1,Q1\n", "{f}:1: column 'Q1' appears twice"),
        ("name,variant,1,2,3,4,5,6,7,9\n", "{f}:1: column '9': the exam has questions 1-8"),
        (RESPONSES.replace("Dee,b", "Dee,C"), "{f}:5: variant: 'C'; this exam has A, B"),
        (RESPONSES + "Eve,A,,,,,,,,,x\n", "{f}:6: 11 cells but the header has 10 columns"),
        (RESPONSES + ",A,,,,,,,,\n", "{f}:6: name: empty"),
        (RESPONSES + "Eve,A,b,?,,,,,,\n", "{f}:6: question 2: '?' is a scan read waiting for "
         "review; settle it in the review file and run `quiz scan` again, or type the answer"),
        *[(RESPONSES + f"Eve,A,{bad},,,,,,,\n", f"{{f}}:6: question 1: {bad!r}: a score is a "
           "share of the points from 0 to 1, e.g. [score 1], [score 1/2], [score 0]")
          for bad in ("[score 2]", "[score x]", "[score 1/0]", "[score]")],
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
    assert result.exit_code == 2
    assert result.output == (
        f"{tmp_path / 'manifest.json'}: no exam manifest here; give the folder `quiz exam` wrote\n"
    )
    (tmp_path / "manifest.json").write_text('{"format": "quiz-exam-manifest", "version": 1}')
    result = runner.invoke(cli, ["grade", str(tmp_path), str(tmp_path / "r.csv"), "-o", "s.csv"])
    assert result.output == f"{tmp_path / 'manifest.json'}: damaged manifest (no 'variants')\n"


@pytest.mark.parametrize(
    "citations",
    [[{"page": "3"}], [{"id": "moore", "page": 3}], "p. 3", [{"id": "moore", "chapter": "2"}]],
)
def test_a_manifest_with_a_broken_citation_is_damaged(exam_dir, citations):
    path = exam_dir / "exam" / "manifest.json"
    data = json.loads(path.read_text())
    data["variants"][0]["questions"][0]["question"]["source"] = citations
    path.write_text(json.dumps(data))
    with pytest.raises(ManifestError, match=r"damaged manifest \('source' is "):
        read_manifest(exam_dir / "exam")


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


def test_a_score_cell_gives_its_share_of_the_points_and_bad_ones_are_refused(exam_dir):
    """[score S] is the teacher's mark (what `quiz scan` writes for a teacher's box)."""
    sheet = exam_dir / "scored.csv"
    sheet.write_text(
        "student,name,variant,1,2,3,4,5,6,7,8\n"
        "0042,Ann,A,[score 1/2],[Score 0.5],[score ½],[score 1],[score 0],[ score 1 ],b,\n"
    )
    _, variants = read_manifest(exam_dir / "exam")
    [ann] = read_responses(sheet, variants)
    assert ann.student == "0042" and ann.answers[1] == "[score 1/2]"
    scores, notes = grade(variants, [ann])
    assert [m.points for m in scores[0].marks] == [0.5, 0.5, 0.5, 1, 0, 1, 0.5, 0] and not notes
    assert scores[0].marks[3].verdict.feedback == "scored by the teacher"


def test_student_numbers_reach_the_scores_and_item_picks_ignore_teacher_scores(exam_dir):
    sheet = exam_dir / "numbered.csv"
    sheet.write_text(
        "student,name,variant,1,2,3,4,5,6,7,8\n"
        "0042,Ann,A,[score 1],b c d,F,Ernst May,100,b c a,1b 2a,1930; 17\n"
        "0043,Ben,A,a,b c,T,Ernst Mai,1 000,c b a,1b 2b,1930 | 18\n"
    )
    out = exam_dir / "scores.csv"
    result = CliRunner().invoke(cli, ["grade", str(exam_dir / "exam"), str(sheet), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(out.open()))
    assert rows[0][:3] == ["student", "name", "variant"]
    assert [r[:4] for r in rows[1:]] == [["0042", "Ann", "A", "1"], ["0043", "Ben", "A", "0"]]
    items = list(csv.DictReader((exam_dir / "scores-items.csv").open()))
    first = next(i for i in items if i["numbers"].startswith("A1"))
    # Ann's [score 1] is no pick of an option; Ben picked a) Great Britain
    assert "Great Britain: 1" in first["picks"] and "Germany (right): 0" in first["picks"]
