"""Inputs every command treats alike: two decks with one id are refused in one line, a file
named twice is read once, and a missing input is exit 2 whatever the command."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from exam_helpers import EVERY
from test_cli_errors import commands

from quiz.cli import cli

EVERY_TYPE = Path(EVERY)


def two_decks_with_one_id(tmp_path) -> str:
    """A folder holding every-type.yaml and a copy under another name and title."""
    folder = tmp_path / "decks"
    folder.mkdir()
    shutil.copy(EVERY_TYPE, folder / "a.yaml")
    text = EVERY_TYPE.read_text(encoding="utf-8").replace("title: Every", "title: Another")
    (folder / "b.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "doc.md").write_text("# Doc\n\nIn 1925 a loan was made.\n", encoding="utf-8")
    return str(folder)


@pytest.mark.parametrize("index", range(10))
def test_two_decks_with_one_id_are_refused_by_every_command(tmp_path, index):
    folder = two_decks_with_one_id(tmp_path)
    args = commands(folder, tmp_path)[index]
    result = CliRunner().invoke(cli, args, input="a\n")
    assert result.exit_code == 2, (args, result.output)
    line = next(line for line in result.output.splitlines() if "is also used by" in line)
    assert line == (
        f"{folder}/b.yaml:2:1: deck: deck id 'every-type' is also used by {folder}/a.yaml;"
        " give each deck its own id (progress, Anki notes and exams are keyed on it)"
    )
    assert not list(tmp_path.glob("out*")), "nothing is written"
    assert not (tmp_path / "quiz-home" / "progress.sqlite3").exists() or args[0] == "stats"


def test_a_file_named_twice_is_one_deck(tmp_path):
    out, deck = tmp_path / "out.gift", tmp_path / "decks" / "every-type.yaml"
    deck.parent.mkdir()
    shutil.copy(EVERY_TYPE, deck)
    result = CliRunner().invoke(
        cli, ["export", "gift", str(deck), str(deck.parent), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert result.output.endswith(f"wrote 10 questions to {out}\n")  # every-type's 10, once


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["draft", "gone.txt"], "gone.txt: no such file"),
        (["coverage", str(EVERY_TYPE), "gone.md"], "gone.md: no such file"),
        (["grade", "exam", "gone.csv", "-o", "s.csv"], "gone.csv: no such file"),
        (
            ["grade", "nowhere", "gone.csv", "-o", "s.csv"],
            "nowhere/manifest.json: no exam manifest",
        ),
        (["run", "gone.yaml"], "gone.yaml:1:1: file: no such file"),
        (["export", "qti", "gone.yaml", "-o", "x.zip"], "gone.yaml:1:1: file: no such file"),
    ],
)
def test_a_missing_input_is_exit_2_in_every_command(exam_dir, monkeypatch, args, message):
    monkeypatch.chdir(exam_dir)
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2, result.output
    assert result.output.startswith(message) and "Traceback" not in result.output
