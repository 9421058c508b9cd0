"""How a drafted question words a value and names itself.

A value read in another's place ("1702-1731" written as the answer's period is
written, digits for number words), options in their natural order (numbers by size,
names alphabetically), and ids made of the section and the key term
("german-loans-1929").
"""

from __future__ import annotations

import re

from quiz.authoring.drafting.boilerplate import FUNCTION_WORDS
from quiz.authoring.drafting.document import Locator
from quiz.authoring.drafting.facts import DATES, NAMES, Fact
from quiz.authoring.drafting.spots import Spot, number, slug


def value_text(fact: Fact, other: Fact) -> str:
    """How ``other`` reads in ``fact``'s place: digits for number words, a period joined alike."""
    if fact.kind == "period" and other.end_value is not None and other is not fact:
        return f"{number(other.value or 0)}{fact.joiner}{number(other.end_value)}"
    if fact.kind in NAMES or fact.kind in ("date", "decade") or other.value is None:
        return other.text
    if other.kind in DATES:
        return other.text
    return other.text if other.text[:1].isdigit() else digits_of(other.value)


def option_text(fact: Fact, other: Fact) -> str:
    return fact.pattern.format(value_text(fact, other))


def digits_of(value: float) -> str:
    return str(number(value))


def option_order(option: str) -> tuple:
    digits = option.replace(",", "").split()[0].strip("$£€%")
    try:
        return (0, float(re.split(r"[-–]", digits)[0]), option)
    except ValueError:
        return (1, 0.0, option.casefold())


def where_slug(locator: Locator) -> str:
    if locator.kind == "page":
        return f"p{slug(locator.label)}"
    words = [w for w in locator.label.split() if w.casefold() not in FUNCTION_WORDS]
    return slug(" ".join(words or [locator.label]), 3)


def key_of(spot: Spot, fact: Fact) -> str:
    return f"{where_slug(spot.locator)}-{slug(fact.shown, 4)}"
