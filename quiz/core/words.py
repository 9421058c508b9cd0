"""How counts and suggestions read in English: the one rule every message uses."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def noun(n: float, word: str, many: str | None = None) -> str:
    """``word`` for exactly one, else its plural (``many``, or ``word`` + s)."""
    return word if n == 1 else many or f"{word}s"


def plural(n: float, word: str, many: str | None = None) -> str:
    """'1 question', '2 questions', '0.5 points', '3 retries' (with ``many``)."""
    return f"{n:g} {noun(n, word, many)}" if isinstance(n, float) else f"{n} {noun(n, word, many)}"


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The choice ``word`` is most likely a slip for ('shrot' -> 'short'), or None."""
    found = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return found[0] if found else None


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """'; did you mean 'short'?' when ``word`` looks like a slip for a choice, else ''."""
    match = closest(word, choices)
    return f"; did you mean {match!r}?" if match and match != word else ""
