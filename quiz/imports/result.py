"""What every importer builds: the deck, what could not be carried, media and history.

:class:`DeckBuilder` is shared by the formats: it checks each question as the loader
would (a question that would fail `quiz check` is counted as lost, with the reason,
not written), keeps ids unique, turns tags into slugs and cites either the source a
question names (quiz's own exports carry "Author, Title, p. 12; ...") or the imported file.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from quiz.authoring.drafting.spots import slug
from quiz.bank.model import Deck, Question, Source, SourceRef
from quiz.core.errors import UsageError
from quiz.imports.cleaning import clean, cleaned, text_problem
from quiz.imports.feedback import Cited, read_citation
from quiz.srs.cards import Rating, State

NAMED = 5  # questions named per reason they were left out for; the rest counted


def short_hash(text: str, length: int = 6) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:length]


def text_id(text: str) -> str:
    """A stable id for a question known only by its text: a slug of it and a short hash."""
    return f"{slug(text, 5)}-{short_hash(' '.join(text.split()))}"


def path_tag(parts: list[str]) -> str:
    """One tag for a place below the top (Anki subdeck, Moodle category): ``cells-membranes``."""
    return slug(" ".join(parts), 12)


class BadInput(UsageError):
    """A file that is not what its name or ``--from`` says: exit 2, nothing written."""


@dataclass(frozen=True)
class CardHistory:
    """One question's review history from another tool, and the schedule it has there."""

    question: str
    reviews: tuple[tuple[Rating, datetime, State, int | None], ...]  # (rating, at, state, ms)
    state: State
    due: datetime
    stability: float | None = None
    difficulty: float | None = None
    lapses: int = 0


@dataclass
class ImportResult:
    deck: Deck
    format: str
    lost: Counter[str] = field(default_factory=Counter)
    media: dict[str, bytes] = field(default_factory=dict)  # file name -> content
    history: list[CardHistory] = field(default_factory=list)

    def type_counts(self) -> list[tuple[str, int]]:
        counts = Counter(q.type for q in self.deck.questions)
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


class DeckBuilder:
    """Collects questions for one imported deck; ``lost`` counts what was left behind."""

    def __init__(self, path: Path, format: str, publisher: str, media_folder: str = "media"):
        self.path = path
        self.media_folder = media_folder
        self.format = format
        self.file_source = Source(id=slug(path.stem, 4), title=path.name, publisher=publisher)
        self.sources: dict[tuple[str, str], Source] = {}
        self.questions: list[Question] = []
        self.ids: set[str] = set()
        self.lost: Counter[str] = Counter()
        self.media: dict[str, bytes] = {}
        self.history: list[CardHistory] = []
        self.left_out: dict[str, list[str]] = {}  # kind -> the questions left out so

    def lose(self, kind: str, count: int = 1) -> None:
        self.lost[kind] += count

    def cite(self, where: str, citation: str = "") -> tuple[SourceRef, ...]:
        """The sources a spelled citation names (quiz's exports carry "Author, Title, p. 3;
        ..."), each declared once in the deck; else the imported file, at ``where``."""
        cited = read_citation(clean(citation))
        if cited is None:
            section = clean(where).replace("\n", " ") or "whole file"
            return (SourceRef(id=self.file_source.id, section=section),)
        refs = []
        for source in cited:
            sid = self._source_id(source)
            refs += [SourceRef(id=sid, page=page, section=sec) for page, sec in source.places]
        return tuple(refs)

    def _source_id(self, cited: Cited) -> str:
        key = (cited.who, cited.title)
        if key not in self.sources:
            taken = {self.file_source.id} | {s.id for s in self.sources.values()}
            base = slug(cited.who.split()[-1] + " " + cited.title, 3)
            sid = next(f"{base}-{n}" if n else base for n in range(len(taken) + 1)
                       if (f"{base}-{n}" if n else base) not in taken)  # fmt: skip
            self.sources[key] = Source(id=sid, title=cited.title, author=cited.who)
        return self.sources[key].id

    def add(self, question: Question, what: str, name: str | None = None) -> Question | None:
        """Keep ``question``, its text cleaned, if the loader would accept it; else leave it
        out, counted by ``what`` and the reason and named (``name``, else its id)."""
        tags = tuple(dict.fromkeys(t for t in (slug(t, 8) for t in question.tags) if t != "x"))
        question = cleaned(replace(question, tags=tags))
        problem = text_problem(question) or next(iter(question.problems()), None)
        if problem:
            kind = f"{what} left out ({problem[0]}: {problem[1]})"
            self.left_out.setdefault(kind, []).append(name or question.id)
            return None
        qid, n = question.id, 1
        while qid in self.ids:
            n += 1
            qid = f"{question.id}-{n}"
        self.ids.add(qid)
        question = replace(question, id=qid)
        self.questions.append(question)
        return question

    def result(self, title: str, deck_id: str | None = None) -> ImportResult:
        for kind, names in self.left_out.items():
            more = f" and {len(names) - NAMED} more" if len(names) > NAMED else ""
            self.lose(f"{kind}: {', '.join(names[:NAMED])}{more}", len(names))
        self.left_out.clear()
        if not self.questions:
            detail = ", ".join(f"{n} {kind}" for kind, n in self.lost.items())
            raise BadInput(
                f"{self.path}: found no questions to import" + (f" ({detail})" if detail else "")
            )
        deck = cleaned(  # the file's name is text too (a source's title, the description)
            Deck(
                id=deck_id or slug(self.path.stem, 6),
                title=clean(title) or clean(self.path.stem) or "Imported deck",
                description=f"Imported by `quiz import` from {self.path.name} ({self.format}).",
                sources=(self.file_source, *self.sources.values()),
                questions=tuple(self.questions),
            )
        )
        lost = Counter({kind: n for kind, n in self.lost.items() if n > 0})
        return ImportResult(deck, self.format, lost, self.media, self.history)
