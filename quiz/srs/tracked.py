"""Which decks to review: the ones named, or every deck with progress.

Kept out of :mod:`quiz.srs.queue`, which takes loaded decks (and ``now``, from
:mod:`quiz.core.clock`) as arguments and so runs on fixed values in tests. With no
deck named, ``quiz review`` and ``quiz stats`` take every deck with progress, found
again where the store remembered it (a bundled deck by name, any other by absolute
path).
"""

from __future__ import annotations

from quiz.bank.library import Reading, bundled_decks, bundled_dir, load_decks, refuse_shared_ids
from quiz.bank.model import Deck
from quiz.core.errors import DeckError, NothingToLoad, UsageError
from quiz.srs.store import Store


def deck_source(deck: Deck) -> str:
    """How to find the deck again: a bundled deck's name, else its absolute path."""
    if deck.path is None:
        return deck.id
    path = deck.path.resolve()
    return path.stem if path.parent == bundled_dir().resolve() else str(path)


def remember_decks(store: Store, decks: list[Deck]) -> None:
    """Note in the store where each deck lives, so a later session finds it unnamed, and
    which of its questions are current (retiring the ones that left the deck)."""
    store.remember_decks([(d.id, deck_source(d), d.title) for d in decks])
    for deck in decks:
        store.sync_deck(deck.id, [q.id for q in deck.questions])


def decks_for(
    named: list[Deck], store: Store, reading: Reading | None = None
) -> tuple[list[Deck], list[str]]:
    """The decks named, or with none named every deck that has progress.

    Returns the decks and warnings about remembered decks that can no longer be
    loaded (their progress is kept). Raises UsageError when there is nothing at all.
    """
    if named:
        return named, []
    decks, warnings = [], []
    for tracked in store.tracked_decks():
        try:
            decks += load_decks([tracked.source], reading)
        except DeckError as e:
            first = e.problems[0] if e.problems else tracked.source
            warnings.append(f"skipping {tracked.deck}: {first}")
    refuse_shared_ids(decks)  # two remembered files that now share one id
    if warnings and not decks:
        raise NothingToLoad(warnings, "no deck reviewed before can be loaded: name one")
    if not decks:
        raise UsageError("no deck reviewed yet: " + _start_with())
    return decks, warnings


def _start_with() -> str:
    names = ", ".join(p.stem for p in bundled_decks())
    return "name one to start, e.g. `quiz review DECK.yaml`" + (
        f" (bundled decks: {names})" if names else ""
    )


def nothing_reviewed_yet() -> str:
    """What `quiz stats` says before any review: not an error."""
    return f"No reviews yet, so no statistics: {_start_with()}."
