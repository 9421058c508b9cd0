"""Single pages, and what `quiz scan` says about files and folders it cannot use."""

from __future__ import annotations

import importlib.util
import json

import numpy as np
import pytest
from click.testing import CliRunner
from scan_exam import build, sheets_exam  # noqa: F401 (a fixture)
from scan_helpers import filled, scanned

from quiz.cli import cli
from quiz.core.errors import QuizError
from quiz.exams.manifest_reader import ManifestError
from quiz.scan.decide import State
from quiz.scan.images import is_blank
from quiz.scan.read import read_page
from quiz.scan.roster import read_roster


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.mark.parametrize("page", [1, 2])
def test_an_unfilled_sheet_photographed_crooked_reads_as_its_variant_with_no_marks(
    sheets_exam, page
):
    folder, exam = sheets_exam
    blank = filled(folder, exam, "B", "", {})[page - 1]
    photo = scanned(blank, seed=page, angle=4.5, perspective=0.05, lighting=0.4, blur=1.0)
    read = read_page(photo, exam, "photo.jpg")
    assert (read.problem, read.variant, read.page) == ("", "B", page)
    states = {s for f in read.fields for r in f.rows for _, s in r.bubbles}
    assert states == {State.EMPTY}
    assert sum(len(r.bubbles) for f in read.fields for r in f.rows) == sum(
        len(r.bubbles) for f in exam.sheet.pages[("B", page)] for r in f.rows
    )


def test_blank_paper_is_left_out_and_a_sheet_is_not_blank(sheets_exam):
    folder, exam = sheets_exam
    assert is_blank(scanned(np.full((2339, 1654), 250, np.uint8)))
    assert not is_blank(scanned(filled(folder, exam, "A", "", {})[0]))


def test_a_folder_without_sheets_and_files_that_are_not_scans_are_one_line_errors(tmp_path):
    plain = tmp_path / "plain"
    assert invoke("exam", "german-soviet-relations", "--count", "3", "-o", plain).exit_code == 0
    image = tmp_path / "a.png"
    image.write_bytes(b"not a png")
    result = invoke("scan", plain, image, "-o", tmp_path / "r.csv")
    assert result.exit_code == ManifestError.exit_code
    assert result.output == (
        f"{plain / 'manifest.json'}: this exam has no answer sheets; run the same `quiz exam` "
        "command with --sheets (the same seed builds the same exam) and print sheet-<V>.pdf\n"
    )
    folder = tmp_path / "exam"
    build(folder, count=4, variants=1)
    for name, code, message in [
        ("a.png", 1, "{p}: not an image we can read"),
        ("missing.pdf", 2, "{p}: no such file"),
        ("notes.docx", 2, "{p}: give scans as PDF, PNG, JPEG or TIFF files"),
        ("folder.pdf", 2, "{p}: is a folder; give a scan (PDF, PNG, JPEG or TIFF)"),
    ]:
        path = tmp_path / name
        if name == "notes.docx":
            path.write_text("x")
        if name == "folder.pdf":
            path.mkdir()
        result = invoke("scan", folder, path, "-o", tmp_path / "r.csv")
        assert (result.exit_code, result.output) == (code, message.format(p=path) + "\n")
        assert not (tmp_path / "r.csv").exists()
    roster = tmp_path / "class.csv"
    roster.write_text("1,Ann\n")
    result = invoke("scan", folder, folder / "sheet-A.pdf", "--roster", roster, "-o", roster)
    assert (result.exit_code, result.output) == (
        2,
        f"{roster}: is an input of this command; choose another name\n",
    )
    typed = tmp_path / "typed.csv"
    typed.write_text("name,variant,1,2,3,4\nAnn,A,b,c,d,a\n")
    result = invoke("scan", folder, folder / "sheet-A.pdf", "-o", typed)
    assert result.exit_code == 2 and result.output == (
        f"{typed}: already exists and is not a scan's responses sheet written by quiz; "
        "choose another name, or --force to replace it\n"
    )
    assert invoke("scan", folder, folder / "sheet-A.pdf", "-o", typed, "--force").exit_code == 0


def test_a_damaged_sheets_entry_is_reported_not_a_traceback(tmp_path):
    folder = tmp_path / "exam"
    build(folder, count=4, variants=1)
    manifest = folder / "manifest.json"
    data = json.loads(manifest.read_text())
    data["sheets"]["variants"]["A"][0]["fields"][0]["kind"] = "dial"
    manifest.write_text(json.dumps(data))
    result = invoke("scan", folder, folder / "sheet-A.pdf", "-o", tmp_path / "r.csv")
    assert result.exit_code == ManifestError.exit_code
    assert result.output == f"{manifest}: damaged manifest (sheets: unknown kind 'dial')\n"


def test_scan_without_its_extra_says_how_to_install_it(tmp_path, monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda n, *a: None if n == "zxingcpp" else real(n, *a)
    )
    result = invoke("scan", tmp_path, tmp_path / "x.pdf", "-o", tmp_path / "r.csv")
    assert result.exit_code == 1
    assert result.output == "quiz scan needs zxing-cpp, not installed: pip install 'quiz[scan]'\n"


def test_a_roster_by_header_or_by_column_and_its_faults(tmp_path):
    roster = tmp_path / "class.csv"
    roster.write_text("Student name;Student ID\nAnn Weber;0042\n\nBoris Orlov;17\n")
    read = read_roster(roster)
    assert read.knows("42") and read.knows("00000042") and read.name("042") == "Ann Weber"
    assert read.listed("00000042") == "0042" and not read.knows("43")
    roster.write_text("42,Ann\n17,Boris\n")
    assert read_roster(roster).name("17") == "Boris"
    for text, message in [
        ("42,Ann\nxx,Bob\n", "{r}:2: student number 'xx' is not a number"),
        ("42,Ann\n42,Bob\n", "{r}:2: student number 42 appears twice"),
        ("number,name\n\n42,\n", "{r}:3: no name for student 42"),
        ("", "{r}: empty; give one student a line: number, name"),
        ('42,"Ann\n', "{r}:1: not valid CSV: unexpected end of data"),
    ]:
        roster.write_text(text)
        with pytest.raises(QuizError) as err:
            read_roster(roster)
        assert str(err.value) == message.format(r=roster)


def test_a_sideways_scan_a_letter_sheet_and_two_sheets_in_one_picture(sheets_exam, tmp_path):
    folder, exam = sheets_exam
    answers = {n: "T" for n in range(1, 41)}
    page = filled(folder, exam, "A", "1", answers)[0]
    read = read_page(scanned(np.ascontiguousarray(np.rot90(page))), exam, "side.png")
    assert (read.problem, read.variant, read.page) == ("", "A", 1)
    letter = build(tmp_path / "letter", count=6, variants=1, paper="us-letter")
    sheet = filled(tmp_path / "letter", letter, "A", "9", {})[0]
    assert sheet.shape[0] / sheet.shape[1] < 1.3  # 11 x 8.5 inches, not A4
    read = read_page(scanned(sheet, perspective=0.04), letter, "letter.jpg")
    assert (read.problem, read.variant, read.student.rows[0].marked()) == ("", "A", ["9"])
    both = np.hstack([page, filled(folder, exam, "A", "2", {})[1]])
    read = read_page(scanned(both), exam, "both.jpg")
    assert read.problem == "more than one sheet in the picture: take one at a time"
