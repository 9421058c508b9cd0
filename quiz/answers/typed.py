"""Typed answers: short answers, cloze blanks and numbers, each read forgivingly.

Text is read by :func:`quiz.answers.text.match_text` (docs/judging.md gives its rules);
numbers by :func:`quiz.core.numbers.read_number`, with the typed unit checked against
the question's by :mod:`quiz.answers.units` and a decade never taken for a year.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quiz.answers.arrangement import Arrangement
from quiz.answers.lexicon import Lexicon
from quiz.answers.text import IGNORED_WORDS, match_text, normalise
from quiz.answers.units import contradicting_unit
from quiz.answers.verdict import Verdict, blank, no_answer, quoted, unreadable
from quiz.bank.cloze import CLOZE_RE, cloze_answered
from quiz.bank.model import Cloze, Numeric, Short
from quiz.core.numbers import as_number, format_number, read_number


def check_short(
    q: Short, answer: str, arrangement: Arrangement | None = None, lexicon: Lexicon | None = None
) -> Verdict:
    if blank(answer):
        return no_answer(q.answer)
    found = match_text(answer, q.accepted, lexicon)
    if found.accepted:
        return Verdict(True, 1.0, "", q.answer, forgiven=found.notes)
    return Verdict(False, 0.0, found.reason, q.answer)


def words_after(q: Cloze, end: int) -> str:
    """The words right after a blank, up to punctuation: its unit ('million marks')."""
    rest = CLOZE_RE.sub(lambda m: m[2], q.text[end:])
    return " ".join(re.split(r"[,.;:!?()–—]", rest, maxsplit=1)[0].split()[:3])


def _number_blank(wanted: float, typed: str, unit: str) -> tuple[bool, tuple[str, ...], str]:
    """(right, forgiven, why not) for a blank whose answer is a number."""
    reading = read_number(typed, unit)
    if reading is None:
        return False, (), ""
    if reading.decade:
        return False, (), f"'{typed.strip()}' is a decade, not one number."
    other = contradicting_unit(reading.words, unit)
    if other:
        return False, (), f"'{other}' is not the unit of this blank."
    for value, note in reading.readings:
        if abs(value - wanted) <= 1e-9 * max(1.0, abs(wanted)):
            return True, (note,) if note else (), ""
    return False, (), ""


_GLUED = re.compile(r"(?<![\w.])[A-Za-z_][\w.]*\.$")  # a qualifier the blank continues: "r."


def blanks_given(given: int, blanks: int) -> str:
    """'Only 1 of 2 blanks given': a cloze answer with fewer values than blanks."""
    return f"Only {given} of {blanks} blanks given"


def check_cloze(
    q: Cloze,
    answers: Sequence[str],
    arrangement: Arrangement | None = None,
    lexicon: Lexicon | None = None,
) -> Verdict:
    """``answers``: one text per deletion, in reading order (missing ones count as blank).

    Words of the answer that the blank's hint already gives need not be typed:
    'internal' fills ``{{c2::internal resources::what kind of resources?}}``. A blank
    whose answer is a number is read as a number in the unit that follows it:
    'nine hundred' and '900 million' both fill ``{{c1::900}} million marks``. A blank
    that continues a qualifier (``r.{{c1::json()}}``) may be typed with it: 'r.json()'.
    """
    deletions = q.deletions
    expected = cloze_answered(q.text)
    typed = [*answers, *[""] * len(deletions)][: len(deletions)]
    if all(blank(a) for a in typed):
        return no_answer(expected)
    notes, forgiven, right = [], [], 0
    for n, (d, a) in enumerate(zip(deletions, typed, strict=True), start=1):
        ok, reason = False, ""
        kept: tuple[str, ...] = ()
        number = as_number(d.answer)
        if not blank(a) and number is not None:
            ok, kept, reason = _number_blank(number, a, words_after(q, d.end))
        if not blank(a) and not ok and not reason:
            forms = [d.answer, *without_given_words(d.answer, d.hint)]
            glued = _GLUED.search(q.text[: d.start])  # "r.{{c1::json()}}": "r.json()" fills it
            found = match_text(a, forms + ([glued[0] + d.answer] if glued else []), lexicon)
            ok, kept, reason = found.accepted, found.notes, found.reason
        forgiven += [f"[{n}] {note}" for note in kept] if ok else []
        if not ok:
            notes.append(f"[{n}] is {d.answer!r}." + (f" {reason}" if reason else ""))
        right += ok
    score = right / len(deletions)
    if right < len(deletions) and len(deletions) > 1:
        notes.insert(0, f"{right} of {len(deletions)} blanks right.")
    if len(answers) < len(deletions):  # fewer blanks written than the text has (paper)
        notes.insert(0, f"{blanks_given(len(answers), len(deletions))}.")
    return Verdict(score == 1.0, score, " ".join(notes), expected, forgiven=tuple(forgiven))


def numeric_expected(q: Numeric) -> str:
    text = format_number(q.answer)
    if q.tolerance:
        text += f" (± {format_number(q.tolerance)})"
    unit = (q.unit or "").strip()
    if unit in ("percent", "%"):
        return text.replace(" (", "% (", 1) if q.tolerance else text + "%"
    return f"{text} {unit}" if unit and unit != "year" else text


NUMBER_EXAMPLES = "1930, 1\u00a0000 or 1.5 million"  # a no-break space: 1 000 is never split


def check_numeric(
    q: Numeric, answer: str, arrangement: Arrangement | None = None, lexicon: Lexicon | None = None
) -> Verdict:
    expected = numeric_expected(q)
    if blank(answer):
        return no_answer(expected)
    reading = read_number(answer, q.unit)
    if reading is None:
        not_number = f"{quoted(answer)} is not read as a number."
        return unreadable(not_number, expected, f"Type one number, e.g. {NUMBER_EXAMPLES}.")
    if reading.decade:
        return Verdict(False, 0.0, f"'{answer.strip()}' is a decade, not one year.", expected)
    other = contradicting_unit(reading.words, q.unit)
    if other:
        return Verdict(False, 0.0, f"'{other}' is not the unit asked ({q.unit}).", expected)
    slack = q.tolerance + 1e-9 * max(1.0, abs(q.answer))
    closest, note = min(reading.readings, key=lambda r: abs(r[0] - q.answer))
    if abs(closest - q.answer) <= slack:
        return Verdict(True, 1.0, "", expected, forgiven=(note,) if note else ())
    return Verdict(False, 0.0, "Too high." if closest > q.answer else "Too low.", expected)


def without_given_words(answer: str, hint: str | None) -> list[str]:
    """The answer less the words its hint gives away, if that leaves a shorter answer."""
    words = normalise(answer).split()
    given = set(normalise(hint or "").split()) - IGNORED_WORDS
    rest = [w for w in words if w not in given]
    return [" ".join(rest)] if rest and len(rest) < len(words) else []
