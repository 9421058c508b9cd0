"""A number out of range is a usage error in one style for every command: click's range
types, with the command's usage line, and exit 2."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner
from fixture_paths import EVERY_TYPE

from quiz.cli import cli

DECK = str(EVERY_TYPE)
USAGE = {"exam": "DECKS...", "run": "DECKS...", "stats": "[DECKS]..."}


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (
            ["exam", DECK, "-o", "x", "--variants", "0"],
            "'--variants': 0 is not in the range 1<=x<=100.",
        ),
        (["exam", DECK, "-o", "x", "-n", "0"], "'-n' / '--count': 0 is not in the range x>=1."),
        (["exam", DECK, "-o", "x", "--points", "0"], "'--points': 0.0 is not in the range x>0."),
        (["run", DECK, "-n", "0"], "'-n' / '--limit': 0 is not in the range x>=1."),
        (["stats", DECK, "--leech-lapses", "0"], "'--leech-lapses': 0 is not in the range x>=1."),
    ],
)
def test_a_number_out_of_range_is_one_usage_error(tmp_path, args, error):
    result = CliRunner().invoke(cli, args, prog_name="quiz")
    command = args[0]
    assert result.exit_code == 2
    assert result.output == (
        f"Usage: quiz {command} [OPTIONS] {USAGE[command]}\n"
        f"Try 'quiz {command} --help' for help.\n\n"
        f"Error: Invalid value for {error}\n"
    )


def test_every_bounded_number_option_says_its_range_to_click():
    """Numbers with limits are click range types; the only plain numbers are seeds."""
    plain = []
    for name, command in cli.commands.items():
        for param in command.params:
            number = isinstance(param.type, click.types.IntParamType | click.types.FloatParamType)
            if number and not isinstance(param.type, click.types._NumberRangeBase):
                plain.append(f"{name} {param.name}")
    assert sorted(plain) == ["exam seed", "review seed", "run seed"]
