"""What a teacher asks of `quiz exam`, parsed from the command line and checked."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from quiz.answers.scoring import EXAM, Scoring
from quiz.bank.model import QUESTION_TYPES
from quiz.core.errors import OptionError

PAPERS = ("a4", "us-letter")  # page sizes Typst knows by these names
DEFAULT_PAPER = PAPERS[0]
DEFAULT_TYPES = tuple(t for t in QUESTION_TYPES if t != "card")
MAX_VARIANTS = 100


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


def scale_points(weights: Sequence[float], total: float | None) -> list[float]:
    """Weights scaled to ``total`` in half points, summing to it exactly (largest remainder)."""
    if total is None:
        return [float(w) for w in weights]
    halves = round(total * 2)
    if halves < len(weights):
        raise OptionError("total_points", f"too few for {len(weights)} questions", f"{total:g}")
    raw = [w / sum(weights) * halves for w in weights]
    # every question keeps at least half a point; the rest goes by largest remainder
    got = [max(1, int(r)) for r in raw]
    while sum(got) > halves:
        i = max((k for k in range(len(got)) if got[k] > 1), key=lambda k: (got[k] - raw[k], -k))
        got[i] -= 1
    rest = sorted(range(len(raw)), key=lambda k: (got[k] - raw[k], k))
    for i in rest[: halves - sum(got)]:
        got[i] += 1
    return [g / 2 for g in got]
