"""``manifest.json``: everything `quiz grade` needs to mark an exam, without the decks.

It records the seed and options (so the exam can be rebuilt), and per variant
each question in full, the arrangement it was printed with (key "layout"), its points and its right
answer, plus the spread of the correct option letters. Questions are stored
whole because the bank may change after the exam is printed; the paper may not.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quiz import __version__
from quiz.answers.arrangement import Arrangement
from quiz.bank.fields import field_specs
from quiz.bank.model import QUESTION_TYPES, Question, SourceRef
from quiz.core.errors import QuizError
from quiz.exams.build import Exam, Variant
from quiz.exams.paper import key_answer, written_answer

MANIFEST_NAME = "manifest.json"
FORMAT = "quiz-exam-manifest"
VERSION = 1


def question_to_dict(q: Question) -> dict[str, Any]:
    out: dict[str, Any] = {"type": q.type}
    for spec in field_specs(type(q)):
        value = getattr(q, spec.name)
        if spec.kind in ("texts", "pairs"):
            value = [list(v) if spec.kind == "pairs" else v for v in value]
        elif spec.kind == "ref" and value is not None:
            value = {k: v for k, v in vars(value).items() if v is not None}
        out[spec.key] = value
    return out


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
        elif spec.kind == "ref" and value is not None:
            value = SourceRef(**value)
        kwargs[spec.name] = value
    return cls(**kwargs)  # type: ignore[return-value]


def letter_spread(letters: dict[str, int]) -> int:
    """Most minus least used correct letter (0 or 1 is as even as it gets)."""
    return max(letters.values()) - min(letters.values()) if letters else 0


def variant_entry(variant: Variant) -> dict[str, Any]:
    letters = variant.answer_letters()
    return {
        "code": variant.code,
        "total_points": variant.total_points,
        "answer_letters": letters,
        "letter_spread": letter_spread(letters),
        "true_false": variant.true_false(),
        "questions": [
            {
                "number": item.number,
                "deck": item.deck.id,
                "id": item.question.id,
                "type": item.question.type,
                "points": item.points,
                "answer": written_answer(item.question, item.arrangement),
                "key": key_answer(item),
                "layout": item.arrangement.to_dict(),
                "question": question_to_dict(item.question),
            }
            for item in variant.questions
        ],
    }


def manifest(
    exam: Exam, files: list[str], paper: str = "a4", instructions: str | None = None
) -> dict[str, Any]:
    """The manifest; ``paper`` and ``instructions`` only shape the print, kept to rebuild it."""
    o = exam.options
    decks = {item.deck.id: item.deck.title for v in exam.variants for item in v.questions}
    return {
        "format": FORMAT,
        "version": VERSION,
        "generator": f"quiz {__version__}",
        "title": o.title,
        "seed": exam.seed,
        "options": {
            "count": o.count,
            "pick": [f"{tag}={n}" for tag, n in o.picks],
            "types": list(o.types),
            "variants": o.variants,
            "points": o.total_points,
            "shuffle_options": o.shuffle_options,
            "pool": o.pool,
            "paper": paper,
            "instructions": instructions,
        },
        "total_points": exam.variants[0].total_points,
        "decks": [{"id": k, "title": v} for k, v in sorted(decks.items())],
        "warnings": list(exam.warnings),
        "files": files,
        "variants": [variant_entry(v) for v in exam.variants],
    }


def dump(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


@dataclass(frozen=True)
class MarkedQuestion:
    """A printed question as `quiz grade` needs it."""

    number: int
    key: str  # deck/question id: the same question on every variant
    question: Question
    arrangement: Arrangement
    points: float
    answer: str


def read_manifest(folder: Path) -> tuple[dict[str, Any], dict[str, list[MarkedQuestion]]]:
    """The raw manifest and, per variant code, its questions in paper order."""
    path = Path(folder) / MANIFEST_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise QuizError(
            f"{path}: no exam manifest here; give the folder `quiz exam` wrote"
        ) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise QuizError(f"{path}: cannot read the manifest: {e}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise QuizError(f"{path}: not a quiz exam manifest")
    if data.get("version") != VERSION:
        raise QuizError(
            f"{path}: manifest version {data.get('version')!r}; this quiz reads {VERSION}"
        )
    variants = {}
    try:
        for v in data["variants"]:
            variants[v["code"]] = [
                MarkedQuestion(
                    int(q["number"]),
                    f"{q['deck']}/{q['id']}",
                    question_from_dict(q["question"]),
                    Arrangement.from_dict(q["layout"]),
                    float(q["points"]),
                    str(q["answer"]),
                )
                for q in v["questions"]
            ]
    except (KeyError, TypeError, ValueError) as e:
        raise QuizError(f"{path}: damaged manifest ({type(e).__name__}: {e})") from None
    return data, variants
