"""What may go into a CSV cell quiz writes: the one rule for every CSV (scores, items,
responses from a scan, the scan review, the feedback index, the Anki CSV export).

A cell holds no control character (ESC, BEL, NUL, C1 such as U+009B: a ``cat`` of the
file would obey them) and no direction override: both are shown as
:func:`quiz.core.console.printable` shows them. Line feeds and tabs stay: the csv module
quotes them. A cell a spreadsheet opens is also defused (:func:`safe_cell`); a cell Anki
imports is not (:func:`anki_cell`), as Anki reads cells literally (docs/safety.md).
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from quiz.core.console import printable
from quiz.core.files import Kind, atomic_path

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def anki_cell(value: object) -> str:
    """A cell with nothing a terminal would obey; kept literally otherwise (Anki import)."""
    return printable(_fmt(value))


def safe_cell(value: object) -> str:
    """A cell no spreadsheet will evaluate: text starting like a formula gets a ``'``,
    and no control character is left (:func:`anki_cell`).

    Numbers we computed (a negative discrimination) are written as numbers.
    """
    if isinstance(value, int | float):
        return _fmt(value)
    text = anki_cell(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_sheet(path: Path, kind: Kind, rows: Sequence[Sequence[object]], force: bool) -> None:
    """A CSV for spreadsheets, every cell :func:`safe_cell`, written to a temporary name and
    renamed (never over a file quiz did not write without ``force``)."""
    with (
        atomic_path(path, kind, force=force) as tmp,
        tmp.open("w", encoding="utf-8", newline="") as f,
    ):
        writer = csv.writer(f)
        for row in rows:
            writer.writerow([safe_cell(c) for c in row])


def unprotect(cell: str) -> str:
    """A cell as it was before :func:`safe_cell` (or a spreadsheet) protected it with ``'``."""
    if cell.startswith("'") and cell[1:2] and cell[1] in FORMULA_STARTS:
        return cell[1:]
    return cell


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".") if value == value else ""
    return "" if value is None else str(value)
