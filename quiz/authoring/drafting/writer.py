"""Turn drafted questions into a deck and write it as YAML that `quiz check` accepts.

The YAML itself comes from :mod:`quiz.bank.writer` (shared with `quiz import`). No I/O here:
:func:`quiz.authoring.drafting.files.write_draft` writes the text to a file.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from quiz.authoring.drafting.candidates import draft_candidates
from quiz.authoring.drafting.document import Document
from quiz.authoring.drafting.spots import slug
from quiz.authoring.drafting.text import clean_field
from quiz.authoring.drafting.worth import offered
from quiz.bank import writer as bank_writer
from quiz.bank.model import Deck, Source
from quiz.core.errors import QuizError
from quiz.core.words import plural

UNKNOWN = "unknown"


@dataclass(frozen=True)
class DraftOptions:
    """What the document cannot tell: how to cite it. Unset values are guessed."""

    source_id: str = "source"
    title: str | None = None  # default: the document's first line or heading
    author: str | None = None
    publisher: str | None = None  # default: "unknown" when no author is given either
    deck_id: str | None = None  # default: "<file name>-draft"
    every: bool = False  # offer every question, not only those a teacher likely keeps


@dataclass(frozen=True)
class Draft:
    deck: Deck
    left_out: int  # questions drafted but not offered (see DraftOptions.every)


def draft_deck(doc: Document, options: DraftOptions, *, name: str) -> Draft:
    """The draft deck for a document; ``name`` is the document's file name. Text from the
    command line or the file's name loses control characters, so `quiz check` accepts it.
    The deck holds the questions a teacher likely keeps (:mod:`~.worth`) unless
    ``options.every``."""
    name = clean_field(name) or "document"
    title = clean_field(options.title)
    if title:  # the title a user gives is what the draft gives away
        doc = replace(doc, title=title)
    candidates = draft_candidates(doc, options.source_id)
    shown = [True] * len(candidates) if options.every else offered([c.worth for c in candidates])
    questions = [c.question for c, show in zip(candidates, shown, strict=True) if show]
    if not questions:
        raise QuizError(
            f"{name}: found no years, sums, percentages, counts or names to ask about; "
            "nothing to draft"
        )
    author = clean_field(options.author) or clean_field(doc.author)
    publisher = clean_field(options.publisher)
    source = Source(
        id=options.source_id,
        title=doc.title,
        author=author,
        publisher=publisher or (None if author else UNKNOWN),
    )
    deck = Deck(
        id=options.deck_id or f"{slug(Path(name).stem, 8)}-draft",
        title=f"Draft: {source.title}",
        description=f"Drafted by `quiz draft` from {name}. Every question needs review.",
        tags=("draft",),
        sources=(source,),
        questions=tuple(questions),
    )
    return Draft(deck, len(candidates) - len(questions))


def deck_yaml(deck: Deck, *, name: str, left_out: int = 0) -> str:
    """The draft deck as YAML text, with a header that says what to do with it (and how
    to get the ``left_out`` questions)."""
    name = clean_field(name) or "document"
    src = deck.sources[0] if deck.sources else None
    header = [
        f"Drafted by `quiz draft` from {name}.",
        "Every question is marked draft: true. Check each against the source, fix or delete it,",
        "then remove its draft: true line. `quiz check` lists the drafts still left.",
    ]
    if left_out:
        header.append(
            f"{plural(left_out, 'less likely question')} left out; `quiz draft --all` offers all."
        )
    if src is not None and src.publisher == UNKNOWN:
        header.append("Fill in the source's author or publisher below (publisher: unknown).")
    return bank_writer.deck_yaml(deck, header=header)
