"""What several command modules share: the output-file parameter type and warnings."""

from __future__ import annotations

from pathlib import Path

import click

from quiz.core.progress import ProgressBar

OUT_FILE = click.Path(dir_okay=False, path_type=Path)
READING_DELAY = 0.3  # seconds a deck may take to read before its progress bar shows


def reading_bar(path: Path) -> ProgressBar:
    """The progress bar while a deck not in the cache is read (on a terminal, if slow)."""
    return ProgressBar(f"Reading {path.name}", delay=READING_DELAY)


def echo_warnings(warnings: list[str]) -> None:
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)
