"""Where everything goes on an answer sheet, in millimetres from the page's top-left corner.

The same numbers draw the sheet (``sheet.typ`` places every piece at these positions) and
read it back (`quiz scan` maps a scan onto the page through the corner markers), so what
is printed and what is measured cannot drift apart. No I/O, no Typst, no images.

A page has four solid corner markers, a QR code at the top right, the header (title,
variant, page, a name line), the student-number grid (a column of bubbles 0-9 per digit,
on every page, so the pages of a student's sheet find each other in any order), the
instructions, and the questions' bubbles flowing down three columns. Each question is a
:class:`Field` of rows of bubbles; a field's ``kind`` says how its marks become an answer
(see :data:`KINDS`). A question whose rows do not fit a column goes on in the next one
or on the next page as another field with the same number: readers join them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from quiz.answers.arrangement import letter
from quiz.bank.model import Choice, Match, Multi, Numeric, Order, QuestionBase, TrueFalse
from quiz.exams.options import PAPERS

PAGE_SIZES = {"a4": (210.0, 297.0), "us-letter": (215.9, 279.4)}
assert set(PAGE_SIZES) == set(PAPERS)

MARKER = 6.0  # side of a solid corner square
INSET = 8.0  # page edge to a marker's outer edge: inside what every printer prints
QR_SIZE = 20.0  # the code's side, without its quiet zone
RADIUS = 2.0  # of a bubble
PITCH = 5.4  # bubble to bubble, across and down
COLUMNS, GAP = 3, 4.0
NUMBER_WIDTH, ROW_LABEL = 7.0, 4.5  # question number; row label of order, match, digits
HEAD = 4.2  # a block's heading line (number and what to do)
HEADER = 2.8  # the line of letters over a line of bubbles
BLOCK_GAP = 2.2
TOP = 38.0  # below the header
STUDENT = 0  # the field "question number" of the student number
DIGITS = tuple(str(d) for d in range(10))
TEACHER = (("0", "0"), ("1/2", "½"), ("1", "1"))  # value, label

KINDS = {
    "one": "one bubble per row at most: a letter (choice) or T/F",
    "many": "any bubbles of the row: letters (multi)",
    "order": "one letter per row, rows first to last: 'c a b'",
    "match": "one letter per row, rows are the numbered left items: '1b 2a'",
    "digits": "one digit per row, rows are positions left to right: a number",
    "teacher": "the teacher's mark of a written answer: 0, 1/2 or 1",
}
HINTS = {
    "one": "",
    "many": "any",
    "order": "order: a letter per place, first to last",
    "match": "match: a letter per number",
    "digits": "number, one digit per column",
    "teacher": "for the teacher",
}


@dataclass(frozen=True)
class Bubble:
    x: float
    y: float
    value: str  # what filling it says: "a", "T", "7", "1/2"


@dataclass(frozen=True)
class Row:
    label: str  # "1" for the first position, the first left item, the first digit
    bubbles: tuple[Bubble, ...]


@dataclass(frozen=True)
class Field:
    question: int  # its number on the paper; STUDENT for the student number
    kind: str
    rows: tuple[Row, ...]
    box: tuple[float, float, float, float]  # x0, y0, x1, y1 around it, for a crop

    def to_dict(self) -> dict[str, object]:
        return {
            "question": self.question,
            "kind": self.kind,
            "box": [round(v, 2) for v in self.box],
            "rows": [
                {"label": r.label, "bubbles": [[b.x, b.y, b.value] for b in r.bubbles]}
                for r in self.rows
            ],
        }


@dataclass(frozen=True)
class Text:
    x: float
    y: float
    width: float
    height: float
    text: str
    size: float = 8.0  # points
    bold: bool = False
    align: str = "left"  # left, center, right
    gray: bool = False


@dataclass(frozen=True)
class Frame:
    x: float
    y: float
    width: float
    height: float
    dashed: bool = False


@dataclass
class SheetPage:
    number: int
    fields: list[Field]
    texts: list[Text]
    frames: list[Frame]


@dataclass(frozen=True)
class Spec:
    """What one question needs on the sheet: its kind and its rows' labels and values."""

    number: int
    kind: str
    rows: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]  # (label, ((value, label), ...))


def markers(paper: str) -> list[tuple[float, float]]:
    """Marker centres: top left, top right, bottom right, bottom left."""
    w, h = PAGE_SIZES[paper]
    c = INSET + MARKER / 2
    return [(c, c), (w - c, c), (w - c, h - c), (c, h - c)]


def qr_box(paper: str) -> tuple[float, float, float]:
    """The QR code's top-left corner and side."""
    w, _ = PAGE_SIZES[paper]
    return (w - INSET - MARKER - 4.0 - QR_SIZE, INSET, QR_SIZE)


def question_spec(
    number: int,
    q: QuestionBase,
    order: tuple[int, ...],
    left: tuple[int, ...],
    numeric_digits: int | None,
) -> Spec:
    """The sheet rows of a question printed with option order ``order`` and left items ``left``."""
    letters = tuple((letter(i), letter(i)) for i in range(len(order)))
    if isinstance(q, Choice):
        return Spec(number, "one", (("", letters),))
    if isinstance(q, TrueFalse):
        return Spec(number, "one", (("", (("T", "T"), ("F", "F"))),))
    if isinstance(q, Multi):
        return Spec(number, "many", (("", letters),))
    if isinstance(q, Order):
        return Spec(number, "order", tuple((str(i + 1), letters) for i in range(len(order))))
    if isinstance(q, Match):
        return Spec(number, "match", tuple((str(i + 1), letters) for i in range(len(left))))
    if isinstance(q, Numeric) and numeric_digits and fits_digits(q, numeric_digits):
        digits = tuple((d, d) for d in DIGITS)
        return Spec(number, "digits", tuple((str(i + 1), digits) for i in range(numeric_digits)))
    return Spec(number, "teacher", (("", TEACHER),))


def fits_digits(q: Numeric, digits: int) -> bool:
    """Whether the answer (and all it tolerates) can be bubbled as a whole number."""
    low, high = q.answer - q.tolerance, q.answer + q.tolerance
    whole = math.floor(high)
    return whole >= max(low, 0) and len(str(int(whole))) <= digits
