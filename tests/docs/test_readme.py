"""The README stays a front door, and its test command is the one CI runs."""

from __future__ import annotations

import shlex

from click.testing import CliRunner
from doc_transcripts import ROOT

from quiz.cli import cli

README = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()


def test_the_readme_is_short():
    assert len(README) <= 200, "the README is a front door; move the detail into docs/"


def test_ci_runs_the_readme_install_and_test_command_verbatim():
    (command,) = [line for line in README if line.endswith(".venv/bin/python -m pytest")]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert command in ci, f".ci/run must run the README's test command: {command}"


def test_the_readme_first_command_starts_a_quiz_on_a_bundled_deck():
    """Its install part is what CI does; its last part must run as written."""
    first = next(line for line in README if line.startswith("python3 -m venv .venv && "))
    run = first.rsplit(" && ", 1)[1]
    assert run.startswith(".venv/bin/quiz run ")
    result = CliRunner().invoke(cli, shlex.split(run)[1:], input="q\n")
    assert result.exit_code == 0, result.output
    assert "· 5 questions\n" in result.output.splitlines()[0] + "\n"
