"""Errors the CLI maps to exit codes, and the located problems the loader reports."""

from __future__ import annotations

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


class UsageError(QuizError):
    exit_code = 2


class DeckError(QuizError):
    """A deck that cannot be used; carries every problem found."""

    exit_code = 2

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
