"""`quiz export anki` again: re-imports keep reviews, modification times say what changed.

Every bundled deck makes the round trip: imported, one question edited, re-imported.
"""

from __future__ import annotations

import json
import sqlite3
import zipfile
from contextlib import closing
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from anki_helpers import (
    T1,
    T2,
    edit_question,
    guid,
    import_apkg,
    log_counts,
    notes_by_guid,
    notes_without_cards,
    review_next_card,
)

from quiz.bank.library import bundled_decks
from quiz.bank.loader import load_deck
from quiz.core.errors import UsageError
from quiz.export import anki


def test_reimport_of_an_edited_bank_updates_one_note_and_keeps_the_review(
    every_type, tmp_path, col
):
    deck = load_deck(every_type)
    out = tmp_path / "out.apkg"
    anki.write([deck], out, now=T1)
    import_apkg(col, out)
    col.decks.select(col.decks.id_for_name("Every question type"))
    reviewed = review_next_card(col)
    assert reviewed.note().guid == guid("term-inspetsy")  # new cards come in file order
    assert reviewed.reps == 1

    edited = edit_question(deck, "term-inspetsy", explanation="Revised <explanation>.")
    anki.write([edited], out, now=T2)
    log = import_apkg(col, out)

    assert log_counts(log) == {
        "new": 0,
        "updated": 1,
        "duplicate": 8,
        "conflicting": 0,
        "missing_notetype": 0,
    }
    assert (col.note_count(), col.card_count()) == (9, 11)
    note = notes_by_guid(col)[guid("term-inspetsy")]
    assert note["Explanation"] == "Revised &lt;explanation&gt;."
    after = col.get_card(reviewed.id)
    assert (after.reps, after.type, after.queue, after.due, after.ivl) == (
        reviewed.reps,
        reviewed.type,
        reviewed.queue,
        reviewed.due,
        reviewed.ivl,
    )
    # Exporting the same bank again changes nothing in Anki.
    anki.write([edited], out, now=T2 + timedelta(hours=1))
    assert log_counts(import_apkg(col, out))["updated"] == 0


def note_mods(path: Path, tmp_path: Path) -> dict[str, int]:
    with zipfile.ZipFile(path) as archive:
        (tmp_path / "peek.anki2").write_bytes(archive.read("collection.anki2"))
    conn = sqlite3.connect(tmp_path / "peek.anki2")
    mods = dict(conn.execute("SELECT guid, mod FROM notes"))
    conn.close()
    return mods


def test_modification_time_advances_for_changed_notes_only(every_type, tmp_path):
    deck = load_deck(every_type)
    out = tmp_path / "out.apkg"
    anki.write([deck], out, now=T1)
    assert set(note_mods(out, tmp_path).values()) == {int(T1.timestamp())}

    anki.write([edit_question(deck, "may-name", answer="E. May")], out, now=T2)
    mods = note_mods(out, tmp_path)
    assert mods.pop(guid("may-name")) == int(T2.timestamp())
    assert set(mods.values()) == {int(T1.timestamp())}

    # A clock that went back still makes the changed note newer.
    anki.write([edit_question(deck, "may-name", answer="Ernst M.")], out, now=T1)
    assert note_mods(out, tmp_path)[guid("may-name")] == int(T2.timestamp()) + 1
    # Written elsewhere (no earlier export to compare with), every note gets `now`.
    anki.write([deck], tmp_path / "fresh.apkg", now=T2)
    assert set(note_mods(tmp_path / "fresh.apkg", tmp_path).values()) == {int(T2.timestamp())}


def model_mods(path: Path, tmp_path: Path) -> dict[str, int]:
    with zipfile.ZipFile(path) as archive:
        (tmp_path / "peek.anki2").write_bytes(archive.read("collection.anki2"))
    with closing(sqlite3.connect(tmp_path / "peek.anki2")) as conn:
        (models,) = conn.execute("SELECT models FROM col").fetchone()
    return {m["name"]: m["mod"] for m in json.loads(models).values()}


def test_the_learners_note_type_styling_survives_a_reexport(every_type, tmp_path, col):
    deck, out = load_deck(every_type), tmp_path / "out.apkg"
    anki.write([deck], out, now=T1)
    import_apkg(col, out)
    model = col.models.by_name("Quiz Choice")
    model["css"] += "\n.card { font-size: 30px; }"
    col.models.update_dict(model)  # stamped with the real time, later than T1

    later = datetime.now(timezone.utc) + timedelta(days=1)
    anki.write([edit_question(deck, "main-creditor", explanation="New.")], out, now=later)
    assert set(model_mods(out, tmp_path).values()) == {int(T1.timestamp())}
    assert log_counts(import_apkg(col, out))["updated"] == 1
    assert "font-size: 30px" in col.models.by_name("Quiz Choice")["css"]


def test_a_changed_note_type_is_stamped_with_the_export_time(every_type, tmp_path):
    out = tmp_path / "out.apkg"
    anki.write([load_deck(every_type)], out, now=T1)
    with zipfile.ZipFile(out) as archive:  # as if written by a version with older styling
        (tmp_path / "old.anki2").write_bytes(archive.read("collection.anki2"))
    with closing(sqlite3.connect(tmp_path / "old.anki2")) as conn:
        (models,) = conn.execute("SELECT models FROM col").fetchone()
        old = {
            i: {**m, "css": ".card {}"} if m["name"] == "Quiz Cloze" else m
            for i, m in json.loads(models).items()
        }
        conn.execute("UPDATE col SET models = ?", (json.dumps(old),))
        conn.commit()
    with zipfile.ZipFile(out, "w") as archive:
        archive.write(tmp_path / "old.anki2", "collection.anki2")
        archive.writestr("media", "{}")

    anki.write([load_deck(every_type)], out, now=T2)
    mods = model_mods(out, tmp_path)
    assert mods.pop("Quiz Cloze") == int(T2.timestamp())
    assert set(mods.values()) == {int(T1.timestamp())}


@pytest.mark.parametrize("junk", [b"not a zip", b"PK\x05\x06" + bytes(18), "zip-of-junk"])
def test_a_file_in_the_way_that_is_no_export_is_replaced_only_with_force(
    every_type, tmp_path, junk
):
    out = tmp_path / "out.apkg"
    if junk == "zip-of-junk":
        with zipfile.ZipFile(out, "w") as archive:
            archive.writestr("collection.anki2", b"garbage")
    else:
        out.write_bytes(junk)
    before = out.read_bytes()
    with pytest.raises(UsageError, match="already exists and is not an Anki package written by"):
        anki.write([load_deck(every_type)], out, now=T1)
    assert out.read_bytes() == before
    anki.write([load_deck(every_type)], out, now=T1, force=True)
    assert set(note_mods(out, tmp_path).values()) == {int(T1.timestamp())}


@pytest.mark.parametrize("path", bundled_decks(), ids=lambda p: p.stem)
def test_bundled_deck_round_trips(path, tmp_path, col):
    deck = load_deck(path)
    result = anki.write([deck], tmp_path / "out.apkg", subdecks=True, now=T1)
    log = import_apkg(col, tmp_path / "out.apkg")
    assert log_counts(log)["new"] == len(deck.questions)
    assert log_counts(log)["conflicting"] == 0
    assert (col.note_count(), col.card_count()) == (len(deck.questions), result.cards)
    assert notes_without_cards(col) == 0
    assert set(notes_by_guid(col)) == {guid(q.id, deck.id) for q in deck.questions}
    for note in notes_by_guid(col).values():
        assert "<script" not in note.joined_fields()
    # Re-export after editing one question: one note updated, none added.
    first = deck.questions[0]
    edited = edit_question(deck, first.id, explanation=f"{first.explanation} (revised)")
    anki.write([edited], tmp_path / "out.apkg", subdecks=True, now=T2)
    log = log_counts(import_apkg(col, tmp_path / "out.apkg"))
    assert (log["new"], log["updated"], log["conflicting"]) == (0, 1, 0)
    assert (col.note_count(), col.card_count()) == (len(deck.questions), result.cards)
