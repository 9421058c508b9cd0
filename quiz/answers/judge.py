"""Checking answers: one pure function per question type, one result shape.

No I/O, no click, no rich: the terminal quiz, paper-exam marking and spaced
repetition all call these. Each ``check_<type>(question, answer, arrangement)`` takes
the text the person typed or wrote and the :class:`~quiz.answers.arrangement.Arrangement` the
question was *displayed* with (letters mean nothing without it), and returns a
:class:`Verdict`. :func:`check_answer` dispatches on the type.

Scoring rules (score is 0..1, multiplied by the question's points):

- ``choice``, ``true_false``, ``short``, ``numeric``, ``card``: 1 or 0.
- ``multi``: (right picks - wrong picks) / number of right options, floored at 0.
- ``order``: Kendall-style, the share of item pairs put in the right relative order
  (one item moved from last to first in 4 keeps 3 of 6 pairs: 0.5).
- ``match``: the share of pairs matched right.
- ``cloze``: the share of blanks right.

An answer that cannot be read (letter out of range, "1a 1b", no number at all)
gets ``understood=False`` and a feedback saying how to answer: the terminal asks
again, paper marking counts it wrong. An empty answer is understood: no answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from quiz.answers.arrangement import (
    Arrangement,
    card_sides,
    choices_shown,
    letter,
    match_left_shown,
    read_letters,
    read_pairs,
)
from quiz.answers.text import match_text, normalise, without_given_words
from quiz.bank.cloze import cloze_answered
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
from quiz.core.numbers import format_number, read_number

YES = frozenset({"y", "yes", "t", "true"})
NO = frozenset({"n", "no", "f", "false"})


@dataclass(frozen=True)
class Verdict:
    """The result of checking one answer."""

    correct: bool  # fully right (a forgiven typo counts as right)
    score: float  # 0..1 credit
    feedback: str  # what to tell the person beyond right/wrong, may be ""
    expected: str  # the correct answer, as it should be shown
    understood: bool = True  # False: the answer could not be read; ask again

    @property
    def outcome(self) -> str:
        """'right', 'partial' or 'wrong'."""
        return "right" if self.correct else "partial" if self.score > 0 else "wrong"


def _no_answer(expected: str) -> Verdict:
    return Verdict(False, 0.0, "No answer.", expected)


def _unreadable(feedback: str, expected: str) -> Verdict:
    return Verdict(False, 0.0, feedback, expected, understood=False)


def _blank(answer: str) -> bool:
    return not answer.strip()


def _yes_no(answer: str) -> bool | None:
    """True for y/yes/t/true, False for n/no/f/false (repeats allowed: 'y y'), else None."""
    words = set(normalise(answer).split())
    return True if words and words <= YES else False if words and words <= NO else None


def read_choice(shown: list[tuple[str, str]], answer: str) -> tuple[int | None, str]:
    """The position picked by one letter, else by an option's full text; or None and why.

    Letters come first: with ``a) C  b) B  c) D  d) A`` shown, ``c`` is option D.
    """
    positions, problem = read_letters(answer, len(shown))
    if not problem and len(set(positions)) == 1:
        return positions[0], ""
    typed = normalise(answer)
    by_text = next((i for i, (_, text) in enumerate(shown) if normalise(text) == typed), None)
    return by_text, "" if by_text is not None else problem or "Pick one letter."


def _lettered(shown: list[tuple[str, str]], positions: Sequence[int]) -> str:
    return ", ".join(f"{shown[p][0]}) {shown[p][1]}" for p in positions)


def check_choice(q: Choice, answer: str, arrangement: Arrangement) -> Verdict:
    shown = choices_shown(q, arrangement)
    right = next(p for p, (_, text) in enumerate(shown) if text == q.answer)
    expected = _lettered(shown, [right])
    if _blank(answer):
        return _no_answer(expected)
    picked, problem = read_choice(shown, answer)
    if picked is None:
        return _unreadable(problem, expected)
    if picked == right:
        return Verdict(True, 1.0, "", expected)
    return Verdict(False, 0.0, f"You picked {_lettered(shown, [picked])}.", expected)


def check_multi(q: Multi, answer: str, arrangement: Arrangement) -> Verdict:
    shown = choices_shown(q, arrangement)
    rights = {p for p, (_, text) in enumerate(shown) if text in q.answers}
    expected = _lettered(shown, sorted(rights))
    if _blank(answer):
        return _no_answer(expected)
    positions, problem = read_letters(answer, len(shown))
    if problem:
        return _unreadable(problem, expected)
    picks = set(positions)  # a repeated letter counts once
    hits, misses = len(picks & rights), len(picks - rights)
    if picks == rights:
        return Verdict(True, 1.0, "", expected)
    score = max(0.0, (hits - misses) / len(rights))
    wrong = f", {misses} wrong" if misses else ""
    feedback = (
        f"{hits} of {len(rights)} right options picked{wrong}: "
        f"{score:.0%} credit (right picks minus wrong picks)."
    )
    return Verdict(False, score, feedback, expected)


def check_true_false(q: TrueFalse, answer: str, arrangement: Arrangement) -> Verdict:
    shown = choices_shown(q, arrangement)
    truth = "True" if q.answer else "False"
    if _blank(answer):
        return _no_answer(truth)
    said = _yes_no(answer)
    if said is None:
        positions, problem = read_letters(answer, 2)
        if problem or len(set(positions)) != 1:
            return _unreadable("Answer t (true) or f (false).", truth)
        said = shown[positions[0]][1] == "True"
    if said == q.answer:
        return Verdict(True, 1.0, "", truth)
    return Verdict(False, 0.0, f"The statement is {truth.lower()}.", truth)


def check_short(q: Short, answer: str, arrangement: Arrangement | None = None) -> Verdict:
    if _blank(answer):
        return _no_answer(q.answer)
    found = match_text(answer, q.accepted)
    if found.kind == "near":
        return Verdict(True, 1.0, f"Accepted; the spelling is {found.form!r}.", q.answer)
    return Verdict(found.accepted, float(found.accepted), "", q.answer)


def check_cloze(
    q: Cloze, answers: Sequence[str], arrangement: Arrangement | None = None
) -> Verdict:
    """``answers``: one text per deletion, in reading order (missing ones count as blank).

    Words of the answer that the blank's hint already gives need not be typed:
    'internal' fills ``{{c2::internal resources::what kind of resources?}}``.
    """
    deletions = q.deletions
    expected = cloze_answered(q.text)
    typed = [*answers, *[""] * len(deletions)][: len(deletions)]
    if all(_blank(a) for a in typed):
        return _no_answer(expected)
    notes, right = [], 0
    for n, (d, a) in enumerate(zip(deletions, typed, strict=True), start=1):
        forms = [d.answer, *without_given_words(d.answer, d.hint)]
        found = match_text(a, forms) if not _blank(a) else None
        if found and found.kind == "near":
            notes.append(f"[{n}] is spelled {found.form!r}.")
        elif not found or not found.accepted:
            notes.append(f"[{n}] is {d.answer!r}.")
        right += bool(found and found.accepted)
    score = right / len(deletions)
    if right < len(deletions) and len(deletions) > 1:
        notes.insert(0, f"{right} of {len(deletions)} blanks right.")
    return Verdict(score == 1.0, score, " ".join(notes), expected)


def numeric_expected(q: Numeric) -> str:
    text = format_number(q.answer)
    if q.tolerance:
        text += f" (± {format_number(q.tolerance)})"
    unit = (q.unit or "").strip()
    if unit in ("percent", "%"):
        return text.replace(" (", "% (", 1) if q.tolerance else text + "%"
    return f"{text} {unit}" if unit and unit != "year" else text


def check_numeric(q: Numeric, answer: str, arrangement: Arrangement | None = None) -> Verdict:
    expected = numeric_expected(q)
    if _blank(answer):
        return _no_answer(expected)
    values = read_number(answer, q.unit)
    if values is None:
        return _unreadable("Type one number, e.g. 1930, 1 000 or 1.5 million.", expected)
    slack = q.tolerance + 1e-9 * max(1.0, abs(q.answer))
    closest = min(values, key=lambda v: abs(v - q.answer))
    if abs(closest - q.answer) <= slack:
        return Verdict(True, 1.0, "", expected)
    return Verdict(False, 0.0, "Too high." if closest > q.answer else "Too low.", expected)


def check_order(q: Order, answer: str, arrangement: Arrangement) -> Verdict:
    shown = choices_shown(q, arrangement)
    solution = [arrangement.order.index(i) for i in range(len(q.items))]
    expected = " ".join(letter(p) for p in solution) + ": " + " → ".join(q.items)
    if _blank(answer):
        return _no_answer(expected)
    positions, problem = read_letters(answer, len(shown))
    n = len(shown)
    if problem:
        return _unreadable(problem, expected)
    if len(set(positions)) != len(positions):
        return _unreadable("Use each letter once.", expected)
    if len(positions) != n:
        return _unreadable(f"Put all {n} letters in order, e.g. 'c a b'.", expected)
    ranks = [arrangement.order[p] for p in positions]  # correct index of each item as typed
    pairs = n * (n - 1) // 2
    kept = sum(ranks[i] < ranks[j] for i in range(n) for j in range(i + 1, n))
    if kept == pairs:
        return Verdict(True, 1.0, "", expected)
    feedback = f"{kept} of {pairs} pairs in the right order: {kept / pairs:.0%} credit."
    return Verdict(False, kept / pairs, feedback, expected)


def check_match(q: Match, answer: str, arrangement: Arrangement) -> Verdict:
    rights = choices_shown(q, arrangement)
    lefts = match_left_shown(q, arrangement)
    n = len(q.pairs)
    solution = [(row, arrangement.order.index(pair)) for row, pair in enumerate(arrangement.left)]
    expected = " ".join(f"{lefts[r][0]}{rights[c][0]}" for r, c in solution)
    expected += " (" + "; ".join(f"{lefts[r][1]}: {rights[c][1]}" for r, c in solution) + ")"
    if _blank(answer):
        return _no_answer(expected)
    typed, problem = read_pairs(answer, n)
    if problem:
        return _unreadable(problem, expected)
    typed = list(dict.fromkeys(typed))  # the same pair typed twice is one pair
    rows = [r for r, _ in typed]
    if len(set(rows)) != len(rows):
        return _unreadable("Give each number once.", expected)
    hits = sum(arrangement.left[r] == arrangement.order[c] for r, c in typed)
    if hits == n:
        return Verdict(True, 1.0, "", expected)
    return Verdict(False, hits / n, f"{hits} of {n} pairs right.", expected)


def grade_card(q: Flashcard, knew: bool, arrangement: Arrangement) -> Verdict:
    """A card is self-graded: the person saw the answer and says whether they knew it."""
    return Verdict(knew, float(knew), "", card_sides(q, arrangement)[1])


def check_card(q: Flashcard, answer: str, arrangement: Arrangement) -> Verdict:
    """``answer`` is the self-grade: y/yes or n/no."""
    knew = _yes_no(answer)
    if knew is not None:
        return grade_card(q, knew, arrangement)
    return _unreadable("Did you know it? Answer y or n.", card_sides(q, arrangement)[1])


def check_answer(
    question: QuestionBase, answer: str | Sequence[str], arrangement: Arrangement
) -> Verdict:
    """Check any question. For a cloze, give one text per blank (a list, or one per line).

    Raises ValueError when the arrangement does not fit the question (say, a stored exam
    arrangement for a question whose options have since changed).
    """
    if not arrangement.fits(question):
        raise ValueError(
            f"arrangement {arrangement.to_dict()} does not fit question {question.id!r}"
        )
    if isinstance(question, Cloze):
        texts = answer.split("\n") if isinstance(answer, str) else list(answer)
        return check_cloze(question, texts)
    if not isinstance(answer, str):
        raise TypeError(f"question {question.id!r} takes one answer text")
    checks = {
        Flashcard: check_card,
        Choice: check_choice,
        Multi: check_multi,
        TrueFalse: check_true_false,
        Short: check_short,
        Numeric: check_numeric,
        Order: check_order,
        Match: check_match,
    }
    return checks[type(question)](question, answer, arrangement)  # type: ignore[operator]
