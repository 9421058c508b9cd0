"""A quiz session: which questions, in what order, what was answered, and the summary.

Pure: randomness comes in as a ``random.Random`` and time as numbers (seconds from
any clock), so the same seed gives the same session and tests use fixed values.
The score counts each question's first attempt only; with ``retry`` a question not
fully right is asked again at the end (with a fresh arrangement) until it is right.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from quiz.answers.arrangement import Arrangement, arrange
from quiz.answers.judge import Verdict
from quiz.bank.model import Deck, Question
from quiz.core.errors import NothingMatches


@dataclass(frozen=True)
class Item:
    """One question to ask, with the deck it comes from and how to lay it out."""

    deck: Deck
    question: Question
    arrangement: Arrangement
    attempt: int = 1  # 2 and up: asked again because it was missed


@dataclass(frozen=True)
class Result:
    item: Item
    answer: str
    verdict: Verdict
    seconds: float


def select(
    decks: Iterable[Deck],
    *,
    rng: random.Random,
    tags: Sequence[str] = (),
    types: Sequence[str] = (),
    limit: int | None = None,
    shuffle: bool = True,
) -> list[Item]:
    """The questions to ask: any of ``tags`` (question or deck tags), any of ``types``.

    Questions are shuffled unless ``shuffle`` is False (deck order); then cut to
    ``limit``. Options are always shuffled (see :func:`quiz.answers.arrangement.arrange`).
    Raises UsageError (exit 2) when nothing matches, naming the tags and types there are.
    """
    decks = list(decks)
    pool = [
        (deck, q)
        for deck in decks
        for q in deck.questions
        if (not tags or set(tags) & {*deck.tags, *q.tags}) and (not types or q.type in types)
    ]
    if not pool:
        asked = [*(("tags", t) for t in tags), *(("types", t) for t in types)]
        have_tags = sorted({t for d in decks for q in d.questions for t in (*d.tags, *q.tags)})
        raise NothingMatches(asked, have_tags, sorted({q.type for d in decks for q in d.questions}))
    if shuffle:
        rng.shuffle(pool)
    return [Item(deck, q, arrange(q, rng)) for deck, q in pool[:limit]]


@dataclass(frozen=True)
class TagScore:
    tag: str
    asked: int
    earned: float
    possible: float

    @property
    def percent(self) -> float:
        return 100 * self.earned / self.possible if self.possible else 0.0


@dataclass(frozen=True)
class SessionSummary:
    """How a session went. Only first attempts count towards the score."""

    planned: int  # questions selected
    asked: int  # questions answered (first attempts)
    right: int
    partial: int
    earned: float  # points: sum of score x points
    possible: float
    seconds: float
    tags: tuple[TagScore, ...]  # by question tag, alphabetical
    missed: tuple[Result, ...]  # first attempts not fully right, in the order asked
    retried: int  # further attempts made with --retry
    finished: bool  # False when the person quit early

    @property
    def wrong(self) -> int:
        return self.asked - self.right - self.partial

    @property
    def percent(self) -> float:
        return 100 * self.earned / self.possible if self.possible else 0.0


@dataclass
class Session:
    """The queue of items to ask and the results so far."""

    items: list[Item]
    rng: random.Random
    retry: bool = False
    started: float = 0.0
    results: list[Result] = field(default_factory=list)
    _queue: list[Item] = field(init=False)

    def __post_init__(self) -> None:
        self._queue = list(self.items)

    @property
    def planned(self) -> int:
        return len(self.items)

    def next_item(self) -> Item | None:
        """The next item to ask, or None when the session is over."""
        return self._queue[0] if self._queue else None

    def record(self, item: Item, answer: str, verdict: Verdict, seconds: float) -> Result:
        """Record the answer to the item :meth:`next_item` gave."""
        if not self._queue or self._queue[0] is not item:
            raise ValueError("record() the item next_item() returned")
        self._queue.pop(0)
        result = Result(item, answer, verdict, seconds)
        self.results.append(result)
        if self.retry and not verdict.correct:
            q = item.question
            self._queue.append(Item(item.deck, q, arrange(q, self.rng), item.attempt + 1))
        return result

    def summary(self, now: float) -> SessionSummary:
        first = [r for r in self.results if r.item.attempt == 1]
        by_tag: dict[str, list[Result]] = {}
        for r in first:
            for tag in r.item.question.tags:
                by_tag.setdefault(tag, []).append(r)
        return SessionSummary(
            planned=self.planned,
            asked=len(first),
            right=sum(r.verdict.correct for r in first),
            partial=sum(r.verdict.outcome == "partial" for r in first),
            earned=_earned(first),
            possible=_possible(first),
            seconds=max(0.0, now - self.started),
            tags=tuple(
                TagScore(tag, len(rs), _earned(rs), _possible(rs))
                for tag, rs in sorted(by_tag.items())
            ),
            missed=tuple(r for r in first if not r.verdict.correct),
            retried=len(self.results) - len(first),
            finished=not self._queue,
        )


def _earned(results: list[Result]) -> float:
    return sum(r.verdict.score * r.item.question.points for r in results)


def _possible(results: list[Result]) -> float:
    return sum(r.item.question.points for r in results)
