"""How each field of a model class looks in YAML and JSON, derived from its type hint.

The loader, the JSON Schema and the writers of YAML and manifests all read
:func:`field_specs`, so the model in :mod:`quiz.bank.model` stays the one definition.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, fields
from typing import get_type_hints

from quiz.bank.model import QUESTION_TYPES, Deck, Source, SourceRef


@dataclass(frozen=True)
class FieldSpec:
    """How one dataclass field looks in YAML."""

    name: str  # attribute name
    key: str  # YAML key
    kind: str  # text | bool | number | texts | pairs | refs | sources | questions
    required: bool
    doc: str
    pattern: str | None
    minimum: float | None
    exclusive_minimum: float | None
    min_items: int | None
    max_items: int | None


_KINDS = {
    "str": "text",
    "bool": "bool",
    "float": "number",
    "tuple[str, ...]": "texts",
    "tuple[tuple[str, str], ...]": "pairs",
    "tuple[SourceRef, ...]": "refs",
    "tuple[Source, ...]": "sources",
    "tuple[Question, ...]": "questions",
}


_SPECS: dict[type, tuple[FieldSpec, ...]] = {}


def field_specs(cls: type) -> tuple[FieldSpec, ...]:
    """The YAML shape of each field of a model class, derived from its type hints."""
    specs = _SPECS.get(cls)
    if specs is None:
        specs = _SPECS[cls] = _read_specs(cls)
    return specs


def _read_specs(cls: type) -> tuple[FieldSpec, ...]:
    raw = {f.name: f.type for f in fields(cls)}
    specs = []
    for f in fields(cls):
        if f.metadata.get("internal"):
            continue
        hint = str(raw[f.name]).removesuffix(" | None")
        md = f.metadata
        specs.append(
            FieldSpec(
                name=f.name,
                key=str(md.get("key", f.name)),
                kind=_KINDS[hint],
                required=f.default is MISSING and f.default_factory is MISSING,
                doc=str(md.get("doc", "")),
                pattern=md.get("pattern"),
                minimum=md.get("minimum"),
                exclusive_minimum=md.get("exclusive_minimum"),
                min_items=md.get("min_items"),
                max_items=md.get("max_items"),
            )
        )
    return tuple(specs)


def check_hints() -> None:
    """Fail fast if a field's type hint has no YAML kind (run by the tests)."""
    for cls in (Deck, Source, SourceRef, *QUESTION_TYPES.values()):
        get_type_hints(cls)
        field_specs(cls)
