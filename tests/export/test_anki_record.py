"""Changes Anki's import will not make are warned about at every export, to any file.

Each warning is checked against what real Anki does with the next import: a second deck
that does not appear, a conflicting note, an empty card, a card left in its old deck.
"""

from __future__ import annotations

import dataclasses
import json

from anki_helpers import T1, T2, card_decks, edit_question, guid, import_apkg, log_counts

from quiz.bank.loader import load_deck
from quiz.bank.model import Cloze
from quiz.export import anki, anki_record
from quiz.export.anki_record import ACCEPT


def changed_bank(deck):
    """Every change Anki will not make, at once."""
    deck = dataclasses.replace(deck, title="Every type, retitled")
    deck = edit_question(deck, "term-inspetsy", reverse=False)  # another note type
    deck = edit_question(deck, "may-brigade-cloze", text="Ernst May came in {{c1::1930}}.")
    deck = edit_question(deck, "may-austrian", tags=("loans",))  # was towns: another sub-deck
    return dataclasses.replace(deck, questions=deck.questions[:-1])  # one question removed


def test_each_change_anki_will_not_make_is_warned_at_every_export(every_type, tmp_path, col):
    deck, out = load_deck(every_type), tmp_path / "out.apkg"
    anki.write([deck], out, subdecks=True, now=T1)
    import_apkg(col, out)
    changed = changed_bank(deck)
    removed = deck.questions[-1].id

    result = anki.write([changed], out, subdecks=True, now=T2)
    where = f"{every_type}: question"
    assert result.warnings == [
        "bank 'every-type': its title is now 'Every type, retitled', but its Anki deck stays"
        " 'Every question type' (Anki finds decks by name: a new name would start a second"
        " deck and split the bank); to use the new name, rename the deck 'Every question"
        " type' to 'Every type, retitled' in Anki",
        f"{where} 'term-inspetsy' changed note type (Quiz Basic (and reversed card) -> Quiz"
        " Basic): Anki's import skips its note as conflicting; delete that note in Anki first"
        " to get the new one (its review history goes with it)",
        f"{where} 'may-brigade-cloze': deletion c2 is gone, but Anki keeps its card, now"
        " empty; after importing, remove it with Tools > Empty Cards",
        "bank 'every-type': 1 question ('may-austrian') now belong in deck 'Every question"
        " type::loans', but Anki leaves their cards in 'Every question type::towns'; Anki's"
        " import never moves cards: move them in its Browse window (Cards > Change Deck)",
        f"bank 'every-type': 1 question ({removed!r}) left the bank, but Anki's import never"
        " deletes: delete their notes in Anki",
        ACCEPT,
    ]
    decks_before = set(col.decks.all_names())
    log = import_apkg(col, out)
    assert set(col.decks.all_names()) == decks_before  # the title did not start a new deck
    assert log_counts(log)["conflicting"] == 1
    assert card_decks(col)[guid("may-austrian")] == {"Every question type::towns"}
    empty = col.get_empty_cards()
    assert [len(n.card_ids) for n in empty.notes] == [1]  # the card of c2
    assert guid(removed) in {col.get_note(n).guid for n in col.find_notes("")}

    # Anki still holds all that: every later export, to any file, says so again
    again = anki.write([changed], tmp_path / "elsewhere.apkg", subdecks=True, now=T2)
    assert again.warnings == result.warnings
    # after the learner has made the changes in Anki, --accept-changes records them
    accepted = anki.write([changed], out, subdecks=True, now=T2, accept=True)
    assert accepted.warnings == []
    assert anki.write([changed], out, subdecks=True, now=T2).warnings == []


def test_a_new_title_keeps_the_deck_name_until_accepted(every_type, tmp_path, col):
    deck, out = load_deck(every_type), tmp_path / "out.apkg"
    anki.write([deck], out, now=T1)
    import_apkg(col, out)
    retitled = dataclasses.replace(deck, title="Renamed")
    anki.write([retitled], out, now=T2)
    import_apkg(col, out)
    assert "Renamed" not in col.decks.all_names()
    # the learner renames the deck in Anki, then accepts: new notes go to the renamed deck
    col.decks.rename(col.decks.id_for_name("Every question type"), "Renamed")
    added = dataclasses.replace(
        retitled, questions=(*retitled.questions, Cloze(id="new-one", text="A {{c1::b}} c."))
    )
    anki.write([added], out, now=T2, accept=True)
    import_apkg(col, out)
    assert card_decks(col)[guid("new-one")] == {"Renamed"}
    assert "Every question type" not in col.decks.all_names()


def test_without_a_record_the_earlier_export_at_the_output_is_compared(
    every_type, tmp_path, quiz_home
):
    deck, out = load_deck(every_type), tmp_path / "out.apkg"
    anki.write([deck], out, now=T1)
    (anki_record.record_dir() / "every-type.json").unlink()  # as from a quiz before records
    result = anki.write([edit_question(deck, "term-inspetsy", reverse=False)], out, now=T2)
    assert "question 'term-inspetsy' changed note type" in result.warnings[0]


def test_the_record_is_small_json_in_quiz_s_data_folder(every_type, tmp_path, quiz_home):
    anki.write([load_deck(every_type)], tmp_path / "out.apkg", subdecks=True, now=T1)
    record = json.loads((quiz_home / "anki-exports" / "every-type.json").read_text())
    assert record["version"] == 1 and list(record["formats"]) == ["apkg"]
    state = record["formats"]["apkg"]
    assert state["deck"] == "Every question type"
    assert state["notes"]["may-brigade-cloze"] == {
        "type": "Quiz Cloze",
        "deck": "Every question type::towns",
        "clozes": [1, 2],
    }


def test_an_unwritable_record_is_a_warning_not_a_failure(every_type, tmp_path, monkeypatch):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be")
    monkeypatch.setenv("QUIZ_HOME", str(blocked))
    result = anki.write([load_deck(every_type)], tmp_path / "out.apkg", now=T1)
    assert (tmp_path / "out.apkg").is_file()
    assert result.warnings[-1].startswith(f"could not record this export in {blocked}")


def test_an_unchanged_record_is_left_alone_and_a_changed_one_rewritten(
    every_type, tmp_path, quiz_home
):
    deck, path = load_deck(every_type), quiz_home / "anki-exports" / "every-type.json"
    fewer = dataclasses.replace(deck, questions=deck.questions[:-1])
    anki.write([fewer], tmp_path / "out.apkg", now=T1)
    first = path.stat()
    anki.write([fewer], tmp_path / "again.apkg", now=T2)
    assert (path.stat().st_ino, path.stat().st_mtime_ns) == (first.st_ino, first.st_mtime_ns)
    anki.write([deck], tmp_path / "out.apkg", now=T2)  # one question more
    assert path.stat().st_ino != first.st_ino
    assert deck.questions[-1].id in json.loads(path.read_text())["formats"]["apkg"]["notes"]
