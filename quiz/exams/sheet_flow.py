"""Laying a variant's questions out on sheet pages: blocks flowing down three columns.

Each page starts with the student-number grid (first column) and the instructions (the
other two); questions follow in number order, each block kept whole in one column,
except the rows of an order or match question, which may go on in the next column or
page as another field with the same number. All sizes are in :mod:`sheet_layout`.
"""

from __future__ import annotations

import math

from quiz.exams.sheet_layout import (
    BLOCK_GAP,
    COLUMNS,
    DIGITS,
    GAP,
    HEAD,
    HEADER,
    HINTS,
    INSET,
    MARKER,
    NUMBER_WIDTH,
    PAGE_SIZES,
    PITCH,
    ROW_LABEL,
    STUDENT,
    TOP,
    Bubble,
    Field,
    Frame,
    Row,
    SheetPage,
    Spec,
    Text,
)


class _Flow:
    """Places blocks down the columns of a page, and on new pages when one is full."""

    def __init__(self, paper: str, student_digits: int):
        self.paper, self.student_digits = paper, student_digits
        w, h = PAGE_SIZES[paper]
        self.width = (w - 2 * INSET - (COLUMNS - 1) * GAP) / COLUMNS
        self.bottom = h - INSET - MARKER - 3.0
        self.pages: list[SheetPage] = []
        self.new_page()

    def new_page(self) -> None:
        page = SheetPage(len(self.pages) + 1, [], [], [])
        self.pages.append(page)
        self.column = 0
        self.tops = [self.student_block(page), *[self.instructions(page)] * (COLUMNS - 1)]
        self.y = self.tops[0]

    @property
    def page(self) -> SheetPage:
        return self.pages[-1]

    @property
    def x(self) -> float:
        return INSET + self.column * (self.width + GAP)

    def per_line(self, labels: float) -> int:
        return max(1, int((self.width - labels) // PITCH))

    def room(self, height: float) -> None:
        """Move on to the next column, or page, unless ``height`` fits below."""
        if self.y + height <= self.bottom:
            return
        if self.column + 1 < COLUMNS:
            self.column += 1
            self.y = self.tops[self.column]
        else:
            self.new_page()

    def text(self, x, y, width, height, text, size=7.0, **style) -> None:
        self.page.texts.append(Text(x, y, width, height, text, size, **style))

    def header(self, x0: float, y: float, labels: list[str]) -> None:
        """The letters (or values) over the columns of bubbles below them."""
        for i, label in enumerate(labels):
            self.text(x0 + i * PITCH, y, PITCH, HEADER, label, 6.5, align="center", gray=True)

    def student_block(self, page: SheetPage) -> float:
        x, y, n = INSET, TOP, self.student_digits
        self.text(x, y, self.width, 4, "Student number", 8.5, bold=True)
        x0 = x + ROW_LABEL
        for i in range(n):
            page.frames.append(Frame(x0 + i * PITCH + 0.3, y + 4.5, PITCH - 0.6, 6.0))
        field, bottom = self.digit_grid(x0, y + 11.0, [str(i + 1) for i in range(n)])
        page.fields.append(Field(STUDENT, "digits", field, (x, y, x0 + n * PITCH + 1, bottom)))
        return bottom + 4.0

    def digit_grid(self, x0: float, top: float, columns: list[str]):
        """Columns of bubbles 0-9 (a row of the field per column), labelled at the left."""
        for d in DIGITS:
            self.text(
                x0 - ROW_LABEL,
                top + int(d) * PITCH,
                ROW_LABEL - 0.8,
                PITCH,
                d,
                6.5,
                align="right",
                gray=True,
            )
        rows = []
        for i, label in enumerate(columns):
            cx = x0 + i * PITCH + PITCH / 2
            bubbles = [Bubble(cx, top + int(d) * PITCH + PITCH / 2, d) for d in DIGITS]
            rows.append(Row(label, tuple(bubbles)))
        return tuple(rows), top + 10 * PITCH

    def instructions(self, page: SheetPage) -> float:
        x = INSET + self.width + GAP
        width = 2 * self.width + GAP
        lines = (
            "Fill each bubble completely with a dark pen or pencil; to change an answer, erase",
            "it completely. Write your student number in the boxes, one digit per box, and fill",
            "the bubble under each digit. Letters are those of the question paper. Leave the",
            "dashed boxes (for the teacher) empty. Do not fold or write near the black squares.",
        )
        for i, line in enumerate(lines):
            self.text(x, TOP + i * 3.9, width, 3.9, line, 8.0)
        return TOP + len(lines) * 3.9 + 4.0

    def block(self, spec: Spec) -> None:
        """The bubbles of one question."""
        if spec.kind in ("one", "many", "teacher"):
            self.single_row(spec)
        elif spec.kind == "digits":
            self.digits_block(spec)
        else:
            self.rows_block(spec)

    def _line_of(self, x0: float, y0: float, per: int, values: tuple[str, ...]) -> list[Bubble]:
        """Bubbles for ``values``, ``per`` to a line, each line under a header of its labels."""
        out = []
        for i, value in enumerate(values):
            line, col = divmod(i, per)
            top = y0 + line * (HEADER + PITCH) + HEADER
            out.append(Bubble(x0 + col * PITCH + PITCH / 2, top + PITCH / 2, value))
        return out

    def _headers(self, x0: float, y0: float, per: int, labels: tuple[str, ...]) -> None:
        for start in range(0, len(labels), per):
            line = start // per
            self.header(x0, y0 + line * (HEADER + PITCH), list(labels[start : start + per]))

    def _number(self, spec: Spec, y: float, height: float = PITCH, cont: bool = False) -> None:
        label = f"{spec.number}" + ("…" if cont else "")
        self.text(self.x, y, NUMBER_WIDTH - 1.2, height, label, 9, bold=True, align="right")

    def single_row(self, spec: Spec) -> None:
        teacher = spec.kind == "teacher"
        indent = NUMBER_WIDTH + (0.8 if teacher else 0)
        per = self.per_line(indent + 1)
        pairs = spec.rows[0][1]
        lines = math.ceil(len(pairs) / per)
        height = lines * (HEADER + PITCH) + (0.8 if teacher else 0)
        self.room(height + BLOCK_GAP)
        x0, y0 = self.x + indent, self.y
        bubbles = self._line_of(x0, y0, per, tuple(v for v, _ in pairs))
        self._headers(x0, y0, per, tuple(label for _, label in pairs))
        self._number(spec, y0 + HEADER)
        right = x0 + min(len(pairs), per) * PITCH
        if teacher:
            self.page.frames.append(Frame(x0 - 0.7, y0, right - x0 + 1.4, height, dashed=True))
        if HINTS[spec.kind] and lines == 1:
            right += 1.0 if teacher else 0.0
            self.text(
                right + 1.2,
                y0 + HEADER,
                self.x + self.width - right - 1.2,
                PITCH,
                HINTS[spec.kind],
                gray=True,
            )
        box = (self.x, self.y, self.x + self.width, self.y + height)
        self.page.fields.append(Field(spec.number, spec.kind, (Row("", tuple(bubbles)),), box))
        self.y += height + BLOCK_GAP

    def rows_block(self, spec: Spec) -> None:
        labels = NUMBER_WIDTH + ROW_LABEL
        per = self.per_line(labels + 1)
        pending = list(spec.rows)
        first = True
        while pending:
            lines = math.ceil(len(pending[0][1]) / per)
            self.room(HEAD + lines * (HEADER + PITCH) + BLOCK_GAP)
            top = self.y
            self._number(spec, top, HEAD, cont=not first)
            hint = HINTS[spec.kind] + ("" if first else " (continued)")
            self.text(self.x + NUMBER_WIDTH, top, self.width - NUMBER_WIDTH, HEAD, hint, gray=True)
            y, x0 = top + HEAD, self.x + labels
            rows: list[Row] = []
            while pending:
                values = pending[0][1]
                lines = math.ceil(len(values) / per)
                header = HEADER if not rows or lines > 1 else 0.0  # one header over single lines
                height = header + lines * PITCH + (lines - 1) * HEADER
                if y + height > self.bottom:
                    break
                label, pairs = pending.pop(0)
                if header:
                    self._headers(x0, y, per, tuple(t for _, t in pairs))
                y += header - HEADER
                self.text(
                    self.x + NUMBER_WIDTH,
                    y + HEADER,
                    ROW_LABEL - 0.8,
                    PITCH,
                    label,
                    7.5,
                    align="right",
                )
                bubbles = self._line_of(x0, y, per, tuple(v for v, _ in pairs))
                rows.append(Row(label, tuple(bubbles)))
                y += HEADER + lines * PITCH + (lines - 1) * HEADER
            box = (self.x, top, self.x + self.width, y)
            self.page.fields.append(Field(spec.number, spec.kind, tuple(rows), box))
            self.y, first = y + BLOCK_GAP, False

    def digits_block(self, spec: Spec) -> None:
        n = len(spec.rows)
        height = HEAD + 7.0 + 10 * PITCH
        self.room(height + BLOCK_GAP)
        top, x0 = self.y, self.x + NUMBER_WIDTH + ROW_LABEL
        self._number(spec, top, HEAD)
        self.text(
            self.x + NUMBER_WIDTH, top, self.width - NUMBER_WIDTH, HEAD, HINTS["digits"], gray=True
        )
        for i in range(n):
            self.page.frames.append(Frame(x0 + i * PITCH + 0.3, top + HEAD, PITCH - 0.6, 6.0))
        rows, bottom = self.digit_grid(x0, top + HEAD + 7.0, [label for label, _ in spec.rows])
        self.page.fields.append(
            Field(spec.number, "digits", rows, (self.x, top, x0 + n * PITCH + 1, bottom))
        )
        self.y = bottom + BLOCK_GAP


def layout(specs: list[Spec], paper: str, student_digits: int) -> list[SheetPage]:
    """The pages of one variant's sheet: every question's bubbles, in number order."""
    flow = _Flow(paper, student_digits)
    for spec in specs:
        flow.block(spec)
    return flow.pages
