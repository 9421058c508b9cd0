"""`quiz import` of real Anki packages: every note kind, each package form, round trips.

The collections are made by the real `anki` library (tests/imports/anki_builders.py).
Cost: one collection for the module (about a second), then each import is milliseconds.
"""

from __future__ import annotations

import sqlite3
import zipfile

import pytest
from anki_builders import PNG
from import_helpers import BUNDLED, citations, content, run

from quiz.bank.loader import load_deck
from quiz.bank.model import Cloze, Flashcard, Short

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def imported(anki_files, tmp_path, key="apkg", *extra):
    files, _ = anki_files
    tmp_path.mkdir(exist_ok=True)
    out = tmp_path / "bio.yaml"
    result = run("import", str(files[key]), "-o", str(out), "--front", "Word", "--back", "Meaning",
                 *extra)  # fmt: skip
    assert result.exit_code == 0, result.output
    return load_deck(out), result.output


def by_front(deck):
    return {q.prompt_text: q for q in deck.questions}


def test_every_note_kind_becomes_its_question_type(anki_files, tmp_path):
    deck, output = imported(anki_files, tmp_path)
    assert deck.title == "Biology"
    qs = by_front(deck)
    basic = qs["What is a cell?"]
    assert isinstance(basic, Flashcard) and not basic.reverse
    assert basic.back == "The smallest unit of life\nthat can live on its own"
    assert basic.tags == ("bio", "cells-basics", "cells")  # the subdeck is a tag
    assert basic.image == "bio-media/cell.png"
    assert (tmp_path / "bio-media" / "cell.png").read_bytes() == PNG
    reversed_card = qs["mitochondrion"]
    assert isinstance(reversed_card, Flashcard) and reversed_card.reverse
    typed = qs["Base that pairs with adenine in DNA"]
    assert isinstance(typed, Short) and typed.answer == "thymine" and typed.tags == ("genetics",)
    cloze = next(q for q in deck.questions if isinstance(q, Cloze))
    assert cloze.text == "DNA is read in {{c1::codons}} of {{c2::three::how many}} bases."
    assert cloze.explanation == "Each codon names one amino acid."
    vocab = qs["Zelle"]
    assert (vocab.front, vocab.back, vocab.tags) == ("Zelle", "cell", ("words",))
    assert output.splitlines() == [
        f"imported 5 questions from bio.apkg to {tmp_path / 'bio.yaml'}: 3 card, 1 cloze, 1 short",
        f"copied 1 media file to {tmp_path / 'bio-media'}/",
        "not carried:",
        "  1 × field 'Example' of note type 'Vocab'",
        "  1 × formatting (bold, italics, colours)",
    ]
    assert {s.id for s in deck.sources} == {"bio"}  # the package is named as the source
    assert all([ref.id for ref in q.citations] == ["bio"] for q in deck.questions)
    assert run("check", str(tmp_path / "bio.yaml")).exit_code == 0


@pytest.mark.parametrize(("key", "same_as"), [("legacy", "apkg"), ("colpkg", "edited")])
def test_legacy_packages_and_colpkg_read_alike(anki_files, tmp_path, key, same_as):
    files, _ = anki_files
    assert "collection.anki21b" in zipfile.ZipFile(files["colpkg"]).namelist()
    assert "collection.anki21b" not in zipfile.ZipFile(files["legacy"]).namelist()
    new, _ = imported(anki_files, tmp_path / "new", same_as)
    other, _ = imported(anki_files, tmp_path / "other", key)
    assert [(q.id, content(q)) for q in other.questions] == [
        (q.id, content(q)) for q in new.questions
    ]


def test_ids_come_from_note_guids_so_an_updated_package_keeps_them(anki_files, tmp_path):
    before, _ = imported(anki_files, tmp_path / "a", "apkg")
    after, _ = imported(anki_files, tmp_path / "b", "edited")
    assert [q.id for q in after.questions] == [q.id for q in before.questions]
    assert by_front(after)["What is a cell?"].back == "The smallest living unit"


def test_a_note_type_quiz_does_not_know_needs_front_and_back(anki_files, tmp_path):
    files, _ = anki_files
    out = tmp_path / "bio.yaml"
    result = run("import", str(files["apkg"]), "-o", str(out))
    assert result.exit_code == 2
    assert result.output == (
        f"{files['apkg']}: note type 'Vocab' (fields: Word, Meaning, Example) is not one quiz"
        " knows; say which fields to use with --front FIELD --back FIELD\n"
    )
    assert list(tmp_path.iterdir()) == []
    wrong = run("import", str(files["apkg"]), "-o", str(out), "--front", "Wort")
    assert wrong.exit_code == 2 and "has no field 'Wort'" in wrong.output
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_bundled_decks_round_trip_through_export_anki(path, tmp_path):
    apkg, out = tmp_path / "deck.apkg", tmp_path / "deck.yaml"
    assert run("export", "anki", str(path), "-o", str(apkg)).exit_code == 0
    result = run("import", str(apkg), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "not carried" not in result.output
    original, back = load_deck(path), load_deck(out)
    assert [content(q) for q in back.questions] == [content(q) for q in original.questions]
    assert citations(back) == citations(original)
    assert back.title == original.title and set(back.tags) == set(original.tags)
    assert run("check", str(out)).exit_code == 0


def test_every_type_with_image_and_draft_round_trips(every_type, tmp_path):
    apkg, out = tmp_path / "every.apkg", tmp_path / "every.yaml"
    assert run("export", "anki", str(every_type), "-o", str(apkg)).exit_code == 0
    assert run("import", str(apkg), "-o", str(out)).exit_code == 0
    original, back = load_deck(every_type), load_deck(out)
    assert [content(q) for q in back.questions] == [content(q) for q in original.questions]
    assert [q.draft for q in back.questions] == [q.draft for q in original.questions]
    assert [bool(q.image) for q in back.questions] == [bool(q.image) for q in original.questions]


def test_an_empty_collection_is_refused(tmp_path):
    from anki.collection import Collection
    from anki_builders import export_apkg

    (tmp_path / "empty").mkdir()
    col = Collection(str(tmp_path / "empty" / "collection.anki2"))
    export_apkg(col, tmp_path / "empty.apkg")
    col.close()
    result = run("import", str(tmp_path / "empty.apkg"), "-o", str(tmp_path / "out.yaml"))
    assert result.exit_code == 2
    assert result.output == (
        f"{tmp_path / 'empty.apkg'}: holds no notes (an empty collection); nothing to import\n"
    )
    assert not (tmp_path / "out.yaml").exists()


def damaged(tmp_path, name, members):
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    return path


@pytest.mark.parametrize(
    ("name", "members", "message"),
    [
        ("notes.apkg", None, "is not an Anki package (not a zip archive)"),
        ("x.apkg", {"readme.txt": "hi"}, "holds no Anki collection"),
        ("x.apkg", {"collection.anki2": b"not sqlite" * 100}, "its collection is damaged"),
        ("x.colpkg", {"collection.anki21b": b"\x28\xb5\x2f\xfd" + b"\0" * 40}, "cannot be read"),
    ],
)
def test_damaged_packages_get_one_line_and_nothing_is_written(tmp_path, name, members, message):
    if members is None:
        path = tmp_path / name
        path.write_text("front,back\n")
    else:
        path = damaged(tmp_path, name, members)
    out = tmp_path / "out.yaml"
    result = run("import", str(path), "-o", str(out))
    assert result.exit_code == 2
    assert len(result.output.splitlines()) == 1 and message in result.output
    assert result.output.startswith(str(path))
    assert not out.exists()


def test_a_collection_missing_its_tables_is_damaged(tmp_path):
    db = tmp_path / "c.anki2"
    sqlite3.connect(db).execute("CREATE TABLE col (crt INTEGER)").connection.commit()
    path = damaged(tmp_path, "x.apkg", {"collection.anki2": db.read_bytes()})
    result = run("import", str(path), "-o", str(tmp_path / "out.yaml"))
    assert result.exit_code == 2 and "its collection cannot be read" in result.output


def test_html_that_never_ends_a_tag_is_refused(tmp_path):
    from anki.collection import Collection
    from anki_builders import add, export_apkg

    (tmp_path / "bad").mkdir()
    col = Collection(str(tmp_path / "bad" / "collection.anki2"))
    add(col, "Basic", "Default", [], Front="Broken <b class='x", Back="back")
    export_apkg(col, tmp_path / "bad.apkg")
    col.close()
    result = run("import", str(tmp_path / "bad.apkg"), "-o", str(tmp_path / "out.yaml"))
    assert result.exit_code == 2
    assert '(Basic): a tag or comment that never ends: "<b class=\'x"' in result.output
    assert not (tmp_path / "out.yaml").exists()


def test_quiz_notes_studied_in_real_anki_come_back_with_their_progress(every_type, tmp_path):
    """`quiz export anki`, imported into Anki, studied there, exported as a .colpkg."""
    from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
    from anki_builders import answer, export_colpkg

    apkg = tmp_path / "every.apkg"
    assert run("export", "anki", str(every_type), "-o", str(apkg)).exit_code == 0
    (tmp_path / "anki").mkdir()
    col = Collection(str(tmp_path / "anki" / "collection.anki2"))
    request = ImportAnkiPackageRequest(package_path=str(apkg), options=ImportAnkiPackageOptions())
    col.import_anki_package(request)
    answer(col, col.find_cards("")[0], 4)
    colpkg = export_colpkg(col, tmp_path / "studied.colpkg")
    out = tmp_path / "studied.yaml"
    result = run("import", str(colpkg), "-o", str(out), "--with-progress")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1].startswith("progress: 1 card scheduled as in Anki")
    original, back = load_deck(every_type), load_deck(out)
    assert sorted(map(repr, (content(q) for q in back.questions))) == sorted(
        map(repr, (content(q) for q in original.questions))
    )
    assert sorted(citations(back)) == sorted(citations(original))


def test_image_occlusion_notes_are_counted_not_carried(tmp_path):
    from anki.collection import Collection
    from anki_builders import add, export_apkg

    (tmp_path / "c").mkdir()
    col = Collection(str(tmp_path / "c" / "collection.anki2"))
    col.media.write_data("map.png", PNG)
    note = col.new_note(col.models.by_name("Image Occlusion"))
    note["Occlusion"] = "{{c1::image-occlusion:rect:left=.1:top=.1:width=.2:height=.2}}"
    note["Image"] = '<img src="map.png">'
    col.add_note(note, 1)
    add(col, "Basic", "Default", [], Front="Rapallo", Back="1922")
    export_apkg(col, tmp_path / "io.apkg")
    col.close()
    result = run("import", str(tmp_path / "io.apkg"), "-o", str(tmp_path / "io.yaml"))
    assert result.output.splitlines()[1:] == [
        "not carried:",
        "  1 × image occlusion note (masks on an image)",
    ]


def test_a_match_with_spares_round_trips(tmp_path):
    deck = tmp_path / "spares.yaml"
    deck.write_text(
        "deck: spares\ntitle: Spares\nquestions:\n"
        "  - {id: schools, type: match, prompt: Match the schools., pairs: {Lipetsk: aviation,"
        " Kazan: tanks}, spares: [navy, rail]}\n",
        encoding="utf-8",
    )
    apkg, out = tmp_path / "spares.apkg", tmp_path / "back.yaml"
    assert run("export", "anki", str(deck), "-o", str(apkg)).exit_code == 0
    assert run("import", str(apkg), "-o", str(out)).exit_code == 0
    assert content(load_deck(out).questions[0]) == content(load_deck(deck).questions[0])
