"""`quiz export csv`: every file goes through real Anki's CSV import with its own headers."""

from __future__ import annotations

from pathlib import Path

import pytest
from anki_helpers import (
    card_decks,
    edit_question,
    guid,
    import_apkg,
    import_csv,
    log_counts,
    notes_by_guid,
    notes_without_cards,
    per_type,
    review_next_card,
    stock,
)
from click.testing import CliRunner

from quiz.bank.library import bundled_decks
from quiz.bank.loader import load_deck
from quiz.cli import cli
from quiz.export import anki, anki_csv, anki_record

CITATION = "Russia Beyond, What role did Germany play in industrializing the USSR in the 1930s?"


def test_file_starts_with_anki_headers_and_quotes_fields(every_type, tmp_path):
    out = tmp_path / "out.csv"
    anki_csv.write([load_deck(every_type)], out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[:6] == [
        "#separator:Comma",
        "#html:true",
        "#notetype column:1",
        "#deck column:2",
        "#guid column:3",
        "#tags column:6",
    ]
    assert lines[6] == (
        "Basic (and reversed card),Every question type,McSCWp~zwn,inspetsy,"
        "foreign specialists working in the USSR,every-type example every-type::specialists"
    )
    assert len(lines) == 6 + 9
    assert not list(tmp_path.glob(".out.csv.*"))


def test_import_gives_stock_note_types_decks_tags_and_fields(every_type, tmp_path, col):
    result = anki_csv.write([load_deck(every_type)], tmp_path / "out.csv")
    log = import_csv(col, tmp_path / "out.csv")

    assert log_counts(log) == {
        "new": 9,
        "updated": 0,
        "duplicate": 0,
        "conflicting": 0,
        "missing_notetype": 0,
    }
    assert per_type(col) == {"Basic": (7, 7), "Basic (and reversed card)": (1, 2), "Cloze": (1, 2)}
    assert (result.count, result.cards, result.decks) == (9, 11, 1)
    assert (col.note_count(), col.card_count()) == (9, 11)
    assert notes_without_cards(col) == 0
    assert all(names == {"Every question type"} for names in card_decks(col).values())
    assert "every-type::five-year-plans" in col.tags.all()

    notes = notes_by_guid(col)
    assert set(notes) == {stock(q.id) for q in load_deck(every_type).questions}
    choice = notes[stock("main-creditor")]
    block = '<div style="display: inline-block; text-align: left">'  # left-aligned, centred
    assert choice["Front"] == (  # lettered in the text: the stock note types have no script
        "<div>Which country became the USSR's main creditor in the 1920s?</div>"
        f"<div>Choose one.</div><div>{block}<div>A. Great Britain</div><div>B. Germany</div>"
        "<div>C. France</div><div>D. United States</div></div></div>"
    )
    assert choice["Back"] == (
        f"<div>{block}<div>A. Great Britain</div><div>B. <b>✓ Germany</b></div>"
        "<div>C. France</div><div>D. United States</div></div></div>"
        "<div>Falling export prices after 1929 made foreign credit essential.</div>"
        f"<div>{CITATION}, § German loans; Sara Moore, How Hitler Came To Power, p. 128-129</div>"
    )
    assert notes[stock("may-austrian")]["Front"].endswith(
        f"<div>{block}<div>True</div><div>False</div></div></div>"  # not lettered
    )
    order = notes[stock("plans-order")]
    assert order["Back"].startswith(
        f"<div>{block}<div>1. <b>C</b> First five-year plan</div>"
        "<div>2. <b>B</b> Second five-year plan</div><div>3. <b>A</b> Third five-year plan</div>"
    )
    match = notes[stock("schools-match")]
    cell = '<td style="padding: .15em 1.2em .15em 0; text-align: left; vertical-align: top">'
    assert match["Front"].endswith(  # cells kept apart by padding
        f'<table style="border-collapse: collapse; margin: 0 auto"><tr>{cell}1. Lipetsk</td>'
        f"{cell}A. tank school</td></tr><tr>{cell}2. Kazan</td>{cell}B. aviation school</td>"
        "</tr></table></div>"
    )
    assert match["Back"].startswith(
        f'<div><table style="border-collapse: collapse; margin: 0 auto"><tr>{cell}1. Lipetsk'
        f"</td>{cell}→ B. aviation school</td></tr><tr>{cell}2. Kazan</td>{cell}→ A. tank"
        " school</td></tr></table></div>"
    )
    assert match["Back"].endswith(
        '<div>The notes date the agreement to March 1926.<div class="background">'
        "Background (not from the source): Both lay far from Allied inspectors.</div></div>"
        "<div>Sara Moore, How Hitler Came To Power, p. 128-129</div>"
    )
    cloze = notes[stock("may-brigade-cloze")]
    assert cloze["Text"] == (
        "Ernst May came to the USSR in {{c1::1930}} with {{c2::17::a number}} specialists."
    )
    assert cloze["Back Extra"] == (
        "<div>The team became known as the May Brigade.</div>"
        f"<div>{CITATION}, § Socialist cities</div>"
    )
    numeric = notes[stock("loans-1925")]
    assert numeric["Front"] == (
        "<div>How much had Berlin lent Moscow by 1925?</div><div>Unit: million marks</div>"
    )
    assert numeric["Back"].startswith("<div>100</div><div>The sum tripled")
    reverse = notes[stock("term-inspetsy")]
    assert (reverse["Front"], reverse["Back"]) == (
        "inspetsy",
        "foreign specialists working in the USSR",
    )
    assert result.warnings == [
        "1 reversed card: explanation and source left out (card 2 of the stock reversed note"
        " type would show them before the answer); `quiz export anki` keeps them"
    ]


HOSTILE = """\
deck: hostile
title: Hostile text
questions:
  - id: script-prompt
    type: short
    prompt: 'Say "<script>alert(1)</script>", then a comma, a; b'
    answer: '"quoted", with comma'
    image: pic.png
  - id: cloze-html
    type: cloze
    text: "A {{c1::<i>tag</i>::<hint>}} and {{c2::x & y}}, \\"quoted\\""
  - id: multi-line
    type: card
    front: "# not a comment\\nsecond line"
    back: "a\\tb"
"""


def test_text_is_escaped_and_survives_csv_quoting(tmp_path, col):
    (tmp_path / "pic.png").write_bytes(b"\x89PNG\r\n\x1a\n")  # a PNG by its first bytes
    (tmp_path / "deck.yaml").write_text(HOSTILE, encoding="utf-8")
    result = anki_csv.write([load_deck(tmp_path / "deck.yaml")], tmp_path / "out.csv")
    assert log_counts(import_csv(col, tmp_path / "out.csv"))["new"] == 3

    notes = notes_by_guid(col)
    short = notes[stock("script-prompt", "hostile")]
    assert short["Front"] == 'Say "&lt;script&gt;alert(1)&lt;/script&gt;", then a comma, a; b'
    assert short["Back"] == '"quoted", with comma'
    cloze = notes[stock("cloze-html", "hostile")]
    assert cloze["Text"] == (
        'A {{c1::&lt;i&gt;tag&lt;/i&gt;::&lt;hint&gt;}} and {{c2::x &amp; y}}, "quoted"'
    )
    assert len(cloze.cards()) == 2
    card = notes[stock("multi-line", "hostile")]
    assert (card["Front"], card["Back"]) == ("# not a comment<br>second line", "a\tb")
    assert result.warnings == [
        "1 image left out: CSV carries no files; `quiz export anki` packs them"
    ]


def test_reimport_of_an_edited_bank_updates_one_note_and_keeps_the_review(
    every_type, tmp_path, col
):
    deck = load_deck(every_type)
    out = tmp_path / "out.csv"
    anki_csv.write([deck], out)
    import_csv(col, out)
    col.decks.select(col.decks.id_for_name("Every question type"))
    reviewed = review_next_card(col)
    assert reviewed.note().guid == stock("term-inspetsy")

    edited = edit_question(deck, "term-inspetsy", back="foreign experts")
    anki_csv.write([edited], out)
    log = import_csv(col, out)

    assert log_counts(log) == {
        "new": 0,
        "updated": 1,
        "duplicate": 8,
        "conflicting": 0,
        "missing_notetype": 0,
    }
    assert (col.note_count(), col.card_count()) == (9, 11)
    assert notes_by_guid(col)[stock("term-inspetsy")]["Back"] == "foreign experts"
    after = col.get_card(reviewed.id)
    assert (after.reps, after.type, after.due, after.ivl) == (
        1,
        reviewed.type,
        reviewed.due,
        reviewed.ivl,
    )


def test_a_question_that_changes_note_type_is_warned_at_every_export(every_type, tmp_path, col):
    deck, out = load_deck(every_type), tmp_path / "out.csv"
    anki_csv.write([deck], out)
    import_csv(col, out)
    retyped = edit_question(deck, "term-inspetsy", reverse=False)
    warning = (
        f"{every_type}: question 'term-inspetsy' changed note type (Basic (and reversed card)"
        " -> Basic): Anki's import skips its note as conflicting; delete that note in Anki"
        " first to get the new one (its review history goes with it)"
    )
    assert anki_csv.write([retyped], out).warnings[-2:] == [warning, anki_record.ACCEPT]
    assert log_counts(import_csv(col, out))["conflicting"] == 1  # what the warning is about
    # Anki still holds the old note type: the next export warns again, to any file
    assert warning in anki_csv.write([retyped], tmp_path / "elsewhere.csv").warnings
    # once the note is deleted in Anki, --accept-changes records the new state
    assert anki_csv.write([retyped], out, accept=True).warnings == []
    assert anki_csv.write([retyped], out).warnings == []


def test_package_and_csv_notes_never_collide(every_type, tmp_path, col):
    deck = load_deck(every_type)
    anki.write([deck], tmp_path / "out.apkg")
    result = anki_csv.write([deck], tmp_path / "out.csv")
    assert result.warnings[-2:] == [
        "bank 'every-type': also exported with `quiz export anki`; its notes there are other"
        " notes (other GUIDs and note types), so importing both into one collection gives"
        " each question twice",
        anki_record.ACCEPT,
    ]
    import_apkg(col, tmp_path / "out.apkg")
    log = log_counts(import_csv(col, tmp_path / "out.csv"))
    assert (log["new"], log["conflicting"]) == (9, 0)  # was: 0 new, 9 conflicting
    assert col.note_count() == 18
    packaged = {guid(q.id) for q in deck.questions}
    assert set(notes_by_guid(col)) == packaged | {stock(q.id) for q in deck.questions}
    again = anki.write([deck], tmp_path / "x.apkg")
    assert "also exported with `quiz export csv`" in again.warnings[0]


def test_subdecks_by_first_tag(every_type, tmp_path, col):
    result = anki_csv.write([load_deck(every_type)], tmp_path / "out.csv", subdecks=True)
    import_csv(col, tmp_path / "out.csv")
    assert card_decks(col)[stock("may-austrian")] == {"Every question type::towns"}
    assert result.decks == 6


def test_cli_prints_a_summary_and_warnings(every_type, tmp_path):
    out = tmp_path / "every.csv"
    result = CliRunner().invoke(cli, ["export", "csv", str(every_type), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"wrote 9 notes (11 cards) in 1 deck to {out}\n"
    assert result.stderr.startswith("warning: 1 reversed card: explanation and source left out")


def test_cli_refuses_a_missing_folder(every_type, tmp_path):
    out = tmp_path / "nowhere" / "x.csv"
    result = CliRunner().invoke(cli, ["export", "csv", str(every_type), "-o", str(out)])
    assert (result.exit_code, result.stderr) == (
        2,
        f"{out.parent}: no such folder; create it first\n",
    )


@pytest.mark.parametrize("path", bundled_decks(), ids=lambda p: p.stem)
def test_bundled_deck_round_trips(path: Path, tmp_path, col):
    deck = load_deck(path)
    result = anki_csv.write([deck], tmp_path / "out.csv", subdecks=True)
    log = import_csv(col, tmp_path / "out.csv")
    assert log_counts(log)["new"] == len(deck.questions)
    assert log_counts(log)["conflicting"] == 0
    assert (col.note_count(), col.card_count()) == (len(deck.questions), result.cards)
    assert notes_without_cards(col) == 0
    assert set(notes_by_guid(col)) == {stock(q.id, deck.id) for q in deck.questions}
    # Re-export after editing one question: one note updated, none added.
    first = deck.questions[0]
    edited = edit_question(deck, first.id, explanation=f"{first.explanation} (revised)")
    anki_csv.write([edited], tmp_path / "out.csv", subdecks=True)
    log = log_counts(import_csv(col, tmp_path / "out.csv"))
    assert (log["new"], log["updated"], log["conflicting"]) == (0, 1, 0)
    assert (col.note_count(), col.card_count()) == (len(deck.questions), result.cards)
