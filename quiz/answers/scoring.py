"""Scoring schemes: how much of a question's points a partly right answer earns.

Only three types have a choice: ``multi``, ``order`` and ``match``. The judge counts
what is right and wrong; a :class:`Scoring` turns the counts into a score 0..1. The
terminal quiz and reviews use :data:`PRACTICE` (credit for every step towards the
answer, so a learner sees progress); a paper exam stores its scheme in the manifest,
by default :data:`EXAM`, whose order and match rules give a random answer almost
nothing (see docs/exams.md#scoring for the expected scores).

- multi ``all``: full points only for exactly the right ticks; ``right-wrong``: (right
  ticks - wrong ticks) / right options, at least 0; ``per-option``: the share of options
  decided right (ticked if right, left blank if wrong).
- order ``pairs``: the share of item pairs in the right relative order; ``chance``: each
  item in its right place earns, each misplaced one costs 1/(n-1) of that (formula
  scoring, as for a matching of items to places; a random order averages 0 before
  the floor at 0); ``all``: full points only for the whole order right.
- match ``share``: the share of pairs matched right; ``chance``: each right pair earns,
  each wrong one costs 1/(k-1) of that, k the letters to choose from (formula scoring:
  a random matching averages 0 before the floor at 0); ``all``: all pairs or nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

MULTI = ("right-wrong", "all", "per-option")
ORDER = ("chance", "pairs", "all")
MATCH = ("chance", "share", "all")


@dataclass(frozen=True)
class Scoring:
    multi: str = "right-wrong"
    order: str = "pairs"
    match: str = "share"

    def to_dict(self) -> dict[str, str]:
        return {"multi": self.multi, "order": self.order, "match": self.match}

    @classmethod
    def from_dict(cls, data: Any) -> Scoring:
        """A manifest's scheme; one written before schemes existed scored as PRACTICE."""
        if not isinstance(data, dict):
            return PRACTICE
        got = cls(
            **{k: str(data.get(k, getattr(PRACTICE, k))) for k in ("multi", "order", "match")}
        )
        if problem := got.problem():
            raise ValueError(problem)
        return got

    def problem(self) -> str | None:
        for name, known in (("multi", MULTI), ("order", ORDER), ("match", MATCH)):
            if getattr(self, name) not in known:
                return f"{name} scoring {getattr(self, name)!r} is not one of {', '.join(known)}"
        return None


PRACTICE = Scoring()
EXAM = Scoring(multi="right-wrong", order="chance", match="chance")


def multi_score(scheme: str, hits: int, misses: int, rights: int, options: int) -> float:
    """Score of a multi answer with ``hits`` right and ``misses`` wrong ticks."""
    if scheme == "all":
        return float(hits == rights and misses == 0)
    if scheme == "per-option":
        return (hits + (options - rights - misses)) / options
    return max(0.0, (hits - misses) / rights)


def order_score(scheme: str, ranks: Sequence[int]) -> float:
    """Score of an order answer; ``ranks[i]`` is the right place of the item put i-th."""
    n = len(ranks)
    if scheme == "all":
        return float(list(ranks) == sorted(ranks))
    if scheme == "chance":
        placed = sum(rank == i for i, rank in enumerate(ranks))
        return _formula(placed, n - placed, n, n)
    pairs = n * (n - 1) // 2
    return sum(ranks[i] < ranks[j] for i in range(n) for j in range(i + 1, n)) / pairs


def match_score(scheme: str, hits: int, wrong: int, rows: int, letters: int) -> float:
    """Score of a match answer: ``hits`` rows right, ``wrong`` answered wrong, of ``rows``."""
    if scheme == "all":
        return float(hits == rows)
    if scheme == "chance":
        return _formula(hits, wrong, rows, letters)
    return hits / rows


def _formula(right: int, wrong: int, rows: int, choices: int) -> float:
    """Formula scoring: right - wrong/(choices-1) per row, floored at 0; blank rows cost 0."""
    penalty = wrong / (choices - 1) if choices > 1 else 0.0
    return max(0.0, (right - penalty) / rows)


def rule(scoring: Scoring, qtype: str, choices: int | None = None) -> str | None:
    """The scheme in words for the paper and the key; ``choices``: the items to place
    (order) or the letters to pick from (match), None to say it in general.
    None for types without a scheme."""
    if qtype not in ("multi", "order", "match"):
        return None
    scheme = getattr(scoring, qtype)
    if scheme == "chance":
        what = "item in its right place" if qtype == "order" else "right pair"
        miss = "misplaced item" if qtype == "order" else "wrong pair"
        blank = "" if qtype == "order" else ", blank 0"
        n = "items" if qtype == "order" else "letters"
        cost = f"1/({n}-1)" if choices is None else f"1/{choices - 1}" if choices > 2 else "1"
        return f"each {what} +1 share, each {miss} -{cost} share{blank}; not below 0"
    return RULES[qtype, scheme]


RULES = {
    ("multi", "right-wrong"): "each wrong tick cancels a right one; not below 0",
    ("multi", "all"): "points only if every tick is right",
    ("multi", "per-option"): "each option ticked or left blank rightly earns its share",
    ("order", "pairs"): "each pair of items in the right order earns its share",
    ("order", "all"): "points only for the whole order right",
    ("match", "share"): "each right pair earns its share",
    ("match", "all"): "points only if every pair is right",
}
