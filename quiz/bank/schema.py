"""The deck JSON Schema, generated from :mod:`quiz.bank.model` (never written by hand)."""

from __future__ import annotations

from typing import Any

from quiz.bank.fields import FieldSpec, field_specs
from quiz.bank.model import QUESTION_TYPES, Deck, Source, SourceRef

SCHEMA_ID = "https://github.com/quiz/quiz/deck.schema.json"


def deck_schema() -> dict[str, Any]:
    questions = [_object(cls, {"type": {"const": name}}) for name, cls in QUESTION_TYPES.items()]
    for q in questions:
        q["required"].insert(0, "type")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "quiz deck",
        **_object(Deck),
        "$defs": {
            "source": _object(Source),
            "source_ref": _object(SourceRef),
            "question": {
                "type": "object",
                "required": ["type"],
                "properties": {"type": {"enum": list(QUESTION_TYPES)}},
                "oneOf": questions,
            },
        },
    }


def _object(cls: type, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    specs = field_specs(cls)
    props = dict(extra or {})
    props.update({s.key: _field(s) for s in specs})
    return {
        "type": "object",
        "description": (cls.__doc__ or "").strip().splitlines()[0],
        "required": [s.key for s in specs if s.required],
        "properties": props,
        "additionalProperties": False,
    }


_TEXT = {"type": ["string", "number"]}  # the loader reads unquoted numbers as their text


def _field(spec: FieldSpec) -> dict[str, Any]:
    text: dict[str, Any] = {"type": "string", "pattern": spec.pattern} if spec.pattern else _TEXT
    shapes: dict[str, dict[str, Any]] = {
        "text": dict(text, minLength=1) if spec.pattern is None else text,
        "bool": {"type": "boolean"},
        "number": {"type": "number"},
        "texts": {"type": "array", "items": text},
        "pairs": {"type": "object", "additionalProperties": _TEXT},
        "refs": {
            "oneOf": [
                {"$ref": "#/$defs/source_ref"},
                {
                    "type": "array",
                    "items": {"$ref": "#/$defs/source_ref"},
                    "minItems": 1,
                    "uniqueItems": True,
                },
            ]
        },
        "sources": {"type": "array", "items": {"$ref": "#/$defs/source"}},
        "questions": {"type": "array", "items": {"$ref": "#/$defs/question"}},
    }
    out: dict[str, Any] = {"description": spec.doc, **shapes[spec.kind]}
    if spec.minimum is not None:
        out["minimum"] = spec.minimum
    if spec.exclusive_minimum is not None:
        out["exclusiveMinimum"] = spec.exclusive_minimum
    if spec.min_items is not None and spec.kind != "refs":  # its list form says minItems
        out["minItems" if spec.kind != "pairs" else "minProperties"] = spec.min_items
    if spec.max_items is not None:
        out["maxItems" if spec.kind != "pairs" else "maxProperties"] = spec.max_items
    return out
