"""The sheets' geometry as the manifest records it (`quiz exam --sheets`), checked once.

Everything `quiz scan` needs to read a page: its size, the corner markers, the code, and
per variant and page every field of bubbles (:mod:`quiz.exams.sheet_layout`). A manifest
written without ``--sheets``, or damaged, is refused here with one line saying what to do.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quiz.exams.manifest import MANIFEST_NAME
from quiz.exams.manifest_reader import ManifestError, MarkedQuestion, read_manifest
from quiz.exams.sheet import SHEETS_FORMAT
from quiz.exams.sheet_layout import KINDS, STUDENT, Bubble, Field, Row


@dataclass(frozen=True)
class SheetGeometry:
    exam_id: str
    size: tuple[float, float]
    marker: float
    markers: tuple[tuple[float, float], ...]  # top left, top right, bottom right, bottom left
    qr: tuple[float, float, float]
    radius: float
    pages: dict[tuple[str, int], tuple[Field, ...]]  # (variant, page) -> its fields

    def page_count(self, variant: str) -> int:
        return sum(1 for v, _ in self.pages if v == variant)


@dataclass(frozen=True)
class ScanExam:
    """What scanning needs of an exam folder: the sheets and the questions behind them."""

    title: str
    sheet: SheetGeometry
    questions: dict[str, list[MarkedQuestion]]


class _Bad(Exception):
    pass


def load_exam(folder: Path) -> ScanExam:
    data, questions = read_manifest(folder)
    path = Path(folder) / MANIFEST_NAME
    raw = data.get("sheets")
    if raw is None:
        raise ManifestError(
            f"{path}: this exam has no answer sheets; run the same `quiz exam` command "
            "with --sheets (the same seed builds the same exam) and print sheet-<V>.pdf"
        )
    try:
        sheet = _geometry(raw)
    except (_Bad, KeyError, TypeError, ValueError, IndexError) as e:
        raise ManifestError(f"{path}: damaged manifest (sheets: {e})") from None
    missing = [v for v in questions if sheet.page_count(v) == 0]
    if missing:
        raise ManifestError(f"{path}: damaged manifest (sheets: no pages for variant {missing[0]})")
    return ScanExam(str(data.get("title", "")), sheet, questions)


def _geometry(raw: Any) -> SheetGeometry:
    if not isinstance(raw, dict) or raw.get("format") != SHEETS_FORMAT:
        raise _Bad(f"format {raw.get('format') if isinstance(raw, dict) else raw!r}")
    pages: dict[tuple[str, int], tuple[Field, ...]] = {}
    for code, entries in raw["variants"].items():
        for entry in entries:
            fields = tuple(_field(f) for f in entry["fields"])
            if not any(f.question == STUDENT for f in fields):
                raise _Bad(f"variant {code} page {entry['page']} has no student number")
            pages[(str(code), int(entry["page"]))] = fields
    w, h = raw["size"]
    x, y, side = raw["qr"]
    markers = tuple((float(a), float(b)) for a, b in raw["markers"])
    if len(markers) != 4:
        raise _Bad("four markers expected")
    return SheetGeometry(
        str(raw["id"]),
        (float(w), float(h)),
        float(raw["marker"]),
        markers,
        (float(x), float(y), float(side)),
        float(raw["radius"]),
        pages,
    )


def _field(raw: dict[str, Any]) -> Field:
    if raw["kind"] not in KINDS:
        raise _Bad(f"unknown kind {raw['kind']!r}")
    rows = tuple(
        Row(str(r["label"]), tuple(Bubble(float(x), float(y), str(v)) for x, y, v in r["bubbles"]))
        for r in raw["rows"]
    )
    x0, y0, x1, y1 = (float(v) for v in raw["box"])
    return Field(int(raw["question"]), str(raw["kind"]), rows, (x0, y0, x1, y1))
