"""How a question is displayed: option letters, item order, match columns, card side.

A :class:`Arrangement` records the display order chosen for one asking of a question,
as indices into the question's own tuples. The judge reads answers (``b``,
``c a d b``, ``1b 2a``) through it, so the same arrangement must be used to show the
question and to check the answer. Arrangements are plain data (``to_dict``/``from_dict``)
so an exam manifest can store the arrangement each paper was printed with.

What each field orders, per question type:

- ``choice``/``multi``: ``order`` = option indices in letter order (a, b, c ...).
- ``true_false``: ``order`` over ``(True, False)``; :func:`arrange` keeps True
  first (shuffling them only confuses; the letter still depends on the answer).
- ``order``: ``order`` = item indices (items are stored in the correct order).
- ``match``: ``left`` = pair indices in number order (1, 2 ...); ``order`` = pair
  indices whose right-hand sides are shown in letter order.
- ``card``: ``reverse`` = asked back to front.
- ``cloze``, ``short``, ``numeric``: nothing to lay out.
"""

from __future__ import annotations

import random
import re
import string
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from quiz.answers.text import MAX_ANSWER_CHARS
from quiz.answers.verdict import quoted
from quiz.bank.cloze import parse_cloze
from quiz.bank.model import (
    MAX_LETTERED,
    Choice,
    Flashcard,
    Match,
    Multi,
    Order,
    QuestionBase,
    TrueFalse,
)

LETTERS = string.ascii_lowercase[:MAX_LETTERED]  # a question has at most that many options
TRUE_FALSE = ("True", "False")


@dataclass(frozen=True)
class Arrangement:
    """The display order for one asking of one question (see module docstring)."""

    order: tuple[int, ...] = ()
    left: tuple[int, ...] = ()
    reverse: bool = False

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {}
        if self.order:
            out["order"] = list(self.order)
        if self.left:
            out["left"] = list(self.left)
        if self.reverse:
            out["reverse"] = True
        return out

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Arrangement:
        def indices(key: str) -> tuple[int, ...]:
            value = data.get(key, [])
            if not isinstance(value, list) or not all(isinstance(i, int) for i in value):
                raise ValueError(f"layout {key!r} must be a list of integers")
            if sorted(value) != list(range(len(value))):
                raise ValueError(f"layout {key!r} must be a permutation of 0..{len(value) - 1}")
            return tuple(value)

        return cls(order=indices("order"), left=indices("left"), reverse=bool(data.get("reverse")))

    def fits(self, question: QuestionBase) -> bool:
        """Whether this arrangement has the right shape for the question."""
        want_order, want_left = _sizes(question)
        return len(self.order) == want_order and len(self.left) == want_left


def _sizes(question: QuestionBase) -> tuple[int, int]:
    """How many entries ``order`` and ``left`` need for this question."""
    if isinstance(question, Choice | Multi):
        return len(question.options), 0
    if isinstance(question, TrueFalse):
        return 2, 0
    if isinstance(question, Order):
        return len(question.items), 0
    if isinstance(question, Match):
        return len(question.rights), len(question.pairs)
    return 0, 0


def _shuffled(n: int, rng: random.Random) -> tuple[int, ...]:
    order = list(range(n))
    rng.shuffle(order)
    return tuple(order)


def _scrambled(n: int, rng: random.Random) -> tuple[int, ...]:
    """A shuffle that is never the identity (an `order` question shown solved)."""
    order = list(range(n))
    while n > 1 and order == sorted(order):
        rng.shuffle(order)
    return tuple(order)


def arrange(question: QuestionBase, rng: random.Random) -> Arrangement:
    """A shuffled arrangement, so the letter of the right answer is not predictable.

    ``order`` items are never shown already in their correct order. Reverse cards
    are asked back to front half the time. Draws from ``rng`` only; no other state.
    """
    if isinstance(question, Choice | Multi):
        return Arrangement(order=_shuffled(len(question.options), rng))
    if isinstance(question, TrueFalse):
        return Arrangement(order=(0, 1))
    if isinstance(question, Order):
        return Arrangement(order=_scrambled(len(question.items), rng))
    if isinstance(question, Match):
        n = len(question.pairs)
        return Arrangement(order=_shuffled(len(question.rights), rng), left=_shuffled(n, rng))
    if isinstance(question, Flashcard):
        return Arrangement(reverse=bool(question.reverse) and rng.random() < 0.5)
    return Arrangement()


def deck_order(question: QuestionBase) -> Arrangement:
    """Everything in the order the deck gives it (an `order` question then shows solved)."""
    want_order, want_left = _sizes(question)
    return Arrangement(order=tuple(range(want_order)), left=tuple(range(want_left)))


def card_sides(card: Flashcard, arrangement: Arrangement) -> tuple[str, str]:
    """(shown, hidden): front and back, swapped when the card is asked back to front."""
    return (card.back, card.front) if arrangement.reverse else (card.front, card.back)


def kind_label(question: QuestionBase, arrangement: Arrangement) -> str:
    """How a heading names the question's type: 'choice', 'true/false', 'card, back to front'."""
    return "card, back to front" if arrangement.reverse else question.type.replace("_", "/")


def letter(index: int) -> str:
    return LETTERS[index]


def choices_shown(question: QuestionBase, arrangement: Arrangement) -> list[tuple[str, str]]:
    """(letter, text) as displayed: options, true/false, order items, or match right column."""
    if isinstance(question, Choice | Multi):
        texts: tuple[str, ...] = question.options
    elif isinstance(question, TrueFalse):
        texts = TRUE_FALSE
    elif isinstance(question, Order):
        texts = question.items
    elif isinstance(question, Match):
        texts = question.rights
    else:
        return []
    return [(letter(pos), texts[i]) for pos, i in enumerate(arrangement.order)]


def match_left_shown(question: Match, arrangement: Arrangement) -> list[tuple[str, str]]:
    """(number, left-hand text) of a match question as displayed: ('1', 'Lipetsk')."""
    return [(str(pos + 1), question.pairs[i][0]) for pos, i in enumerate(arrangement.left)]


def cloze_numbered(text: str) -> str:
    """Cloze text with each deletion shown as ``[1]`` or ``[2: hint]``, in reading order."""
    out, last = [], 0
    for n, d in enumerate(parse_cloze(text), start=1):
        out.append(text[last : d.start])
        out.append(f"[{n}: {d.hint}]" if d.hint else f"[{n}]")
        last = d.end
    out.append(text[last:])
    return "".join(out)


def not_here(missing: Sequence[str], span: str) -> str:
    """The one message for letters (or numbers) typed that are not on the paper or screen:
    "There is no 'e' or 'f' here (letters a-d)."."""
    named = [repr(m) for m in dict.fromkeys(missing)]
    listed = named[0] if len(named) == 1 else f"{', '.join(named[:-1])} or {named[-1]}"
    return f"There is no {listed} here ({span})."


def letters_not_shown(answer: str, count: int) -> list[str]:
    """The letters of an answer written as letters ('b d e', 'b, e', or two run together,
    'zz') that are not among the ``count`` shown; [] when all are shown or the answer is
    not written as letters ('Japan' is a word, not five letters)."""
    text = unicodedata.normalize("NFKC", answer[:MAX_ANSWER_CHARS]).casefold()
    tokens = re.sub(r"\band\b|[\s,;/.()\[\]+&-]", " ", text).split()
    joined = "".join(tokens)
    if not joined.isascii() or not joined.isalpha():
        return []
    if not all(len(t) == 1 for t in tokens) and len(joined) > 2:
        return []
    return [c for c in joined if ord(c) - ord("a") >= count]


def read_letters(answer: str, count: int) -> tuple[list[int], str | None]:
    """Positions typed as letters ('a c', 'A, C', 'ac'), or a statement of what is wrong."""
    span = f"letters a-{letter(count - 1)}"
    if len(answer) > MAX_ANSWER_CHARS:
        return [], f"That is too long to read as {span}."
    text = unicodedata.normalize("NFKC", answer).casefold()
    text = "".join(re.sub(r"\band\b|[\s,;/.()\[\]+&-]", " ", text).split())
    if not text.isascii() or not text.isalpha():
        return [], f"{quoted(answer)} is not read as {span}."
    if any(ord(c) - ord("a") >= count for c in text):
        missing = letters_not_shown(answer, count)
        unread = f"{quoted(answer)} is not read as {span}."
        return [], not_here(missing, span) if missing else unread
    return [ord(c) - ord("a") for c in text], None


def read_pairs(
    answer: str, count: int, letters: int | None = None
) -> tuple[list[tuple[int, int]], str | None]:
    """(row, letter) positions from '1b 2a 3c' (or 'b a c' for rows 1, 2, 3); ``count``
    rows and ``letters`` letters (as many as rows unless a match shows spares)."""
    letters = count if letters is None else letters
    text = unicodedata.normalize("NFKC", answer[:MAX_ANSWER_CHARS]).casefold()
    found = re.findall(r"(\d+)\s*[-:=.)>]*\s*([a-z])(?![a-z])", text)
    span = pairs_span(count, letters)
    unread = f"{quoted(answer)} is not read as pairs."
    if not found and not re.search(r"\d", text):
        positions, problem = read_letters(answer, letters)
        if missing := letters_not_shown(answer, letters):
            return [], not_here(missing, span)
        if not problem and len(positions) > count:
            return [], f"{len(positions)} letters given for {count} rows."
        if problem:
            return [], unread
        return list(enumerate(positions)), None
    leftover = re.sub(r"(\d+)\s*[-:=.)>]*\s*([a-z])(?![a-z])|[\s,;]", "", text)
    if leftover or not found:
        return [], unread
    pairs = [(int(row) - 1, ord(col) - ord("a")) for row, col in found]
    missing = [str(r + 1) for r, _ in pairs if not 0 <= r < count]
    missing += [letter(c) for _, c in pairs if not 0 <= c < letters]
    if missing:
        return [], not_here(missing, span)
    return pairs, None


def pairs_span(count: int, letters: int) -> str:
    return f"1-{count} and a-{letter(letters - 1)}"
