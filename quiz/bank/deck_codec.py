"""A loaded deck as JSON values and back, for the deck cache.

Each model object becomes the list of its field values in :func:`field_specs` order (a
question starts with its type), so a new field needs nothing here. Decoding checks every
value's type, so a damaged cache raises :class:`ValueError` rather than giving a deck
that breaks later, and builds the frozen dataclasses without their ``__init__``: the deck
was checked when it was read, and ``__init__`` of 50,000 frozen questions takes a second.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import fields
from typing import Any

from quiz.bank.fields import field_specs
from quiz.bank.model import QUESTION_TYPES, Deck, Source, SourceRef

Reader = Callable[[Any], Any]


def encode(deck: Deck) -> list[Any]:
    """The deck as lists, strings, numbers, booleans and None (tuples stay tuples)."""
    return _encode(deck)


def decode(values: Any) -> Deck:
    """The deck :func:`encode` gave, or :class:`ValueError` if ``values`` are not one."""
    try:
        deck = _PLANS[Deck](values)
    except (TypeError, KeyError, IndexError) as e:
        raise ValueError(f"not an encoded deck: {e}") from None
    if not isinstance(deck, Deck):
        raise ValueError("not an encoded deck")
    return deck


def _encode(obj: Any) -> list[Any]:
    values, nested = _FIELDS[type(obj)]
    out = list(values(obj))
    for i, kind in nested:
        if kind == "questions":
            out[i] = [[q.type, *_encode(q)] for q in out[i]]
        else:
            out[i] = [_encode(item) for item in out[i]]
    return out


def _fields_of(cls: type) -> tuple[Callable[[Any], tuple], list[tuple[int, str]]]:
    """A getter of an object's field values in order, and where model objects nest."""
    specs = field_specs(cls)
    nested = [(i, s.kind) for i, s in enumerate(specs) if s.kind in _NESTED]
    return operator.attrgetter(*(s.name for s in specs)), nested


_NESTED = ("refs", "sources", "questions")


def _bad(value: Any) -> Any:
    raise ValueError(f"unexpected {type(value).__name__} in a cached deck")


def _text(value: Any) -> str:
    return value if type(value) is str else _bad(value)


def _optional(read: Reader) -> Reader:
    return lambda value: None if value is None else read(value)


def _bool(value: Any) -> bool:
    return value if type(value) is bool else _bad(value)


def _number(value: Any) -> float:
    return value if type(value) in (int, float) else _bad(value)


def _texts(value: Any) -> tuple[str, ...]:
    out = tuple(value if type(value) is list else _bad(value))
    return out if all(type(v) is str for v in out) else _bad(value)


def _pairs(value: Any) -> tuple[tuple[str, str], ...]:
    out = []
    for pair in value if type(value) is list else _bad(value):
        left, right = _texts(pair)
        out.append((left, right))
    return tuple(out)


def _question(value: Any) -> Any:
    return _PLANS[QUESTION_TYPES[value[0]]](value[1:])


def _many(read: Reader) -> Reader:
    return lambda value: tuple(read(v) for v in (value if type(value) is list else _bad(value)))


def _plan(cls: type) -> Reader:
    """A reader of ``cls`` from its list of field values."""
    defaults = {f.name: f.default for f in fields(cls)}
    readers: list[tuple[str, Reader]] = []
    for spec in field_specs(cls):
        read = {
            "text": _text,
            "bool": _bool,
            "number": _number,
            "texts": _texts,
            "pairs": _pairs,
            "refs": _many(lambda v: _PLANS[SourceRef](v)),
            "sources": _many(lambda v: _PLANS[Source](v)),
            "questions": _many(_question),
        }[spec.kind]
        readers.append((spec.name, _optional(read) if defaults[spec.name] is None else read))
    internal = {f.name: f.default for f in fields(cls) if f.metadata.get("internal")}
    count = len(readers)

    def read_object(values: Any) -> Any:
        if type(values) is not list or len(values) != count:
            _bad(values)
        obj: Any = object.__new__(cls)
        obj.__dict__.update(
            {name: reader(value) for (name, reader), value in zip(readers, values, strict=True)},
            **internal,
        )
        return obj

    return read_object


_MODEL = (Deck, Source, SourceRef, *QUESTION_TYPES.values())
_FIELDS = {cls: _fields_of(cls) for cls in _MODEL}
_PLANS: dict[type, Reader] = {cls: _plan(cls) for cls in _MODEL}
