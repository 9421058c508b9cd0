"""The `quiz` command: parse, call one library function, print, map QuizError to an exit code.

Heavy libraries (genanki, fsrs, typst, rich) are imported inside the commands that
use them, so `quiz --help` starts instantly.
"""

from __future__ import annotations

import json
import os
import sys

import click

from quiz import __version__
from quiz.errors import QuizError


class QuizGroup(click.Group):
    """Turns our errors into one line on stderr and an exit code, never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except QuizError as e:
            click.echo(str(e) if str(e) else type(e).__name__, err=True)
            ctx.exit(e.exit_code)
        except KeyboardInterrupt:
            click.echo("\ninterrupted", err=True)
            ctx.exit(130)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except Exception as e:  # a bug: one line for the user, the traceback on demand
            if os.environ.get("QUIZ_DEBUG"):
                raise
            click.echo(
                f"internal error: {type(e).__name__}: {e} (QUIZ_DEBUG=1 shows more)", err=True
            )
            ctx.exit(1)


@click.group(cls=QuizGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quiz")
def cli() -> None:
    """Quiz yourself, study in Anki and print exams from one YAML question bank."""


@cli.command()
@click.argument("decks", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the findings as JSON.")
@click.option("--strict", is_flag=True, help="Fail on warnings too.")
def check(decks: tuple[str, ...], as_json: bool, strict: bool) -> None:
    """Check deck files, folders or bundled decks and report every problem."""
    from quiz.library import check_decks

    reports = check_decks(decks)
    if as_json:
        click.echo(json.dumps([r.to_dict() for r in reports], indent=2, ensure_ascii=False))
    else:
        for report in reports:
            for problem in report.errors + report.warnings:
                click.echo(str(problem))
            click.echo(report.summary)
    failed = any(r.errors or (strict and r.warnings) for r in reports)
    sys.exit(2 if failed else 0)


@cli.command("decks")
def list_decks() -> None:
    """List the bundled decks."""
    from quiz.library import bundled_decks
    from quiz.loader import load_deck

    rows = [(p.stem, load_deck(p)) for p in bundled_decks()]
    width = max((len(name) for name, _ in rows), default=4)
    click.echo(f"{'name':<{width}}  questions  title")
    for name, deck in rows:
        click.echo(f"{name:<{width}}  {len(deck.questions):>9}  {deck.title}")


@cli.command()
def schema() -> None:
    """Print the deck JSON Schema (generated from the model)."""
    from quiz.schema import deck_schema

    click.echo(json.dumps(deck_schema(), indent=2))


@cli.group()
def export() -> None:
    """Write decks to other formats (Anki, CSV, GIFT, QTI)."""


def main() -> None:
    cli(prog_name="quiz")
