"""What a teacher asks of `quiz exam`, parsed from the command line and checked."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from quiz.answers.scoring import EXAM, Scoring
from quiz.bank.model import QUESTION_TYPES
from quiz.core.errors import OptionError
from quiz.core.words import plural

PAPERS = ("a4", "us-letter")  # page sizes Typst knows by these names
DEFAULT_PAPER = PAPERS[0]
DEFAULT_TYPES = tuple(t for t in QUESTION_TYPES if t != "card")
MAX_VARIANTS = 100
MAX_DIGITS = 10  # the student-number grid, and a number bubbled digit by digit


@dataclass(frozen=True)
class ExamOptions:
    title: str = "Exam"
    count: int | None = None
    picks: tuple[tuple[str, int], ...] = ()
    types: tuple[str, ...] = DEFAULT_TYPES
    variants: int = 1
    total_points: float | None = None
    shuffle_options: bool = True
    pool: bool = False
    scoring: Scoring = EXAM


def check_options(options: ExamOptions) -> None:
    """Refuse options no exam can satisfy, whatever the decks."""
    unknown = [t for t in options.types if t not in QUESTION_TYPES]
    if unknown:
        known = ", ".join(QUESTION_TYPES)
        raise OptionError("types", f"unknown type {unknown[0]!r} (known: {known})")
    if not 1 <= options.variants <= MAX_VARIANTS:
        raise OptionError("variants", f"must be between 1 and {MAX_VARIANTS}")
    if options.count is not None and options.count < 1:
        raise OptionError("count", "must be at least 1")
    for tag, n in options.picks:
        if n < 1:
            raise OptionError("picks", "the number must be at least 1", f"{tag}={n}")
    for name in ("multi", "order", "match"):
        scheme = Scoring(**{name: getattr(options.scoring, name)})
        if scheme.problem():
            raise OptionError(f"{name}_scoring", f"unknown scheme (known: {scheme.problem()})")
    total = options.total_points
    if total is not None and (total <= 0 or (total * 2) % 1):
        raise OptionError(
            "total_points", "must be a positive whole or half number, e.g. 40 or 22.5"
        )


def check_pick_tags(options: ExamOptions, known: set[str]) -> None:
    """A pick tag that no question in the decks has is a typo, not a shortage: say so."""
    for tag, n in options.picks:
        if tag not in known:
            tags = ", ".join(sorted(known)) or "none"
            problem = f"no question is tagged {tag!r}; tags here: {tags}"
            raise OptionError("picks", problem, f"{tag}={n}")


def parse_pick(text: str) -> tuple[str, int]:
    """``loans=3`` -> ("loans", 3)."""
    tag, sep, n = text.partition("=")
    if not sep or not tag.strip() or not n.strip().isdigit():
        raise OptionError("picks", "write TAG=N, e.g. loans=3", text)
    return tag.strip(), int(n)


def parse_types(text: str | None) -> tuple[str, ...]:
    """``choice,multi`` or ``choice multi`` -> ("choice", "multi"); None -> the default types."""
    if text is None:
        return DEFAULT_TYPES
    names = tuple(dict.fromkeys(text.replace(",", " ").split()))
    if not names:
        raise OptionError("types", "give at least one type, e.g. choice,true_false")
    return names


def scale_points(weights: Sequence[float], total: float | None) -> tuple[list[float], str | None]:
    """Weights scaled to ``total`` in half points, and a note when the total moved.

    Questions of equal weight always get equal points: each weight is scaled and
    rounded to the nearest half point (at least half a point). When the rounded
    points do not add up to ``total``, the total moves rather than some questions
    quietly getting more than others of the same weight, and the note says so.
    """
    if total is None:
        return [float(w) for w in weights], None
    if round(total * 2) < len(weights):
        raise OptionError("total_points", f"too few for {len(weights)} questions", f"{total:g}")
    factor = total / sum(weights)
    points = [max(0.5, math.floor(w * factor * 2 + 0.5) / 2) for w in weights]
    got = sum(points)
    if got == total:
        return points, None
    each = ", ".join(
        f"{plural(n, 'question')} of weight {w:g} get {p:g}"
        for (w, p), n in sorted(Counter(zip(weights, points, strict=True)).items())
    )
    note = (
        f"points scaled to {total:g}: {len(weights)} questions cannot share {total:g} "
        f"points in half points and keep equal weights equal: {each}, {got:g} points in all"
    )
    if len(set(weights)) == 1:
        n = len(weights)
        below, above = math.floor(total * 2 / n) / 2, math.ceil(total * 2 / n) / 2
        note += f" (totals that split evenly: {max(below, 0.5) * n:g} or {above * n:g})"
    return points, note
