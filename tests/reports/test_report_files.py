"""Where the report and the sheets go, and what they never replace (the hand-made exam)."""

from __future__ import annotations

from click.testing import CliRunner
from exam_helpers import text

from quiz.cli import cli


def grade(exam_dir, *extra: str, sheet: str = "responses.csv"):
    args = ["grade", str(exam_dir / "exam"), str(exam_dir / sheet), "-o"]
    return CliRunner().invoke(cli, [*args, str(exam_dir / "out" / "scores.csv"), *extra])


def test_a_report_or_sheet_quiz_did_not_write_is_refused_before_anything_is_written(exam_dir):
    out = exam_dir / "out"
    out.mkdir()
    (out / "report.pdf").write_bytes(b"%PDF-1.7 the teacher's own report")
    result = grade(exam_dir, "--report")
    assert result.exit_code == 2
    assert result.output == (
        f"{out / 'report.pdf'}: already exists and is not a class report written by quiz; "
        "choose another name, or --force to replace it\n"
    )
    assert sorted(p.name for p in out.iterdir()) == ["report.pdf"]  # no scores either
    (out / "report.pdf").unlink()
    (out / "report.md").write_text("# My notes\n")
    assert grade(exam_dir, "--report").exit_code == 2
    (out / "feedback").mkdir()
    (out / "feedback" / "Ann.pdf").write_bytes(b"%PDF-1.7 a letter to Ann")
    result = grade(exam_dir, "--feedback")
    assert result.exit_code == 2 and "feedback/Ann.pdf: already exists" in result.output
    assert (out / "feedback" / "Ann.pdf").read_bytes() == b"%PDF-1.7 a letter to Ann"
    result = grade(exam_dir, "--report", "--feedback", "--force")
    assert result.exit_code == 0, result.output
    assert (out / "report.md").read_text().startswith("# Class report: ")
    assert b"/Keywords(quiz feedback sheet)" in (out / "feedback" / "Ann.pdf").read_bytes()


def test_a_second_run_replaces_its_own_files_and_removes_sheets_no_longer_wanted(exam_dir):
    (exam_dir / "out").mkdir()
    assert grade(exam_dir, "--report", "--feedback").exit_code == 0
    feedback = exam_dir / "out" / "feedback"
    (feedback / "notes.pdf").write_bytes(b"%PDF-1.7 the teacher's")
    sheet = (exam_dir / "responses.csv").read_text().replace("Ben,", "Benjamin,")
    (exam_dir / "renamed.csv").write_text(sheet)
    result = grade(exam_dir, "--report", "--feedback", sheet="renamed.csv")
    assert result.exit_code == 0, result.output
    assert "removed 1 sheet of an earlier run: Ben.pdf\n" in result.output
    assert sorted(p.name for p in feedback.iterdir()) == [
        "Ann.pdf", "Benjamin.pdf", "Dee.pdf", "HYPERLINK-http-x.pdf", "index.csv", "notes.pdf",
    ]  # fmt: skip
    assert result.output.endswith(
        f"wrote {exam_dir / 'out' / 'report.pdf'} and {exam_dir / 'out' / 'report.md'}\n"
        f"wrote 4 feedback sheets: {exam_dir / 'out' / 'feedback.pdf'} to print, one file each "
        f"in {feedback} (who gets which: {feedback / 'index.csv'})\n"
        "removed 1 sheet of an earlier run: Ben.pdf\n"
    )


def test_a_file_where_the_feedback_folder_goes_is_refused(exam_dir):
    (exam_dir / "out").mkdir()
    (exam_dir / "out" / "feedback").write_text("not a folder")
    result = grade(exam_dir, "--feedback")
    assert result.exit_code == 2
    assert result.output == (f"{exam_dir / 'out' / 'feedback'}: is a file, not a folder\n")


def test_scanned_responses_with_student_numbers_and_the_teachers_scores(exam_dir):
    """As `quiz scan` writes them: a student column, the teacher's [score S] for what
    only the paper shows; the sheet says so instead of the cell."""
    (exam_dir / "scanned.csv").write_text(
        "student,name,variant,1,2,3,4,5,6,7,8\n"
        "10234567,Ann,A,b,b c d,F,[score 1/2],100,b c a,1b 2a,1930; 17\n",
        encoding="utf-8",
    )
    (exam_dir / "out").mkdir()
    result = grade(exam_dir, "--report", "--feedback", sheet="scanned.csv")
    assert result.exit_code == 0, result.output
    sheet = text(exam_dir / "out" / "feedback" / "Ann.pdf")
    assert sheet.startswith("Exam Feedback Ann 10234567 Variant A 8.5 / 9 points (94.44%)")
    assert (
        "4. Which German architect led a brigade that planned Soviet socialist towns? 0.5 / 1 "
        "You wrote (on your paper: marked by your teacher) Right answer Ernst May "
        "Counted Your teacher gave 50% of the points."
    ) in sheet
    index = (exam_dir / "out" / "feedback" / "index.csv").read_text(encoding="utf-8")
    assert index.splitlines() == [
        "student,name,variant,file,points,max,percent", "10234567,Ann,A,Ann.pdf,8.5,9,94.44",
    ]  # fmt: skip
    assert "10234567 Ann A 8.5 94.44" in text(exam_dir / "out" / "report.pdf")
    report = (exam_dir / "out" / "report.md").read_text(encoding="utf-8")
    assert "| 10234567 | Ann | A | 8.5 | 9 | 94.44 |" in report


def test_an_index_listing_other_files_removes_none_of_them(exam_dir):
    """feedback/index.csv is a list of names (the folder may be a colleague's): only a
    feedback sheet quiz wrote is removed, never a folder, a link or a file of the teacher's."""
    (exam_dir / "out").mkdir()
    assert grade(exam_dir, "--feedback").exit_code == 0
    feedback = exam_dir / "out" / "feedback"
    (feedback / "notes.pdf").write_bytes(b"%PDF-1.7 the teacher's")
    (feedback / "folder.pdf").mkdir()
    (exam_dir / "kept.pdf").write_bytes((feedback / "Ann.pdf").read_bytes())
    (feedback / "link.pdf").symlink_to(exam_dir / "kept.pdf")
    index = feedback / "index.csv"
    rows = ["notes.pdf", "folder.pdf", "link.pdf", "nul\x00.pdf", "../kept.pdf"]
    index.write_text(index.read_text() + "".join(f"X,A,{n},0,1,0\n" for n in rows))
    result = grade(exam_dir, "--feedback")
    assert result.exit_code == 0, result.output
    assert "removed" not in result.output
    assert sorted(p.name for p in feedback.iterdir()) == [
        "Ann.pdf", "Ben.pdf", "Dee.pdf", "HYPERLINK-http-x.pdf", "folder.pdf", "index.csv",
        "link.pdf", "notes.pdf",
    ]  # fmt: skip
    assert (exam_dir / "kept.pdf").exists()
