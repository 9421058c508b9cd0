"""What quiz relies on inside genanki beyond its documented API: fails loudly on change.

pyproject.toml pins genanki below 0.14 for these; a new genanki must pass this file
before the pin moves.
"""

from __future__ import annotations

import inspect

import genanki

from quiz.export import anki


def test_note_write_to_db_keeps_the_signature_our_progress_hook_overrides():
    params = list(inspect.signature(genanki.Note.write_to_db).parameters)
    assert params == ["self", "cursor", "timestamp", "deck_id", "id_gen"]


def test_package_write_to_db_keeps_the_signature_we_call():
    params = list(inspect.signature(genanki.Package.write_to_db).parameters)
    assert params == ["self", "cursor", "timestamp", "id_gen"]


def test_the_html_check_we_skip_is_still_the_one_genanki_runs(tmp_path, monkeypatch):
    """Our _Note replaces genanki's per-field tag scan; it must still be called by genanki."""
    assert hasattr(genanki.Note, "_check_invalid_html_tags_in_fields")
    calls = []
    monkeypatch.setattr(
        anki._Note, "_check_invalid_html_tags_in_fields", lambda self: calls.append(1)
    )
    model = anki.build_models()["basic"]
    note = anki._Note(model, ["front", "back", "", "", ""], guid="g1")
    note.tick = lambda: None
    deck = genanki.Deck(1 << 30, "d")
    deck.add_note(note)
    genanki.Package([deck]).write_to_file(tmp_path / "x.apkg")
    assert calls
