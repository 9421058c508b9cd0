"""The CLI reference (docs/cli.md), generated from the click commands themselves.

    python -m quiz.cli.reference > docs/cli.md

Walks the `quiz` group recursively and prints each command's ``--help`` as Markdown,
at a fixed width, so the page changes only when a command does
(tests/cli/test_reference.py fails when docs/cli.md is stale).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

import click

WIDTH = 78  # click wraps --help here on any terminal 80 columns or wider
REGENERATE = "python -m quiz.cli.reference > docs/cli.md"


def contexts(command: click.Command, parent: click.Context) -> Iterator[click.Context]:
    """``parent`` and the context of every subcommand under it, depth first, in --help order."""
    yield parent
    if isinstance(command, click.Group):
        for name in command.list_commands(parent):
            sub = command.get_command(parent, name)
            if sub is not None and not sub.hidden:
                ctx = sub.make_context(name, [], parent=parent, resilient_parsing=True)
                yield from contexts(sub, ctx)


def anchor(path: str) -> str:
    return path.replace(" ", "-")


def reference() -> str:
    from quiz.cli import cli

    root = cli.make_context("quiz", [], terminal_width=WIDTH, resilient_parsing=True)
    found = list(contexts(cli, root))
    lines = [
        "# Command reference",
        "",
        f"<!-- Generated from the click commands: do not edit. Regenerate with `{REGENERATE}`. -->",
        "",
        "Every command and its options, exactly as `--help` prints them. The manual's",
        "pages ([index](index.md)) explain them with examples.",
        "",
    ]
    lines += [f"- [`{c.command_path}`](#{anchor(c.command_path)})" for c in found]
    for ctx in found:
        lines += ["", f"## {ctx.command_path}", "", "```text", ctx.get_help(), "```"]
    return "\n".join(lines) + "\n"


def main() -> None:
    sys.stdout.write(reference())


if __name__ == "__main__":
    main()
