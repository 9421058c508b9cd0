"""Exam papers, answer keys and the key grid as PDF, compiled in-process by Typst.

The layout lives in ``exam.typ`` beside this file. Deck text never becomes Typst
source: each document is JSON handed to the template in ``sys.inputs``, and the
template places every string with ``text(...)``, so ``#read("/etc/passwd")``, ``$``
or ``*`` in a prompt print as themselves. The compile root is a fresh empty
folder holding only the question images we copied in, and only Typst's embedded
fonts are used unless the text needs more (:mod:`quiz.exams.fonts`), so output does
not depend on the machine and the same exam gives the same bytes (no date).
"""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quiz.bank import media
from quiz.core.errors import QuizError
from quiz.exams.build import Exam, ExamQuestion, Variant
from quiz.exams.paper import (
    HOW_TO_ANSWER,
    fmt_points,
    grid_row,
    grid_rules,
    key_entry,
    points_label,
    printed,
    questions_label,
)

TEMPLATE = Path(__file__).with_name("exam.typ")
SHEET_TEMPLATE = Path(__file__).with_name("sheet.typ")  # answer sheets (quiz.exams.sheet)

DEFAULT_INSTRUCTIONS = "Answer every question."  # --instructions replaces only this


@dataclass
class Document:
    """One PDF to compile: the template's data and the images it refers to."""

    data: dict[str, Any]
    images: dict[str, Path] = field(default_factory=dict)
    system_fonts: bool = False  # the text needs the machine's fonts (CJK, emoji ...)
    template: Path = TEMPLATE


def _base(exam: Exam, kind: str, label: str, paper: str, instructions: str) -> dict[str, Any]:
    title = exam.options.title
    return {
        "kind": kind,
        "title": title,
        "document-title": f"{title} — {label}",
        "footer-left": label,
        "footer-center": title,
        "paper": paper,
        "lang": "en",
        "instructions": instructions,
        "how-to-answer": HOW_TO_ANSWER,
    }


def question_image(item: ExamQuestion, warnings: list[str]) -> Path | None:
    """The question's image file (the loader has checked it stays in the deck's folder)."""
    q, deck = item.question, item.deck
    if not q.image:
        return None
    return media.image_file(deck.path, q.image, f"{deck.path or deck.id}: question {q.id!r}")


TALL_LINES = 20  # questions estimated this tall or taller are measured against the page


def may_be_tall(entry: dict[str, Any]) -> bool:
    """Whether a question might not fit on one page (a rough, generous line count)."""
    if entry.get("image"):
        return True

    def lines(value: object) -> int:
        if isinstance(value, str):
            return len(value) // 60 + 1
        if isinstance(value, list | tuple):
            return sum(lines(v) for v in value)
        if isinstance(value, dict):
            return sum(lines(v) for v in value.values())
        return 0

    return lines(entry) + 3 * entry.get("lines", 0) >= TALL_LINES


def exam_document(
    exam: Exam, variant: Variant, paper: str, instructions: str, warnings: list[str]
) -> Document:
    data = _base(exam, "exam", f"Variant {variant.code}", paper, instructions)
    data |= {"variant": variant.code, "total-points": fmt_points(variant.total_points)}
    questions, images = [], {}
    for item in variant.questions:
        entry = printed(item, exam.options.scoring)
        image = question_image(item, warnings)
        if image is not None:
            entry["image"] = f"image-{item.number}{image.suffix.lower()}"
            images[entry["image"]] = image
        entry["measure"] = may_be_tall(entry)
        questions.append(entry)
    data["questions"] = questions
    return Document(data, images)


def key_document(exam: Exam, variant: Variant, paper: str) -> Document:
    note = (
        f"Answer key for variant {variant.code}: {questions_label(len(variant.questions))}, "
        f"{points_label(variant.total_points)}. Seed {exam.seed}."
    )
    data = _base(exam, "key", f"Key {variant.code}", paper, note)
    entries = [key_entry(i, exam.options.scoring) for i in variant.questions]
    for entry in entries:
        entry["measure"] = may_be_tall(entry)
    data |= {"variant": variant.code, "questions": entries}
    return Document(data)


def grid_document(exam: Exam, paper: str) -> Document:
    note = (
        "The answer to each question number in every variant. Letters as printed; "
        "order and match as the student writes them; T/F for true/false."
    )
    data = _base(exam, "grid", "Key grid", paper, note)
    variants = exam.variants
    rows = []
    for i, first in enumerate(variants[0].questions):
        points, cells = grid_row([v.questions[i] for v in variants])
        rows.append({"number": first.number, "points": points, "cells": cells})
    types = {q.question.type for v in variants for q in v.questions}
    data |= {
        "variants": [v.code for v in variants],
        "rows": rows,
        "rules": grid_rules(exam.options.scoring, types),
    }
    return Document(data)


def compile_pdf(doc: Document) -> bytes:
    """Compile one document with the template; deck text goes in as data only."""
    import typst

    with tempfile.TemporaryDirectory(prefix="quiz-typst-") as root:
        for name, source in doc.images.items():
            shutil.copyfile(source, Path(root) / name)
        try:
            # The stub ties input and root to one type variable; bytes and a str are valid.
            pdf = typst.compile(  # type: ignore[call-overload]
                doc.template.read_bytes(),
                format="pdf",
                root=root,
                ignore_system_fonts=not doc.system_fonts,
                sys_inputs={"data": json.dumps(doc.data, ensure_ascii=False)},
                timestamp=0,
            )
        except typst.TypstError as e:
            raise QuizError(f"{doc.data['document-title']}: Typst failed: {e.message}") from None
    if not isinstance(pdf, bytes):  # a PDF is one file, never a list of pages
        raise QuizError(f"{doc.data['document-title']}: Typst gave no PDF")
    return pdf
