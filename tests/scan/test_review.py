"""Doubts go to the review, never into a guess; the teacher's fixes come back on the next run."""

from __future__ import annotations

import csv

import cv2
import numpy as np
from click.testing import CliRunner
from scan_exam import build, sheets_exam  # noqa: F401 (a fixture)
from scan_helpers import DPI, answers_for, filled, scanned
from synthetic import stack_pdf

from quiz.cli import cli
from quiz.core.csv_cells import unprotect
from quiz.exams.sheet_layout import STUDENT


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def smudge(image: np.ndarray, x: float, y: float) -> None:
    """A faint grey smear over a bubble (a mark half rubbed out)."""
    k = DPI / 25.4
    cv2.circle(image, (round(x * k), round(y * k)), round(1.6 * k), 222, -1)


def field(exam, variant, kind, nth=0):
    found = [f for f in exam.sheet.pages[(variant, 1)] if f.kind == kind and f.question != STUDENT]
    return found[nth]


def review_rows(path):
    return {r["id"]: r for r in csv.DictReader(path.open(encoding="utf-8"))}


def test_doubts_are_listed_written_as_question_marks_and_settled_by_the_fixes(
    sheets_exam, tmp_path
):
    folder, exam = sheets_exam
    two, faint, teacher = (
        field(exam, "A", "one"),
        field(exam, "A", "one", 1),
        field(exam, "A", "teacher"),
    )
    answers = answers_for(exam, "A", 1)
    answers[two.question] = " ".join(b.value for b in two.rows[0].bubbles[:2])  # two marks
    answers[faint.question] = answers[teacher.question] = ""
    ann = filled(folder, exam, "A", "11111111", answers, seed=1)
    spot = faint.rows[0].bubbles[-1]
    smudge(ann[0], spot.x, spot.y)
    ben = filled(folder, exam, "B", "22222222", answers_for(exam, "B", 2), seed=2)
    other_folder = tmp_path / "other"
    other = build(other_folder, count=10, variants=1, seed=99)
    stranger = filled(other_folder, other, "A", "33333333", {}, seed=3)[0]
    unfilled = filled(folder, exam, "A", "", {})[0]
    noise = np.full_like(unfilled, 255)
    cv2.putText(noise, "Dear parents, the trip is on Monday.", (100, 400), 0, 3, 0, 5)
    pages = [ann[0], ann[1], ann[0], ben[0], stranger, unfilled, noise]
    scans = [
        scanned(p, seed=i, perspective=0.03 if p is unfilled else 0) for i, p in enumerate(pages)
    ]
    stack = tmp_path / "stack.pdf"
    stack.write_bytes(stack_pdf(scans, DPI))
    out, review = tmp_path / "responses.csv", tmp_path / "responses-review.csv"

    first = invoke("scan", folder, stack, "-o", out)
    assert first.exit_code == 0, first.output
    items = review_rows(review)
    problems = {i: r["problem"] for i, r in items.items()}
    twice = "student 11111111, variant A, page 1 is on 2 scans: stack.pdf#1, stack.pdf#3"
    assert problems == {
        "stack.pdf#1 student": twice,
        "stack.pdf#3 student": twice,
        "stack.pdf#5 page": problems["stack.pdf#5 page"],
        "stack.pdf#6 student": "a blank sheet: no student number and no marks",
        "stack.pdf#7 page": "no sheet code found: not an answer sheet, or too blurred",
        "22222222 B page 2": "page 2 of student 22222222's sheet is missing",
    }, problems
    assert problems["stack.pdf#5 page"].startswith("a sheet of another exam (code ")
    assert "8 items need a look" not in first.output and "6 items need a look" in first.output
    responses = {r[0]: r for r in csv.reader(out.open())}
    assert set(responses["11111111"][3:]) >= {"?"}  # page 1 twice: its answers wait
    refused = invoke("grade", folder, out, "-o", tmp_path / "scores.csv")
    assert refused.exit_code == 2 and "'?' is a scan read waiting for review" in refused.output

    fixes = {"stack.pdf#3 student": "skip", "stack.pdf#5 page": "skip",
             "stack.pdf#6 student": "skip", "stack.pdf#7 page": "skip",
             "22222222 B page 2": "blank"}  # fmt: skip
    write_fixes(review, fixes)
    second = invoke("scan", folder, stack, "-o", out)
    assert second.exit_code == 0, second.output
    items = review_rows(review)
    on_ann = {i: r["problem"] for i, r in items.items() if r["status"] == "needs a look"}
    assert on_ann == {
        f"stack.pdf#1 q{two.question}": "two marks where one is allowed",
        f"stack.pdf#1 q{faint.question}": "a faint or partly erased mark",
        f"stack.pdf#1 q{teacher.question}": "the teacher's box is not marked",
    }
    assert items[f"stack.pdf#1 q{two.question}"]["read"] == " ".join(answers[two.question].split())
    assert all(
        items[i]["fix"] == fix and items[i]["status"] == "settled" for i, fix in fixes.items()
    )

    write_fixes(review, {f"stack.pdf#1 q{two.question}": "z",
                         f"stack.pdf#1 q{faint.question}": "blank",
                         f"stack.pdf#1 q{teacher.question}": "1/2"})  # fmt: skip
    third = invoke("scan", folder, stack, "-o", out)
    assert "1 item needs a look" in third.output
    assert (
        "the fix 'z' cannot be read"
        in review_rows(review)[f"stack.pdf#1 q{two.question}"]["problem"]
    )
    write_fixes(review, {f"stack.pdf#1 q{two.question}": "b"})
    last = invoke("scan", folder, stack, "-o", out)
    assert f"nothing needs a look: quiz grade {folder} {out}" in last.output
    ann_row = {r[0]: r for r in csv.reader(out.open())}["11111111"]
    assert ann_row[2 + two.question] == "b" and ann_row[2 + faint.question] == ""
    assert ann_row[2 + teacher.question] == "[score 1/2]"
    ben_row = {r[0]: r for r in csv.reader(out.open())}["22222222"]
    assert "?" not in ben_row
    graded = invoke("grade", folder, out, "-o", tmp_path / "scores.csv")
    assert graded.exit_code == 0 and "graded 2 students" in graded.output


def write_fixes(review, fixes: dict[str, str], delimiter: str = ",") -> None:
    """Fill in the fix column, as a teacher does in a spreadsheet and saves it back."""
    table = list(csv.DictReader(review.open(encoding="utf-8")))
    for row in table:
        if unprotect(row["id"]) in fixes:  # as a spreadsheet shows it
            row["fix"] = fixes[unprotect(row["id"])]
    with review.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(table[0]), delimiter=delimiter)
        writer.writeheader()
        writer.writerows(table)


def test_the_review_page_escapes_everything_and_formula_names_survive_the_csv(tmp_path):
    folder = tmp_path / "exam"
    exam = build(folder, count=4, variants=1, title='<script>alert("x")</script> & #read("/etc")')
    page = filled(folder, exam, "A", "", {})[0]
    name = tmp_path / "=HYPERLINK(x)<b>.png"
    cv2.imwrite(str(name), scanned(page))
    out = tmp_path / "r.csv"
    assert invoke("scan", folder, name, "-o", out).exit_code == 0
    html = (tmp_path / "r-review.html").read_text()
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; #read(&quot;/etc&quot;)" in html
    assert "=HYPERLINK(x)&lt;b&gt;.png" in html and 'src="data:image/png;base64,' in html
    raw = (tmp_path / "r-review.csv").read_text()
    assert "\n'=HYPERLINK(x)<b>.png student," in raw  # a spreadsheet shows it as text
    # saved back by a spreadsheet that uses semicolons: still the review, fixes still read
    write_fixes(tmp_path / "r-review.csv", {"=HYPERLINK(x)<b>.png student": "skip"}, ";")
    again = invoke("scan", folder, name, "-o", out)
    assert "nothing needs a look" in again.output, again.output
