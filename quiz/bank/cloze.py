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


_MARKS = re.compile(r"\{\{c(\d+)::|\{\{c|\}\}")


def shape_problems(text: str) -> list[str]:
    """One message per mark that does not make a deletion as Anki reads it: a deletion
    inside another (Anki would show the inner one's marks as the answer), a ``}}`` that
    closes nothing, an opening never closed, a ``{{c`` not followed by ``N::``."""
    out: list[str] = []
    opened: list[str | None] = []  # the deletions open here; None: a mark that is not one
    for m in _MARKS.finditer(text):
        if m[1] is not None:
            if inside := next((n for n in reversed(opened) if n), None):
                out.append(f"deletion c{m[1]} is inside deletion c{inside}; "
                           "Anki cannot nest deletions: write them one after another")  # fmt: skip
            opened.append(m[1])
        elif m[0] == "{{c":
            shown = text[m.start() : m.start() + 8]
            out.append(f"'{shown}' is not a deletion; write {{{{c1::answer}}}}")
            opened.append(None)  # its }} closes it, not another deletion
        elif opened:
            opened.pop()
        else:
            out.append("'}}' closes no deletion; remove it, or open one with {{c1::")
    out += [f"deletion c{n} is never closed; end it with }}}}" for n in opened if n]
    return list(dict.fromkeys(out))


def cloze_blanked(text: str, blank: str = "[...]") -> str:
    """The cloze text with every deletion replaced by its hint or a blank."""
    return CLOZE_RE.sub(lambda m: f"[{m[3]}]" if m[3] else blank, text)


def cloze_answered(text: str) -> str:
    return CLOZE_RE.sub(lambda m: m[2], text)
