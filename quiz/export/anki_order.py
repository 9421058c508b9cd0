"""The order an Anki card shows its options, items and match columns in, before any script.

Cards shuffle again at every review (the card script, :mod:`quiz.export.anki_scripts`);
this is the order underneath, what a client that runs no script shows, and the one the
script starts from. It is drawn once per question from the note's GUID hash, so a
re-export gives identical fields (Anki then leaves the note alone), and it never keeps
the order the deck wrote, which is often the key's order (right answers listed first):

- ``choice``: any order but the deck's, so the right option's letter is spread like
  chance across a deck, not always A;
- ``multi``: neither the deck's order nor one with the right options exactly first;
- ``order``: at most half of the item pairs in their right order (never nearly solved);
- ``match``: the right-hand column (partners and spares) with at most one row already
  beside its partner;
- ``true_false``: True then False, unshuffled and unlettered.

The draws come from SHA-256 of the seed and a counter, not from :mod:`random`, so the
order never changes with the Python version.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence

from quiz.answers.arrangement import Arrangement, deck_order
from quiz.bank.model import Choice, Match, Multi, Order, QuestionBase

Keep = Callable[[Sequence[int]], bool]  # whether a drawn order may be shown
MAX_DRAWS = 200  # every rule keeps at least a third of the orders a question can have


def card_arrangement(q: QuestionBase, seed: bytes) -> Arrangement:
    """The order a card shows ``q`` in when no script shuffles it (see the module doc)."""
    if isinstance(q, Choice):
        return Arrangement(order=_draw(len(q.options), seed, _moved))
    if isinstance(q, Multi):
        rights = {i for i, option in enumerate(q.options) if option in q.answers}
        return Arrangement(order=_draw(len(q.options), seed, _not_right_first(rights)))
    if isinstance(q, Order):
        return Arrangement(order=_draw(len(q.items), seed, _mostly_out_of_order))
    if isinstance(q, Match):  # the right column holds the pairs' partners, then the spares
        n = len(q.pairs)
        return Arrangement(order=_draw(len(q.rights), seed, _beside(n)), left=tuple(range(n)))
    return deck_order(q)


def pairs_in_order(order: Sequence[int]) -> int:
    """How many pairs of shown items stand in their right relative order."""
    n = len(order)
    return sum(order[i] < order[j] for i in range(n) for j in range(i + 1, n))


def _moved(order: Sequence[int]) -> bool:
    return list(order) != sorted(order)


def _not_right_first(rights: set[int]) -> Keep:
    def keep(order: Sequence[int]) -> bool:
        first = set(order[: len(rights)])
        return _moved(order) and (first != rights or len(rights) == len(order))

    return keep


def _mostly_out_of_order(order: Sequence[int]) -> bool:
    n = len(order)
    return 2 * pairs_in_order(order) <= n * (n - 1) // 2


def _beside(pairs: int) -> Keep:
    """At most one of the ``pairs`` rows shows its left item beside its partner."""

    def keep(order: Sequence[int]) -> bool:
        return _moved(order) and sum(order[row] == row for row in range(pairs)) <= 1

    return keep


def _draw(n: int, seed: bytes, keep: Keep) -> tuple[int, ...]:
    """The first uniform shuffle of ``range(n)`` drawn from ``seed`` that ``keep`` allows."""
    numbers = _numbers(seed)
    for _ in range(MAX_DRAWS if n > 1 else 0):
        order = list(range(n))
        for i in range(n - 1, 0, -1):  # Fisher-Yates
            j = _below(i + 1, numbers)
            order[i], order[j] = order[j], order[i]
        if keep(order):
            return tuple(order)
    return tuple(range(n))


def _numbers(seed: bytes) -> Iterator[int]:
    counter = 0
    while True:
        digest = hashlib.sha256(seed + counter.to_bytes(8, "big")).digest()
        counter += 1
        for k in range(0, 32, 4):
            yield int.from_bytes(digest[k : k + 4], "big")


def _below(bound: int, numbers: Iterator[int]) -> int:
    """A uniform integer in [0, bound), rejecting the draws that would bias it."""
    limit = (1 << 32) - (1 << 32) % bound
    while True:
        value = next(numbers)
        if value < limit:
            return value % bound
