"""Anki's cloze syntax, ``{{c1::answer}}`` or ``{{c1::answer::hint}}``, read and rendered."""

from __future__ import annotations

import re
from dataclasses import dataclass

CLOZE_RE = re.compile(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}", re.DOTALL)


@dataclass(frozen=True)
class Deletion:
    """One ``{{cN::answer::hint}}`` deletion in a cloze text."""

    number: int
    answer: str
    hint: str | None
    start: int
    end: int


def parse_cloze(text: str) -> list[Deletion]:
    return [Deletion(int(m[1]), m[2], m[3], m.start(), m.end()) for m in CLOZE_RE.finditer(text)]


def cloze_blanked(text: str, blank: str = "[...]") -> str:
    """The cloze text with every deletion replaced by its hint or a blank."""
    return CLOZE_RE.sub(lambda m: f"[{m[3]}]" if m[3] else blank, text)


def cloze_answered(text: str) -> str:
    return CLOZE_RE.sub(lambda m: m[2], text)
