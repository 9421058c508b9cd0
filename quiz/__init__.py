"""quiz: one YAML question bank for terminal quizzes, spaced repetition, Anki decks and exams."""

from __future__ import annotations

__version__ = "0.1.0"


def main() -> None:
    """The `quiz` console script: Ctrl-C is quiet even while the CLI is still importing."""
    import sys

    try:
        from quiz.cli import cli
    except KeyboardInterrupt:
        sys.exit(130)
    cli(prog_name="quiz")
