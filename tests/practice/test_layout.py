"""How `quiz run` lays out a question at a narrow terminal: a long option wraps under its
own text, no printed line ends in spaces, and "1 000" in a hint never splits."""

from __future__ import annotations

import io

from click.testing import CliRunner
from rich.text import Text

from quiz.answers.typed import NUMBER_EXAMPLES
from quiz.cli import cli
from quiz.core.console import safe_console

DECK = """deck: w
title: W
questions:
  - id: c
    type: choice
    prompt: Which agreement?
    options:
      - An agreement on a joint tank school at Kazan, where German officers trained in secret
      - A trade treaty
    answer: A trade treaty
  - id: m
    type: match
    prompt: Match them
    pairs:
      Kazan, on the Volga, far from Berlin: the tank school run by the Reichswehr in secret
      Lipetsk: aviation school
"""


def test_long_options_wrap_under_their_text_and_lines_end_without_spaces(tmp_path):
    deck = tmp_path / "deck.yaml"
    deck.write_text(DECK, encoding="utf-8")
    result = CliRunner(env={"COLUMNS": "50"}).invoke(
        cli, ["run", str(deck), "--seed", "3"], input="x\nx\n"
    )
    lines = result.output.splitlines()
    start = lines.index("Which agreement?")
    assert lines[start + 1 : start + 4] == [
        "  a) An agreement on a joint tank school at Kazan,",
        "     where German officers trained in secret",
        "  b) A trade treaty",
    ]
    start = lines.index("Match them")
    assert lines[start + 1 : start + 7] == [
        "  1. Kazan, on the         a) aviation school",
        "     Volga, far from",
        "     Berlin",
        "  2. Lipetsk               b) the tank school run",
        "                              by the Reichswehr in",
        "                              secret",
    ]
    assert [line for line in lines if line.endswith(" ")] == []


def test_a_number_example_never_splits_at_the_end_of_a_line():
    for width in range(20, 70):
        out = io.StringIO()
        safe_console(file=out, width=width).print(Text(f"Type one number, e.g. {NUMBER_EXAMPLES}."))
        assert "1\u00a0000" in out.getvalue(), width
