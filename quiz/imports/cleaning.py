"""Text from another tool made into text the loader accepts: the one rule every importer
(Anki, GIFT, QTI, CSV, Markdown) goes through, in :meth:`DeckBuilder.add`.

Control characters (an ESC from a terminal paste), noncharacters and lone surrogates are
removed, tabs become spaces, and blanks around a text go. What is then missing or too
long for the loader (a prompt that was only ``<script>...</script>``, now empty) is said
as the loader would say it, so the question is left out and named instead of failing
the whole deck when it is read back.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass, replace
from typing import Any, TypeVar

from quiz.bank.fields import field_specs
from quiz.bank.scalars import NONCHARACTERS
from quiz.core.console import CONTROL_CHARACTERS
from quiz.core.inputs import FIELD_CHARS

T = TypeVar("T")


def clean(text: str) -> str:
    """Text the loader accepts: no control characters or noncharacters, no blanks around it."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return NONCHARACTERS.sub("", CONTROL_CHARACTERS.sub("", text)).strip()


def cleaned(value: T) -> T:
    """``value`` with every text in it cleaned (a question, its citations, its pairs);
    an optional text left empty becomes None, as the loader reads an empty field."""
    return _cleaned(value, optional=False)


def _cleaned(value: Any, optional: bool) -> Any:
    if isinstance(value, str):
        text = clean(value)
        return None if optional and not text else text
    if isinstance(value, tuple):
        return tuple(_cleaned(v, optional=False) for v in value)
    if is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: _cleaned(getattr(value, f.name), optional=f.default is None)
            for f in fields(value)
            if f.init and not f.metadata.get("internal")
        }
        return replace(value, **changes)
    return value


def text_problem(question: Any) -> tuple[str, str] | None:
    """(field, message) for the first text of a cleaned question the loader would refuse
    for its length or for being empty; None if there is none."""
    for spec in field_specs(type(question)):
        value = getattr(question, spec.name)
        if spec.kind == "text" and isinstance(value, str):
            texts = [(spec.key, value)]
        elif spec.kind == "texts":
            texts = [(f"{spec.key}[{i}]", v) for i, v in enumerate(value)]
        elif spec.kind == "pairs":
            texts = [(f"{spec.key}[{i}]", v) for i, pair in enumerate(value) for v in pair]
        else:
            continue
        for key, text in texts:
            if not text:
                return key, "is empty once markup and control characters are removed"
            if len(text) > FIELD_CHARS:
                return (
                    key,
                    f"is {len(text):,} characters long; a text holds at most {FIELD_CHARS:,}",
                )
    return None
