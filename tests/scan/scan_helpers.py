"""Filled-in sheets with chosen answers, for the tests of `quiz scan` as a teacher uses it."""

from __future__ import annotations

import random
import re
from pathlib import Path

import numpy as np
from synthetic import Damage, degrade, fill, render

from quiz.exams.sheet_layout import STUDENT, Field
from quiz.scan.geometry import ScanExam

DPI = 200


def bubbles_for(f: Field, answer: str) -> list[tuple[float, float]]:
    """The bubbles a student fills to give ``answer`` (as `quiz grade` reads it) in ``f``."""
    rows = f.rows
    if f.kind in ("one", "many", "teacher"):
        wanted = [answer] if f.kind == "teacher" else answer.split()
        return [(b.x, b.y) for b in rows[0].bubbles if b.value in wanted]
    if f.kind == "match":
        pairs = dict(re.findall(r"(\d+)([a-z])", answer))
        return [(b.x, b.y) for r in rows for b in r.bubbles if pairs.get(r.label) == b.value]
    values = answer.split() if f.kind == "order" else list(answer)
    return [
        (b.x, b.y) for r, v in zip(rows, values, strict=False) for b in r.bubbles if b.value == v
    ]


def filled(
    folder: Path,
    exam: ScanExam,
    variant: str,
    student: str,
    answers: dict[int, str],
    style: str = "pen",
    seed: int = 0,
    dpi: float = DPI,
) -> list[np.ndarray]:
    """Every page of ``variant``'s sheet with the student number and ``answers`` filled in."""
    rng = random.Random(seed)
    k = dpi / 25.4
    pages = render((folder / f"sheet-{variant}.pdf").read_bytes(), dpi)
    for no, image in enumerate(pages, start=1):
        for f in exam.sheet.pages[(variant, no)]:
            text = student if f.question == STUDENT else answers.get(f.question, "")
            for x, y in bubbles_for(f, text):
                fill(image, x * k, y * k, exam.sheet.radius * k, style, rng)
    return pages


def scanned(image: np.ndarray, seed: int = 0, **damage) -> np.ndarray:
    """A page as a scanner gives it back: slightly turned, a little noisy."""
    rng = random.Random(seed)
    return degrade(image, Damage(**({"angle": rng.uniform(-2, 2), "noise": 2.0} | damage)), rng)


def answers_for(exam: ScanExam, variant: str, seed: int) -> dict[int, str]:
    """A plausible answer to every question of the variant, as `quiz grade` reads it."""
    rng = random.Random(seed)
    out = {}
    for (code, _), fields in sorted(exam.sheet.pages.items()):
        if code != variant:
            continue
        for f in fields:
            if f.question == STUDENT:
                continue
            values = [b.value for b in f.rows[0].bubbles]
            if f.kind in ("one", "teacher"):
                out[f.question] = rng.choice(values)
            elif f.kind == "many":
                picked = rng.sample(values, rng.randint(1, len(values)))
                out[f.question] = " ".join(sorted(picked, key=values.index))
            elif f.kind == "order":
                out[f.question] = " ".join(rng.sample(values, len(values)))
            elif f.kind == "match":
                out[f.question] = " ".join(f"{r.label}{rng.choice(values)}" for r in f.rows)
            else:
                out[f.question] = str(rng.randint(1, 9999))
    return out


def as_graded(exam: ScanExam, variant: str, answers: dict[int, str]) -> list[str]:
    """The responses cells `quiz scan` should write for these answers."""
    kinds = {
        f.question: f.kind
        for (code, _), fs in exam.sheet.pages.items()
        if code == variant
        for f in fs
    }
    count = len(exam.questions[variant])
    return [
        f"[score {answers[n]}]" if kinds[n] == "teacher" else answers[n]
        for n in range(1, count + 1)
    ]
