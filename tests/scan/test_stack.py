"""Putting read pages together (no images): students, fixes, and what stays in doubt."""

from __future__ import annotations

from scan_exam import sheets_exam  # noqa: F401 (a fixture)
from scan_helpers import answers_for, bubbles_for

from quiz.exams.marking import UNREAD
from quiz.exams.sheet_layout import STUDENT
from quiz.scan.decide import RowRead, State
from quiz.scan.read import FieldRead, PageRead
from quiz.scan.roster import Roster
from quiz.scan.stack import assemble


def page(exam, variant: str, no: int, student: str, answers: dict[int, str], source: str):
    """A page as read, with exactly these marks."""
    fields = []
    for f in exam.sheet.pages[(variant, no)]:
        marked = set(
            bubbles_for(f, student if f.question == STUDENT else answers.get(f.question, ""))
        )
        rows = tuple(
            RowRead(r.label, tuple((b.value, State(int((b.x, b.y) in marked))) for b in r.bubbles))
            for r in f.rows
        )
        fields.append(FieldRead(f.question, f.kind, rows))
    return PageRead(source, variant, no, "", fields)


def sheet(exam, variant, student, seed, name):
    answers = answers_for(exam, variant, seed)
    return [page(exam, variant, n, student, answers, f"{name}#{n}") for n in (1, 2)], answers


def test_a_fixed_student_number_joins_the_page_to_its_student(sheets_exam):
    _, exam = sheets_exam
    (first, _), answers = sheet(exam, "A", "12345678", 1, "s")
    lost = page(exam, "A", 2, "", answers, "s#2")  # no number written on page 2
    stack = assemble([first, lost], exam, {}, None)
    assert {i.id: i.open for i in stack.items.values()} == {
        "s#2 student": True, "12345678 A page 2": True
    }  # fmt: skip
    assert [r.student for r in stack.rows] == ["12345678", "?"]
    fixed = assemble([first, lost], exam, {"s#2 student": "1234 5678"}, None)
    assert [i.open for i in fixed.items.values()] == [False]
    (row,) = fixed.rows
    assert UNREAD not in row.answers.values() and row.student == "12345678"


def test_one_number_on_two_variants_and_a_roster_that_does_not_know_it(sheets_exam):
    _, exam = sheets_exam
    a_pages, _ = sheet(exam, "A", "55", 1, "a")
    b_pages, _ = sheet(exam, "B", "55", 2, "b")
    stack = assemble(a_pages + b_pages, exam, {}, None)
    problems = {i.id: i.problem for i in stack.items.values()}
    assert problems["a#1 student"] == "student number on sheets of variants A, B"
    assert all(r.student == "?" for r in stack.rows)
    roster = Roster({"42": ("42", "Ann")})
    stack = assemble(a_pages, exam, {"a#1 student": "43"}, roster)
    item = stack.items["a#1 student"]
    assert item.open and item.problem == (
        "student number 55 is not on the roster; the fix '43' is no student number on the "
        "roster: write one, or skip"
    )
    stack = assemble(a_pages, exam, {"a#1 student": "42", "a#2 student": "0042"}, roster)
    assert [(r.student, r.name) for r in stack.rows] == [("42", "Ann")]
    assert stack.absent == [] and not any(i.open for i in stack.items.values())


def test_a_fix_for_a_clear_read_still_wins_and_a_settled_item_stays_listed(sheets_exam):
    _, exam = sheets_exam
    pages, answers = sheet(exam, "A", "7", 3, "p")
    one = next(f.question for f in exam.sheet.pages[("A", 1)] if f.kind == "one")
    stack = assemble(pages, exam, {f"p#1 q{one}": "blank"}, None)
    item = stack.items[f"p#1 q{one}"]
    assert (item.open, item.problem, item.read) == (False, "answer set by hand", answers[one])
    assert stack.rows[0].answers[one] == ""
