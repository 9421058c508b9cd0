"""Anki's cloze syntax, ``{{c1::answer}}`` or ``{{c1::answer::hint}}``, read and rendered.

Anki makes one card per deletion number from c1 to c500 (:data:`MAX_CLOZE`): it never
asks ``c0``, gives every number past 500 the same broken card, and leaves a number too
long for it as plain text. :func:`number_problems` names those, for ``quiz check``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CLOZE_RE = re.compile(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}", re.DOTALL)
MAX_CLOZE = 500  # Anki's last card number for a cloze note
_TOO_LONG = MAX_CLOZE + 1  # stands for a number with more digits than Anki reads


@dataclass(frozen=True)
class Deletion:
    """One ``{{cN::answer::hint}}`` deletion in a cloze text."""

    number: int
    answer: str
    hint: str | None
    start: int
    end: int


def parse_cloze(text: str) -> list[Deletion]:
    return [
        Deletion(_number(m[1]), m[2], m[3], m.start(), m.end()) for m in CLOZE_RE.finditer(text)
    ]


def _number(digits: str) -> int:
    """The deletion number; past Anki's range, any number above it (no giant ints)."""
    return int(digits) if len(digits) <= 4 else _TOO_LONG


def number_problems(text: str) -> list[str]:
    """One message per deletion number Anki cannot make a card of (c0, c501, ...)."""
    return [
        f"deletion c{m[1]}: Anki numbers deletions c1 to c{MAX_CLOZE}"
        for m in CLOZE_RE.finditer(text)
        if not 1 <= _number(m[1]) <= MAX_CLOZE
    ]


def cloze_blanked(text: str, blank: str = "[...]") -> str:
    """The cloze text with every deletion replaced by its hint or a blank."""
    return CLOZE_RE.sub(lambda m: f"[{m[3]}]" if m[3] else blank, text)


def cloze_answered(text: str) -> str:
    return CLOZE_RE.sub(lambda m: m[2], text)
