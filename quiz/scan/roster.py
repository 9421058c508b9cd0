"""``--roster FILE``: student numbers and names, from a class list saved as CSV.

The file has a column of student numbers and a column of names, found by their headers
(``student``, ``number``, ``student number``, ``id`` ...; ``name``), or, without a
header, the first two columns. Numbers are compared as digits without spaces or leading
zeros, so ``00123`` bubbled on a sheet is the roster's ``123``.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from quiz.core.errors import QuizError
from quiz.exams.responses import sheet_reader

NUMBER_HEADERS = ("student", "student number", "student no", "number", "no", "id", "student id")
NAME_HEADERS = ("name", "student name", "full name")


def number_key(number: str) -> str:
    digits = "".join(number.split())
    return digits.lstrip("0") or ("0" if digits else "")


@dataclass(frozen=True)
class Roster:
    names: dict[str, tuple[str, str]]  # number key -> (number as listed, name)

    def knows(self, number: str) -> bool:
        return number_key(number) in self.names

    def name(self, number: str) -> str:
        return self.names[number_key(number)][1]

    def listed(self, number: str) -> str:
        return self.names[number_key(number)][0]


def read_roster(path: Path) -> Roster:
    where = str(path)
    reader = sheet_reader(path, "roster", "the class list")
    try:
        rows = [(reader.line_num, r) for r in reader if any(c.strip() for c in r)]
    except csv.Error as e:
        raise QuizError(f"{where}:{reader.line_num}: not valid CSV: {e}") from None
    if not rows:
        raise QuizError(f"{where}: empty; give one student a line: number, name")
    header = [c.strip().casefold() for c in rows[0][1]]
    number_at = next((header.index(h) for h in NUMBER_HEADERS if h in header), None)
    name_at = next((header.index(h) for h in NAME_HEADERS if h in header), None)
    if number_at is None or name_at is None:
        number_at, name_at = 0, 1
    else:
        rows = rows[1:]
    names: dict[str, tuple[str, str]] = {}
    for line, row in rows:
        number = row[number_at].strip() if number_at < len(row) else ""
        name = row[name_at].strip() if name_at < len(row) else ""
        if not number_key(number).isdigit():
            raise QuizError(f"{where}:{line}: student number {number!r} is not a number")
        if not name:
            raise QuizError(f"{where}:{line}: no name for student {number}")
        if number_key(number) in names:
            raise QuizError(f"{where}:{line}: student number {number} appears twice")
        names[number_key(number)] = (number, name)
    return Roster(names)
