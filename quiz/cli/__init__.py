"""The `quiz` command: the group that maps QuizError to an exit code, and its commands.

The commands live beside this file by who uses them (study.py for learners, exams.py
for teachers, exports.py, authoring.py); each parses, calls one library function and
prints. Heavy libraries (genanki, fsrs, typst, rich) are imported inside the commands
that use them, so `quiz --help` starts instantly.
"""

from __future__ import annotations

import os

import click

from quiz import __version__
from quiz.cli import authoring, exams, exports, imports, scans, study
from quiz.core.console import echo, echo_lines
from quiz.core.errors import OptionError, QuizError
from quiz.core.inputs import begin_command


class QuizGroup(click.Group):
    """Turns our errors into one line on stderr and an exit code, never a traceback."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.commands)

    def invoke(self, ctx: click.Context):
        begin_command()
        try:
            return super().invoke(ctx)
        except OptionError as e:  # named as the engine names it: show the flag
            echo(e.message(lambda name: _flag(ctx, name)), err=True)
            ctx.exit(e.exit_code)
        except QuizError as e:
            echo_lines(e.lines(), err=True)
            ctx.exit(e.exit_code)
        except KeyboardInterrupt:
            echo_lines(["", "interrupted"], err=True)
            ctx.exit(130)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except Exception as e:  # a bug: one line for the user, the traceback on demand
            if os.environ.get("QUIZ_DEBUG"):
                raise
            echo(f"internal error: {type(e).__name__}: {e} (QUIZ_DEBUG=1 shows more)", err=True)
            ctx.exit(1)


def _flag(ctx: click.Context, name: str) -> str:
    """The invoked command's flag for its parameter ``name`` (``picks`` -> ``--pick``)."""
    command = ctx.command
    sub = ctx.invoked_subcommand
    if isinstance(command, click.Group) and sub:
        command = command.get_command(ctx, sub) or command
    for param in command.params:
        if param.name == name and isinstance(param, click.Option):
            return max(param.opts, key=len)
    return name


@click.group(cls=QuizGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quiz")
def cli() -> None:
    """Quiz yourself, study in Anki and print exams from one YAML question bank."""


for command in (  # in the order a user meets them; `quiz --help` lists them so
    study.run,
    study.review,
    study.stats,
    exports.export,
    exams.exam,
    scans.scan,
    exams.grade,
    authoring.check,
    authoring.list_decks,
    authoring.draft,
    imports.import_deck,
    authoring.coverage_command,
    authoring.schema,
):
    cli.add_command(command)
