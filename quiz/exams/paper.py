"""What one exam question looks like on paper, and its answer in the key.

:func:`printed` gives the parts of a question as plain data (prompt, lettered
options, cloze pieces, match columns) for the PDF and Markdown writers, which
only lay them out. Letters, numbers and orders come from the question's
:class:`~quiz.answers.arrangement.Arrangement`, the same one ``quiz grade`` reads answers through.
:func:`written_answer` is the answer as a student writes it (``b``, ``a c``,
``c a b``, ``1b 2a``); graded, it scores full marks, and it fills the key grid.
"""

from __future__ import annotations

import re
from typing import Any

from quiz.answers.arrangement import (
    Arrangement,
    card_sides,
    choices_shown,
    letter,
    match_left_shown,
)
from quiz.answers.judge import check_answer, numeric_expected
from quiz.answers.scoring import Scoring, rule
from quiz.bank.citing import background_line, source_line
from quiz.bank.model import (
    Choice,
    Cloze,
    Flashcard,
    Match,
    Multi,
    Numeric,
    Order,
    QuestionBase,
    Short,
    TrueFalse,
)
from quiz.core.numbers import format_number
from quiz.core.words import noun, plural
from quiz.exams.build import ExamQuestion

CLOZE_SEPARATOR = "; "  # between blanks in a written cloze answer (grading also takes |)

INSTRUCTIONS = {
    "choice": "tick one",
    "multi": "tick every correct option",
    "cloze": "fill in each blank",
    "card": "answer in a sentence or two",
}
HOW_TO_ANSWER = "Tick boxes with a clear cross; write letters where boxes ask for them."


def instruction(item: ExamQuestion, scoring: Scoring) -> str | None:
    """How to answer and, for multi, order and match, how it is scored."""
    q = item.question
    choices = len(item.arrangement.order)
    parts = [INSTRUCTIONS.get(q.type), rule(scoring, q.type, choices)]
    return "; ".join(p for p in parts if p) or None


def fmt_points(points: float) -> str:
    return f"{points:g}"


def points_label(points: float) -> str:
    """'1 point', '2 points', '0.5 points'."""
    return f"{fmt_points(points)} {noun(points, 'point')}"


def questions_label(n: int) -> str:
    return plural(n, "question")


def _pts(points: float) -> str:
    return f"{points:g} pt" if points == 1 else f"{points:g} pts"


def printed(item: ExamQuestion, scoring: Scoring) -> dict[str, Any]:
    """The question's printable parts; every text value is deck text, to be shown literally."""
    q, arrangement = item.question, item.arrangement
    out: dict[str, Any] = {
        "number": item.number,
        "points": fmt_points(item.points),
        "prompt": no_dash_first(q.prompt_text),
        "instruction": instruction(item, scoring),
        "image": None,
    }
    if isinstance(q, Choice | Multi):
        out |= {"kind": "options", "multiple": isinstance(q, Multi)}
        out["options"] = [list(pair) for pair in choices_shown(q, arrangement)]
    elif isinstance(q, TrueFalse):
        out["kind"] = "true_false"
    elif isinstance(q, Cloze):
        out |= {"kind": "cloze", "prompt": "Fill in the blanks.", "instruction": None}
        out["parts"] = cloze_parts(q)
    elif isinstance(q, Order):
        out |= {"kind": "order", "items": [list(pair) for pair in choices_shown(q, arrangement)]}
    elif isinstance(q, Match):
        out["kind"] = "match"
        out["left"] = [list(pair) for pair in match_left_shown(q, arrangement)]
        out["right"] = [list(pair) for pair in choices_shown(q, arrangement)]
    elif isinstance(q, Numeric):
        out |= {"kind": "numeric", "unit": q.unit if q.unit not in (None, "year") else None}
    elif isinstance(q, Flashcard):
        out |= {"kind": "written", "lines": 3, "prompt": card_sides(q, arrangement)[0]}
    else:
        out |= {"kind": "written", "lines": 1}
    return out


DASH_AFTER_SPACE = re.compile(r" (?=[–—-] )")  # a spaced dash: " – "


def no_dash_first(text: str) -> str:
    """The space before a spaced dash made non-breaking, so no line starts with the dash."""
    return DASH_AFTER_SPACE.sub("\u00a0", text)


def cloze_parts(q: Cloze) -> list[dict[str, Any]]:
    """Text pieces and numbered blanks in reading order: the numbers students answer by."""
    parts: list[dict[str, Any]] = []
    last = 0
    for n, d in enumerate(q.deletions, start=1):
        if d.start > last:
            parts.append({"text": no_dash_first(q.text[last : d.start])})
        parts.append({"blank": n, "hint": d.hint})
        last = d.end
    if last < len(q.text):
        parts.append({"text": no_dash_first(q.text[last:])})
    return parts


def written_answer(q: QuestionBase, arrangement: Arrangement) -> str:
    """The right answer as a student writes it on the paper laid out with ``arrangement``.

    Graded (:func:`quiz.exams.marking.mark`), it scores full marks, except a card's, which
    the teacher marks. Typed at the terminal it is right too, except that there a
    card is self-graded ``y`` and a cloze takes its blanks one a line, not ``; ``-separated.
    """
    if isinstance(q, Choice | Multi):
        right = {q.answer} if isinstance(q, Choice) else set(q.answers)
        return " ".join(mark for mark, text in choices_shown(q, arrangement) if text in right)
    if isinstance(q, TrueFalse):
        return "T" if q.answer else "F"
    if isinstance(q, Short):
        return q.answer
    if isinstance(q, Numeric):
        return format_number(q.answer)
    if isinstance(q, Cloze):
        return CLOZE_SEPARATOR.join(d.answer for d in q.deletions)
    if isinstance(q, Order):
        return " ".join(letter(arrangement.order.index(i)) for i in range(len(q.items)))
    if isinstance(q, Match):
        rows = enumerate(arrangement.left, start=1)
        return " ".join(f"{row}{letter(arrangement.order.index(pair))}" for row, pair in rows)
    if isinstance(q, Flashcard):
        return card_sides(q, arrangement)[1]
    raise TypeError(f"no written answer for {q.type}")


def grid_answer(item: ExamQuestion) -> str:
    """A key grid cell: the answer as written, with what else earns full marks:
    a number's tolerance and unit, a short answer's accepted alternatives."""
    q = item.question
    if isinstance(q, Numeric):
        return numeric_expected(q)
    if isinstance(q, Short) and q.alternatives:
        return " / ".join(q.accepted)
    return written_answer(q, item.arrangement)


def grid_row(items: list[ExamQuestion]) -> tuple[str, list[str]]:
    """Points and answers of one question number across the variants for the key grid.

    Variants order the same questions differently, so one number may carry other
    points in each: then the points column says "varies" and each cell its own.
    """
    points = {fmt_points(i.points) for i in items}
    if len(points) == 1:
        return points.pop(), [grid_answer(i) for i in items]
    return "varies", [f"{grid_answer(i)} ({_pts(i.points)})" for i in items]


def grid_rules(scoring: Scoring, types: set[str]) -> list[str]:
    """How the key grid's answers are marked, one line per rule the exam needs."""
    lines = []
    for qtype, name in (("multi", "Multi"), ("order", "Order"), ("match", "Match")):
        if qtype in types:
            lines.append(f"{name}: {rule(scoring, qtype)}.")
    if "short" in types or "cloze" in types:
        lines.append(
            "Written answers: case, accents and small typos are forgiven; alternatives "
            "after / earn full marks too."
        )
    if "numeric" in types:
        lines.append("Numbers: exact, or within the ± given; the unit need not be written.")
    if "cloze" in types:
        lines.append("Cloze: each blank earns its share.")
    return lines


def key_answer(item: ExamQuestion) -> str:
    """The right answer spelled out for the teacher's key."""
    q, arrangement = item.question, item.arrangement
    if isinstance(q, TrueFalse):
        return "True" if q.answer else "False"
    if isinstance(q, Short):
        also = f" (also accepted: {', '.join(q.alternatives)})" if q.alternatives else ""
        return q.answer + also
    if isinstance(q, Cloze):
        return "; ".join(f"({n}) {d.answer}" for n, d in enumerate(q.deletions, start=1))
    if isinstance(q, Flashcard):
        return written_answer(q, arrangement) + " (teacher-marked: enter y or n when grading)"
    return check_answer(q, "", arrangement).expected


def key_entry(item: ExamQuestion, scoring: Scoring) -> dict[str, Any]:
    """One key line: answer, points, scoring, explanation, labelled background and sources."""
    q = item.question
    prompt = printed(item, scoring)["prompt"] if not isinstance(q, Cloze) else q.prompt_text
    return {
        "number": item.number,
        "points": fmt_points(item.points),
        "answer": key_answer(item),
        "scoring": rule(scoring, q.type, len(item.arrangement.order)),
        "prompt": prompt,
        "explanation": q.explanation,
        "background": background_line(q) or None,
        "source": source_line(item.deck, q) or None,
        "id": f"{item.deck.id}/{q.id}",
    }
