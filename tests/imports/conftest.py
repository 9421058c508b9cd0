from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def anki_files(tmp_path_factory):
    """Packages of one real collection (every kind of note, some answered), each way
    Anki writes them: .apkg new and legacy, and .colpkg (zstd collection.anki21b) last,
    since exporting a .colpkg closes the collection. Also the .apkg after an edit."""
    from anki_builders import answer, every_kind, export_apkg, export_colpkg

    folder = tmp_path_factory.mktemp("anki")
    col, notes = every_kind(folder / "col")
    answer(col, notes["basic"].cards()[0].id, 4)  # Easy: a review card, due in days
    answer(col, notes["reversed"].cards()[0].id, 3)  # Good: learning, due in minutes
    answer(col, notes["cloze"].cards()[1].id, 4)
    files = {
        "apkg": export_apkg(col, folder / "bio.apkg"),
        "legacy": export_apkg(col, folder / "bio-legacy.apkg", legacy=True),
    }
    note = col.get_note(notes["basic"].id)
    note["Back"] = "The smallest living unit"
    col.update_note(note)
    files["edited"] = export_apkg(col, folder / "bio-edited.apkg")
    due = {
        name: (col.get_card(notes[name].cards()[0].id), col.sched.today, col.sched.day_cutoff)
        for name in ("basic", "reversed")
    }
    files["colpkg"] = export_colpkg(col, folder / "bio.colpkg")
    return files, due
