"""docs/cli.md is generated from the click commands and kept current."""

from __future__ import annotations

import difflib
import os
import subprocess
import sys
from pathlib import Path

from quiz.cli import cli
from quiz.cli.reference import REGENERATE, reference

CLI_MD = Path(__file__).parent.parent.parent / "docs" / "cli.md"


def test_docs_cli_md_is_current():
    current, fresh = CLI_MD.read_text(encoding="utf-8"), reference()
    diff = "\n".join(
        difflib.unified_diff(
            current.splitlines(), fresh.splitlines(), "docs/cli.md", "generated", lineterm=""
        )
    )
    assert current == fresh, f"docs/cli.md is stale; regenerate it: .venv/bin/{REGENERATE}\n{diff}"


def test_the_reference_holds_every_command_as_a_terminal_shows_its_help():
    text = reference()
    env = {**os.environ, "COLUMNS": "120"}
    for path in (["run"], ["export", "anki"]):
        shown = subprocess.run(
            [sys.executable, "-m", "quiz", *path, "--help"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert f"## quiz {' '.join(path)}\n\n```text\n{shown}```" in text
    assert text.count("\n## quiz") == 1 + len(cli.commands) + 4  # the group, its commands, export's
