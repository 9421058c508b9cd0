"""How counts read in English: the one plural rule every message uses."""

from __future__ import annotations


def noun(n: float, word: str, many: str | None = None) -> str:
    """``word`` for exactly one, else its plural (``many``, or ``word`` + s)."""
    return word if n == 1 else many or f"{word}s"


def plural(n: float, word: str, many: str | None = None) -> str:
    """'1 question', '2 questions', '0.5 points', '3 retries' (with ``many``)."""
    return f"{n:g} {noun(n, word, many)}" if isinstance(n, float) else f"{n} {noun(n, word, many)}"
