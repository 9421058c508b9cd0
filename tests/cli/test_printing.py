"""What may be printed: text from data (student names, file names, documents, decks) never
reaches the terminal as an escape sequence, rich markup or an emoji code."""

from __future__ import annotations

import ast
import json
from pathlib import Path

from click.testing import CliRunner
from exam_helpers import EVERY

from quiz.cli import cli

EVERY_TYPE = Path(EVERY)

ESC = "\x1b]0;pwned\x07\x1b[2J\x9b31m"  # set the title, clear the screen, C1 CSI
QUIZ = Path(__file__).parents[2] / "quiz"


def clean(text: str) -> bool:
    return not any(c in text for c in "\x1b\x07\x9b")


def test_student_names_in_grade_warnings_are_shown_not_obeyed(exam_dir):
    sheet = exam_dir / "responses.csv"
    sheet.write_text(f"name,variant,1,2,3,4,5,6,7,8\nAnn{ESC},A,zz,,,,,,,\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["grade", str(exam_dir / "exam"), str(sheet), "-o", str(exam_dir / "s.csv")]
    )
    assert result.exit_code == 0, result.output
    assert "warning:" in result.output and "Ann\ufffd]0;pwned" in result.output
    assert clean(result.output)


def test_file_names_in_check_on_a_folder_are_shown_not_obeyed(tmp_path):
    (tmp_path / f"deck{ESC}.yaml").write_text("deck: [", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(tmp_path)])
    assert result.exit_code == 2
    assert "deck\ufffd]0;pwned" in result.output and clean(result.output)
    as_json = CliRunner().invoke(cli, ["check", "--json", str(tmp_path)])
    assert clean(as_json.output)
    assert json.loads(as_json.output)[0]["path"].endswith(f"deck{ESC}.yaml")  # data kept


def test_a_document_in_coverage_is_shown_not_obeyed(tmp_path):
    deck = tmp_path / "deck.yaml"
    deck.write_text(
        "deck: d\ntitle: D\nsources: [{id: s, title: S, author: A}]\nquestions:\n"
        "  - {id: a, type: short, prompt: When?, answer: '1925', source: {id: s, section: X}}\n",
        encoding="utf-8",
    )
    doc = tmp_path / "doc.md"
    doc.write_text(f"# Loans{ESC}\n\nIn 1925 a loan{ESC} of 100 million marks.\n")
    for extra in ([], ["--json"]):
        result = CliRunner().invoke(cli, ["coverage", str(deck), str(doc), *extra])
        assert result.exit_code == 0, result.output
        assert "Loans" in result.output and clean(result.output)


def test_emoji_codes_and_markup_in_a_deck_print_literally(tmp_path):
    deck = tmp_path / "deck.yaml"
    deck.write_text(
        "deck: d\ntitle: ':100: [bold]Title'\nquestions:\n"
        "  - {id: a, type: choice, prompt: ':fire: Which [red]one[/red]?',"
        " options: [':100:', ':smile: b'], answer: ':100:'}\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["run", str(deck), "--seed", "1"], input="q\n")
    for text in (":100: [bold]Title", ":fire: Which [red]one[/red]?", ":100:", ":smile: b"):
        assert text in result.output
    assert "💯" not in result.output and "🔥" not in result.output


def test_an_error_naming_a_file_is_cleaned(tmp_path):
    result = CliRunner().invoke(cli, ["export", "gift", str(EVERY_TYPE), "-o", f"x{ESC}.yaml"])
    assert result.exit_code == 2 and "x\ufffd]0;pwned" in result.output
    assert clean(result.output)


def test_json_output_escapes_every_control_character(tmp_path):
    result = CliRunner().invoke(cli, ["check", "--json", str(tmp_path / f"no{ESC}.yaml")])
    assert result.exit_code == 2 and clean(result.output)
    assert "\\u009b" in result.output


def test_nothing_prints_or_makes_a_console_outside_the_console_module():
    """The one safe path: click.echo and rich's Console are used in core/console.py only."""
    offenders = []
    for path in QUIZ.rglob("*.py"):
        if path == QUIZ / "core" / "console.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute | ast.Name):
                name = ast.unparse(node.func)
                if name in ("click.echo", "click.secho", "print", "Console", "rich.print"):
                    offenders.append(f"{path.relative_to(QUIZ)}:{node.lineno}: {name}")
    assert offenders == []


def test_no_file_is_replaced_outside_the_files_module():
    """The one write path: temporary files and renames happen in core/files.py only."""
    offenders = []
    for path in QUIZ.rglob("*.py"):
        if path == QUIZ / "core" / "files.py":
            continue
        text = path.read_text(encoding="utf-8")
        offenders += [
            f"{path.relative_to(QUIZ)}: {w}" for w in ("os.replace", "mkstemp") if w in text
        ]
    assert offenders == []
