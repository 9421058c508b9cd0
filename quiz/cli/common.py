"""What several command modules share: the output-file parameter type and warnings."""

from __future__ import annotations

from pathlib import Path

import click

OUT_FILE = click.Path(dir_okay=False, path_type=Path)


def echo_warnings(warnings: list[str]) -> None:
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)
