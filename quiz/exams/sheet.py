"""Answer sheets (`quiz exam --sheets`): one ``sheet-<V>.pdf`` per variant, read by `quiz scan`.

The layout is computed here (:mod:`quiz.exams.sheet_layout`), drawn by ``sheet.typ`` and
recorded in the manifest under ``sheets``: the page size, the markers, the code and every
bubble of every page, with what filling it means. Each page's QR code carries
``QZ1/<id>/<variant>/<page>``; the id is a digest of the exam's questions, arrangements
and the sheets' geometry, so a sheet printed for another exam, or for another layout of
this one, is never read against this manifest. segno (the QR code) is imported only here.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
from dataclasses import dataclass
from typing import Any

from quiz.core.errors import OptionError
from quiz.exams.build import Exam, Variant
from quiz.exams.options import MAX_DIGITS
from quiz.exams.pdf import SHEET_TEMPLATE, Document
from quiz.exams.sheet_flow import layout
from quiz.exams.sheet_layout import (
    MARKER,
    PAGE_SIZES,
    RADIUS,
    SheetPage,
    Spec,
    fits_digits,
    markers,
    qr_box,
    question_spec,
)

CODE_PREFIX = "QZ1"
SHEETS_FORMAT = 1


@dataclass(frozen=True)
class SheetOptions:
    student_digits: int = 8
    numeric_digits: int | None = None  # None: numeric questions get the teacher's box

    def check(self) -> None:
        if not 1 <= self.student_digits <= MAX_DIGITS:
            raise OptionError(
                "student_digits", f"must be between 1 and {MAX_DIGITS}", self.student_digits
            )
        n = self.numeric_digits
        if n is not None and not 1 <= n <= MAX_DIGITS:
            raise OptionError("numeric_digits", f"must be between 1 and {MAX_DIGITS}", n)


def code_text(exam_id: str, variant: str, page: int) -> str:
    """What a page's QR code says."""
    return f"{CODE_PREFIX}/{exam_id}/{variant}/{page}"


def read_code(text: str) -> tuple[str, str, int] | None:
    """(exam id, variant, page) from a QR code's text, or None if it is not a sheet's code."""
    parts = text.strip().split("/")
    if len(parts) != 4 or parts[0] != CODE_PREFIX or not parts[3].isdigit():
        return None
    return parts[1], parts[2], int(parts[3])


def variant_specs(variant: Variant, options: SheetOptions) -> tuple[list[Spec], list[str]]:
    """Each question's sheet rows, and a warning per number the teacher must mark instead."""
    specs, warnings = [], []
    for item in variant.questions:
        a = item.arrangement
        spec = question_spec(item.number, item.question, a.order, a.left, options.numeric_digits)
        q = item.question
        if options.numeric_digits and q.type == "numeric" and spec.kind == "teacher":
            assert not fits_digits(q, options.numeric_digits)  # type: ignore[arg-type]
            warnings.append(
                f"variant {variant.code}, question {item.number}: its answer is no whole number "
                f"of at most {options.numeric_digits} digits; the teacher marks it on the sheet"
            )
        specs.append(spec)
    return specs, warnings


def sheets_entry(
    exam: Exam, identity: dict[str, Any], paper: str, options: SheetOptions
) -> tuple[dict[str, Any], dict[str, list[SheetPage]], list[str]]:
    """The manifest's ``sheets`` (with the id), each variant's pages, and warnings.

    ``identity`` is what makes the exam this exam (seed, title, questions, arrangements).
    """
    options.check()
    pages: dict[str, list[SheetPage]] = {}
    warnings: list[str] = []
    for v in exam.variants:
        specs, notes = variant_specs(v, options)
        pages[v.code] = layout(specs, paper, options.student_digits)
        warnings += notes
    geometry = {
        "format": SHEETS_FORMAT,
        "paper": paper,
        "size": list(PAGE_SIZES[paper]),
        "marker": MARKER,
        "markers": [list(m) for m in markers(paper)],
        "qr": list(qr_box(paper)),
        "radius": RADIUS,
        "student_digits": options.student_digits,
        "numeric_digits": options.numeric_digits,
        "variants": {
            code: [{"page": p.number, "fields": [f.to_dict() for f in p.fields]} for p in ps]
            for code, ps in pages.items()
        },
    }
    digest = hashlib.sha256(json.dumps([identity, geometry], sort_keys=True).encode()).digest()
    exam_id = base64.b32encode(digest).decode()[:10]
    return {"id": exam_id, **geometry}, pages, warnings


def _qr_svg(text: str) -> str:
    import segno

    buffer = io.BytesIO()
    segno.make(text, error="q", micro=False).save(
        buffer, kind="svg", border=0, xmldecl=False, svgns=True, unit=None, scale=1
    )
    return buffer.getvalue().decode()


def sheet_document(
    exam: Exam, code: str, pages: list[SheetPage], sheets: dict[str, Any]
) -> Document:
    """One variant's sheet: every piece placed at its position by the template."""
    paper, exam_id = sheets["paper"], sheets["id"]
    title = exam.options.title
    data: dict[str, Any] = {
        "document-title": f"{title} — Answer sheet {code}",
        "paper": paper,
        "size": sheets["size"],
        "marker": MARKER,
        "markers": sheets["markers"],
        "qr": sheets["qr"],
        "radius": RADIUS,
        "title": title,
        "pages": [],
    }
    for p in pages:
        data["pages"].append(
            {
                "heading": f"Answer sheet · Variant {code} · Page {p.number} of {len(pages)}",
                "id": exam_id,
                "qr-svg": _qr_svg(code_text(exam_id, code, p.number)),
                "bubbles": [[b.x, b.y] for f in p.fields for r in f.rows for b in r.bubbles],
                "texts": [vars(t) for t in p.texts],
                "frames": [vars(f) for f in p.frames],
            }
        )
    return Document(data, template=SHEET_TEMPLATE)
