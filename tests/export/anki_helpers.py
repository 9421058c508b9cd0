"""Real Anki for the export tests: a fresh collection, the two import paths, a review.

Also the export side they share: fixed export times, note GUIDs and deck files.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

from anki.collection import (
    Collection,
    ImportAnkiPackageOptions,
    ImportAnkiPackageRequest,
    ImportCsvRequest,
)

from quiz.bank.model import Deck
from quiz.export.anki_notes import note_guid, stock_guid

T1 = datetime(2025, 3, 1, 12, 0, tzinfo=timezone.utc)
T2 = T1 + timedelta(days=2)


def fresh_collection(folder: Path) -> Collection:
    folder.mkdir(parents=True, exist_ok=True)
    return Collection(str(folder / "collection.anki2"))


def guid(question_id: str, deck_id: str = "every-type") -> str:
    return note_guid(deck_id, question_id)


def stock(question_id: str, deck_id: str = "every-type") -> str:
    """The question's GUID in the CSV export (Anki's stock note types)."""
    return stock_guid(deck_id, question_id)


def write_deck(folder: Path, body: str, name: str = "deck.yaml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(body, encoding="utf-8")
    return path


def import_apkg(col: Collection, path: Path):
    """Import as File > Import does by default (update notes if newer)."""
    request = ImportAnkiPackageRequest(package_path=str(path), options=ImportAnkiPackageOptions())
    return col.import_anki_package(request).log


def import_csv(col: Collection, path: Path):
    """Import with the settings Anki reads from the file's header lines."""
    metadata = col.get_csv_metadata(str(path), None)
    return col.import_csv(ImportCsvRequest(path=str(path), metadata=metadata)).log


def log_counts(log) -> dict[str, int]:
    return {
        "new": len(log.new),
        "updated": len(log.updated),
        "duplicate": len(log.duplicate),
        "conflicting": len(log.conflicting),
        "missing_notetype": len(log.missing_notetype),
    }


def notes_by_guid(col: Collection) -> dict:
    return {note.guid: note for note in (col.get_note(nid) for nid in col.find_notes(""))}


def per_type(col: Collection) -> dict[str, tuple[int, int]]:
    """Note type name -> (notes, cards) in the collection."""
    notes, cards = Counter(), Counter()
    for note in notes_by_guid(col).values():
        name = note.note_type()["name"]
        notes[name] += 1
        cards[name] += len(note.card_ids())
    return {name: (notes[name], cards[name]) for name in notes}


def notes_without_cards(col: Collection) -> int:
    return col.db.scalar("SELECT count() FROM notes WHERE id NOT IN (SELECT nid FROM cards)")


def card_decks(col: Collection) -> dict[str, set[str]]:
    """Note GUID -> names of the decks its cards are in."""
    out: dict[str, set[str]] = {}
    for guid, note in notes_by_guid(col).items():
        out[guid] = {col.decks.name(card.did) for card in note.cards()}
    return out


def review_next_card(col: Collection, rating: int = 3):
    """Answer the card Anki shows first, as a learner would (3 = Good); return the card."""
    queued = col.sched.get_queued_cards().cards[0]
    card = col.get_card(queued.card.id)
    card.start_timer()
    col.sched.answer_card(col.sched.build_answer(card=card, states=queued.states, rating=rating))
    return col.get_card(card.id)


def edit_question(deck: Deck, question_id: str, **changes) -> Deck:
    """The deck with one question changed (``replace`` keeps the deck's file path)."""
    questions = tuple(
        dataclasses.replace(q, **changes) if q.id == question_id else q for q in deck.questions
    )
    return dataclasses.replace(deck, questions=questions)
