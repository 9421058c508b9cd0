"""`quiz import` of two-column text: Quizlet's export, Anki's notes as text, plain CSV/TSV."""

from __future__ import annotations

import pytest
from import_helpers import run

from quiz.bank.loader import load_deck
from quiz.bank.model import Cloze, Flashcard


def imported(tmp_path, name, text, *options):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "deck.yaml"
    result = run("import", str(path), "-o", str(out), *options)
    assert result.exit_code == 0, result.output
    return load_deck(out), result.output


def sides(deck):
    return [(q.front, q.back) for q in deck.questions]


PAIRS = [("Rapallo", "1922 treaty, near Genoa"), ("Lipetsk", "aviation school")]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("quizlet.txt", "Rapallo\t1922 treaty, near Genoa\nLipetsk\taviation school\n"),
        ("quizlet-dash.txt", "Rapallo - 1922 treaty, near Genoa\nLipetsk - aviation school\n"),
        ("quizlet-rows.txt", "Rapallo\t1922 treaty, near Genoa;Lipetsk\taviation school;"),
        ("plain.csv", 'Rapallo,"1922 treaty, near Genoa"\nLipetsk,aviation school\n'),
        ("plain.tsv", "Rapallo\t1922 treaty, near Genoa\r\nLipetsk\taviation school\r\n"),
        (
            "header.csv",
            'term,definition\nRapallo,"1922 treaty, near Genoa"\nLipetsk,aviation school\n',
        ),
    ],
)
def test_two_column_files(tmp_path, name, text):
    deck, output = imported(tmp_path, name, text)
    assert sides(deck) == PAIRS
    assert all(isinstance(q, Flashcard) for q in deck.questions)
    assert [q.id for q in deck.questions] == ["rapallo-5c5fc7", "lipetsk-322c12"]  # the front's
    assert output == f"imported 2 questions from {name} to {tmp_path / 'deck.yaml'}: 2 card\n"


def test_columns_chosen_by_name_or_number_and_an_explanation_column(tmp_path):
    text = "word,meaning,notes,level\nZelle,cell,feminine,A1\nKern,nucleus,,B1\n"
    deck, output = imported(tmp_path, "words.csv", text, "--front", "meaning", "--back", "1")
    assert sides(deck) == [("cell", "Zelle"), ("nucleus", "Kern")]
    assert [q.explanation for q in deck.questions] == ["feminine", None]
    assert output.splitlines()[1:] == [
        "not carried:",
        "  2 × value in a column that is not front, back or explanation",
    ]


ANKI_TEXT = """\
#separator:tab
#html:true
#guid column:1
#notetype column:2
#deck column:3
#tags column:6
a1B2c3\tBasic\tBiology::Cells\tWhat is a <b>cell</b>?\tThe unit of life<br>smallest\tbio cells::a
d4E5f6\tBasic (and reversed card)\tBiology\tmitochondrion\tpowerhouse\t
g7H8i9\tCloze\tBiology\tDNA is read in {{c1::codons}}.\tThree bases each.\tgenetics
"""


def test_anki_notes_as_text(tmp_path):
    deck, output = imported(tmp_path, "notes.txt", ANKI_TEXT)
    basic, reverse, cloze = deck.questions
    assert deck.title == "Biology"
    assert (basic.front, basic.back, basic.tags) == (
        "What is a cell?",
        "The unit of life\nsmallest",
        ("bio", "cells-a", "cells"),
    )
    assert isinstance(reverse, Flashcard) and reverse.reverse
    assert isinstance(cloze, Cloze) and cloze.explanation == "Three bases each."
    assert basic.id.startswith("note-")  # from the GUID, as the .apkg import makes it
    assert "1 × formatting (bold, italics, colours)" in output


def test_quiz_s_own_anki_csv_export_imports(every_type, tmp_path):
    csv_path, out = tmp_path / "every.csv", tmp_path / "every.yaml"
    assert run("export", "csv", str(every_type), "-o", str(csv_path)).exit_code == 0
    result = run("import", str(csv_path), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert run("check", str(out)).exit_code == 0


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "one column\nand a line\n",
            "has no separator between front and back on every line"
            " (a tab, comma, semicolon, | or ' - ')",
        ),
        ("PK\x03\x04garbage", "is not a text file, so not a CSV or TSV file"),
        ("a,b\x00c", "is not a text file, so not a CSV or TSV file"),
        ("", "is empty"),
    ],
)
def test_unreadable_tables_get_one_line_and_nothing_is_written(tmp_path, text, message):
    path = tmp_path / "bad.csv"
    path.write_text(text)
    result = run("import", str(path), "-o", str(tmp_path / "out.yaml"))
    assert (result.exit_code, result.output) == (2, f"{path}: {message}\n")
    assert list(tmp_path.iterdir()) == [path]
