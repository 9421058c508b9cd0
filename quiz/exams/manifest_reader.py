"""Reading ``manifest.json`` back for `quiz grade`, `quiz scan` and the reports: checked
once, field by field, so that a damaged or foreign file is a clear error and a failure
to build a question from it is a bug of ours. (Writing it: :mod:`quiz.exams.manifest`.)
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quiz.answers.arrangement import Arrangement
from quiz.answers.scoring import Scoring
from quiz.bank.fields import field_specs
from quiz.bank.model import QUESTION_TYPES, Deck, Question, Source, SourceRef
from quiz.core.errors import UsageError
from quiz.core.inputs import InputError, read_input
from quiz.exams.manifest import FORMAT, MANIFEST_NAME, VERSION


@dataclass(frozen=True)
class MarkedQuestion:
    """A printed question as `quiz grade` needs it."""

    number: int
    key: str  # deck/question id: the same question on every variant
    question: Question
    arrangement: Arrangement
    points: float
    answer: str

    @property
    def deck(self) -> str:
        """The id of the deck the question comes from."""
        return self.key.split("/", 1)[0]


class ManifestError(UsageError):
    """A manifest.json that is missing, unreadable or not what `quiz exam` writes."""


def load_manifest(path: Path, *, as_input: bool = True) -> dict[str, Any]:
    """The manifest file's JSON, checked to be a quiz exam manifest of this version.
    ``as_input=False``: `quiz exam` looking at the manifest it may replace."""
    try:
        data = json.loads(read_input(path, "manifest", remember=as_input).decode("utf-8"))
    except InputError as e:
        if e.reason == "no such file":
            raise ManifestError(
                f"{path}: no exam manifest here; give the folder `quiz exam` wrote"
            ) from None
        raise ManifestError(str(e)) from None
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as e:
        raise ManifestError(f"{path}: cannot read the manifest: {e}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ManifestError(f"{path}: not a quiz exam manifest")
    if data.get("version") != VERSION:
        raise ManifestError(
            f"{path}: manifest version {data.get('version')!r}; this quiz reads {VERSION}"
        )
    return data


def exam_scoring(data: dict[str, Any], path: Path) -> Scoring:
    """The scheme the exam was printed with (a manifest from before schemes: PRACTICE's)."""
    options = data.get("options")
    try:
        return Scoring.from_dict(options.get("scoring") if isinstance(options, dict) else None)
    except (TypeError, ValueError) as e:
        raise ManifestError(f"{path}: damaged manifest ({e})") from None


def read_manifest(folder: Path) -> tuple[dict[str, Any], dict[str, list[MarkedQuestion]]]:
    """The raw manifest and, per variant code, its questions in paper order."""
    path = Path(folder) / MANIFEST_NAME
    data = load_manifest(path)
    try:
        variants = {
            _need(v, "code", str): [_marked(q) for q in _need(v, "questions", list)]
            for v in _need(data, "variants", list)
        }
    except _Damaged as e:
        raise ManifestError(f"{path}: damaged manifest ({e})") from None
    return data, variants


class _Damaged(Exception):
    """What in the manifest is not as `quiz exam` wrote it."""


_KINDS: dict[str, tuple[type, ...]] = {
    "text": (str,),
    "bool": (bool,),
    "number": (int, float),
    "texts": (list,),
    "pairs": (list,),
    "refs": (dict, list),
}


def _need(data: object, key: str, kind: type | tuple[type, ...]) -> Any:
    if not isinstance(data, dict) or key not in data:
        raise _Damaged(f"no {key!r}")
    value = data[key]
    if not isinstance(value, kind) or (isinstance(value, bool) and kind in (int, (int, float))):
        raise _Damaged(f"{key!r} is {type(value).__name__}")
    return value


def _marked(q: object) -> MarkedQuestion:
    """One printed question, checked field by field before it is built, so that a
    failure to build it is a bug of ours, not a damaged file."""
    raw = _need(q, "question", dict)
    question = question_from_dict(_checked_question(raw))
    try:
        arrangement = Arrangement.from_dict(_need(q, "layout", dict))
    except ValueError as e:
        raise _Damaged(str(e)) from None
    if not arrangement.fits(question):
        raise _Damaged(f"the layout of {question.id!r} does not fit it")
    return MarkedQuestion(
        _need(q, "number", int),
        f"{_need(q, 'deck', str)}/{_need(q, 'id', str)}",
        question,
        arrangement,
        float(_need(q, "points", (int, float))),
        str(_need(q, "answer", str)),
    )


def _checked_question(raw: dict[str, Any]) -> dict[str, Any]:
    cls = QUESTION_TYPES.get(_need(raw, "type", str))
    if cls is None:
        raise _Damaged(f"unknown question type {raw['type']!r}")
    specs = field_specs(cls)
    unknown = set(raw) - {s.key for s in specs} - {"type"}
    if unknown:
        raise _Damaged(f"unknown field {sorted(unknown)[0]!r}")
    for spec in specs:
        if spec.key not in raw:
            if spec.required:
                raise _Damaged(f"no {spec.key!r} in question {raw.get('id')!r}")
            continue
        value = raw[spec.key]
        if value is None and not spec.required:
            continue
        _need(raw, spec.key, _KINDS[spec.kind])
        items = value if spec.kind in ("texts", "pairs") else []
        for item in items:
            pair = spec.kind == "pairs"
            ok = (
                isinstance(item, list) and len(item) == 2 and all(isinstance(s, str) for s in item)
                if pair
                else isinstance(item, str)
            )
            if not ok:
                raise _Damaged(f"{spec.key!r} holds {item!r}")
        if spec.kind == "refs" and not all(map(_is_citation, _citation_list(value))):
            raise _Damaged(f"{spec.key!r} is not a citation or a list of them")
    return raw


def _is_citation(ref: object) -> bool:
    return _text_mapping(ref, {"id"}, {"id", "section", "page"})


def _is_source(raw: object) -> bool:
    return _text_mapping(
        raw, {"id", "title"}, {"id", "title", "author", "publisher", "date", "url"}
    )


def _text_mapping(raw: object, required: set[str], allowed: set[str]) -> bool:
    """A mapping of texts with every ``required`` key and no key beyond ``allowed``."""
    return (
        isinstance(raw, dict)
        and required <= set(raw) <= allowed
        and all(isinstance(v, str) for v in raw.values())
    )


def manifest_decks(data: dict[str, Any], path: Path) -> dict[str, Deck]:
    """The decks the manifest names, by id, with their sources but no questions: enough to
    spell a citation (:meth:`~quiz.bank.model.Deck.citation`). An older manifest's decks
    have no sources, so its citations name source ids."""
    decks: dict[str, Deck] = {}
    try:
        for entry in data.get("decks") or []:
            raw = _need(entry, "sources", list) if "sources" in entry else []
            if not all(map(_is_source, raw)):
                raise _Damaged("a source is not an id and title with author, publisher ...")
            sources = tuple(Source(**s) for s in raw)
            deck_id, title = _need(entry, "id", str), _need(entry, "title", str)
            decks[deck_id] = Deck(id=deck_id, title=title, sources=sources, questions=())
    except (_Damaged, TypeError) as e:
        raise ManifestError(f"{path}: damaged manifest ({e})") from None
    return decks


def question_from_dict(data: dict[str, Any]) -> Question:
    cls = QUESTION_TYPES[data["type"]]
    kwargs: dict[str, Any] = {}
    for spec in field_specs(cls):
        if spec.key not in data:
            continue
        value = data[spec.key]
        if spec.kind == "texts":
            value = tuple(value)
        elif spec.kind == "pairs":
            value = tuple((left, right) for left, right in value)
        elif spec.kind == "refs":
            value = tuple(SourceRef(**ref) for ref in _citation_list(value))
        kwargs[spec.name] = value
    return cls(**kwargs)  # type: ignore[return-value]


def _citation_list(value: dict | list | None) -> list[dict]:
    """A manifest's citations: none, one mapping (every manifest before lists) or a list."""
    if value is None:
        return []
    return [value] if isinstance(value, dict) else value
