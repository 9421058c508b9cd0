"""Where the report and the sheets go, and what they never replace (the hand-made exam)."""

from __future__ import annotations

from click.testing import CliRunner

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
