"""Item analysis of a marked exam: how each bank question did across the class. No I/O.

Item analysis, per bank question (the same question may be number 3 on variant A
and number 5 on B; with ``--pool`` not every student had it):

- facility: the mean share of the points students earned on it (0 hard .. 1 easy);
- discrimination: the upper-lower index. Students who had the item are ranked by
  their total percentage; the top and bottom 27% (at least one each) are compared:
  D = mean item score of the top group minus that of the bottom group (-1 .. 1).
  Items with D below 0.2 tell strong from weak students poorly and deserve a look;
- picks: for choice, multi and true/false, how many students chose each option
  (by its text, whatever its letter on their variant); a wrong option nobody
  picks is not doing its job as a distractor.

Notes (very hard, very easy, discriminates poorly, distractor never picked) are
given only for items at least :data:`MIN_STUDENTS_FOR_NOTES` students sat.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from quiz.answers.arrangement import choices_shown
from quiz.answers.options import read_choice, read_choices
from quiz.bank.model import Choice, Multi, TrueFalse
from quiz.core.words import plural
from quiz.exams.manifest_reader import MarkedQuestion
from quiz.exams.marking import SCORE_CELL, Mark, StudentScore

UPPER_LOWER_SHARE = 0.27
MIN_STUDENTS_FOR_NOTES = 10  # below this, item figures are reported but not judged


@dataclass
class ItemStats:
    key: str
    type: str
    numbers: list[str] = field(default_factory=list)  # "A3", "B5"
    scores: list[float] = field(default_factory=list)  # share of points, per student
    facility: float | None = None
    discrimination: float | None = None
    picks: list[tuple[str, int, bool]] = field(default_factory=list)  # text, count, right
    blank: int = 0

    @property
    def note(self) -> str:
        """What deserves a look, once enough students sat the item for figures to mean much."""
        if len(self.scores) < MIN_STUDENTS_FOR_NOTES or self.facility is None:
            return ""
        notes = []
        if self.facility < 0.2:
            notes.append("very hard")
        if self.facility > 0.9:
            notes.append("very easy")
        spread = 0 < self.facility < 1
        if spread and self.discrimination is not None and self.discrimination < 0.2:
            notes.append("discriminates poorly")
        unpicked = [text for text, n, right in self.picks if n == 0 and not right]
        if unpicked and self.scores:
            notes.append(f"{plural(len(unpicked), 'distractor')} never picked")
        return "; ".join(notes)


@dataclass(frozen=True)
class ClassSummary:
    """The class at a glance, as `quiz grade` reports it (percentages; None without students)."""

    students: int
    mean: float | None
    lowest: float | None
    highest: float | None
    flagged: tuple[ItemStats, ...]  # items whose note says they deserve a look
    too_few_for_notes: bool  # some students, but too few for items to be judged


def summarise(scores: list[StudentScore], items: list[ItemStats]) -> ClassSummary:
    marks = sorted(s.percent for s in scores)
    return ClassSummary(
        students=len(marks),
        mean=sum(marks) / len(marks) if marks else None,
        lowest=marks[0] if marks else None,
        highest=marks[-1] if marks else None,
        flagged=tuple(i for i in items if i.note),
        too_few_for_notes=0 < len(marks) < MIN_STUDENTS_FOR_NOTES,
    )


def item_analysis(
    variants: dict[str, list[MarkedQuestion]], scores: list[StudentScore]
) -> list[ItemStats]:
    items: dict[str, ItemStats] = {}
    for code, questions in variants.items():
        for q in questions:
            stats = items.setdefault(q.key, ItemStats(q.key, q.question.type))
            stats.numbers.append(f"{code}{q.number}")
    counts: dict[str, Counter[str]] = {k: Counter() for k in items}
    ranked: dict[str, list[tuple[float, float]]] = {k: [] for k in items}  # (total %, item)
    for s in scores:
        for m in s.marks:
            share = m.points / m.question.points
            items[m.question.key].scores.append(share)
            ranked[m.question.key].append((s.percent, share))
            counts[m.question.key].update(_picked(m))
    for key, stats in items.items():
        if stats.scores:
            stats.facility = sum(stats.scores) / len(stats.scores)
            stats.discrimination = upper_lower(ranked[key])
        first = next(q for qs in variants.values() for q in qs if q.key == key)
        stats.picks, stats.blank = _options(first, counts[key])
    return sorted(items.values(), key=lambda i: _first_number(i.numbers))


def upper_lower(pairs: list[tuple[float, float]]) -> float | None:
    """Upper-lower 27% index from (total %, item share) per student; None below 2 students."""
    if len(pairs) < 2:
        return None
    ranked = sorted(pairs, key=lambda p: p[0])
    size = max(1, math.ceil(UPPER_LOWER_SHARE * len(ranked)))
    low = sum(s for _, s in ranked[:size]) / size
    high = sum(s for _, s in ranked[-size:]) / size
    return high - low


def _picked(m: Mark) -> list[str]:
    """Option texts the student chose ('' for no answer), for the distractor count."""
    q, answer = m.question.question, m.answer.strip()
    if not answer:
        return [""]
    if SCORE_CELL.match(answer):
        return []  # the teacher's score says nothing of the options
    if isinstance(q, TrueFalse):  # as the judge read it: T, true, y, or the letter a ...
        if not m.verdict.understood:
            return []
        return ["True" if q.answer == m.verdict.correct else "False"]
    order = m.question.arrangement.order
    if isinstance(q, Choice):  # read as the judge reads it: a letter, else the option's text
        picked, _ = read_choice(choices_shown(q, m.question.arrangement), answer)
        return [] if picked is None else [q.options[order[picked.position]]]
    if isinstance(q, Multi):
        picks, problem = read_choices(choices_shown(q, m.question.arrangement), answer)
        positions = dict.fromkeys(p.position for p in picks)
        return [] if problem else [q.options[order[p]] for p in positions]
    return []


def _options(q: MarkedQuestion, counts: Counter[str]) -> tuple[list[tuple[str, int, bool]], int]:
    question = q.question
    if isinstance(question, TrueFalse):
        texts, right = ["True", "False"], {"True" if question.answer else "False"}
    elif isinstance(question, Choice | Multi):
        texts = list(question.options)
        right = {question.answer} if isinstance(question, Choice) else set(question.answers)
    else:
        return [], counts[""]
    return [(t, counts[t], t in right) for t in texts], counts[""]


def _first_number(numbers: list[str]) -> tuple[int, str, int]:
    """Sort key of "AB12": variant codes as spreadsheet columns (Z < AA), then the number."""
    code = numbers[0].rstrip("0123456789")
    return len(code), code, int(numbers[0][len(code) :])
