"""``manifest.json``: everything `quiz grade` needs to mark an exam, without the decks.

It records the seed and options (so the exam can be rebuilt), and per variant
each question in full, the arrangement it was printed with (key "layout"), its points and its right
answer, plus the spread of the correct option letters. Questions are stored
whole because the bank may change after the exam is printed; the paper may not. Each
deck's sources are kept too, so that a feedback sheet can cite them as the key does
(a manifest from before sources were kept cites them by their ids).
"""

from __future__ import annotations

import json
from typing import Any

from quiz import __version__
from quiz.bank.fields import field_specs
from quiz.bank.model import Deck, Question
from quiz.exams.build import Exam, Variant
from quiz.exams.options import DEFAULT_PAPER
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
        elif spec.kind == "refs":  # as in a deck file: one mapping, a list, or none
            refs = [{k: v for k, v in vars(ref).items() if v is not None} for ref in value]
            value = refs[0] if len(refs) == 1 else refs or None
        out[spec.key] = value
    return out


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
    exam: Exam, files: list[str], paper: str = DEFAULT_PAPER, instructions: str | None = None
) -> dict[str, Any]:
    """The manifest; ``paper`` and ``instructions`` only shape the print, kept to rebuild it."""
    o = exam.options
    decks = {item.deck.id: item.deck for v in exam.variants for item in v.questions}
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
            "scoring": o.scoring.to_dict(),
            "paper": paper,
            "instructions": instructions,
        },
        "total_points": exam.variants[0].total_points,
        "decks": [deck_entry(deck) for _, deck in sorted(decks.items())],
        "warnings": list(exam.warnings),
        "left_out": list(exam.left_out),
        "files": files,
        "variants": [variant_entry(v) for v in exam.variants],
    }


def deck_entry(deck: Deck) -> dict[str, Any]:
    """A deck as the manifest keeps it: its id, title and the sources its questions cite."""
    sources = [{k: v for k, v in vars(s).items() if v is not None} for s in deck.sources]
    return {"id": deck.id, "title": deck.title, "sources": sources}


def dump(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
