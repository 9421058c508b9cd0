"""`quiz import` as a command: formats by extension, never over a file, ids that keep progress."""

from __future__ import annotations

import pytest
from import_helpers import run

from quiz.bank.loader import load_deck
from quiz.core.clock import clock
from quiz.srs.cards import Rating
from quiz.srs.store import Store

CARDS = "Rapallo\t1922 treaty\nLipetsk\taviation school\n"


@pytest.fixture
def cards(tmp_path):
    path = tmp_path / "cards.tsv"
    path.write_text(CARDS)
    return path


def test_an_existing_deck_is_only_replaced_with_force(cards, tmp_path):
    out = tmp_path / "deck.yaml"
    out.write_text("mine\n")
    refused = run("import", str(cards), "-o", str(out))
    assert (refused.exit_code, refused.output) == (
        2,
        f"{out}: already exists; choose another name, or --force to replace it\n",
    )
    assert out.read_text() == "mine\n"
    assert run("import", str(cards), "-o", str(out), "--force").exit_code == 0
    assert load_deck(out).questions[0].front == "Rapallo"


def test_the_input_is_never_the_output(cards):
    result = run("import", str(cards), "-o", str(cards), "--force")
    assert result.exit_code == 2 and "cards.tsv: a deck's name ends in .yaml" in result.output
    as_yaml = cards.with_suffix(".yaml")
    cards.rename(as_yaml)
    result = run("import", str(as_yaml), "--from", "csv", "-o", str(as_yaml), "--force")
    assert (result.exit_code, result.output) == (
        2,
        f"{as_yaml}: is an input of this command; choose another name\n",
    )
    cards = as_yaml
    assert cards.read_text() == CARDS


def test_the_format_comes_from_the_extension_or_from(tmp_path, cards):
    other = tmp_path / "cards.dat"
    other.write_text(CARDS)
    unknown = run("import", str(other), "-o", str(tmp_path / "d.yaml"))
    assert (unknown.exit_code, unknown.output) == (
        2,
        f"{other}: cannot tell its format from the name; pass --from anki|gift|qti|csv|markdown\n",
    )
    assert run("import", str(other), "-o", str(tmp_path / "d.yaml"), "--from", "csv").exit_code == 0
    as_anki = run("import", str(cards), "-o", str(tmp_path / "e.yaml"), "--from", "anki")
    assert (as_anki.exit_code, as_anki.output) == (
        2,
        f"{cards}: is not an Anki package (not a zip archive)\n",
    )
    missing = run("import", str(tmp_path / "none.csv"), "-o", str(tmp_path / "f.yaml"))
    assert (missing.exit_code, missing.output) == (2, f"{tmp_path / 'none.csv'}: no such file\n")


@pytest.mark.parametrize("name", ["deck.gift", "deck.md", "deck.zip"])
def test_a_file_that_is_not_what_its_extension_says(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"SQLite format 3\x00" + bytes(200))
    result = run("import", str(path), "-o", str(tmp_path / "out.yaml"))
    assert result.exit_code == 2 and len(result.output.splitlines()) == 1
    assert result.output.startswith(f"{path}: is not")
    assert list(tmp_path.iterdir()) == [path]


def test_importing_an_updated_file_again_keeps_progress(cards, tmp_path):
    out = tmp_path / "deck.yaml"
    assert run("import", str(cards), "-o", str(out)).exit_code == 0
    deck = load_deck(out)
    with Store.open() as store:
        store.record(deck.id, deck.questions[0].id, Rating.GOOD, clock())
    cards.write_text("Rapallo\t1922 treaty, near Genoa\nLipetsk\taviation school\nKama\ttanks\n")
    assert run("import", str(cards), "-o", str(out), "--force").exit_code == 0
    again = load_deck(out)
    assert again.questions[0].back == "1922 treaty, near Genoa"
    assert [q.id for q in again.questions[:2]] == [q.id for q in deck.questions]
    with Store.open() as store:
        assert store.answered(again.id) == {again.questions[0].id}


def test_import_is_listed_and_documented():
    result = run("import", "--help")
    assert result.exit_code == 0
    assert "--with-progress" in result.output and "--front" in result.output
    assert "import" in run("--help").output
