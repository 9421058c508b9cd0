"""Marking paper exams: a score per student. No I/O.

How each question did across the class is :mod:`quiz.exams.item_analysis`.

Answers are checked by :func:`quiz.answers.judge.check_answer` through the arrangement the
question was printed with (from the manifest), so letters mean what they meant on
that student's paper, written answers are forgiven small typos exactly as in the
terminal quiz, and partial credit (multi, order, match, cloze) is the same too.

The teacher's own score: a cell ``[score S]`` (S from 0 to 1: ``1``, ``0.5``, ``1/2``,
``½``) gives that share of the question's points whatever the question, without reading
an answer. `quiz scan` writes it for the teacher's box of a written answer; a teacher may
type it to settle any answer by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quiz.answers.judge import Verdict, check_answer
from quiz.answers.lexicon import Lexicon, questions_lexicon
from quiz.answers.scoring import PRACTICE, Scoring
from quiz.answers.typed import blanks_given
from quiz.bank.model import Cloze
from quiz.exams.manifest_reader import MarkedQuestion

CLOZE_SPLIT = re.compile(r"\s*[|;\n]\s*")
SCORE_CELL = re.compile(r"^\[\s*score\b\s*(?P<share>[^\]]*?)\s*\]$", re.IGNORECASE)
SHARES = {"½": 0.5, "¼": 0.25, "¾": 0.75}
UNREAD = "?"  # a scan read that awaits the teacher's review: never scored


@dataclass(frozen=True)
class Response:
    """One student's row: ``answers`` maps a question number to what they wrote."""

    line: int
    name: str
    variant: str
    answers: dict[int, str]
    student: str = ""  # the student number, when the sheet has one

    @property
    def absent(self) -> bool:
        """Nothing written at all: a student who missed the exam, not one who scored 0."""
        return not any(a.strip() for a in self.answers.values())


@dataclass(frozen=True)
class Mark:
    question: MarkedQuestion
    answer: str
    verdict: Verdict

    @property
    def points(self) -> float:
        return round(self.verdict.score * self.question.points, 4)


@dataclass(frozen=True)
class StudentScore:
    response: Response
    marks: tuple[Mark, ...]

    @property
    def total(self) -> float:
        return round(sum(m.points for m in self.marks), 4)

    @property
    def max_points(self) -> float:
        return sum(m.question.points for m in self.marks)

    @property
    def percent(self) -> float:
        """The share of the points in percent, to two decimals as the scores sheet has it:
        every figure made from percentages (the summary, the report) agrees with the sheet."""
        return round(100 * self.total / self.max_points, 2) if self.max_points else 0.0


def score_cell(share: str) -> str:
    """The cell giving a share of the points: ``score_cell("1/2")`` is ``[score 1/2]``."""
    return f"[score {share}]"


def read_score(answer: str) -> float | None:
    """The share of a ``[score S]`` cell; None if the answer is no such cell.

    Raises ValueError, saying what a score looks like, for ``[score 2]`` or ``[score x]``.
    """
    match = SCORE_CELL.match(answer.strip())
    if not match:
        return None
    text = match["share"].replace(",", ".")
    try:
        if text in SHARES:
            share = SHARES[text]
        elif "/" in text:
            top, bottom = text.split("/")
            share = float(top) / float(bottom)
        else:
            share = float(text)
    except (ValueError, ZeroDivisionError):
        share = -1.0
    if not 0 <= share <= 1:
        raise ValueError(
            f"{answer.strip()!r}: a score is a share of the points from 0 to 1, "
            "e.g. [score 1], [score 1/2], [score 0]"
        )
    return share


def mark(
    question: MarkedQuestion,
    answer: str,
    lexicon: Lexicon | None = None,
    scoring: Scoring = PRACTICE,
) -> Mark:
    q = question.question
    if SCORE_CELL.match(answer.strip()):
        expected = check_answer(q, "", question.arrangement).expected
        try:
            share = read_score(answer) or 0.0
        except ValueError as e:
            return Mark(question, answer, Verdict(False, 0.0, str(e), expected, understood=False))
        return Mark(question, answer, Verdict(share == 1, share, "scored by the teacher", expected))
    given: str | list[str] = CLOZE_SPLIT.split(answer.strip()) if isinstance(q, Cloze) else answer
    verdict = check_answer(q, given, question.arrangement, lexicon, scoring)
    return Mark(question, answer, verdict)


def exam_lexicon(variants: dict[str, list[MarkedQuestion]]) -> Lexicon:
    """The words of every printed question: a typo landing on one of them is not forgiven."""
    return questions_lexicon(q.question for qs in variants.values() for q in qs)


def grade(
    variants: dict[str, list[MarkedQuestion]],
    responses: list[Response],
    scoring: Scoring = PRACTICE,
):
    """Every present student's marks, and (line, note) on each answer that could not be
    read. ``scoring``: the exam's scheme (:func:`quiz.exams.manifest_reader.exam_scoring`).

    An answer that cannot be read scores 0 and gets a note; nobody is asked again.
    Absent students (an all-blank row) get no marks: 0 % would pull the class down.
    """
    scores: list[StudentScore] = []
    notes: list[tuple[int, str]] = []
    lexicon = exam_lexicon(variants)
    for r in responses:
        if r.absent:
            continue
        marks = tuple(
            mark(q, r.answers.get(q.number, ""), lexicon, scoring) for q in variants[r.variant]
        )
        scores.append(StudentScore(r, marks))
        for m in marks:
            where = f"{r.name}, question {m.question.number}: {m.answer!r}"
            if not m.verdict.understood and m.answer.strip():  # blank is simply 0
                notes.append((r.line, f"{where} scored 0: {m.verdict.feedback}"))
            elif short := _blanks_short(m):
                notes.append((r.line, f"{where} scored {m.verdict.score:.0%}: {short}"))
    return scores, notes


def _blanks_short(m: Mark) -> str:
    """A cloze answer with fewer values than blanks (a ; forgotten?), else ''."""
    q = m.question.question
    if not isinstance(q, Cloze) or not m.answer.strip() or SCORE_CELL.match(m.answer.strip()):
        return ""
    given = len(CLOZE_SPLIT.split(m.answer.strip()))
    if given >= len(q.deletions):
        return ""
    return f"{blanks_given(given, len(q.deletions))}; separate blanks with ; or |."
