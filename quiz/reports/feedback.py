"""What one student's feedback sheet says, from their marks. No I/O.

For every question not fully right, in paper order: what they wrote (spelled with the
texts of their paper), the right answer, how a partly right or unreadable answer was
counted, the explanation, the background under its label and the sources to reread,
spelled as the key spells them (:mod:`quiz.bank.citing`). Then the topics (tags) where
they lost the most points, and which answers were right, with anything forgiven.
"""

from __future__ import annotations

from dataclasses import dataclass

from quiz.answers.verdict import counted_wrong
from quiz.bank.citing import background_line, source_line
from quiz.bank.model import Choice, Deck, TrueFalse
from quiz.exams.marking import SCORE_CELL, Mark, StudentScore
from quiz.reports.figures import points_per_tag
from quiz.reports.spelled import shown_prompt, spelled_answer

MAX_TOPICS = 5  # a short list: the topics where the most points were lost


@dataclass(frozen=True)
class Entry:
    """A question the student did not get fully right."""

    number: int
    earned: float
    points: float
    prompt: str
    answer: str  # spelled: ``b) Great Britain``
    right: str  # spelled the same way
    note: str  # how the answer was counted, when the answer and key do not say it
    explanation: str
    background: str  # labelled, or ''
    source: str  # labelled, or ''


@dataclass(frozen=True)
class ReviewTopic:
    tag: str
    earned: float
    possible: float


@dataclass(frozen=True)
class Feedback:
    name: str
    student: str  # the student number, when the sheet has one
    variant: str
    line: int  # on the response sheet
    total: float
    max_points: float
    percent: float
    entries: tuple[Entry, ...]
    topics: tuple[ReviewTopic, ...]
    right: tuple[int, ...]  # numbers answered fully right
    forgiven: tuple[tuple[int, str], ...]  # (number, what was forgiven) on right answers


def student_feedback(score: StudentScore, decks: dict[str, Deck]) -> Feedback:
    """The sheet of one student; ``decks`` spell citations (from the manifest)."""
    r = score.response
    entries = tuple(_entry(m, _deck(decks, m)) for m in score.marks if not m.verdict.correct)
    right = [m for m in score.marks if m.verdict.correct]
    return Feedback(
        r.name,
        r.student,
        r.variant,
        r.line,
        score.total,
        score.max_points,
        score.percent,
        entries,
        review_topics(score.marks),
        tuple(m.question.number for m in right),
        tuple((m.question.number, note) for m in right for note in m.verdict.forgiven),
    )


def review_topics(marks: tuple[Mark, ...]) -> tuple[ReviewTopic, ...]:
    """Tags on which points were lost, the most lost first (at most :data:`MAX_TOPICS`)."""
    lost = [
        ReviewTopic(tag, round(t.earned, 4), t.possible)
        for tag, t in points_per_tag(marks).items()
        if t.possible - t.earned > 1e-9
    ]
    lost.sort(key=lambda t: (t.earned - t.possible, t.earned / t.possible, t.tag))
    return tuple(lost[:MAX_TOPICS])


def _deck(decks: dict[str, Deck], m: Mark) -> Deck:
    deck_id = m.question.deck
    return decks.get(deck_id) or Deck(id=deck_id, title=deck_id, questions=())


def _entry(m: Mark, deck: Deck) -> Entry:
    q, verdict = m.question.question, m.verdict
    return Entry(
        m.question.number,
        m.points,
        m.question.points,
        shown_prompt(m.question),
        spelled_answer(m.question, m.answer),
        verdict.expected,
        _note(m),
        q.explanation or "",
        background_line(q),
        source_line(deck, q),
    )


def _note(m: Mark) -> str:
    """The judge's word on the answer, unless the answer and the right one say it all
    (a blank, a wrong option, a wrong true/false)."""
    verdict = m.verdict
    if not m.answer.strip():
        return ""
    if SCORE_CELL.match(m.answer.strip()) and verdict.understood:
        return f"Your teacher gave {verdict.score:.0%} of the points."
    if not verdict.understood:
        return counted_wrong(verdict).feedback
    if isinstance(m.question.question, Choice | TrueFalse):
        return ""
    return verdict.feedback
