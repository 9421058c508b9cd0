"""What Moodle GIFT and Canvas QTI files share: how quiz's exports wrote what the LMS
has no type for, read back (order as matching, a unit in brackets after the prompt).
The feedback's labelled background and sources are read by :mod:`quiz.imports.feedback`."""

from __future__ import annotations

import re

from quiz.bank.model import Match, Order, Question
from quiz.export.qti_items import ORDER_AS_MATCHING

_UNIT_RE = re.compile(r"^(.*\S) \(([^()\d]+)\)$", re.DOTALL)


def matching(qid: str, prompt: str, pairs: list[tuple[str, str]]) -> Question:
    """A matching question, or the order question quiz wrote as item -> position."""
    positions = [str(n) for n in range(1, len(pairs) + 1)]
    if prompt.endswith(ORDER_AS_MATCHING) and sorted(p[1] for p in pairs) == sorted(positions):
        items = tuple(left for left, _ in sorted(pairs, key=lambda p: int(p[1])))
        return Order(id=qid, prompt=prompt.removesuffix(ORDER_AS_MATCHING).strip(), items=items)
    spares = tuple(right for left, right in pairs if not left.strip())  # a blank left: a spare
    kept = tuple((left, right) for left, right in pairs if left.strip())
    return Match(id=qid, prompt=prompt, pairs=kept, spares=spares)


def split_unit(prompt: str) -> tuple[str, str | None]:
    """``How much (million marks)`` -> the prompt and the unit quiz's exports put there."""
    m = _UNIT_RE.match(prompt)
    return (m[1], m[2].strip()) if m else (prompt, None)
