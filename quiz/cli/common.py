"""What several command modules share: the output-file parameter type, --force and warnings.

Every line a command prints goes through :func:`quiz.core.console.echo` (or its rich
console), every file it writes through :mod:`quiz.core.files`.
"""

from __future__ import annotations

from pathlib import Path

import click

from quiz.core.console import echo
from quiz.core.progress import ProgressBar

OUT_FILE = click.Path(dir_okay=False, path_type=Path)
FORCE = click.option(
    "--force", is_flag=True, help="Replace OUT even if quiz did not write it (never an input)."
)
READING_DELAY = 0.3  # seconds a deck may take to read before its progress bar shows


def reading_bar(path: Path) -> ProgressBar:
    """The progress bar while a deck not in the cache is read (on a terminal, if slow)."""
    return ProgressBar(f"Reading {path.name}", delay=READING_DELAY)


def echo_warnings(warnings: list[str]) -> None:
    for warning in warnings:
        echo(f"warning: {warning}", err=True)
