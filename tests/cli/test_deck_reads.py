"""Every command that takes decks reads each deck file once: named twice, reached through
a folder and by name, or found again by `quiz review` without a name."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from fixture_paths import EVERY_TYPE
from test_cli_errors import commands

from quiz.bank import loader
from quiz.cli import cli


@pytest.fixture
def reads(monkeypatch) -> Counter:
    counted: Counter = Counter()
    read_bytes = loader.read_bytes

    def counting(path: Path):
        counted[path.resolve()] += 1
        return read_bytes(path)

    monkeypatch.setattr(loader, "read_bytes", counting)
    return counted


@pytest.mark.parametrize("index", range(10))
def test_each_command_reads_its_deck_once(tmp_path, reads, index):
    deck = tmp_path / "deck.yaml"
    shutil.copy(EVERY_TYPE, deck)
    (tmp_path / "doc.md").write_text("# Doc\n\nIn 1925 a loan was made.\n", encoding="utf-8")
    args = commands(str(deck), tmp_path)[index]
    (tmp_path / "link.yaml").symlink_to(deck)
    if args[0] != "coverage":  # one deck there; everywhere else the same deck twice more
        at = args.index(str(deck))
        args[at : at + 1] = [str(deck), str(tmp_path), str(tmp_path / "link.yaml")]
    if args[0] == "coverage":
        args += ["--source-id", "article"]
    result = CliRunner().invoke(cli, args, input="q\n")
    assert result.exit_code == 0, (args, result.output)
    assert reads == {deck.resolve(): 1}


def test_review_without_a_deck_reads_each_remembered_deck_once(tmp_path, reads):
    deck = tmp_path / "deck.yaml"
    shutil.copy(EVERY_TYPE, deck)
    first = CliRunner().invoke(cli, ["review", str(deck), "--limit", "1"], input="\n1\n")
    assert first.exit_code == 0 and "Saved" in first.output
    reads.clear()
    result = CliRunner().invoke(cli, ["review"], input="q\n")
    assert result.exit_code == 0, result.output
    assert reads == {deck.resolve(): 1}
