"""One scanned page read: which sheet it is and what every bubble on it says.

A page is either read (its code names this exam, the markers were found, every field's
bubbles have a state) or carries a ``problem`` for the review: no code (not a sheet, or
too blurred to read), a code of another exam, a code naming a page this exam does not
have, markers that cannot be found. Small pictures are kept only for what the review may
show: the student number, fields whose marks are in doubt or split over two places, and
the whole page when the page itself is the problem.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import cv2
import numpy as np

from quiz.exams.sheet import read_code as parse_code
from quiz.exams.sheet_layout import STUDENT, Field
from quiz.scan.align import FIELD_RIDGE, align, aligned
from quiz.scan.decide import RowRead, State, bubble_state, field_answer
from quiz.scan.geometry import ScanExam
from quiz.scan.locate import locate, read_code
from quiz.scan.measure import PX_PER_MM, bubble_centres, measure, warp

CROP_MARGIN = 1.5  # mm around a field's box in its picture
THUMB_WIDTH = 320  # pixels of a whole-page picture


@dataclass
class FieldRead:
    question: int  # STUDENT for the student number
    kind: str
    rows: tuple[RowRead, ...]
    crop: np.ndarray | None = None  # the field as scanned, straightened


@dataclass
class PageRead:
    source: str  # "scans.pdf#3"
    variant: str = ""
    page: int = 0
    problem: str = ""  # why the page cannot be used as it is
    fields: list[FieldRead] = field(default_factory=list)
    picture: np.ndarray | None = None  # the whole page, small, when it has a problem

    @property
    def student(self) -> FieldRead:
        return next(f for f in self.fields if f.question == STUDENT)

    def marked(self) -> bool:
        return any(s for f in self.fields for r in f.rows for _, s in r.bubbles)


def read_page(gray: np.ndarray, exam: ScanExam, source: str) -> PageRead:
    sheet = exam.sheet
    codes = [(parse_code(text), corners) for text, corners in read_code(gray)]
    ours = [(code, corners) for code, corners in codes if code is not None]
    if not ours:
        return _unread(source, gray, "no sheet code found: not an answer sheet, or too blurred")
    if len({code for code, _ in ours}) > 1:
        return _unread(source, gray, "more than one sheet in the picture: take one at a time")
    (exam_id, variant, number), corners = ours[0]
    if exam_id != sheet.exam_id:
        return _unread(
            source,
            gray,
            f"a sheet of another exam (code {exam_id}, this exam's is {sheet.exam_id})",
        )
    fields = sheet.pages.get((variant, number))
    if fields is None:
        return _unread(source, gray, f"variant {variant} page {number} is not in this exam")
    found = locate(gray, corners, sheet)
    if not found:
        return _unread(source, gray, "the four black corner squares cannot be found")
    for transform in found:  # the first whose rings are where the manifest says
        page = warp(gray, transform.to_image, sheet)
        ridges, shifts = align(page, fields, sheet.radius)
        if aligned(ridges):
            break
    else:
        return _unread(source, gray, "the bubbles are not where the corner squares put them")
    centres = np.vstack(
        [bubble_centres((f,)) + shift for f, shift in zip(fields, shifts, strict=True)]
    )
    fill, peak = measure(page, centres, sheet.radius)
    astray = [
        r < FIELD_RIDGE
        for f, r in zip(fields, ridges, strict=True)
        for row in f.rows
        for _ in row.bubbles
    ]
    states = iter(
        State.UNSURE if off else bubble_state(f, p)
        for f, p, off in zip(fill, peak, astray, strict=True)
    )
    split = {q for q, n in Counter(f.question for f in fields).items() if n > 1}
    reads = []
    for f in fields:
        rows = tuple(
            RowRead(r.label, tuple((b.value, next(states)) for b in r.bubbles)) for r in f.rows
        )
        doubtful = f.question in split or f.question == STUDENT or _doubtful(f.kind, rows)
        reads.append(
            FieldRead(f.question, f.kind, rows, _crop(page.image, f) if doubtful else None)
        )
    return PageRead(source, variant, number, "", reads)


def _doubtful(kind: str, rows: tuple[RowRead, ...]) -> bool:
    if any(s == State.UNSURE for r in rows for _, s in r.bubbles):
        return True
    return bool(field_answer(kind, rows).problem)


def _crop(image: np.ndarray, f: Field) -> np.ndarray:
    x0, y0, x1, y1 = f.box
    k = PX_PER_MM
    top, left = max(int((y0 - CROP_MARGIN) * k), 0), max(int((x0 - CROP_MARGIN) * k), 0)
    return image[top : int((y1 + CROP_MARGIN) * k), left : int((x1 + CROP_MARGIN) * k)].copy()


def _unread(source: str, gray: np.ndarray, problem: str) -> PageRead:
    scale = THUMB_WIDTH / gray.shape[1]
    picture = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    return PageRead(source, problem=problem, picture=picture)
