"""The HTML fields of each question type's Anki note.

Every text from a deck is data, escaped by :mod:`quiz.export.anki_text` so it never
becomes markup or Anki syntax. Lists (options, order items, match columns) are built
by :mod:`quiz.export.anki_lists` in the order of :mod:`quiz.export.anki_order`.
"""

from __future__ import annotations

from decimal import Decimal

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
from quiz.core.numbers import plain_number
from quiz.export.anki_lists import choice_fields, match_fields, order_fields
from quiz.export.anki_order import card_arrangement
from quiz.export.anki_text import cloze_html, esc

# Fields of each note kind (Anki note type), then the fields every kind ends with.
KIND_FIELDS: dict[str, tuple[str, ...]] = {
    "basic": ("Front", "Back"),
    "reversed": ("Front", "Back"),
    "cloze": ("Text",),
    "typein": ("Prompt", "Answer", "Hint", "Accepted"),
    "choice": ("Prompt", "Instruction", "Options", "Answer"),
    "list": ("Prompt", "Items", "Answer"),
}
COMMON_FIELDS = ("Image", "Explanation", "Source")


def _typein(prompt: str, answer: str, hint: str, accepted: str) -> dict[str, str]:
    return {"Prompt": esc(prompt), "Answer": answer, "Hint": hint, "Accepted": accepted}


def accepted_range(q: Numeric) -> str:
    """'1.1 to 1.3' for 1.2 ± 0.1: decimal arithmetic, so no 1.0999999999999999."""
    answer, tolerance = Decimal(repr(float(q.answer))), Decimal(repr(float(q.tolerance)))
    return f"{_decimal(answer - tolerance)} to {_decimal(answer + tolerance)}"


def _decimal(value: Decimal) -> str:
    return plain_number(float(value)) if value == value.to_integral() else f"{value.normalize():f}"


def question_fields(q: Question, seed: bytes, *, stock: bool = False) -> tuple[str, dict[str, str]]:
    """The note kind and the type-specific fields (HTML) of one question.

    ``stock``: for Anki's stock note types (CSV), which have neither quiz's stylesheet
    nor its scripts: labels are written out and lists styled inline.
    """
    if isinstance(q, Flashcard):
        return ("reversed" if q.reverse else "basic"), {"Front": esc(q.front), "Back": esc(q.back)}
    if isinstance(q, Cloze):
        return "cloze", {"Text": cloze_html(q.text)}
    if isinstance(q, Short):
        also = ", ".join(q.alternatives)
        accepted = f"Also accepted: {esc(also)}" if also else ""
        return "typein", _typein(q.prompt, esc(q.answer), "", accepted)
    if isinstance(q, Numeric):
        unit = f" {q.unit}" if q.unit else ""
        accepted = esc(f"Accepted: {accepted_range(q)}{unit}") if q.tolerance else ""
        hint = esc(f"Unit: {q.unit}") if q.unit else ""
        return "typein", _typein(q.prompt, plain_number(q.answer), hint, accepted)
    shown = card_arrangement(q, seed)
    tag = seed[:5].hex()  # names the lists of one note, so the back follows the front
    if isinstance(q, (Choice, Multi, TrueFalse)):
        return "choice", choice_fields(q, shown, tag, stock)
    if isinstance(q, Order):
        return "list", order_fields(q, shown, tag, stock)
    if isinstance(q, Match):
        return "list", match_fields(q, shown, tag, stock)
    raise TypeError(f"no Anki note for question type {type(q).__name__}")
