"""A value from data or the file system placed inside a line of output stays on that line:
a line feed in a file or student name cannot forge a line ("fake.yaml: 0 errors")."""

from __future__ import annotations

import shutil

from click.testing import CliRunner
from fixture_paths import EVERY_TYPE

from quiz.cli import cli
from quiz.core.console import one_line

NO_Z = "There is no 'z' here (letters a-d)."
FORGED = "x\nfake.yaml: 0 errors\r\tnl"


def test_one_line_shows_line_breaks_as_visible_marks():
    assert one_line("a\nb\rc\td\u2028e\x1b") == "a⏎b␍c␉d⟨U+2028⟩e\ufffd"


def test_a_file_name_with_a_line_feed_forges_no_line_in_check(tmp_path):
    good = tmp_path / f"{FORGED}.yaml"
    shutil.copy(EVERY_TYPE, good)
    result = CliRunner().invoke(cli, ["check", str(good)])
    assert result.exit_code == 0
    assert (
        result.output
        == f"{tmp_path}/x⏎fake.yaml: 0 errors␍␉nl.yaml: 9 questions, 0 errors, 0 warnings\n"
    )


def test_each_problem_of_a_deck_is_one_line_whatever_its_file_name(tmp_path):
    bad = tmp_path / f"{FORGED}.yaml"
    bad.write_text("deck: d\ntitle: T\nquestions:\n  - {id: a, type: nope}\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["run", str(bad)])
    assert result.exit_code == 2
    lines = result.output.splitlines()
    assert lines and all(
        line.startswith(f"{tmp_path}/x⏎fake.yaml: 0 errors␍␉nl.yaml:4:") for line in lines
    )


def test_a_student_name_with_line_breaks_stays_on_its_warning_line(exam_dir):
    sheet = exam_dir / "responses.csv"
    sheet.write_text(
        'name,variant,1,2,3,4,5,6,7,8\n"a\rSPOOF\nline2",A,zz,,,,,,,\n', encoding="utf-8"
    )
    result = CliRunner().invoke(
        cli, ["grade", str(exam_dir / "exam"), str(sheet), "-o", str(exam_dir / "s.csv")]
    )
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if "SPOOF" in line]
    assert warnings == [f"warning: {sheet}:2: a␍SPOOF⏎line2, question 1: 'zz' scored 0: {NO_Z}"]
    assert not any(line.startswith("line2") for line in result.output.splitlines())


def test_a_deck_title_with_a_line_feed_is_one_line_in_run_and_review(tmp_path):
    deck = tmp_path / "deck.yaml"
    deck.write_text(
        'deck: d\ntitle: "Deck\\nfake line"\nquestions:\n'
        "  - {id: a, type: short, prompt: When?, answer: '1925'}\n",
        encoding="utf-8",
    )
    run = CliRunner().invoke(cli, ["run", str(deck), "--seed", "1"], input="x\n")
    assert run.output.splitlines()[0] == "Deck⏎fake line · 1 question"
    review = CliRunner().invoke(cli, ["review", str(deck)], input="1925\n")
    assert review.output.splitlines()[0].startswith("Deck⏎fake line · ")
    again = CliRunner().invoke(cli, ["review", str(deck)])
    assert again.output.splitlines()[0] == "Nothing due in Deck⏎fake line."
