"""Output formats. Each module here has the same entry point::

    def write(decks: Sequence[Deck], out: Path, **options) -> ExportResult

It writes through :func:`atomic_path`, so a failed export never leaves a half file.
The LMS exports (GIFT, QTI) take their questions through :func:`without_drafts`.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from quiz.errors import QuizError
from quiz.model import Deck, Question


@dataclass
class ExportResult:
    """What an export wrote: the file, how many items, and what it could not carry."""

    path: Path
    count: int
    warnings: list[str] = field(default_factory=list)


@contextlib.contextmanager
def atomic_path(out: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``out``; rename it onto ``out`` only on success."""
    out = Path(out)
    if out.is_dir():
        raise QuizError(f"{out}: is a folder; give a file name to write")
    if not out.parent.is_dir():
        raise QuizError(f"{out.parent}: no such folder")
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual mode
        os.replace(tmp, out)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


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


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
