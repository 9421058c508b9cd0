"""Measuring how well `quiz scan` reads bubbles, on synthetic scans with a known truth.

Students are simulated field by field as they behave: one mark per question mostly, now
and then none, a change of mind rubbed out, or (rarely) two marks where one is allowed;
several marks for multi; one per row for order, match and digits. Each mark is drawn in
a random style, each page damaged at random (:mod:`synthetic`), and read back by the
real code (`quiz.scan.read.read_page`). Shared by the tests and bench/bench_scan.py.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import numpy as np
from synthetic import ERASED, MARKED_STYLES, Damage, degrade, fill, random_damage, render

from quiz.exams.sheet_layout import STUDENT, Field
from quiz.scan.decide import RowRead, State, field_answer
from quiz.scan.geometry import ScanExam
from quiz.scan.read import read_page

Truth = dict[tuple[float, float], str | None]  # bubble centre (mm) -> style, None: untouched


def student_number(rng: random.Random, digits: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(digits))


def choose(f: Field, rng: random.Random, number: str = "") -> Truth:
    """What a student marks in one field: bubble -> style (ERASED: rubbed out)."""
    truth: Truth = {(b.x, b.y): None for r in f.rows for b in r.bubbles}
    style = lambda: rng.choice(MARKED_STYLES)  # noqa: E731
    if f.question == STUDENT:
        for row, digit in zip(f.rows, number, strict=True):
            truth[(row.bubbles[int(digit)].x, row.bubbles[int(digit)].y)] = style()
        return truth
    length = rng.randint(0, len(f.rows))  # of a number, written from the left
    for i, row in enumerate(f.rows):
        bubbles = list(row.bubbles)
        if f.kind == "many":
            picked = [b for b in bubbles if rng.random() < 0.35]
        elif f.kind == "digits":
            picked = [rng.choice(bubbles)] if i < length else []
        else:
            u = rng.random()
            picked = (
                [] if u < 0.06 else rng.sample(bubbles, 2) if u < 0.08 else [rng.choice(bubbles)]
            )
        for b in picked:
            truth[(b.x, b.y)] = style()
        empty = [b for b in bubbles if truth[(b.x, b.y)] is None]
        if empty and rng.random() < 0.06:  # a change of mind, rubbed out
            b = rng.choice(empty)
            truth[(b.x, b.y)] = ERASED
    return truth


def _states(f: Field, truth: Truth) -> tuple[RowRead, ...]:
    def state(b) -> State:
        return State.MARKED if truth[(b.x, b.y)] not in (None, ERASED) else State.EMPTY

    return tuple(RowRead(r.label, tuple((b.value, state(b)) for b in r.bubbles)) for r in f.rows)


@dataclass
class Tally:
    pages: int = 0
    located: int = 0  # pages whose exam, variant and page were read
    bubbles: int = 0
    right: int = 0
    flagged: int = 0  # unsure, or wrong but in a field that is flagged for review
    wrong: int = 0  # read wrong and not flagged: must stay 0
    fields: int = 0
    fields_right: int = 0
    fields_flagged: int = 0
    fields_wrong: int = 0
    examples: list[str] = field(default_factory=list)
    failed: list[np.ndarray] = field(default_factory=list)  # the scans read wrong, to look at

    def line(self) -> str:
        share = self.right / self.bubbles if self.bubbles else 0
        return (
            f"{self.pages} pages ({self.located} located), {self.bubbles} bubbles: "
            f"{self.right} read right ({share:.3%}), {self.flagged} flagged, "
            f"{self.wrong} wrong unflagged; {self.fields} fields: {self.fields_right} right, "
            f"{self.fields_flagged} flagged, {self.fields_wrong} wrong unflagged"
        )


def fill_sheet(
    exam: ScanExam, variant: str, dpi: float, rng: random.Random, pdf: bytes, number: str
):
    """Each page of a filled sheet, with the truth of every field."""
    pages = []
    k = dpi / 25.4
    for no, image in enumerate(render(pdf, dpi), start=1):
        truths = []
        for f in exam.sheet.pages[(variant, no)]:
            truth = choose(f, rng, number)
            for (x, y), style in truth.items():
                if style is not None:
                    fill(image, x * k, y * k, exam.sheet.radius * k, style, rng)
            truths.append((f, truth))
        pages.append((no, image, truths))
    return pages


def tally_page(
    tally: Tally,
    exam: ScanExam,
    image: np.ndarray,
    variant: str,
    no: int,
    truths,
    damage: Damage,
    rng: random.Random,
) -> None:
    """Damage one filled page, read it, and count what was read right."""
    tally.pages += 1
    scan = degrade(image, damage, rng)
    read = read_page(scan, exam, f"{variant}{no}")
    if read.problem or (read.variant, read.page) != (variant, no):
        tally.examples.append(f"{variant}{no} not read: {read.problem} {damage}")
        tally.failed.append(scan)
        return
    tally.located += 1
    for (f, truth), got in zip(truths, read.fields, strict=True):
        want = field_answer(f.kind, _states(f, truth))
        have = field_answer(f.kind, got.rows)
        tally.fields += 1
        if have.problem and not want.problem:
            tally.fields_flagged += 1
        elif have.problem == "" and (want.problem or have.text != want.text):
            tally.fields_wrong += 1
            tally.examples.append(
                f"{variant}{no} q{f.question}: read {have.seen!r} for {want.seen!r} ({damage})"
            )
            if not tally.failed or tally.failed[-1] is not scan:
                tally.failed.append(scan)
        else:
            tally.fields_right += 1
        for row, row_truth in zip(got.rows, f.rows, strict=True):
            for (value, state), b in zip(row.bubbles, row_truth.bubbles, strict=True):
                tally.bubbles += 1
                marked = truth[(b.x, b.y)] not in (None, ERASED)
                if state == State.UNSURE:
                    tally.flagged += 1
                elif (state == State.MARKED) == marked:
                    tally.right += 1
                elif have.problem:
                    tally.flagged += 1
                else:
                    tally.wrong += 1
                    tally.examples.append(
                        f"{variant}{no} q{f.question} {value}: {truth[(b.x, b.y)]} "
                        f"read {state.name}"
                    )


def measure_sheets(folder, exam: ScanExam, seed: int, sheets: int, damage=random_damage) -> Tally:
    """Fill ``sheets`` sheets at random (variant, resolution, student), damage, read, count."""
    rng = random.Random(seed)
    tally = Tally()
    for _ in range(sheets):
        variant = rng.choice("AB")
        dpi = rng.choice([150, 200, 250, 300])
        pdf = (folder / f"sheet-{variant}.pdf").read_bytes()
        for no, image, truths in fill_sheet(exam, variant, dpi, rng, pdf, student_number(rng, 8)):
            tally_page(tally, exam, image, variant, no, truths, damage(rng), rng)
    return tally
