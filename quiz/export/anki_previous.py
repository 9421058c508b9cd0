"""What an earlier export at the output path says Anki holds of each bank.

Used for banks that have no export record yet (:mod:`quiz.export.anki_record`): exports
made before quiz kept records, or on another machine. A package tells each note's note
type, its cards' deck and its cloze numbers; a CSV file its note type, deck and text.
Notes are matched to questions by GUID, so only questions still in the bank are found.
"""

from __future__ import annotations

import contextlib
import csv
import json
import shutil
import sqlite3
import tempfile
import zipfile
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from quiz.bank.cloze import parse_cloze
from quiz.bank.model import Deck
from quiz.export.anki_notes import NESTING, note_guid, stock_guid
from quiz.export.anki_record import BankState, NoteState

MAX_PREVIOUS = 2**30  # bytes of an earlier export's collection that are read back
_NOTES = """
SELECT n.guid, n.mid, c.did, c.ord FROM notes AS n JOIN cards AS c ON c.nid = n.id
ORDER BY n.id, c.ord
"""


def previous_db(out: Path, work: Path) -> Path | None:
    """The collection inside the package at ``out`` (an earlier export), if there is one."""
    db = work / "previous.anki2"
    try:
        with zipfile.ZipFile(out) as archive:
            if archive.getinfo("collection.anki2").file_size > MAX_PREVIOUS:
                return None
            with archive.open("collection.anki2") as src, db.open("wb") as dst:
                shutil.copyfileobj(src, dst)
    except (OSError, KeyError, zipfile.BadZipFile, ValueError, EOFError):
        return None
    return db


def _owners(decks: Sequence[Deck], guid) -> dict[str, tuple[str, str]]:
    return {guid(d.id, q.id): (d.id, q.id) for d in decks for q in d.questions}


def from_package(path: Path, decks: Sequence[Deck]) -> dict[str, BankState]:
    """Bank id -> state, from the package at ``path`` (empty if it is none of ours)."""
    if not path.is_file():
        return {}
    owners = _owners(decks, note_guid)
    try:
        with tempfile.TemporaryDirectory(prefix="quiz-previous-") as folder:
            db = previous_db(path, Path(folder))
            if db is None:
                return {}
            with contextlib.closing(sqlite3.connect(db)) as conn:
                models, deck_json = conn.execute("SELECT models, decks FROM col").fetchone()
                types = {int(k): m for k, m in json.loads(models).items()}
                names = {int(k): d["name"] for k, d in json.loads(deck_json).items()}
                found: dict[str, tuple[int, int, list[int]]] = {}
                for guid, mid, did, ord_ in conn.execute(_NOTES):
                    if guid in owners:
                        found.setdefault(guid, (mid, did, []))[2].append(ord_)
    except (OSError, KeyError, ValueError, TypeError, zipfile.BadZipFile, sqlite3.Error):
        return {}
    states: dict[str, BankState] = {}
    for guid, (mid, did, ords) in found.items():
        bank, qid = owners[guid]
        model = types.get(mid, {})
        clozes = [o + 1 for o in ords] if model.get("type") == 1 else []
        state = states.setdefault(bank, BankState(""))
        state.notes[qid] = NoteState(
            model.get("name", "another note type"), names.get(did, ""), clozes
        )
    return _named(states)


def from_csv(path: Path, decks: Sequence[Deck]) -> tuple[dict[str, BankState], set[str]]:
    """(bank id -> state, banks whose notes carry the package's GUIDs) from a CSV export.

    CSV exports before quiz told the two Anki exports apart gave notes the package's
    GUIDs; those banks are returned apart, for a warning: their notes come in again.
    """
    if not path.is_file():
        return {}, set()
    owners, legacy_owners = _owners(decks, stock_guid), _owners(decks, note_guid)
    states: dict[str, BankState] = {}
    legacy: set[str] = set()
    try:
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.reader(line for line in f if not line.startswith("#")):
                if len(row) < 4:
                    continue
                notetype, deck_name, guid, first = row[:4]
                if guid in legacy_owners:
                    legacy.add(legacy_owners[guid][0])
                if guid not in owners:
                    continue
                bank, qid = owners[guid]
                clozes = (
                    sorted({d.number for d in parse_cloze(first)}) if notetype == "Cloze" else []
                )
                state = states.setdefault(bank, BankState(""))
                state.notes[qid] = NoteState(notetype, deck_name, clozes)
    except (OSError, UnicodeDecodeError, csv.Error):
        return {}, set()
    return _named(states), legacy


def _named(states: dict[str, BankState]) -> dict[str, BankState]:
    """Each bank's deck: the name most of its notes' decks start with."""
    for state in states.values():
        state.deck = _most_common(n.deck.split(NESTING)[0] for n in state.notes.values())
    return {bank: state for bank, state in states.items() if state.deck}


def _most_common(names: Iterable[str]) -> str:
    counts = Counter(names)
    return counts.most_common(1)[0][0] if counts else ""
