"""`quiz scan` as a teacher uses it: a stack of scans in, `quiz grade`'s CSV out."""

from __future__ import annotations

import csv
import random

import cv2
from click.testing import CliRunner
from scan_exam import sheets_exam  # noqa: F401 (a fixture)
from scan_helpers import DPI, answers_for, as_graded, filled, scanned
from synthetic import stack_pdf

from quiz.cli import cli


def invoke(*args: str):
    return CliRunner().invoke(cli, [str(a) for a in args])


def rows(path) -> list[list[str]]:
    return list(csv.reader(path.open(encoding="utf-8")))


def test_a_shuffled_stack_in_one_pdf_becomes_the_csv_quiz_grade_reads(sheets_exam, tmp_path):
    folder, exam = sheets_exam
    students = [("12345678", "A", 1), ("00000042", "B", 2), ("31415926", "A", 3)]
    pages, want = [], []
    for number, variant, seed in students:
        answers = answers_for(exam, variant, seed)
        sheet = filled(folder, exam, variant, number, answers, seed=seed)
        pages += [scanned(p, seed=seed + i, upside_down=seed == 2) for i, p in enumerate(sheet)]
        want.append([number, f"Student {seed}", variant, *as_graded(exam, variant, answers)])
    random.Random(5).shuffle(pages)
    stack = tmp_path / "stack.pdf"
    stack.write_bytes(stack_pdf(pages, DPI))
    roster = tmp_path / "class.csv"
    roster.write_text("Name,Student number\nStudent 1,12345678\nStudent 2,42\nStudent 3,31415926\n"
                      "Dana Fox,99\n")  # fmt: skip
    out = tmp_path / "responses.csv"
    result = invoke("scan", folder, stack, "-o", out, "--roster", roster)
    assert result.exit_code == 0, result.output
    assert result.output == (
        "read 6 pages: 3 students (variant A 2, variant B 1)\n"
        "no sheet from 1 student on the roster: 99 Dana Fox\n"
        f"nothing needs a look: quiz grade {folder} {out} -o SCORES.csv\n"
        f"wrote {out}, {tmp_path / 'responses-review.csv'}, {tmp_path / 'responses-review.html'}\n"
    )
    got = rows(out)
    assert got[0][:4] == ["student", "name", "variant", "1"]
    want[1][0] = "42"  # as the roster lists it
    assert sorted(got[1:]) == sorted(want)
    graded = invoke("grade", folder, out, "-o", tmp_path / "scores.csv")
    assert graded.exit_code == 0 and "graded 3 students" in graded.output


def test_photos_and_images_of_every_kind_are_read(sheets_exam, tmp_path):
    folder, exam = sheets_exam
    answers = answers_for(exam, "B", 7)
    first, second = filled(folder, exam, "B", "7", answers, style="pencil", seed=7)
    photo = scanned(first, seed=1, perspective=0.05, lighting=0.4, blur=0.8)
    color = cv2.cvtColor(photo, cv2.COLOR_GRAY2BGR)
    cv2.imwrite(str(tmp_path / "IMG_0001.JPG"), color, [cv2.IMWRITE_JPEG_QUALITY, 70])
    _, tiff = cv2.imencodemulti(".tif", [scanned(second, seed=2), scanned(second * 0 + 255)])
    (tmp_path / "rest.tiff").write_bytes(tiff.tobytes())
    out = tmp_path / "r.csv"
    result = invoke("scan", folder, tmp_path / "IMG_0001.JPG", tmp_path / "rest.tiff", "-o", out)
    assert result.exit_code == 0, result.output
    assert result.output.startswith(
        "read 3 pages, 1 blank page left out: 1 student (variant B 1)\n"
    )
    assert rows(out)[1] == ["7", "7", "B", *as_graded(exam, "B", answers)]
