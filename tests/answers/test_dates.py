"""Dates read in every order people write them (the corpus rows judge whole answers)."""

from __future__ import annotations

import pytest

from quiz.answers.dates import read_date, same_date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("June 26", (None, 6, 26)),
        ("26 June", (None, 6, 26)),
        ("the 26th of June", (None, 6, 26)),
        ("on 26 June.", (None, 6, 26)),
        ("Jun. 26", (None, 6, 26)),
        ("June 26th, 1948", (1948, 6, 26)),
        ("26 Sept 1948", (1948, 9, 26)),
        ("1948-06-26", (1948, 6, 26)),
        ("May 1945", None),  # a month, not a day
        ("June 32", None),
        ("26 Juni", None),  # English month names only
        ("6/26", None),  # figures alone: day or month first depends on the writer
        ("Mayday 3", None),
    ],
)
def test_dates_read(text, date):
    assert read_date(text) == date


def test_the_year_counts_only_where_the_key_has_one():
    assert same_date("26 June 1948", "June 26")
    assert same_date("June 26, 1948", "26 June 1948")
    assert not same_date("June 26, 1950", "26 June 1948")
    assert not same_date("June 26", "26 June 1948")
    assert not same_date("26 July", "June 26")


def test_the_card_script_names_the_same_months():
    """judge.js reads dates as dates.py does; its month list must be the same."""
    from pathlib import Path

    import quiz.export
    from quiz.answers.dates import MONTHS

    script = (Path(quiz.export.__file__).parent / "anki_js" / "judge.js").read_text("utf-8")
    assert 'var MONTHS = ["' + '", "'.join(MONTHS[:6]) + '",' in script
    assert '"' + '", "'.join(MONTHS[6:]) + '"];' in script
