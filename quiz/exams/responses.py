"""The files of `quiz grade`: the responses it reads and the score sheets it writes.

Responses: a header row naming the columns ``name``, ``variant`` (may be left out
when the exam has one variant), optionally ``student`` (a student number, carried into
the scores) and one column per question number (``1`` or ``q1``), then one row per
student. Commas, semicolons or tabs separate cells, as spreadsheets save them. A cell
``[score S]`` is the teacher's score (:func:`quiz.exams.marking.read_score`); a cell
``?`` is a scan read still waiting for review, and is refused rather than scored. Any
fault is reported as ``FILE:LINE: column: what``.

Every cell we write that a spreadsheet would run as a formula (starting with
``= + - @``, a tab or a carriage return) gets a leading ``'``, so a student named
``=HYPERLINK(...)`` stays text.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from quiz.core.csv_cells import unprotect, write_sheet
from quiz.core.errors import UsageError
from quiz.core.files import Kind, first_line, starts_with
from quiz.core.inputs import read_input
from quiz.exams.item_analysis import ItemStats
from quiz.exams.manifest_reader import MarkedQuestion
from quiz.exams.marking import UNREAD, Response, StudentScore, read_score

ITEMS_HEADER = "question,numbers,type,students,facility,discrimination,blank,picks,note"
SCORES = Kind(
    "a scores sheet",
    (".csv",),
    first_line(
        lambda line: (
            line.startswith(("name,variant,", "student,name,variant,"))
            and line.endswith(",max,percent")
        )
    ),
)
ITEMS = Kind("an item analysis sheet", (".csv",), starts_with(ITEMS_HEADER.encode()))
QUESTION_COLUMN = re.compile(r"^(?:q|question)?\s*(\d+)$", re.IGNORECASE)


class ResponsesError(UsageError):
    """A responses sheet the teacher can fix (a column, a cell, the encoding): exit 2,
    like a bad deck."""


def sheet_reader(path: Path, kind: str = "responses", what: str = "the sheet") -> Any:
    """A CSV file as spreadsheets save it (UTF-8, comma, semicolon or tab): a csv.reader.

    ``kind`` is what the file is to quiz (:data:`quiz.core.inputs.LIMITS`)."""
    where = str(path)
    try:
        text = read_input(path, kind).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ResponsesError(f"{where}: not UTF-8 text; save {what} as CSV UTF-8") from None
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count)
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)


def read_responses(path: Path, variants: dict[str, list[MarkedQuestion]]) -> list[Response]:
    where = str(path)
    reader = sheet_reader(path)
    start = 1  # the line the row being read starts on
    try:
        header = next(reader, None)
        if not header or not any(h.strip() for h in header):
            raise ResponsesError(
                f"{where}:1: empty; the first row names the columns: name, variant, 1, 2 ..."
            )
        columns = _columns(where, header, variants)
        rows = []
        start = reader.line_num + 1
        for row in reader:
            rows.append(_row(where, start, row, columns, variants))
            start = reader.line_num + 1
        return [r for r in rows if r]
    except csv.Error as e:
        if "unexpected end of data" in str(e):
            raise ResponsesError(
                f'{where}:{start}: unterminated quote: a cell opens with " and never closes; '
                'close it, or remove the "'
            ) from None
        raise ResponsesError(f"{where}:{reader.line_num}: not valid CSV: {e}") from None


def sheet_warnings(responses: list[Response]) -> list[tuple[int, str]]:
    """(line, warning) for a student named twice and a row that repeats another."""
    warnings = []
    names: dict[str, Response] = {}
    rows: dict[tuple[object, ...], Response] = {}
    for r in responses:
        row = (r.name, r.variant, tuple(sorted(r.answers.items())))
        if row in rows:
            warnings.append((r.line, f"repeats line {rows[row].line} ({r.name}): counted twice"))
        else:
            name = " ".join(r.name.casefold().split())
            if name in names:
                first = names[name].line
                warnings.append((r.line, f"{r.name!r} is also on line {first}: two students?"))
            names.setdefault(name, r)
        rows.setdefault(row, r)
    return warnings


def _columns(where: str, header: list[str], variants) -> dict[str, int]:
    columns: dict[str, int] = {}
    count = max(len(qs) for qs in variants.values())
    for i, raw in enumerate(header):
        name = raw.strip().casefold()
        number = QUESTION_COLUMN.match(name)
        key = str(int(number[1])) if number else name
        if number and not 1 <= int(key) <= count:
            raise ResponsesError(f"{where}:1: column {raw!r}: the exam has questions 1-{count}")
        if not number and name not in ("name", "variant", "student"):
            raise ResponsesError(
                f"{where}:1: column {raw!r}: expected name, variant, student "
                f"or a question number 1-{count}"
            )
        if key in columns:
            raise ResponsesError(f"{where}:1: column {raw!r} appears twice")
        columns[key] = i
    if "name" not in columns:
        raise ResponsesError(f"{where}:1: no 'name' column")
    if "variant" not in columns and len(variants) > 1:
        raise ResponsesError(
            f"{where}:1: no 'variant' column; this exam has variants {', '.join(variants)}"
        )
    missing = [str(n) for n in range(1, count + 1) if str(n) not in columns]
    if missing:
        raise ResponsesError(f"{where}:1: no column for question {', '.join(missing)}")
    return columns


def _row(where: str, line: int, row: list[str], columns: dict[str, int], variants):
    if not any(cell.strip() for cell in row):
        return None  # a blank line
    if len(row) > len(columns):
        raise ResponsesError(
            f"{where}:{line}: {len(row)} cells but the header has {len(columns)} columns"
        )
    cells = {k: (unprotect(row[i].strip()) if i < len(row) else "") for k, i in columns.items()}
    if not cells["name"]:
        raise ResponsesError(f"{where}:{line}: name: empty")
    variant = cells.get("variant", "").upper() or (
        next(iter(variants)) if len(variants) == 1 else ""
    )
    if variant not in variants:
        shown = repr(cells.get("variant", "")) if cells.get("variant") else "empty"
        raise ResponsesError(
            f"{where}:{line}: variant: {shown}; this exam has {', '.join(variants)}"
        )
    count = len(variants[variant])
    extra = [k for k, v in cells.items() if k.isdigit() and int(k) > count and v]
    if extra:
        raise ResponsesError(
            f"{where}:{line}: {extra[0]}: variant {variant} has only {count} questions"
        )
    unread = [k for k, v in cells.items() if v == UNREAD]
    if unread:
        what = f"question {unread[0]}" if unread[0].isdigit() else unread[0]
        raise ResponsesError(
            f"{where}:{line}: {what}: '?' is a scan read waiting for review; settle it in "
            "the review file and run `quiz scan` again, or type the answer"
        )
    answers = {int(k): v for k, v in cells.items() if k.isdigit()}
    for number, answer in answers.items():
        try:
            read_score(answer)
        except ValueError as e:
            raise ResponsesError(f"{where}:{line}: question {number}: {e}") from None
    return Response(line, cells["name"], variant, answers, cells.get("student", ""))


def write_responses(
    path: Path, kind: Kind, rows: Sequence[Response], count: int, *, force: bool = False
) -> None:
    """Responses as `quiz grade` reads them, with a student column (what `quiz scan`
    writes; ``kind`` says how it knows a file of its own)."""
    header = ["student", "name", "variant", *(str(n) for n in range(1, count + 1))]
    body = [
        [r.student, r.name, r.variant, *(r.answers.get(n, "") for n in range(1, count + 1))]
        for r in rows
    ]
    write_sheet(path, kind, [header, *body], force)


def write_scores(
    path: Path,
    scores: list[StudentScore],
    count: int,
    absent: Sequence[Response] = (),
    *,
    force: bool = False,
) -> None:
    """A row per student; an absent one (nothing written) has no total and 'absent'."""
    numbered = any(r.student for r in [*(s.response for s in scores), *absent])
    header: list[object] = [
        *(["student"] if numbered else []),
        "name",
        "variant",
        *[str(n) for n in range(1, count + 1)],
        "total",
        "max",
        "percent",
    ]
    rows: list[list[object]] = [header]
    for s in scores:
        points: list[object] = [m.points for m in s.marks]
        points += [""] * (count - len(points))
        who: list[object] = [s.response.student] if numbered else []
        who += [s.response.name, s.response.variant]
        rows.append([*who, *points, s.total, s.max_points, s.percent])
    rows += [
        [*([r.student] if numbered else []), r.name, r.variant, *[""] * count, "", "", "absent"]
        for r in absent
    ]
    write_sheet(path, SCORES, rows, force)


def write_items(path: Path, items: list[ItemStats], *, force: bool = False) -> None:
    rows: list[list[object]] = [list(ITEMS_HEADER.split(","))]
    for i in items:
        picks = "; ".join(f"{text}{' (right)' if right else ''}: {n}" for text, n, right in i.picks)
        rows.append(
            [i.key, " ".join(i.numbers), i.type, len(i.scores), i.facility, i.discrimination,
             i.blank, picks, i.note]
        )  # fmt: skip
    write_sheet(path, ITEMS, rows, force)
