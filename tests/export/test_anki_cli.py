"""`quiz export anki` on the command line: its summary line, its errors, its progress."""

from __future__ import annotations

import io
import sys
import zipfile

import pytest
from anki_helpers import write_deck
from click.testing import CliRunner

from quiz.bank.loader import load_deck
from quiz.cli import cli
from quiz.core.progress import ProgressBar
from quiz.export import anki


def test_a_missing_image_is_a_clear_error_from_the_cli(tmp_path):
    path = write_deck(
        tmp_path / "bank",
        "deck: gone\ntitle: Gone\nquestions:\n"
        "  - {id: lost, type: card, front: a, back: b, image: img/lost.png}\n",
    )
    out = tmp_path / "out.apkg"
    result = CliRunner().invoke(cli, ["export", "anki", str(path), "-o", str(out)])
    assert result.exit_code == 2
    folder = (tmp_path / "bank").resolve()
    assert result.stderr == (
        f"{path}:4:54: questions[0].image: no such image 'img/lost.png' in {folder}\n"
    )
    assert not out.exists() and not list(tmp_path.glob(".out.apkg.*"))


def test_cli_prints_a_one_line_summary(every_type, tmp_path):
    out = tmp_path / "every.apkg"
    result = CliRunner().invoke(cli, ["export", "anki", str(every_type), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"wrote 9 notes (11 cards) in 1 deck to {out}\n"
    assert zipfile.ZipFile(out).testzip() is None


def test_progress_reports_every_note_written(every_type, tmp_path):
    calls = []
    anki.write(
        [load_deck(every_type)], tmp_path / "out.apkg", progress=lambda d, t: calls.append((d, t))
    )
    assert calls == [(n, 9) for n in range(1, 10)]


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("total", "tty", "shown"), [(3000, True, True), (100, True, False), (3000, False, False)]
)
def test_progress_bar_only_on_a_terminal_and_for_large_exports(monkeypatch, total, tty, shown):
    stderr = FakeTerminal() if tty else io.StringIO()
    monkeypatch.setattr(sys, "stderr", stderr)
    with ProgressBar("Writing Anki package", threshold=2000) as progress:
        for done in range(0, total + 1, total // 10):
            progress(done, total)
    assert ("Writing Anki package" in stderr.getvalue()) is shown
    assert ("100%" in stderr.getvalue()) is shown
