"""The deck and every question type: the single source of truth.

The loader, the JSON Schema (``quiz schema``) and every engine and exporter read
these dataclasses. Each field's YAML shape is derived from its type hint by
:func:`quiz.bank.fields.field_specs`; constraints that a type hint cannot say (slugs,
minimum counts) live in the field's metadata. Semantic rules that need several fields at
once (an answer must be among the options) are each class's ``problems()``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from quiz.bank.cloze import Deletion, cloze_blanked, number_problems, parse_cloze, shape_problems

SLUG = r"^[a-z0-9][a-z0-9-]*$"
MAX_LETTERED = 26  # options, items and pairs are lettered a-z when shown (quiz.answers.arrangement)
SLUG_RE = re.compile(SLUG)


def meta(doc: str, **extra: object) -> dict[str, object]:
    return {"doc": doc, **extra}


def slug_field(doc: str, **kw: object):
    return field(metadata=meta(doc, pattern=SLUG), **kw)  # type: ignore[call-overload]


@dataclass(frozen=True, kw_only=True)
class Source:
    """A document the questions are drawn from."""

    id: str = slug_field("Short id that questions cite, e.g. moore.")
    title: str = field(metadata=meta("Title of the document."))
    author: str | None = field(default=None, metadata=meta("Author (or give publisher)."))
    publisher: str | None = field(default=None, metadata=meta("Publisher (or give author)."))
    date: str | None = field(default=None, metadata=meta("Publication date, where known."))
    url: str | None = field(default=None, metadata=meta("Where to find it, where known."))

    def problems(self) -> list[tuple[str, str]]:
        if not self.author and not self.publisher:
            return [("author", "a source needs an author or a publisher")]
        return []


@dataclass(frozen=True, kw_only=True)
class SourceRef:
    """Where in a declared source a question's fact stands."""

    id: str = slug_field("Id of a source declared in the deck's sources.")
    section: str | None = field(default=None, metadata=meta("Section heading (articles)."))
    page: str | None = field(default=None, metadata=meta("Page or page range (books)."))

    @property
    def locator(self) -> str:
        if self.page is not None:
            return f"p. {self.page}"
        return f"§ {self.section}"

    def problems(self) -> list[tuple[str, str]]:
        if (self.section is None) == (self.page is None):
            return [("section", "give exactly one of section or page")]
        return []


@dataclass(frozen=True, kw_only=True)
class QuestionBase:
    """Fields every question type has."""

    type: ClassVar[str]
    id: str = slug_field("Stable id, unique in the deck; progress and Anki notes key on it.")
    explanation: str | None = field(
        default=None, metadata=meta("What the cited sources say, shown after the answer.")
    )
    background: str | None = field(
        default=None,
        metadata=meta("Context that is not in the cited sources; always shown labelled so."),
    )
    citations: tuple[SourceRef, ...] = field(
        default=(),
        metadata=meta(
            "Where the fact comes from: one citation or a list.", key="source", min_items=1
        ),
    )
    tags: tuple[str, ...] = field(default=(), metadata=meta("Themes.", pattern=SLUG))
    points: float = field(default=1, metadata=meta("Weight in scores.", exclusive_minimum=0))
    image: str | None = field(default=None, metadata=meta("Image path relative to the deck."))
    draft: bool = field(default=False, metadata=meta("Machine-drafted, not yet edited."))

    @property
    def prompt_text(self) -> str:
        """The text that asks the question (used by listings and exports)."""
        return getattr(self, "prompt", "")

    def problems(self) -> list[tuple[str, str]]:
        """Semantic errors as (field, message); field may be 'options[2]'."""
        return []

    def warnings(self) -> list[tuple[str, str]]:
        return []


@dataclass(frozen=True, kw_only=True)
class Flashcard(QuestionBase):
    """A flashcard (YAML type `card`): a front to recall the back from, self-graded."""

    type: ClassVar[str] = "card"
    front: str = field(metadata=meta("Front of the card."))
    back: str = field(metadata=meta("Back of the card."))
    reverse: bool = field(default=False, metadata=meta("Also ask back to front."))

    @property
    def prompt_text(self) -> str:
        return self.front


@dataclass(frozen=True, kw_only=True)
class Cloze(QuestionBase):
    """Text with gaps to fill, written as Anki cloze deletions."""

    type: ClassVar[str] = "cloze"
    text: str = field(
        metadata=meta("Text with Anki deletions {{c1::answer}} or {{c1::answer::hint}}.")
    )

    @property
    def deletions(self) -> list[Deletion]:
        return parse_cloze(self.text)

    @property
    def prompt_text(self) -> str:
        return cloze_blanked(self.text)

    def problems(self) -> list[tuple[str, str]]:
        dels = self.deletions
        if not dels:
            return [("text", "a cloze needs at least one deletion like {{c1::answer}}")]
        shape = shape_problems(self.text)
        if shape:
            return [("text", message) for message in shape]
        return [("text", message) for message in number_problems(self.text)] + [
            ("text", f"deletion c{d.number} has an empty answer")
            for d in dels
            if not d.answer.strip()
        ]


def repeated(items: tuple[str, ...]) -> list[tuple[int, str]]:
    """(index, item) of each item that repeats an earlier one, ignoring case and spaces."""
    seen: set[str] = set()
    out = []
    for i, item in enumerate(items):
        key = " ".join(item.split()).casefold()
        if key in seen:
            out.append((i, item))
        seen.add(key)
    return out


def _duplicates(items: tuple[str, ...], name: str, what: str) -> list[tuple[str, str]]:
    return [(f"{name}[{i}]", f"duplicate {what} {item!r}") for i, item in repeated(items)]


@dataclass(frozen=True, kw_only=True)
class Choice(QuestionBase):
    """A question with one right option among several."""

    type: ClassVar[str] = "choice"
    prompt: str = field(metadata=meta("The question."))
    options: tuple[str, ...] = field(
        metadata=meta("Options; shuffled when asked.", max_items=MAX_LETTERED)
    )
    answer: str = field(metadata=meta("The one correct option, exactly as in options."))

    def problems(self) -> list[tuple[str, str]]:
        out = _duplicates(self.options, "options", "option")
        if self.answer not in self.options:
            out.append(("answer", f"answer {self.answer!r} is not one of the options"))
        return out

    def warnings(self) -> list[tuple[str, str]]:
        return [("options", "only one option")] if len(self.options) < 2 else []


@dataclass(frozen=True, kw_only=True)
class Multi(QuestionBase):
    """A question with several right options; tick every one."""

    type: ClassVar[str] = "multi"
    prompt: str = field(metadata=meta("The question."))
    options: tuple[str, ...] = field(
        metadata=meta("Options; shuffled when asked.", max_items=MAX_LETTERED)
    )
    answers: tuple[str, ...] = field(metadata=meta("The correct options, exactly as in options."))

    def problems(self) -> list[tuple[str, str]]:
        out = _duplicates(self.options, "options", "option") + _duplicates(
            self.answers, "answers", "answer"
        )
        if not self.answers:
            out.append(("answers", "a multi question needs at least one correct option"))
        out += [
            (f"answers[{i}]", f"answer {a!r} is not one of the options")
            for i, a in enumerate(self.answers)
            if a not in self.options
        ]
        return out

    def warnings(self) -> list[tuple[str, str]]:
        if len(self.options) < 2:
            return [("options", "only one option")]
        if set(self.answers) >= set(self.options):
            return [("answers", "every option is correct")]
        return []


@dataclass(frozen=True, kw_only=True)
class TrueFalse(QuestionBase):
    """A statement to judge true or false."""

    type: ClassVar[str] = "true_false"
    statement: str = field(metadata=meta("A statement to judge."))
    answer: bool = field(metadata=meta("Whether the statement is true."))

    @property
    def prompt_text(self) -> str:
        return self.statement


@dataclass(frozen=True, kw_only=True)
class Short(QuestionBase):
    """A question answered in a word or a few (typos forgiven)."""

    type: ClassVar[str] = "short"
    prompt: str = field(metadata=meta("The question."))
    answer: str = field(metadata=meta("The expected answer."))
    alternatives: tuple[str, ...] = field(default=(), metadata=meta("Other accepted answers."))

    @property
    def accepted(self) -> tuple[str, ...]:
        return (self.answer, *self.alternatives)

    def warnings(self) -> list[tuple[str, str]]:
        return [
            (f"alternatives[{i - 1}]", f"alternative {item!r} repeats an accepted answer")
            for i, item in repeated(self.accepted)
        ]


@dataclass(frozen=True, kw_only=True)
class Numeric(QuestionBase):
    """A question answered with a number, optionally within a tolerance."""

    type: ClassVar[str] = "numeric"
    prompt: str = field(metadata=meta("The question."))
    answer: float = field(metadata=meta("The number."))
    tolerance: float = field(default=0, metadata=meta("Accepted distance.", minimum=0))
    unit: str | None = field(default=None, metadata=meta("Unit, e.g. 'million marks'."))


@dataclass(frozen=True, kw_only=True)
class Order(QuestionBase):
    """Items to put in their right order."""

    type: ClassVar[str] = "order"
    prompt: str = field(metadata=meta("The question."))
    items: tuple[str, ...] = field(
        metadata=meta("Items in their correct order.", min_items=2, max_items=MAX_LETTERED)
    )

    def problems(self) -> list[tuple[str, str]]:
        return _duplicates(self.items, "items", "item")


@dataclass(frozen=True, kw_only=True)
class Match(QuestionBase):
    """Left-hand items to pair with their right-hand partners."""

    type: ClassVar[str] = "match"
    prompt: str = field(metadata=meta("The question."))
    pairs: tuple[tuple[str, str], ...] = field(
        metadata=meta("Left -> right pairs.", min_items=2, max_items=MAX_LETTERED)
    )
    spares: tuple[str, ...] = field(
        default=(),
        metadata=meta(
            "Right-hand entries that match no left item, shown among the others so that "
            "the last pair is not given away by elimination."
        ),
    )

    @property
    def rights(self) -> tuple[str, ...]:
        """The right-hand column: each pair's right side, then the spares."""
        return (*(right for _, right in self.pairs), *self.spares)

    def problems(self) -> list[tuple[str, str]]:
        out = [
            ("pairs", f"{side} {item!r} appears twice")
            for side, items in (
                ("key", [k for k, _ in self.pairs]),
                ("value", [v for _, v in self.pairs]),
            )
            for _, item in repeated(tuple(items))
        ]
        n = len(self.pairs)
        out += [
            (f"spares[{i - n}]", f"spare {item!r} repeats a right-hand entry")
            for i, item in repeated(self.rights)
            if i >= n
        ]
        if len(self.rights) > MAX_LETTERED:
            out.append(("spares", f"pairs and spares take at most {MAX_LETTERED} letters"))
        return out


Question = Flashcard | Cloze | Choice | Multi | TrueFalse | Short | Numeric | Order | Match
QUESTION_TYPES: dict[str, type[QuestionBase]] = {
    cls.type: cls
    for cls in (Flashcard, Cloze, Choice, Multi, TrueFalse, Short, Numeric, Order, Match)
}


@dataclass(frozen=True, kw_only=True)
class Deck:
    """A question bank: one YAML file."""

    id: str = field(
        metadata=meta("Stable deck id (Anki GUIDs, progress).", pattern=SLUG, key="deck")
    )
    title: str = field(metadata=meta("Title shown to users."))
    description: str | None = field(default=None, metadata=meta("What the deck covers."))
    tags: tuple[str, ...] = field(default=(), metadata=meta("Deck-level tags.", pattern=SLUG))
    sources: tuple[Source, ...] = field(default=(), metadata=meta("Documents cited."))
    questions: tuple[Question, ...] = field(metadata=meta("The questions.", min_items=1))
    path: Path | None = field(default=None, compare=False, metadata={"internal": True})

    def source(self, source_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)

    def citation(self, q: QuestionBase) -> str:
        """Every citation of a question spelled out, one source after another:
        'Sara Moore, How Hitler Came To Power, p. 3, p. 90-91; Russia Beyond, …' ('' if none).
        A source the deck does not declare (an exam manifest from before sources were kept)
        is named by its id: 'moore, p. 3'.
        """
        places: dict[str, list[str]] = {}
        for ref in q.citations:
            places.setdefault(ref.id, []).append(ref.locator)
        spelled = []
        for source_id, locators in places.items():
            src = self.source(source_id)
            who = f"{src.author or src.publisher}, {src.title}, " if src else f"{source_id}, "
            spelled.append(who + ", ".join(locators))
        return "; ".join(spelled)
