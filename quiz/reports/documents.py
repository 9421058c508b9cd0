"""The class report and the feedback sheets as Typst documents (template: reports.typ).

As for the exam papers (:mod:`quiz.exams.pdf`), every text is data: it reaches Typst as
JSON and is placed with ``text(...)``, never read as markup, so a student named
``#read("/etc/passwd")`` or ``$x$`` is printed as such. Beyond that, every string is
made :func:`literal` first: a control character shows as ``�``, and an invisible
direction override or isolate (U+202A-202E, U+2066-2069), which would print
``Ann<RLO>exe.pdf`` as ``Annfdp.exe``, shows as its code point, ``⟨U+202E⟩``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from quiz.core.console import printable
from quiz.exams.options import DEFAULT_PAPER
from quiz.exams.pdf import Document, may_be_tall
from quiz.reports.class_report import figure
from quiz.reports.feedback import Feedback
from quiz.reports.figures import BANDS

TEMPLATE = Path(__file__).with_name("reports.typ")
REPORT_KEYWORD = "quiz class report"  # in the PDF's keywords: the mark of a report quiz wrote
FEEDBACK_KEYWORD = "quiz feedback sheet"


def literal(value: Any) -> Any:
    """``value`` with every string in it printable as it is stored (see the module doc)."""
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, dict):
        return {k: literal(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [literal(v) for v in value]
    return value


def _base(kind: str, title: str, label: str, paper: str, keyword: str) -> dict[str, Any]:
    return {
        "kind": kind,
        "title": title,
        "document-title": f"{title} — {label}",
        "keyword": keyword,
        "paper": paper,
        "lang": "en",
        "bands": BANDS,
    }


def report_document(report: dict[str, Any], paper: str = DEFAULT_PAPER) -> Document:
    """The class report (:func:`quiz.reports.class_report.class_report`) as a document."""
    data = _base("report", report["title"], "class report", paper, REPORT_KEYWORD)
    return Document(literal(data | report), template=TEMPLATE)


def feedback_document(title: str, sheet: Feedback, paper: str = DEFAULT_PAPER) -> Document:
    """One student's sheet, to hand out or send."""
    data = _base("feedback", title, f"feedback for {sheet.name}", paper, FEEDBACK_KEYWORD)
    return Document(literal(data | {"sheets": [_sheet(sheet)], "duplex": False}), template=TEMPLATE)


def feedback_stack(title: str, sheets: list[Feedback], paper: str = DEFAULT_PAPER) -> Document:
    """Every sheet in one document to print, each starting on a fresh sheet of paper."""
    data = _base("feedback", title, "feedback sheets", paper, FEEDBACK_KEYWORD)
    return Document(
        literal(data | {"sheets": list(map(_sheet, sheets)), "duplex": True}), template=TEMPLATE
    )


def _sheet(sheet: Feedback) -> dict[str, Any]:
    entries = [
        {
            "number": e.number,
            "earned": figure(e.earned),
            "points": figure(e.points),
            "prompt": e.prompt,
            "answer": e.answer,
            "right": e.right,
            "note": e.note or None,
            "explanation": e.explanation or None,
            "background": e.background or None,
            "source": e.source or None,
        }
        for e in sheet.entries
    ]
    for entry in entries:
        entry["measure"] = may_be_tall(entry)
    return {
        "name": sheet.name,
        "student": sheet.student,
        "variant": sheet.variant,
        "line": sheet.line,
        "total": figure(sheet.total),
        "max": figure(sheet.max_points),
        "percent": figure(sheet.percent),
        "share": sheet.total / sheet.max_points if sheet.max_points else 0.0,
        "topics": [
            {"tag": t.tag, "earned": figure(t.earned), "possible": figure(t.possible)}
            for t in sheet.topics
        ],
        "entries": entries,
        "right": ", ".join(map(str, sheet.right)),
        "forgiven": [f"{n}: {note}" for n, note in sheet.forgiven],
    }
