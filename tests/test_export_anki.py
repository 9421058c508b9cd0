"""`quiz export anki`: every package is imported into a fresh collection by real Anki."""

from __future__ import annotations

import base64
import dataclasses
import io
import json
import sqlite3
import sys
import zipfile
from contextlib import closing
from datetime import datetime, timedelta, timezone
from pathlib import Path

import genanki
import pytest
from anki_helpers import (
    card_decks,
    edit_question,
    fresh_collection,
    import_apkg,
    log_counts,
    notes_by_guid,
    notes_without_cards,
    per_type,
    review_next_card,
)
from click.testing import CliRunner

from quiz.cli import cli
from quiz.commands.exports import _ProgressBar
from quiz.errors import DeckError, QuizError
from quiz.export import anki
from quiz.export.anki_notes import note_guid
from quiz.library import bundled_decks
from quiz.loader import load_deck

T1 = datetime(2025, 3, 1, 12, 0, tzinfo=timezone.utc)
T2 = T1 + timedelta(days=2)
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
EVERY_TYPE_COUNTS = {
    "Quiz Basic (and reversed card)": (1, 2),
    "Quiz Cloze": (1, 2),
    "Quiz Choice": (3, 3),
    "Quiz Type-in": (2, 2),
    "Quiz List": (2, 2),
}


@pytest.fixture
def col(tmp_path):
    collection = fresh_collection(tmp_path / "anki")
    yield collection
    collection.close()


def guid(question_id: str, deck_id: str = "every-type") -> str:
    return note_guid(deck_id, question_id)


def write_deck(folder: Path, body: str, name: str = "deck.yaml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(body, encoding="utf-8")
    return path


def test_every_type_imports_with_a_note_type_per_question_type(every_type, tmp_path, col):
    result = anki.write([load_deck(every_type)], tmp_path / "out.apkg", now=T1)

    log = import_apkg(col, tmp_path / "out.apkg")
    assert log_counts(log) == {
        "new": 9,
        "updated": 0,
        "duplicate": 0,
        "conflicting": 0,
        "missing_notetype": 0,
    }
    assert per_type(col) == EVERY_TYPE_COUNTS
    assert (result.count, result.cards, result.decks) == (9, 11, 1)
    assert (col.note_count(), col.card_count()) == (9, 11)
    assert notes_without_cards(col) == 0
    assert all(names == {"Every question type"} for names in card_decks(col).values())
    assert sorted(col.tags.all()) == [
        "every-type",
        "every-type::firms",
        "every-type::five-year-plans",
        "every-type::loans",
        "every-type::military",
        "every-type::specialists",
        "every-type::towns",
        "example",
    ]
    assert not list(tmp_path.glob(".out.apkg.*"))  # the temp file was renamed


def test_fields_hold_the_question_and_the_back_shows_explanation_and_source(
    every_type, tmp_path, col
):
    anki.write([load_deck(every_type)], tmp_path / "out.apkg", now=T1)
    import_apkg(col, tmp_path / "out.apkg")
    notes = notes_by_guid(col)

    choice = notes[guid("main-creditor")]
    assert dict(choice.items()) == {
        "Prompt": "Which country became the USSR's main creditor in the 1920s?",
        "Instruction": "Choose one.",
        "Options": '<ol class="options"><li>Germany</li><li>Great Britain</li><li>France</li>'
        "<li>United States</li></ol>",
        "Answer": '<ol class="options marked"><li class="correct"><b>✓ Germany</b></li>'
        "<li>Great Britain</li><li>France</li><li>United States</li></ol>",
        "Image": "",
        "Explanation": "Falling export prices after 1929 made foreign credit essential.",
        "Source": "Russia Beyond, What role did Germany play in industrializing the USSR in the "
        "1930s?, § German loans",
    }
    assert sorted(choice.tags) == ["every-type", "every-type::loans", "example"]
    cloze = notes[guid("may-brigade-cloze")]
    assert cloze["Text"] == (
        "Ernst May came to the USSR in {{c1::1930}} with {{c2::17::a number}} specialists."
    )
    numeric = notes[guid("loans-1925")]
    assert (numeric["Answer"], numeric["Hint"]) == ("100", "Unit: million marks")
    short = notes[guid("may-name")]
    assert (short["Answer"], short["Accepted"]) == ("Ernst May", "Also accepted: May")
    order = notes[guid("plans-order")]
    assert order["Answer"] == (
        '<ol class="items"><li>First five-year plan</li><li>Second five-year plan</li>'
        "<li>Third five-year plan</li></ol>"
    )
    assert order["Items"] != order["Answer"].replace("ol", "ul")  # shown shuffled
    multi = notes[guid("siemens-projects")]
    assert multi["Instruction"] == "Choose all that apply."
    assert multi["Answer"].count('<li class="correct"><b>✓ ') == 3
    assert notes[guid("may-austrian")]["Answer"] == (
        '<ol class="options marked"><li>True</li><li class="correct"><b>✓ False</b></li></ol>'
    )
    match = notes[guid("schools-match")]
    assert match["Answer"] == (
        '<table class="match"><tr><td>Lipetsk</td><td>→ aviation school</td></tr>'
        "<tr><td>Kazan</td><td>→ tank school</td></tr></table>"
    )
    assert "<td>A. tank school</td>" in match["Items"]  # right column shuffled, lettered

    # Anki renders the cards: the question side hides the answer, the back explains.
    second = sorted(cloze.cards(), key=lambda c: c.ord)[1]
    out = second.render_output(reload=True)
    assert "[a number]" in out.question_text and ">17<" not in out.question_text
    assert "1930" in out.question_text
    assert '<div class="source">Russia Beyond' in out.answer_text
    assert "The team became known as the May Brigade." in out.answer_text
    out = choice.cards()[0].render_output(reload=True)
    assert "✓" not in out.question_text and "✓ Germany" in out.answer_text
    out = short.cards()[0].render_output(reload=True)
    assert "[[type:Answer]]" in out.question_text
    reverse = notes[guid("term-inspetsy")].cards()[1].render_output(reload=True)
    assert "foreign specialists" in reverse.question_text
    assert "inspetsy" not in reverse.question_text and "inspetsy" in reverse.answer_text


def test_stylesheet_covers_night_mode(every_type, tmp_path, col):
    anki.write([load_deck(every_type)], tmp_path / "out.apkg", now=T1)
    import_apkg(col, tmp_path / "out.apkg")
    for model in col.models.all():
        if model["name"].startswith("Quiz "):
            assert ".nightMode .card" in model["css"] and ".night_mode .card" in model["css"]


HOSTILE = """\
deck: hostile
title: Hostile text
questions:
  - id: script-prompt
    type: choice
    prompt: "What does <script>alert('x')</script> do?"
    options: ["<b>bold</b>", "a & b"]
    answer: "a & b"
    explanation: "Write &lt; in HTML, never a bare <"
  - id: cloze-html
    type: cloze
    text: "A {{c1::<i>tag</i>::<hint>}} and {{c2::x & y}} <br> here"
  - id: card-img
    type: card
    front: '<img src=x onerror="alert(1)">'
    back: "line one\\nline two"
"""


def test_text_is_escaped_and_cloze_markers_survive(tmp_path, col):
    deck = load_deck(write_deck(tmp_path / "bank", HOSTILE))
    anki.write([deck], tmp_path / "out.apkg", now=T1)
    import_apkg(col, tmp_path / "out.apkg")
    notes = notes_by_guid(col)

    choice = notes[guid("script-prompt", "hostile")]
    assert choice["Prompt"] == "What does &lt;script&gt;alert('x')&lt;/script&gt; do?"
    assert choice["Options"] == (
        '<ol class="options"><li>&lt;b&gt;bold&lt;/b&gt;</li><li>a &amp; b</li></ol>'
    )
    assert choice["Explanation"] == "Write &amp;lt; in HTML, never a bare &lt;"
    rendered = choice.cards()[0].render_output(reload=True).question_text
    assert "<script>" not in rendered and "&lt;script&gt;" in rendered

    cloze = notes[guid("cloze-html", "hostile")]
    assert cloze["Text"] == (
        "A {{c1::&lt;i&gt;tag&lt;/i&gt;::&lt;hint&gt;}} and {{c2::x &amp; y}} &lt;br&gt; here"
    )
    assert len(cloze.cards()) == 2
    front = sorted(cloze.cards(), key=lambda c: c.ord)[0].render_output(reload=True)
    assert "[&lt;hint&gt;]" in front.question_text and "<i>" not in front.answer_text

    card = notes[guid("card-img", "hostile")]
    assert card["Front"] == '&lt;img src=x onerror="alert(1)"&gt;'
    assert card["Back"] == "line one<br>line two"


def test_subdecks_by_first_tag_and_several_banks_in_one_package(every_type, tmp_path, col):
    other = write_deck(
        tmp_path / "other",
        "deck: other\ntitle: Other bank\ntags: [extra]\nquestions:\n"
        "  - {id: q1, type: card, front: one, back: two, tags: [towns, loans]}\n"
        "  - {id: q2, type: card, front: three, back: four}\n",
    )
    result = anki.write(
        [load_deck(every_type), load_deck(other)], tmp_path / "out.apkg", subdecks=True, now=T1
    )
    import_apkg(col, tmp_path / "out.apkg")

    decks = card_decks(col)
    assert decks[guid("main-creditor")] == {"Every question type::loans"}
    assert decks[guid("term-inspetsy")] == {"Every question type::specialists"}
    assert decks[guid("q1", "other")] == {"Other bank::towns"}  # the first tag wins
    assert decks[guid("q2", "other")] == {"Other bank"}  # untagged stays in the bank
    names = {d.name for d in col.decks.all_names_and_ids()} - {"Default"}
    assert len(names) == result.decks == 9
    assert {"Every question type", "Other bank", "Other bank::towns"} <= names
    assert sorted(notes_by_guid(col)[guid("q1", "other")].tags) == [
        "extra",
        "other",
        "other::loans",
        "other::towns",
    ]


def test_banks_sharing_a_title_share_a_deck_with_a_warning(every_type, tmp_path, col):
    twin = write_deck(
        tmp_path / "twin",
        "deck: twin\ntitle: Every question type\nquestions:\n"
        "  - {id: q1, type: card, front: one, back: two}\n",
    )
    result = anki.write([load_deck(every_type), load_deck(twin)], tmp_path / "out.apkg")
    assert result.warnings == [
        "banks every-type, twin share the title 'Every question type', so their notes share"
        " one Anki deck"
    ]
    import_apkg(col, tmp_path / "out.apkg")
    assert card_decks(col)[guid("q1", "twin")] == {"Every question type"}
    assert col.note_count() == 10


def test_two_banks_with_one_id_are_refused(every_type, tmp_path):
    deck = load_deck(every_type)
    with pytest.raises(QuizError, match="deck id 'every-type' is also used by") as caught:
        anki.write([deck, deck], tmp_path / "out.apkg")
    assert caught.value.exit_code == 2
    assert not (tmp_path / "out.apkg").exists()


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
    import sqlite3

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


def test_a_question_that_changes_note_type_is_warned_about(every_type, tmp_path, col):
    deck, out = load_deck(every_type), tmp_path / "out.apkg"
    anki.write([deck], out, now=T1)
    import_apkg(col, out)
    result = anki.write([edit_question(deck, "term-inspetsy", reverse=False)], out, now=T2)
    assert result.warnings == [
        f"{every_type}: question 'term-inspetsy' changed note type (Quiz Basic (and reversed"
        " card) -> Quiz Basic): Anki's import skips its note as conflicting; delete that note"
        " in Anki first to get the new one (its review history goes with it)"
    ]
    assert log_counts(import_apkg(col, out))["conflicting"] == 1  # what the warning is about
    assert anki.write([edit_question(deck, "term-inspetsy", reverse=False)], out).warnings == []


@pytest.mark.parametrize("junk", [b"not a zip", b"PK\x05\x06" + bytes(18), "zip-of-junk"])
def test_a_file_in_the_way_that_is_no_export_is_replaced(every_type, tmp_path, junk):
    out = tmp_path / "out.apkg"
    if junk == "zip-of-junk":
        with zipfile.ZipFile(out, "w") as archive:
            archive.writestr("collection.anki2", b"garbage")
    else:
        out.write_bytes(junk)
    anki.write([load_deck(every_type)], out, now=T1)
    assert set(note_mods(out, tmp_path).values()) == {int(T1.timestamp())}


def test_ids_never_change():
    """Changing these would make Anki duplicate the note types and decks on re-import."""
    models = {kind: model.model_id for kind, model in anki.build_models().items()}
    assert models == {
        "basic": 2084643017,
        "reversed": 1557963306,
        "cloze": 2038642144,
        "typein": 1911752953,
        "choice": 1424255526,
        "list": 1452641721,
    }
    assert note_guid("every-type", "main-creditor") == "uqylW/JT{V"
    assert note_guid("every-type", "main-creditor") == genanki.guid_for(
        "every-type", "main-creditor"
    )
    assert note_guid("a", "é-ü") == genanki.guid_for("a", "é-ü")


IMAGES = """\
deck: pictures
title: Pictures
questions:
  - {id: map-a, type: card, front: Where?, back: Here, image: img/map.png}
  - {id: map-b, type: short, prompt: Which city?, answer: Kazan, image: img/map.png}
"""


def test_images_are_packed_once_under_their_content_hash(tmp_path, col):
    (tmp_path / "bank" / "img").mkdir(parents=True)
    (tmp_path / "bank" / "img" / "map.png").write_bytes(PNG)
    deck = load_deck(write_deck(tmp_path / "bank", IMAGES))
    anki.write([deck], tmp_path / "out.apkg", now=T1)
    import_apkg(col, tmp_path / "out.apkg")

    notes = notes_by_guid(col)
    field = notes[guid("map-a", "pictures")]["Image"]
    assert field == notes[guid("map-b", "pictures")]["Image"]
    name = field.removeprefix('<img src="').removesuffix('" alt="">')
    assert name.startswith("quiz-") and name.endswith(".png")
    assert (Path(col.media.dir()) / name).read_bytes() == PNG
    assert len(zipfile.ZipFile(tmp_path / "out.apkg").namelist()) == 3  # db, media map, 1 file
    rendered = notes[guid("map-a", "pictures")].cards()[0].render_output(reload=True)
    assert f'<img src="{name}"' in rendered.question_text


@pytest.mark.parametrize("how", ["dotdot", "absolute", "symlink"])
def test_an_image_outside_the_deck_folder_is_refused(tmp_path, how):
    secret = tmp_path / "secret.png"
    secret.write_bytes(PNG)
    (tmp_path / "bank").mkdir()
    image = {"dotdot": "../secret.png", "absolute": str(secret), "symlink": "link.png"}[how]
    if how == "symlink":
        (tmp_path / "bank" / "link.png").symlink_to(secret)
    path = write_deck(
        tmp_path / "bank",
        f"deck: leak\ntitle: Leak\nquestions:\n"
        f"  - {{id: peek, type: card, front: a, back: b, image: '{image}'}}\n",
    )
    with pytest.raises(DeckError) as refused:  # `quiz check` already says so
        load_deck(path)
    (problem,) = refused.value.problems
    assert (problem.field, problem.message) == (
        "questions[0].image",
        f"{image!r} is outside the deck's folder; put the image beside the deck",
    )
    # a deck built in code never reaches past the loader's rule either
    clean = write_deck(
        tmp_path / "bank",
        "deck: leak\ntitle: Leak\nquestions:\n  - {id: peek, type: card, front: a, back: b}\n",
    )
    deck = load_deck(clean)
    deck = dataclasses.replace(
        deck, questions=(dataclasses.replace(deck.questions[0], image=image),)
    )
    object.__setattr__(deck, "path", clean)
    with pytest.raises(QuizError) as caught:
        anki.write([deck], tmp_path / "out.apkg")
    assert str(caught.value) == (
        f"{clean}: question 'peek': image {image!r} is outside the deck's folder; "
        "put the image beside the deck"
    )
    assert caught.value.exit_code == 2
    assert not (tmp_path / "out.apkg").exists()


def test_a_missing_image_is_a_clear_error_from_the_cli(tmp_path):
    path = write_deck(
        tmp_path / "bank",
        "deck: gone\ntitle: Gone\nquestions:\n"
        "  - {id: lost, type: card, front: a, back: b, image: img/lost.png}\n",
    )
    out = tmp_path / "out.apkg"
    result = CliRunner().invoke(cli, ["export", "anki", str(path), "-o", str(out)])
    assert result.exit_code == 2
    folder = (tmp_path / "bank").resolve()
    assert result.stderr == (
        f"{path}:4:54: questions[0].image: no such image 'img/lost.png' in {folder}\n"
    )
    assert not out.exists() and not list(tmp_path.glob(".out.apkg.*"))


def test_cli_prints_a_one_line_summary(every_type, tmp_path):
    out = tmp_path / "every.apkg"
    result = CliRunner().invoke(cli, ["export", "anki", str(every_type), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"wrote 9 notes (11 cards) in 1 deck to {out}\n"
    assert zipfile.ZipFile(out).testzip() is None


def test_progress_reports_every_note_written(every_type, tmp_path):
    calls = []
    anki.write(
        [load_deck(every_type)], tmp_path / "out.apkg", progress=lambda d, t: calls.append((d, t))
    )
    assert calls == [(n, 9) for n in range(1, 10)]


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("total", "tty", "shown"), [(3000, True, True), (100, True, False), (3000, False, False)]
)
def test_progress_bar_only_on_a_terminal_and_for_large_exports(monkeypatch, total, tty, shown):
    stderr = FakeTerminal() if tty else io.StringIO()
    monkeypatch.setattr(sys, "stderr", stderr)
    with _ProgressBar("Writing Anki package") as progress:
        for done in range(0, total + 1, total // 10):
            progress(done, total)
    assert ("Writing Anki package" in stderr.getvalue()) is shown
    assert ("100%" in stderr.getvalue()) is shown


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
