"""The command modules of `quiz`, one per kind of user; `quiz.cli` assembles them.

Each command parses its options, calls one library function and prints. Heavy
libraries (genanki, fsrs, typst, rich) are imported inside the commands that use
them, so `quiz --help` starts instantly.
"""

from __future__ import annotations

from pathlib import Path

import click

OUT_FILE = click.Path(dir_okay=False, path_type=Path)


def echo_warnings(warnings: list[str]) -> None:
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)
