"""Checking answers: one pure function per question type, one result shape.

No I/O, no click, no rich: the terminal quiz, paper-exam marking and spaced
repetition all call these. Each ``check_<type>(question, answer, arrangement)`` takes
the text the person typed or wrote and the :class:`~quiz.answers.arrangement.Arrangement` the
question was *displayed* with (letters mean nothing without it), and returns a
:class:`Verdict`. :func:`check_answer` dispatches on the type.

Scoring rules (score is 0..1, multiplied by the question's points):

- ``choice``, ``true_false``, ``short``, ``numeric``, ``card``: 1 or 0.
- ``multi``, ``order``, ``match``: as the :class:`~quiz.answers.scoring.Scoring` given says;
  by default (:data:`~quiz.answers.scoring.PRACTICE`) multi = (right picks - wrong picks) /
  right options, floored at 0; order = the share of item pairs in the right relative
  order (one item moved from last to first in 4 keeps 3 of 6 pairs: 0.5); match = the
  share of pairs matched right.
- ``cloze``: the share of blanks right.

Typed text (short answers, cloze blanks, options typed by their text) is read by
:mod:`quiz.answers.text`, numbers by :func:`quiz.core.numbers.read_number` and
:mod:`quiz.answers.units`; docs/judging.md gives the rules a teacher can read. Every
forgiveness is named in ``Verdict.forgiven`` ("spelled 'Köln'", "'50.000' read as
50,000"); a close answer that is refused says why in ``feedback``. Give the deck's
:class:`~quiz.answers.lexicon.Lexicon` so a typo that lands on another word of the deck
is refused; without one, only common English is known.

An answer that cannot be read (letter out of range, "1a 1b", no number at all)
gets ``understood=False`` and a feedback saying how to answer: an interactive terminal
asks again; a piped session, paper marking and scans count it wrong with a note
(:func:`counted_wrong`). An empty answer is understood: no answer.
"""

from __future__ import annotations

from collections.abc import Sequence

from quiz.answers.arrangement import (
    Arrangement,
    card_sides,
    choices_shown,
    letter,
    match_left_shown,
    pairs_span,
    read_letters,
    read_pairs,
)
from quiz.answers.lexicon import Lexicon
from quiz.answers.options import read_choice, read_choices
from quiz.answers.scoring import PRACTICE, Scoring, match_score, multi_score, order_score
from quiz.answers.text import normalise
from quiz.answers.typed import check_cloze, check_numeric, check_short, numeric_expected
from quiz.answers.verdict import Verdict, blank, counted_wrong, no_answer, quoted, unreadable
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

__all__ = [
    "Verdict",
    "check_answer",
    "check_card",
    "check_cloze",
    "check_numeric",
    "check_short",
    "counted_wrong",
    "grade_card",
    "numeric_expected",
]

MULTI_CREDIT = {
    "right-wrong": "right picks minus wrong picks",
    "all": "all or nothing",
    "per-option": "options decided right",
}
YES = frozenset({"y", "yes", "t", "true"})
NO = frozenset({"n", "no", "f", "false"})


def _yes_no(answer: str) -> bool | None:
    """True for y/yes/t/true, False for n/no/f/false (repeats allowed: 'y y'), else None."""
    words = set(normalise(answer).split())
    return True if words and words <= YES else False if words and words <= NO else None


def _span(shown: list[tuple[str, str]]) -> str:
    return f"a-{shown[-1][0]}" if len(shown) > 1 else "a"


def _listed(items: list[str]) -> str:
    """'a' or 'a' and 'c': what was typed more than once."""
    named = [repr(i) for i in dict.fromkeys(items)]
    return named[0] if len(named) == 1 else f"{', '.join(named[:-1])} and {named[-1]}"


def _lettered(shown: list[tuple[str, str]], positions: Sequence[int]) -> str:
    return ", ".join(f"{shown[p][0]}) {shown[p][1]}" for p in positions)


def check_choice(
    q: Choice, answer: str, arrangement: Arrangement, lexicon: Lexicon | None = None
) -> Verdict:
    shown = choices_shown(q, arrangement)
    right = next(p for p, (_, text) in enumerate(shown) if text == q.answer)
    expected = _lettered(shown, [right])
    if blank(answer):
        return no_answer(expected)
    picked, problem = read_choice(shown, answer, lexicon)
    if picked is None:
        return unreadable(problem, expected, f"Pick one letter, {_span(shown)}.")
    if picked.position == right:
        return Verdict(True, 1.0, "", expected, forgiven=picked.notes)
    return Verdict(False, 0.0, f"You picked {_lettered(shown, [picked.position])}.", expected)


def check_multi(
    q: Multi,
    answer: str,
    arrangement: Arrangement,
    lexicon: Lexicon | None = None,
    scoring: Scoring = PRACTICE,
) -> Verdict:
    shown = choices_shown(q, arrangement)
    rights = {p for p, (_, text) in enumerate(shown) if text in q.answers}
    expected = _lettered(shown, sorted(rights))
    if blank(answer):
        return no_answer(expected)
    picked, problem = read_choices(shown, answer, lexicon)
    if problem:
        return unreadable(problem, expected, f"Answer with letters {_span(shown)}, e.g. 'a c'.")
    picks = {p.position for p in picked}  # a repeated letter counts once
    notes = tuple(dict.fromkeys(n for p in picked for n in p.notes))
    hits, misses = len(picks & rights), len(picks - rights)
    if picks == rights:
        return Verdict(True, 1.0, "", expected, forgiven=notes)
    score = multi_score(scoring.multi, hits, misses, len(rights), len(shown))
    wrong = f", {misses} wrong" if misses else ""
    feedback = (
        f"{hits} of {len(rights)} right options picked{wrong}: "
        f"{score:.0%} credit ({MULTI_CREDIT[scoring.multi]})."
    )
    return Verdict(False, score, feedback, expected, forgiven=notes)


def check_true_false(q: TrueFalse, answer: str, arrangement: Arrangement) -> Verdict:
    shown = choices_shown(q, arrangement)
    truth = "True" if q.answer else "False"
    if blank(answer):
        return no_answer(truth)
    said = _yes_no(answer)
    if said is None:
        positions, problem = read_letters(answer, 2)
        if problem or len(set(positions)) != 1:
            said_what = f"{quoted(answer)} is neither true nor false."
            return unreadable(said_what, truth, "Answer t (true) or f (false).")
        said = shown[positions[0]][1] == "True"
    if said == q.answer:
        return Verdict(True, 1.0, "", truth)
    return Verdict(False, 0.0, f"The statement is {truth.lower()}.", truth)


def check_order(
    q: Order, answer: str, arrangement: Arrangement, scoring: Scoring = PRACTICE
) -> Verdict:
    shown = choices_shown(q, arrangement)
    solution = [arrangement.order.index(i) for i in range(len(q.items))]
    expected = " ".join(letter(p) for p in solution) + ": " + " → ".join(q.items)
    if blank(answer):
        return no_answer(expected)
    positions, problem = read_letters(answer, len(shown))
    n = len(shown)
    ask = f"Put all {n} letters in order, each once, e.g. 'c a b'."
    if problem:
        return unreadable(problem, expected, ask)
    if len(set(positions)) != len(positions):
        twice = [letter(p) for p in positions if positions.count(p) > 1]
        return unreadable(f"{_listed(twice)} given more than once.", expected, ask)
    if len(positions) != n:
        return unreadable(f"{len(positions)} of {n} letters given.", expected, ask)
    ranks = [arrangement.order[p] for p in positions]  # correct index of each item as typed
    pairs = n * (n - 1) // 2
    kept = sum(ranks[i] < ranks[j] for i in range(n) for j in range(i + 1, n))
    if kept == pairs:
        return Verdict(True, 1.0, "", expected)
    score = order_score(scoring.order, ranks)
    feedback = f"{kept} of {pairs} pairs in the right order: {score:.0%} credit."
    return Verdict(False, score, feedback, expected)


def check_match(
    q: Match, answer: str, arrangement: Arrangement, scoring: Scoring = PRACTICE
) -> Verdict:
    rights = choices_shown(q, arrangement)
    lefts = match_left_shown(q, arrangement)
    n = len(q.pairs)
    solution = [(row, arrangement.order.index(pair)) for row, pair in enumerate(arrangement.left)]
    expected = " ".join(f"{lefts[r][0]}{rights[c][0]}" for r, c in solution)
    expected += " (" + "; ".join(f"{lefts[r][1]}: {rights[c][1]}" for r, c in solution) + ")"
    if blank(answer):
        return no_answer(expected)
    typed, problem = read_pairs(answer, n, len(rights))
    ask = f"Answer with pairs like '1b 2a' ({pairs_span(n, len(rights))}), each number once."
    if problem:
        return unreadable(problem, expected, ask)
    typed = list(dict.fromkeys(typed))  # the same pair typed twice is one pair
    rows = [r for r, _ in typed]
    if len(set(rows)) != len(rows):
        twice = [str(r + 1) for r in rows if rows.count(r) > 1]
        return unreadable(f"{_listed(twice)} given more than once.", expected, ask)
    hits = sum(arrangement.left[r] == arrangement.order[c] for r, c in typed)
    if hits == n:
        return Verdict(True, 1.0, "", expected)
    score = match_score(scoring.match, hits, len(typed) - hits, n, len(rights))
    credit = "" if scoring.match == "share" else f": {score:.0%} credit"
    return Verdict(False, score, f"{hits} of {n} pairs right{credit}.", expected)


def grade_card(q: Flashcard, knew: bool, arrangement: Arrangement) -> Verdict:
    """A card is self-graded: the person saw the answer and says whether they knew it."""
    return Verdict(knew, float(knew), "", card_sides(q, arrangement)[1])


def check_card(q: Flashcard, answer: str, arrangement: Arrangement) -> Verdict:
    """``answer`` is the self-grade: y/yes or n/no."""
    knew = _yes_no(answer)
    if knew is not None:
        return grade_card(q, knew, arrangement)
    said = quoted(answer) if answer.strip() else "An empty line"
    problem = f"{said} is neither y nor n."
    return unreadable(problem, card_sides(q, arrangement)[1], "Did you know it? Answer y or n.")


def check_answer(
    question: QuestionBase,
    answer: str | Sequence[str],
    arrangement: Arrangement,
    lexicon: Lexicon | None = None,
    scoring: Scoring = PRACTICE,
) -> Verdict:
    """Check any question. For a cloze, give one text per blank (a list, or one per line).
    ``scoring``: the scheme for partly right multi, order and match answers.

    ``lexicon``: the words of the deck (:func:`quiz.answers.lexicon.deck_lexicon`), so a
    typo that lands on another of its words is not forgiven. Raises ValueError when the
    arrangement does not fit the question (say, a stored exam arrangement for a
    question whose options have since changed).
    """
    if not arrangement.fits(question):
        raise ValueError(
            f"arrangement {arrangement.to_dict()} does not fit question {question.id!r}"
        )
    if isinstance(question, Cloze):
        texts = answer.split("\n") if isinstance(answer, str) else list(answer)
        return check_cloze(question, texts, lexicon=lexicon)
    if not isinstance(answer, str):
        raise TypeError(f"question {question.id!r} takes one answer text")
    if isinstance(question, Multi):
        return check_multi(question, answer, arrangement, lexicon, scoring)
    if isinstance(question, Order | Match):
        schemed = {Order: check_order, Match: check_match}
        return schemed[type(question)](question, answer, arrangement, scoring)  # type: ignore[operator]
    if isinstance(question, Choice | Short | Numeric):
        typed = {Choice: check_choice, Short: check_short}
        check = typed.get(type(question), check_numeric)
        return check(question, answer, arrangement, lexicon)  # type: ignore[operator]
    checks = {
        Flashcard: check_card,
        TrueFalse: check_true_false,
    }
    return checks[type(question)](question, answer, arrangement)  # type: ignore[operator]
