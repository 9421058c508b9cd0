"""Output formats. Each module here has the same entry point::

    def write(decks: Sequence[Deck], out: Path, *, force=False, **options) -> ExportResult

It checks ``out`` first and writes through :func:`quiz.core.files.atomic_path` with its
format's :class:`~quiz.core.files.Kind` (the name's ending, and the mark by which quiz
knows a file it wrote), so an export never replaces a file quiz did not write without
``force``, and a failed export never leaves a half file.
The LMS exports (GIFT, QTI) take their questions through :func:`without_drafts`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from quiz.bank.model import Deck, Question


@dataclass
class ExportResult:
    """What an export wrote: the file, how many items, and what it could not carry."""

    path: Path
    count: int
    warnings: list[str] = field(default_factory=list)


def without_drafts(deck: Deck, warnings: list[str]) -> list[Question]:
    """The deck's questions less its drafts (unchecked, as `quiz exam` treats them).

    Each draft left out adds a warning to ``warnings``, so none is dropped silently.
    """
    for q in deck.questions:
        if q.draft:
            warnings.append(
                f"{deck.id}/{q.id}: a draft (machine-drafted, not yet checked); left out, "
                "remove its draft: true to export it"
            )
    return [q for q in deck.questions if not q.draft]
