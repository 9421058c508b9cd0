"""Numbers in text: tokens, whole-number texts, and how numbers are written back."""

from __future__ import annotations

import pytest

from quiz.core.numbers import as_number, format_number, parse_number, plain_number


@pytest.mark.parametrize(
    ("token", "value"),
    [("1,930", 1930.0), ("1.5", 1.5), ("nine", 9.0), ("Hundred", 100.0), ("x", None)],
)
def test_one_token(token, value):
    assert parse_number(token) == value


def test_a_text_that_is_only_a_number():
    assert as_number("900 million") == 900e6
    assert as_number("in 1930") is None


def test_written_for_people_and_for_programs():
    assert format_number(20000) == "20,000"
    assert format_number(1930) == "1930"
    assert plain_number(20000) == "20000"
    assert plain_number(1.5) == "1.5"
