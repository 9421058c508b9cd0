"""`quiz --help` lists every command with a description that is whole, never cut with '...'."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from quiz.cli import cli

GROUPS = [[], ["export"]]


@pytest.mark.parametrize("group", GROUPS, ids=["quiz", "export"])
def test_every_command_has_a_whole_one_line_description(group):
    result = CliRunner().invoke(cli, [*group, "--help"], terminal_width=80)
    commands = result.output.split("Commands:\n", 1)[1].splitlines()
    parent = cli if not group else cli.commands[group[0]]
    assert isinstance(parent, click.Group)
    assert len(commands) == len(parent.commands)
    for line in commands:
        assert not line.rstrip().endswith("..."), line
        assert len(line) <= 80 and line.rstrip()[-1] in ".)", line
