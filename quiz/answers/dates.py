"""A day of the year written in words, in any of the orders people write it.

"June 26", "26 June", "the 26th of June", "June 26th, 1948" and "1948-06-26" are one
date; a teacher marks "26 June" right for *June 26*. Only dates with a month's name
(or ISO's year-month-day) are read: "6/7" is June 7 or July 6 depending on who writes
it, so figures alone are left to the text rules.

A span of years is its two years however it is joined ("1995 until 2005", "1995-2005"):
:func:`joins_numbers` says which words between numbers the text rules set aside.

The Anki cards' judge reads dates the same way (``quiz/export/anki_js/judge.js``).
"""

from __future__ import annotations

import re

MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_MONTH = {m: n for n, m in enumerate(MONTHS, start=1)} | {
    m[:3]: n for n, m in enumerate(MONTHS, start=1)
}
_MONTH["sept"] = 9
_M = r"(?P<month>[a-z]+)\.?"
_D = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_Y = r"(?:,?\s+(?P<year>\d{3,4}))?"
_FORMS = (
    re.compile(rf"^(?:the\s+)?{_D}\s+(?:of\s+)?{_M}{_Y}$"),  # 26 June, the 26th of June 1948
    re.compile(rf"^{_M}\s+(?:the\s+)?{_D}{_Y}$"),  # June 26, June 26th, 1948
)
_ISO = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})$")

Date = tuple[int | None, int, int]  # (year or None, month, day)


def read_date(text: str) -> Date | None:
    """The date ``text`` writes, or None if it is not one day (with its month named)."""
    text = " ".join(text.casefold().replace(",", ", ").split()).strip(" .")
    text = re.sub(r"^on\s+", "", text)
    year: int | None
    iso = _ISO.match(text)
    if iso:
        month, day, year = int(iso["month"]), int(iso["day"]), int(iso["year"])
    else:
        match = next((m for form in _FORMS if (m := form.match(text))), None)
        if match is None or match["month"] not in _MONTH:
            return None
        month, day = _MONTH[match["month"]], int(match["day"])
        year = int(match["year"]) if match["year"] else None
    return (year, month, day) if 1 <= day <= 31 and 1 <= month <= 12 else None


def same_date(typed: str, key: str) -> bool:
    """Whether ``typed`` writes the day ``key`` writes: the year too where the key has one
    (a key without one asks only for the day, so a year typed with it is not checked)."""
    date, wanted = read_date(typed), read_date(key)
    if date is None or wanted is None or date[1:] != wanted[1:]:
        return False
    return wanted[0] is None or date[0] == wanted[0]


RANGE_WORDS = frozenset({"until", "till", "through", "thru", "from"})  # ignored between numbers


def joins_numbers(plain: list[str], i: int) -> bool:
    """'until' in '1995 until 2005' (and 'from' before a number): a range is its numbers."""
    if plain[i] not in RANGE_WORDS or i + 1 >= len(plain) or not plain[i + 1][:1].isdigit():
        return False
    return plain[i] == "from" or (i > 0 and plain[i - 1][:1].isdigit())


def full_year(before: str, token: str) -> str:
    """The second year of a span written short, in full: '91' after '1890' is 1891, so
    "1890-91", "1890-1891" and "1890 to 1891" are one answer. A smaller number stays as
    it is ("1998-03" may be March 1998)."""
    short = len(token) == 2 and token.isdigit()
    year = len(before) == 4 and before.isdigit() and before[0] in "12"
    return before[:2] + token if short and year and int(token) > int(before[2:]) else token
