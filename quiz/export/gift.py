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
HTML-escaped, so ``<b>`` shows as text; ``[`` and ``%`` become HTML entities, since
Moodle reads ``[markdown]`` at the start of any text as a format switch and ``%50%``
at the start of an option as its weight; then GIFT's own specials ``~ = # { } :``
and the backslash get a backslash, and newlines become ``\\n``. Short answers and
match right-hand sides are compared, not displayed, so they are not HTML-escaped:
a ``*`` in a short answer is escaped (Moodle's wildcard), one starting like a weight
gets an explicit ``%100%`` before it, and one Moodle cannot read back as written (a
``[html]`` start, ``->``) is left out with a warning.

Moodle's own limits: a choice needs two options (one option would import as a short
answer), so a one-option choice is left out with a warning; a matching needs three
right-hand entries to be saved again in Moodle's editor, so a match's ``spares`` go
along as extra answers, and a warning says when there are still fewer than three.
The tests read our output with a port of Moodle's importer (tests/export/moodle_gift.py).
"""

from __future__ import annotations

import html
import json
import re
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
from quiz.core.files import Kind, atomic_path, check_target, starts_with
from quiz.core.numbers import plain_number
from quiz.export import ExportResult, without_drafts

MARK = "// Written by quiz export gift; Moodle skips lines starting with //\n"
KIND = Kind("a GIFT file", (".gift", ".txt"), starts_with(MARK[:30].encode()))
_GIFT_SPECIALS = str.maketrans({c: "\\" + c for c in "~=#{}:"})
_NO_SPECIALS = str.maketrans("", "", "~=#{}:\\")
_WEIGHT_START = re.compile(r"^\s*%-*[0-9]{1,2}\.?[0-9]*%")  # Moodle's answer weight
_FORMAT_START = re.compile(r"^\s*\[(moodle|html|plain|markdown)\]")  # Moodle's format switch
_PLACEHOLDER = re.compile(r"&&(058|035|061|123|125|126|092);|&&010")  # Moodle's escapes
MIN_MATCH_ANSWERS = 3  # Moodle's matching editor: at least 2 questions and 3 answers


def gift_escape(text: str) -> str:
    """Backslash GIFT's specials so Moodle reads them as text."""
    text = text.replace("\\", "\\\\").translate(_GIFT_SPECIALS)
    return text.replace("\r", "").replace("\n", "\\n")


def shown(text: str) -> str:
    """Displayed text ([html] format): HTML-escaped, then GIFT-escaped."""
    escaped = html.escape(text, quote=False).replace("[", "&#91;").replace("%", "&#37;")
    return gift_escape(escaped.replace("\n", "<br>"))


def compared(text: str) -> str:
    """A short answer Moodle compares with what students type (``*`` is its wildcard);
    one that starts like a weight gets Moodle's full weight in front of it."""
    escaped = gift_escape(text.replace("*", "\\*"))
    return "%100%" + escaped if _WEIGHT_START.match(escaped) else escaped


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
    return f"// quiz: {_one_line_json(extra)}\n" if extra else ""


def _one_line_json(value: object) -> str:
    """JSON with no ``\\n`` escape, which GIFT readers take for a line break."""
    text = json.dumps(value, ensure_ascii=False)
    return re.sub(r"(?<!\\)((?:\\\\)*)\\n", r"\1\\u000a", text)


def _block(name: str, text: str, answers: list[str], feedback: str) -> str:
    lines = "".join(f"\t{a}\n" for a in answers)
    return f"::{gift_escape(name)}::[html]{text}{{\n{lines}{feedback}}}\n"


def question_gift(deck: Deck, q: Question, warnings: list[str]) -> list[str]:
    """The GIFT blocks for one question (a cloze may need several)."""
    where = f"{deck.id}/{q.id}"
    fb = _feedback(deck, q)
    if isinstance(q, Choice | Multi) and len(q.options) < 2:
        warnings.append(
            f"{where}: Moodle needs two options for a choice (one would import as a "
            "short answer); left out"
        )
        return []
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
        pairs += [f"= -> {gift_escape(spare)}" for spare in q.spares]  # a blank left: a spare
        _few_answers(len(pairs), where, warnings, "add spares: to the question")
        return [_block(q.id, shown(q.prompt), pairs, fb)]
    if isinstance(q, Order):
        warnings.append(f"{where}: GIFT has no ordering type; written as matching item -> position")
        text = shown(q.prompt + " Match each item to its place in the order (1 = first).")
        pairs = [f"={shown(item)} -> {n}" for n, item in enumerate(q.items, start=1)]
        _few_answers(len(pairs), where, warnings, "give it a third item")
        return [_block(q.id, text, pairs, fb)]
    if isinstance(q, Cloze):
        return _cloze(q, fb, warnings, where)
    if isinstance(q, Flashcard):
        warnings.append(f"{where}: GIFT has no flashcard type; written as an essay")
        extra = _feedback_text(deck, q)
        back = f"\t####{shown(q.back)}{'<hr>' + shown(extra) if extra else ''}\n"
        return [f"::{gift_escape(q.id)}::[html]{shown(q.front)}{{\n{back}}}\n"]
    raise TypeError(f"no GIFT form for {q.type}")


def _few_answers(count: int, where: str, warnings: list[str], fix: str) -> None:
    if count < MIN_MATCH_ANSWERS:
        warnings.append(
            f"{where}: Moodle imports a matching with {count} answers but its editor cannot "
            f"save it again (it needs {MIN_MATCH_ANSWERS}); {fix}"
        )


def _unreadable(answer: str) -> str | None:
    """Why Moodle would read this short answer as something else, or None."""
    if "->" in answer:
        return "GIFT reads '->' as matching"
    if _FORMAT_START.match(answer):
        return "Moodle reads a leading [format] as the text's format"
    if _PLACEHOLDER.search(answer):
        return "Moodle reads &&0..; as its own escape"
    return None


def _readable(accepted: Sequence[str], where: str, warnings: list[str]) -> list[str]:
    """Answers Moodle reads back as written (see :func:`_unreadable`)."""
    kept = [a for a in accepted if not _unreadable(a)]
    for a in accepted:
        if a not in kept:
            warnings.append(f"{where}: {_unreadable(a)}; left out the answer {a!r}")
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


def write(
    decks: Sequence[Deck], out: Path, *, force: bool = False, **options: object
) -> ExportResult:
    """Write every question of ``decks`` as one GIFT file, a category per deck."""
    check_target(out, KIND, force=force)
    warnings: list[str] = []
    chunks, count = [MARK], 0
    for deck in decks:
        category = deck.title.replace("\n", " ").replace("/", "//")
        questions = without_drafts(deck, warnings)
        chunks.append(f"// {deck.id}: {len(questions)} questions\n")
        # Moodle reads a category as written (no escapes) and trims it: the exact title
        # goes beside it, in a comment Moodle skips, for `quiz import`
        chunks.append(f"// quiz: {_one_line_json({'title': deck.title})}\n")
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
    with atomic_path(out, KIND, force=force) as tmp:
        tmp.write_text("".join(chunks), encoding="utf-8", newline="\n")
    return ExportResult(Path(out), count, warnings)
