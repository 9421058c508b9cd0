"""quiz's own Anki note types (from `quiz export anki`) back to their exact question types.

The inverse of :mod:`quiz.export.anki_fields`: the note kind and its fields tell the
type (a choice note's instruction says choice, multi or true/false; a list note holds
a table for match, a list for order; a type-in note whose answer is a number is
numeric, with its unit and tolerance read from the hint and the accepted range).
"""

from __future__ import annotations

import re

from quiz.bank.model import (
    Choice,
    Cloze,
    Flashcard,
    Match,
    Multi,
    Numeric,
    Order,
    Question,
    Short,
    TrueFalse,
)
from quiz.core.numbers import parse_number, plain_number
from quiz.export.anki_fields import COMMON_FIELDS, KIND_FIELDS
from quiz.export.anki_templates import NOTE_TYPES
from quiz.imports.html_text import Element, Lost, html_to_text, parse_html, tidy

QUIZ_NOTE_TYPES = {name: kind for kind, name in NOTE_TYPES.items()}
JUDGING_RE = re.compile(r'<span class="quiz-judging"[^>]*></span>')  # the card script's data
_RANGE_RE = re.compile(r"^Accepted: (\S+) to (\S+)(?: (.+))?$")


def quiz_kind(name: str, fields: tuple[str, ...]) -> str | None:
    """The note kind of one of quiz's own note types, or None."""
    kind = QUIZ_NOTE_TYPES.get(name)
    if kind and fields == KIND_FIELDS[kind] + COMMON_FIELDS:
        return kind
    return None


def _items(html: str, tag: str) -> list[Element]:
    return parse_html(html).find_all(tag)


def _text(el: Element | str, lost: Lost) -> str:
    if isinstance(el, str):
        return html_to_text(el, lost)
    return tidy("".join(_flat(el)))


def _flat(el: Element) -> list[str]:
    out = []
    for child in el.children:
        if isinstance(child, str):
            out.append(child)
        elif child.tag == "br":
            out.append("\n")
        else:
            out += _flat(child)
    return out


def quiz_question(kind: str, fields: dict[str, str], qid: str, lost: Lost) -> Question:
    """The question a note of quiz's ``kind`` holds (common fields are the caller's)."""

    def text(name: str) -> str:
        return html_to_text(fields[name], lost)

    if kind in ("basic", "reversed"):
        return Flashcard(id=qid, front=text("Front"), back=text("Back"), reverse=kind == "reversed")
    if kind == "cloze":
        return Cloze(id=qid, text=text("Text"))
    if kind == "typein":
        accepted = html_to_text(JUDGING_RE.sub("", fields["Accepted"]), lost)
        return _typein(qid, text("Prompt"), text("Answer"), text("Hint"), accepted)
    if kind == "choice":
        shown = _deck_order(_items(fields["Answer"], "li"))
        options = [_text(li, lost).removeprefix("✓").strip() for li in shown]
        marked = [o for o, li in zip(options, shown, strict=True) if "correct" in li.classes()]
        instruction, prompt = text("Instruction"), text("Prompt")
        if instruction.startswith("True or false"):
            return TrueFalse(id=qid, statement=prompt, answer=marked == ["True"])
        if instruction.startswith("Choose all"):
            return Multi(id=qid, prompt=prompt, options=tuple(options), answers=tuple(marked))
        return Choice(id=qid, prompt=prompt, options=tuple(options), answer=marked[0])
    if "<table" in fields["Items"]:
        pairs, spares = [], []
        for row in _items(fields["Answer"], "tr"):
            cells = [_text(td, lost) for td in row.find_all("td")]
            if "spare" in row.classes():  # a right-hand entry that matches nothing
                spares.append(cells[1])
            else:
                pairs.append((cells[0], cells[1].removeprefix("→").strip()))
        return Match(id=qid, prompt=text("Prompt"), pairs=tuple(pairs), spares=tuple(spares))
    items = tuple(_text(li, lost) for li in _items(fields["Answer"], "li"))
    return Order(id=qid, prompt=text("Prompt"), items=items)


def _deck_order(items: list[Element]) -> list[Element]:
    """Options in the deck's order: the back gives each its place there (``data-k``);
    exports before cards were shuffled kept the deck's order itself."""
    places = [li.attrs.get("data-k", "") for li in items]
    if all(p.isdigit() for p in places) and sorted(map(int, places)) == list(range(len(items))):
        return sorted(items, key=lambda li: int(li.attrs["data-k"]))
    return items


def _typein(qid: str, prompt: str, answer: str, hint: str, accepted: str) -> Question:
    unit = hint.removeprefix("Unit:").strip() if hint.startswith("Unit:") else None
    number = parse_number(answer)
    also = accepted.startswith("Also accepted:")
    if number is not None and plain_number(number) == answer and not also:
        tolerance = 0.0
        m = _RANGE_RE.match(accepted)
        if m and (high := parse_number(m[2])) is not None:
            tolerance = round(high - number, 9)
        return Numeric(id=qid, prompt=prompt, answer=number, tolerance=tolerance, unit=unit)
    alternatives = accepted.removeprefix("Also accepted:").strip() if also else ""
    return Short(
        id=qid,
        prompt=prompt,
        answer=answer,
        alternatives=tuple(a.strip() for a in alternatives.split(", ") if a.strip()),
    )
