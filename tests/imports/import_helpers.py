"""Shared by the import tests: comparing questions across a round trip, running the CLI."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from click.testing import CliRunner

from quiz.bank.cloze import parse_cloze
from quiz.bank.model import Cloze, Deck, Question
from quiz.cli import cli

BUNDLED = sorted((Path(__file__).parents[2] / "decks").glob("*.yaml"))
NOT_CONTENT = ("id", "citations", "image", "points", "draft")  # compared apart, not carried


def content(q: Question) -> dict:
    """What a question asks and accepts: its type and fields, less id, citations, image."""
    out = {f.name: getattr(q, f.name) for f in dataclasses.fields(q) if f.name not in NOT_CONTENT}
    return {"type": q.type, **out}


def per_blank(q: Question) -> list[dict]:
    """A cloze as GIFT carries it: one question per blank, the others shown blanked."""
    if not isinstance(q, Cloze):
        return [content(q)]
    return [
        {"type": "cloze", "answer": d.answer, "hint": d.hint, "explanation": q.explanation,
         "background": q.background, "tags": q.tags}
        for d in q.deletions
    ]  # fmt: skip


def blank_of(q: Question) -> dict:
    (d,) = parse_cloze(q.text)  # type: ignore[union-attr]
    return {"type": "cloze", "answer": d.answer, "hint": d.hint, "explanation": q.explanation,
            "background": q.background, "tags": q.tags}  # fmt: skip


def citations(deck: Deck) -> list[str]:
    return [deck.citation(q) for q in deck.questions]


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input)
