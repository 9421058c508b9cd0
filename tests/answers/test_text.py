"""Reading typed text and numbers: normalisation, fuzzy matching, number forms."""

from __future__ import annotations

import pytest

from quiz.answers.text import match_text, normalise
from quiz.core.numbers import as_number, read_number


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("Ernst  Máy!", "ernst may"),
        ("  Straße ", "strasse"),
        ("Stalin's plan", "stalins plan"),
        ("Frankfurt-am-Main", "frankfurt am main"),
        ("\tÉCOLE\n", "ecole"),
        ("Магнитогорск", "магнитогорск"),
        ("", ""),
    ],
)
def test_normalise(text, normal):
    assert normalise(text) == normal


@pytest.mark.parametrize(
    ("typed", "accepted", "kind"),
    [
        ("ernst may", ["Ernst May"], "exact"),
        ("Ernst Mey", ["Ernst May"], "none"),  # a changed letter in a short name: another name
        ("Ersnt May", ["Ernst May"], "near"),
        ("Lepizig", ["Leipzig"], "near"),  # two letters swapped: one edit
        ("Austria", ["Australia"], "none"),  # two edits in nine letters: too far
        ("Mai", ["May"], "none"),  # short: exact only
        ("1926", ["1925"], "none"),
        ("1930", ["1930s"], "none"),  # a year is not a decade
        ("South Caucasus", ["North Caucasus"], "none"),  # a wrong word that looks alike
        ("fee", ["fees"], "near"),  # a missing plural -s is a slip, shown corrected
        ("German specialist", ["German specialists"], "near"),
        ("German Republic", ["Weimar Republic"], "none"),
        ("Nort Caucasus", ["North Caucasus"], "near"),
        ("the 1930s", ["1930s"], "exact"),
        ("Treaty of Rapallo 1923", ["Treaty of Rapallo 1922"], "none"),  # numbers exact
        ("Treaty of Rapalo 1922", ["Treaty of Rapallo 1922"], "near"),
        ("50-100", ["50 to 100"], "exact"),
        ("9", ["nine"], "exact"),
        ("six", ["6"], "exact"),
        ("900,000,000", ["900 million"], "exact"),
        ("Magnitogorsk", ["Magnitogorsk town"], "none"),
        ("", ["anything"], "none"),
    ],
)
def test_match_text(typed, accepted, kind):
    assert match_text(typed, accepted).kind == kind


@pytest.mark.parametrize(
    ("text", "unit", "values"),
    [
        ("1,000", None, (1000,)),
        ("1000", None, (1000,)),
        ("1 000", None, (1000,)),
        ("1\u00a0000", None, (1000,)),  # no-break space
        ("1,5", None, (1.5,)),  # a decimal comma
        ("-5", None, (-5,)),
        ("−5", None, (-5,)),  # minus sign
        ("in 1930", "year", (1930,)),
        ("47%", "percent", (47,)),
        ("100 million", "million marks", (100,)),
        ("100", "million marks", (100, 0.0001)),
        ("100,000,000", "million marks", (100_000_000, 100)),
        ("100m", "million marks", (100,)),
        ("100mn", "million marks", (100,)),
        ("1.5 billion", "million marks", (1500,)),
        ("1.5bn", "million marks", (1500,)),
        ("100m", "metres", (100, 1e8)),  # m may be metres or million: both readings
        ("100m", None, (100, 1e8)),
        ("2k", None, (2, 2000)),
        ("100 mln", None, (1e8,)),  # mln, mn and bn always mean a scale
        ("1.5bn", None, (1.5e9,)),
        ("2 thousand", None, (2000,)),
        ("nine", None, (9,)),
        ("threefold", "times", (3,)),
        ("3x", "times", (3,)),
        ("twenty", "towns", (20,)),
        ("many", None, None),
        ("1930 or 1931", None, None),
        ("50-100", None, None),
        ("", None, None),
    ],
)
def test_read_number(text, unit, values):
    reading = read_number(text, unit)
    assert (reading.values if reading else None) == (pytest.approx(values) if values else None)


@pytest.mark.parametrize(
    ("text", "value"),
    [("nine", 9), ("1,930", 1930), ("900 million", 9e8), ("17 specialists", None), ("100m", None)],
)
def test_as_number_only_for_whole_numbers(text, value):
    assert as_number(text) == value
