"""A stack of read pages put together: one row per student, and what needs a look.

Pages find each other by the student number bubbled on every page (so a shuffled stack
is fine) and the variant in their code. Nothing uncertain is guessed: each doubt becomes
an :class:`Item` for the review, and the answer it concerns is written ``?``, which
`quiz grade` refuses to score, until the teacher's fix in the review file settles it:

- a page: no code, another exam's code, markers not found, a blank sheet: ``skip``;
- a student number: unreadable, not on the roster, the same page of one student
  scanned twice, one number on two variants: the right number, or ``skip``;
- a missing page of a student's set: ``blank`` (its questions unanswered), or scan it;
- a question: a faint mark, two marks where one is allowed, an order with a gap, an
  empty teacher's box: the answer as `quiz grade` reads it (``b``, ``a c``, ``1925``,
  ``c a b``, ``1b 2a``; ``1``, ``1/2``, ``0`` in a teacher's box), or ``blank``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

from quiz.exams.marking import UNREAD, mark, read_score, score_cell
from quiz.scan.decide import Answer, field_answer
from quiz.scan.geometry import ScanExam
from quiz.scan.read import FieldRead, PageRead
from quiz.scan.roster import Roster, number_key

SKIP, BLANK = "skip", "blank"


@dataclass
class Item:
    id: str
    problem: str
    scan: str = ""
    student: str = ""
    variant: str = ""
    page: str = ""
    question: str = ""
    read: str = ""
    fix: str = ""
    open: bool = True
    pictures: list[np.ndarray] = field(default_factory=list)


@dataclass
class Row:
    student: str
    name: str
    variant: str
    answers: dict[int, str]


@dataclass
class Stack:
    rows: list[Row] = field(default_factory=list)
    items: dict[str, Item] = field(default_factory=dict)
    absent: list[str] = field(default_factory=list)  # roster students without a sheet


class _Assembler:
    def __init__(self, exam: ScanExam, fixes: dict[str, str], roster: Roster | None):
        self.exam, self.fixes, self.roster = exam, fixes, roster
        self.stack = Stack()

    def fix(self, id: str) -> str:
        return self.fixes.get(id, "").strip()

    def flag(self, id: str, problem: str, **details) -> Item:
        item = self.stack.items.get(id)
        if item is None:
            item = self.stack.items[id] = Item(id, problem, fix=self.fix(id), **details)
        elif problem not in item.problem:
            item.problem += "; " + problem
        return item

    def student(self, page: PageRead) -> str | None:
        """The page's student number: read, or as fixed; None while in doubt, SKIP."""
        id, read = f"{page.source} student", field_answer("digits", page.student.rows)
        problem = read.problem or ("" if read.text else "no student number")
        if problem == "no student number" and not page.marked():
            problem = "a blank sheet: no student number and no marks"
        roster = self.roster
        if not problem and roster and not roster.knows(read.text):
            problem = f"student number {read.text} is not on the roster"
        details = dict(
            scan=page.source,
            variant=page.variant,
            page=str(page.page),
            question="student",
            read=read.seen,
            pictures=[page.student.crop],
        )
        fix = self.fix(id)
        if not fix:
            if problem:
                self.flag(id, problem, **details)
                return None
            return read.text
        item = self.flag(id, problem or "student number set by hand", **details)
        if fix.casefold() == SKIP:
            item.open = False
            return SKIP
        if number_key(fix).isdigit() and (not roster or roster.knows(fix)):
            item.open = False
            return "".join(fix.split())
        where = " on the roster" if roster else ""
        item.problem += f"; the fix {fix!r} is no student number{where}: write one, or skip"
        return None

    def assemble(self, reads: list[PageRead]) -> Stack:
        groups: dict[str, list[PageRead]] = defaultdict(list)
        lone: list[PageRead] = []
        for page in reads:
            if page.problem:
                item = self.flag(
                    f"{page.source} page", page.problem, scan=page.source, pictures=[page.picture]
                )
                item.open = item.fix.casefold() != SKIP
                continue
            number = self.student(page)
            if number is None:
                lone.append(page)
            elif number != SKIP:
                groups[number_key(number)].append(page)
        for pages in groups.values():
            variants = sorted({p.variant for p in pages})
            if len(variants) > 1:
                for p in pages:
                    self.flag(
                        f"{p.source} student",
                        f"student number on sheets of variants {', '.join(variants)}",
                        scan=p.source,
                    ).open = True
                lone += pages
            else:
                self.add_student(pages)
        for page in lone:  # its other pages cannot be found: everything else is unknown
            others = set(range(1, self.exam.sheet.page_count(page.variant) + 1)) - {page.page}
            self.add_row("?", "?", page.variant, [page], others)
        if self.roster:
            seen = {number_key(r.student) for r in self.stack.rows}
            self.stack.absent = [
                f"{n} {name}" for key, (n, name) in self.roster.names.items() if key not in seen
            ]
        return self.stack

    def add_student(self, pages: list[PageRead]) -> None:
        number = self._number(pages[0])
        variant = pages[0].variant
        doubtful: set[int] = set()
        by_page: dict[int, list[PageRead]] = defaultdict(list)
        for p in pages:
            by_page[p.page].append(p)
        for n, copies in by_page.items():
            if len(copies) > 1:
                scans = ", ".join(c.source for c in copies)
                for c in copies:
                    self.flag(
                        f"{c.source} student",
                        f"student {number}, variant {variant}, "
                        f"page {n} is on {len(copies)} scans: {scans}",
                        scan=c.source,
                        variant=variant,
                        page=str(n),
                        question="student",
                    ).open = True
                doubtful.add(n)
        for n in range(1, self.exam.sheet.page_count(variant) + 1):
            if n in by_page:
                continue
            id = f"{number} {variant} page {n}"
            item = self.flag(
                id,
                f"page {n} of student {number}'s sheet is missing",
                student=number,
                variant=variant,
                page=str(n),
            )
            item.open = item.fix.casefold() != BLANK
            if item.open:
                doubtful.add(n)
        name = self.roster.name(number) if self.roster else number
        listed = self.roster.listed(number) if self.roster else number
        self.add_row(listed, name, variant, sorted(pages, key=lambda p: p.page), doubtful)

    def _number(self, page: PageRead) -> str:
        fix = self.fix(f"{page.source} student")
        if fix and fix.casefold() != SKIP:
            return "".join(fix.split())
        return field_answer("digits", page.student.rows).text

    def add_row(self, student, name, variant, pages: list[PageRead], doubtful: set[int]) -> None:
        questions = self.exam.questions[variant]
        parts: dict[int, list[tuple[PageRead, FieldRead]]] = defaultdict(list)
        for p in pages:
            for f in p.fields:
                if f.question:
                    parts[f.question].append((p, f))
        home: dict[int, set[int]] = defaultdict(set)  # question -> the pages it is on
        for (code, n), laid in self.exam.sheet.pages.items():
            if code == variant:
                for spot in laid:
                    home[spot.question].add(n)
        answers = {}
        for q in questions:
            got = parts.get(q.number, [])
            if home[q.number] & doubtful:
                answers[q.number] = UNREAD
            elif not got:  # on a missing page the teacher said to count as blank
                answers[q.number] = ""
            else:
                rows = [r for _, f in got for r in f.rows]
                read = field_answer(got[0][1].kind, rows)
                answers[q.number] = self.settle(q, got, read, student)
        self.stack.rows.append(Row(student, name, variant, answers))

    def settle(self, q, got, read: Answer, student: str) -> str:
        """The answer to write: as read, as the teacher fixed it, or ``?`` while in doubt."""
        page, first = got[0]
        id = f"{page.source} q{q.number}"
        fix = self.fix(id)
        if not read.problem and not fix:
            return read.text
        if student == "?":  # whose page it is comes first: its questions wait for that
            return UNREAD
        item = self.flag(
            id,
            read.problem or "answer set by hand",
            scan=page.source,
            student=student,
            variant=page.variant,
            page=str(page.page),
            question=str(q.number),
            read=read.seen,
            pictures=[f.crop for _, f in got if f.crop is not None],
        )
        if not fix:
            return UNREAD
        text = "" if fix.casefold() == BLANK else fix
        if first.kind == "teacher" and text and not text.startswith("["):
            text = score_cell(text)
        problem = _unreadable(q, text)
        if problem:
            item.problem += f"; the fix {fix!r} cannot be read: {problem}"
            return UNREAD
        item.open = False
        return text


def _unreadable(q, text: str) -> str:
    """Why `quiz grade` could not read ``text`` as an answer to ``q`` ('' if it can)."""
    try:
        read_score(text)
    except ValueError as e:
        return str(e)
    verdict = mark(q, text).verdict
    return "" if verdict.understood or not text else verdict.feedback


def assemble(
    reads: list[PageRead], exam: ScanExam, fixes: dict[str, str], roster: Roster | None
) -> Stack:
    return _Assembler(exam, fixes, roster).assemble(reads)
