"""A question as its paper showed it, and a student's answer spelled out with its texts.

A sheet says ``b`` or ``1b 2a``; a student reading their feedback weeks later needs
``b) Great Britain``. Letters are read through the arrangement that student's paper was
printed with, by the same readers the judge uses, and spelled in the judge's own form
for the right answer (:attr:`quiz.answers.judge.Verdict.expected`), so the two lines sit
side by side alike. An answer that cannot be read so is shown exactly as written.
"""

from __future__ import annotations

from quiz.answers.arrangement import (
    card_sides,
    choices_shown,
    cloze_numbered,
    match_left_shown,
    read_letters,
    read_pairs,
)
from quiz.answers.judge import NO, YES
from quiz.answers.options import read_choice, read_choices
from quiz.answers.text import normalise
from quiz.bank.model import Choice, Cloze, Flashcard, Match, Multi, Order, TrueFalse
from quiz.exams.manifest_reader import MarkedQuestion
from quiz.exams.marking import CLOZE_SPLIT, SCORE_CELL

NO_ANSWER = "(no answer)"
TEACHER_MARKED = "(on your paper: marked by your teacher)"


def shown_prompt(mq: MarkedQuestion) -> str:
    """The question's text as printed: a cloze with its numbered blanks, a card's side."""
    q = mq.question
    if isinstance(q, Cloze):
        return cloze_numbered(q.text)
    if isinstance(q, Flashcard):
        return card_sides(q, mq.arrangement)[0]
    return q.prompt_text


def spelled_answer(mq: MarkedQuestion, answer: str) -> str:
    """What the student wrote, with the text behind each letter (``b) Great Britain``)."""
    written = " ".join(answer.split())
    if not written:
        return NO_ANSWER
    if SCORE_CELL.match(written):  # the teacher's [score S]: the answer is on the paper
        return TEACHER_MARKED
    q, layout = mq.question, mq.arrangement
    shown = choices_shown(q, layout)
    if isinstance(q, TrueFalse):  # T, true, y, yes ... or the letter of a box
        words = set(normalise(written).split())
        if words and words <= YES | NO:
            return "True" if words <= YES else "False" if words <= NO else written
        positions, problem = read_letters(written, len(shown))
        return written if problem or len(set(positions)) != 1 else shown[positions[0]][1]
    if isinstance(q, Choice):
        picked, _ = read_choice(shown, written)
        return written if picked is None else _lettered(shown, [picked.position])
    if isinstance(q, Multi):
        picks, problem = read_choices(shown, written)
        positions = sorted(dict.fromkeys(p.position for p in picks))
        return written if problem or not positions else _lettered(shown, positions)
    if isinstance(q, Order):
        positions, problem = read_letters(written, len(shown))
        if problem or not positions:
            return written
        return (
            " ".join(shown[p][0] for p in positions)
            + ": "
            + " → ".join(shown[p][1] for p in positions)
        )
    if isinstance(q, Match):
        pairs, problem = read_pairs(written, len(q.pairs), len(shown))
        if problem or not pairs:
            return written
        lefts = match_left_shown(q, layout)
        spelled = "; ".join(f"{lefts[r][1]}: {shown[c][1]}" for r, c in pairs)
        return " ".join(f"{lefts[r][0]}{shown[c][0]}" for r, c in pairs) + f" ({spelled})"
    if isinstance(q, Cloze):
        blanks = CLOZE_SPLIT.split(written)
        return " ".join(f"[{n}] {b or '—'}" for n, b in enumerate(blanks, start=1))
    return written


def _lettered(shown: list[tuple[str, str]], positions: list[int]) -> str:
    return ", ".join(f"{shown[p][0]}) {shown[p][1]}" for p in positions)
