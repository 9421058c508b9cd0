"""Every command that takes a deck answers a bad one the same way: exit 2, one line per
problem naming file, line and field, and never a traceback."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from quiz.cli import cli

BROKEN = (
    "deck: broken\ntitle: Broken\nquestions:\n"
    "  - {id: a, type: choice, prompt: p, options: [x, y], answer: z}\n"
)


def commands(deck: str, tmp_path) -> list[list[str]]:
    out = str(tmp_path / "out")
    return [
        ["run", deck],
        ["review", deck],
        ["stats", deck],
        ["check", deck],
        ["export", "anki", deck, "-o", out + ".apkg"],
        ["export", "csv", deck, "-o", out + ".csv"],
        ["export", "gift", deck, "-o", out + ".gift"],
        ["export", "qti", deck, "-o", out + ".zip"],
        ["exam", deck, "-o", out],
        ["coverage", deck, str(tmp_path / "doc.md")],
    ]


@pytest.mark.parametrize("index", range(10))
def test_a_broken_deck_is_exit_2_with_its_line(tmp_path, index):
    deck = tmp_path / "broken.yaml"
    deck.write_text(BROKEN, encoding="utf-8")
    (tmp_path / "doc.md").write_text("# Doc\n\nIn 1925 a loan was made.\n", encoding="utf-8")
    args = commands(str(deck), tmp_path)[index]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2, (args, result.output)
    assert "Traceback" not in result.output
    assert f"{deck}:4:63: questions[0].answer: answer 'z' is not one of the options" in (
        result.output
    )
    assert not list(tmp_path.glob("out*")), "nothing is written for a bad deck"


@pytest.mark.parametrize("index", range(10))
def test_an_unknown_deck_name_is_exit_2_in_one_line(tmp_path, index):
    (tmp_path / "doc.md").write_text("# Doc\n\nIn 1925 a loan was made.\n", encoding="utf-8")
    args = commands("no-such-deck", tmp_path)[index]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2, (args, result.output)
    assert "Traceback" not in result.output
    assert "no-such-deck:1:1: file: no such file, and no bundled deck of that name" in (
        result.output
    )
