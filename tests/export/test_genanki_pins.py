"""What quiz relies on inside genanki beyond its documented API: fails loudly on change.

pyproject.toml pins genanki below 0.14 for these; a new genanki must pass this file
before the pin moves.
"""

from __future__ import annotations

import contextlib
import inspect
import sqlite3
import zipfile
from pathlib import Path

import genanki

from quiz.export import anki, anki_package


def test_note_write_to_db_keeps_the_signature_our_progress_hook_overrides():
    params = list(inspect.signature(genanki.Note.write_to_db).parameters)
    assert params == ["self", "cursor", "timestamp", "deck_id", "id_gen"]


def test_package_write_to_db_keeps_the_signature_we_call():
    params = list(inspect.signature(genanki.Package.write_to_db).parameters)
    assert params == ["self", "cursor", "timestamp", "id_gen"]


def test_our_package_holds_the_rows_genanki_writes(tmp_path, monkeypatch):
    """Batched rows, our tags and cards (quiz.export.anki_package): genanki's own rows."""
    models = anki.build_models()
    notes = [
        ("basic", ["front", "back", "", "", ""], ("bank", "bank::t1")),
        ("reversed", ["front", "back", "", "", ""], ("bank",)),
        ("cloze", ["{{c1::a}} {{c3::b}} {{c1::c}}", "", "", ""], ("bank", "draft")),
    ]

    def package(note_type: type[genanki.Note]) -> genanki.Package:
        deck = genanki.Deck(1 << 30, "d")
        for i, (kind, fields, tags) in enumerate(notes):
            note = note_type(models[kind], fields, tags=tags, guid=f"g{i}", due=i)
            note.tick = lambda: None
            deck.add_note(note)
        return genanki.Package([deck])

    monkeypatch.setattr(anki_package._Batch, "HELD", 2)  # rows written while genanki writes
    theirs, ours = tmp_path / "theirs.apkg", tmp_path / "ours.apkg"
    package(genanki.Note).write_to_file(theirs, timestamp=1_700_000_000)
    anki_package.write_package(
        package(anki_package.PackageNote), ours, tmp_path / "c.anki2", 1_700_000_000, None
    )
    assert rows(ours) == rows(theirs)
    assert len(rows(ours)[1]) == 1 + 2 + 2  # cards: basic, reversed (2), cloze c1 and c3


def rows(apkg: Path) -> tuple[list[tuple], list[tuple]]:
    with zipfile.ZipFile(apkg) as z:
        z.extract("collection.anki2", apkg.parent / apkg.stem)
    with contextlib.closing(sqlite3.connect(apkg.parent / apkg.stem / "collection.anki2")) as db:
        return (
            db.execute("SELECT * FROM notes ORDER BY id").fetchall(),
            db.execute("SELECT * FROM cards ORDER BY id").fetchall(),
        )
