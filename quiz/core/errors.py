"""Errors the CLI maps to exit codes, and the located problems the loader reports."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One fault in a deck file, located at ``path:line:col`` (1-based)."""

    path: str
    line: int
    col: int
    field: str
    message: str
    severity: str = "error"  # or "warning"

    def __str__(self) -> str:
        tag = "warning: " if self.severity == "warning" else ""
        return f"{self.path}:{self.line}:{self.col}: {self.field}: {tag}{self.message}"

    def to_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "line": self.line,
            "col": self.col,
            "field": self.field,
            "message": self.message,
            "severity": self.severity,
        }


class QuizError(Exception):
    """A failure to report as one line, without a traceback."""

    exit_code = 1

    def lines(self) -> list[str]:
        """The lines to print: each is shown as one line, whatever data it holds, so a
        file name with a line feed in it cannot forge a line of its own."""
        return [str(self) or type(self).__name__]


class UsageError(QuizError):
    exit_code = 2


class OptionError(UsageError):
    """A setting an engine cannot work with, named as the engine names it (``count``,
    ``picks``); the CLI shows the command-line flag instead (``--count``, ``--pick``)."""

    def __init__(self, option: str, problem: str, value: object = None):
        self.option, self.problem, self.value = option, problem, value
        super().__init__(self.message(lambda name: name))

    def message(self, flag: Callable[[str], str]) -> str:
        """The message with each setting named by ``flag(name)``."""
        given = "" if self.value is None else f" {self.value}"
        return f"{flag(self.option)}{given}: {self.problem}"


class NothingMatches(OptionError):
    """No question has any of the tags and types asked for."""

    def __init__(self, asked: Sequence[tuple[str, str]], tags: Sequence[str], types: Sequence[str]):
        self.asked, self.tags, self.types = list(asked), list(tags), list(types)
        super().__init__(asked[0][0] if asked else "tags", "no questions match")

    def message(self, flag: Callable[[str], str]) -> str:
        asked = " ".join(f"{flag(option)} {value}" for option, value in self.asked)
        return (
            f"no questions match {asked}; tags here: {', '.join(self.tags) or 'none'}; "
            f"types here: {', '.join(self.types)}"
        )


class DeckError(QuizError):
    """A deck that cannot be used; carries every problem found."""

    exit_code = 2

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    def lines(self) -> list[str]:
        return [str(p) for p in self.problems] or super().lines()


class NothingToLoad(UsageError):
    """Every deck to go on with was refused: the reasons, one line each, then what to do."""

    def __init__(self, reasons: list[str], advice: str):
        self.reasons, self.advice = reasons, advice
        super().__init__("\n".join([*reasons, advice]))

    def lines(self) -> list[str]:
        return [*self.reasons, self.advice]
