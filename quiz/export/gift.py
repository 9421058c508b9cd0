"""Moodle GIFT: `quiz export gift DECK... -o FILE.gift` (Question bank > Import > GIFT).

Per type: ``choice`` multiple choice; ``multi`` multiple answers weighted so that
Moodle scores as we do (each right option +100/k %, each wrong one -100/k %);
``true_false`` {TRUE}/{FALSE}; ``short`` short answer with every alternative;
``numeric`` {#answer:tolerance} with the unit in the question text; ``match``
matching. GIFT has no ordering, multi-blank cloze or flashcard type, so ``order``
becomes matching (item -> position), a cloze becomes one missing-word question per
blank and a card an essay with its back as feedback (then a rule and its explanation),
each with a warning. Points and images do not travel either, and are warned about.
Drafts are left out. What Moodle has no place for but `quiz import` reads back (the
question's tags, a unit the prompt leaves out, a card's reverse) goes in a
``// quiz: {...}`` comment line, which Moodle skips.

Escaping: question text, options and feedback are written in ``[html]`` format,
HTML-escaped, so ``<b>`` shows as text; then GIFT's own specials ``~ = # { } :``
and the backslash get a backslash, and newlines become ``\\n``. Short answers and
match right-hand sides are compared, not displayed, so they are not HTML-escaped,
and a ``*`` in a short answer is escaped because Moodle reads it as a wildcard.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from pathlib import Path

from quiz.bank.citing import feedback_lines
from quiz.bank.cloze import cloze_blanked
from quiz.bank.model import (
    Choice,
    Cloze,
    Deck,
    Flashcard,
    Match,
    Multi,
    Numeric,
    Order,
    Question,
    Short,
    TrueFalse,
)
from quiz.core.files import atomic_path
from quiz.core.numbers import plain_number
from quiz.export import ExportResult, without_drafts

_GIFT_SPECIALS = str.maketrans({c: "\\" + c for c in "~=#{}:"})
_NO_SPECIALS = str.maketrans("", "", "~=#{}:\\")


def gift_escape(text: str) -> str:
    """Backslash GIFT's specials so Moodle reads them as text."""
    text = text.replace("\\", "\\\\").translate(_GIFT_SPECIALS)
    return text.replace("\r", "").replace("\n", "\\n")


def shown(text: str) -> str:
    """Displayed text ([html] format): HTML-escaped, then GIFT-escaped."""
    return gift_escape(html.escape(text, quote=False).replace("\n", "<br>"))


def compared(text: str) -> str:
    """A short answer Moodle compares with what students type (``*`` is its wildcard)."""
    return gift_escape(text.replace("*", "\\*"))


def weight(fraction: float) -> str:
    return f"{fraction * 100:.5f}".rstrip("0").rstrip(".")


def _feedback_text(deck: Deck, q: Question) -> str:
    return "\n".join(feedback_lines(deck, q))


def _feedback(deck: Deck, q: Question) -> str:
    text = _feedback_text(deck, q)
    return f"\t####{shown(text)}\n" if text else ""


def carried_comment(q: Question) -> str:
    """``// quiz: {...}``: what GIFT has no place for, for `quiz import` (Moodle skips it)."""
    extra: dict[str, object] = {}
    if q.tags:
        extra["tags"] = list(q.tags)
    if isinstance(q, Numeric) and q.unit == "year":
        extra["unit"] = q.unit
    if isinstance(q, Flashcard) and q.reverse:
        extra["reverse"] = True
    return f"// quiz: {json.dumps(extra, ensure_ascii=False)}\n" if extra else ""


def _block(name: str, text: str, answers: list[str], feedback: str) -> str:
    lines = "".join(f"\t{a}\n" for a in answers)
    return f"::{gift_escape(name)}::[html]{text}{{\n{lines}{feedback}}}\n"


def question_gift(deck: Deck, q: Question, warnings: list[str]) -> list[str]:
    """The GIFT blocks for one question (a cloze may need several)."""
    where = f"{deck.id}/{q.id}"
    fb = _feedback(deck, q)
    if isinstance(q, Choice):
        answers = [("=" if o == q.answer else "~") + shown(o) for o in q.options]
        return [_block(q.id, shown(q.prompt), answers, fb)]
    if isinstance(q, Multi):
        right = set(q.answers)
        w = weight(1 / len(right))
        answers = [(f"~%{w}%" if o in right else f"~%-{w}%") + shown(o) for o in q.options]
        return [_block(q.id, shown(q.prompt), answers, fb)]
    if isinstance(q, TrueFalse):
        return [_block(q.id, shown(q.statement), ["TRUE" if q.answer else "FALSE"], fb)]
    if isinstance(q, Short):
        accepted = _readable(q.accepted, where, warnings)
        if not accepted:
            return [_block(q.id, shown(q.prompt), [], f"\t####{shown(q.answer)}\n")]
        return [_block(q.id, shown(q.prompt), [f"={compared(a)}" for a in accepted], fb)]
    if isinstance(q, Numeric):
        unit = f" ({q.unit})" if q.unit and q.unit != "year" else ""
        answer = f"#{plain_number(q.answer)}:{plain_number(q.tolerance)}"
        return [_block(q.id, shown(q.prompt + unit), [answer], fb)]
    if isinstance(q, Match):
        pairs = [f"={shown(left)} -> {gift_escape(right)}" for left, right in q.pairs]
        return [_block(q.id, shown(q.prompt), pairs, fb)]
    if isinstance(q, Order):
        warnings.append(f"{where}: GIFT has no ordering type; written as matching item -> position")
        text = shown(q.prompt + " Match each item to its place in the order (1 = first).")
        pairs = [f"={shown(item)} -> {n}" for n, item in enumerate(q.items, start=1)]
        return [_block(q.id, text, pairs, fb)]
    if isinstance(q, Cloze):
        return _cloze(q, fb, warnings, where)
    if isinstance(q, Flashcard):
        warnings.append(f"{where}: GIFT has no flashcard type; written as an essay")
        extra = _feedback_text(deck, q)
        back = f"\t####{shown(q.back)}{'<hr>' + shown(extra) if extra else ''}\n"
        return [f"::{gift_escape(q.id)}::[html]{shown(q.front)}{{\n{back}}}\n"]
    raise TypeError(f"no GIFT form for {q.type}")


def _readable(accepted: Sequence[str], where: str, warnings: list[str]) -> list[str]:
    """Answers Moodle can read back: one with '->' would turn the question into matching."""
    kept = [a for a in accepted if "->" not in a]
    for a in accepted:
        if a not in kept:
            warnings.append(f"{where}: GIFT reads '->' as matching; left out the answer {a!r}")
    if not kept:
        warnings.append(f"{where}: no answer GIFT can carry; written as an essay")
    return kept


def _cloze(q: Cloze, fb: str, warnings: list[str], where: str) -> list[str]:
    """One missing-word question per blank, the other blanks shown as [...] or their hint."""
    dels = q.deletions
    if len(dels) > 1:
        warnings.append(
            f"{where}: GIFT holds one blank per question; written as {len(dels)} questions "
            f"{q.id}-1 ... {q.id}-{len(dels)}"
        )
    blocks = []
    for n, d in enumerate(dels, start=1):
        before = cloze_blanked(q.text[: d.start])
        after = cloze_blanked(q.text[d.end :])
        name = q.id if len(dels) == 1 else f"{q.id}-{n}"
        hint = f" ({d.hint})" if d.hint else ""
        answer = f"{{={compared(d.answer)}{fb and ' ' + fb.strip()}}}"
        if not _readable([d.answer], f"{where} blank {n}", warnings):
            answer = f"{{####{shown(d.answer)}}}"
        text = f"{shown(before)}{answer}{shown(hint + after)}"
        blocks.append(f"::{gift_escape(name)}::[html]{text}\n")
    return blocks


def write(decks: Sequence[Deck], out: Path, **options: object) -> ExportResult:
    """Write every question of ``decks`` as one GIFT file, a category per deck."""
    warnings: list[str] = []
    chunks, count = [], 0
    for deck in decks:
        category = deck.title.replace("\n", " ").replace("/", "//")
        questions = without_drafts(deck, warnings)
        chunks.append(f"// {deck.id}: {len(questions)} questions\n")
        chunks.append(f"$CATEGORY: $course$/top/{category.translate(_NO_SPECIALS)}\n\n")
        for q in questions:
            if q.points != 1:
                warnings.append(
                    f"{deck.id}/{q.id}: GIFT cannot carry points ({q.points:g}); "
                    "set its default mark in Moodle"
                )
            if q.image:
                warnings.append(f"{deck.id}/{q.id}: GIFT cannot carry the image {q.image!r}")
            for block in question_gift(deck, q, warnings):
                chunks.append(f"// {deck.id}/{q.id}\n{carried_comment(q)}{block}\n")
                count += 1
    with atomic_path(out) as tmp:
        tmp.write_text("".join(chunks), encoding="utf-8", newline="\n")
    return ExportResult(Path(out), count, warnings)
