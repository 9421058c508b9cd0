"""Numbers in text: the one place that knows number words and how numbers are written.

Reading: :func:`parse_number` takes one token ("1,930", "1.5", "nine"); :func:`as_number`
a text that is nothing but a number ("900 million", "nine"); :func:`read_number` the one
number in a typed answer, in a question's unit. Writing: :func:`format_number` for
people, :func:`plain_number` for programs (GIFT, Anki's typed-in answers). The judge
(:mod:`quiz.answers`), drafting and coverage (:mod:`quiz.authoring`) all read numbers here.
"""

from __future__ import annotations

import re
import unicodedata

MAX_TEXT_CHARS = 1000  # longer input is cut here before reading (it cannot be one number)
# A number as prose writes it: 1930, 1.5, 20,000 (thousands by commas only).
PROSE_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
SCALE_WORDS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
SCALE_ABBREVIATIONS = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9}
UNIT_LIKE_ABBREVIATIONS = frozenset({"k", "m", "b"})  # 100m: metres or million?
_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen"
_TEENS = "fourteen fifteen sixteen seventeen eighteen nineteen"
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety"
NUMBER_WORDS = {
    **{w: i for i, w in enumerate(_UNITS.split())},
    **{w: 14 + i for i, w in enumerate(_TEENS.split())},
    **{w: 20 + 10 * i for i, w in enumerate(_TENS.split())},
    "hundred": 100,
}

_NUMBER = re.compile(
    r"(?<![\w.,])[-+]?(?:\d{1,3}(?:([, '])\d{3})(?:\1\d{3})*(?:\.\d+)?|\d+(?:[.,]\d+)?|[.,]\d+)"
    r"(?![\d])"
)
_SCALE_AFTER = re.compile(r"\s*(thousand|million|billion|trillion|mln|mn|bn|k|m|b)(?![a-z])")


def parse_number(token: str) -> float | None:
    """One number token: digits with thousands commas ('1,930', '1.5') or a number word."""
    token = token.strip().casefold()
    if token in NUMBER_WORDS:
        return float(NUMBER_WORDS[token])
    try:
        return float(token.replace(",", ""))
    except ValueError:
        return None


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", text[:MAX_TEXT_CHARS]).casefold()
    return re.sub(r"[\u00a0\u202f\u2009]", " ", text).replace("−", "-").replace("’", "'")


def _numbers(text: str) -> list[tuple[float, str, int, int]]:
    """(value, scale word or "", start, end) of each number in digits, or else as one word."""
    found = []
    for m in _NUMBER.finditer(text):
        raw = m[0].replace(m[1], "") if m[1] else m[0]
        if not m[1]:
            raw = raw.replace(",", ".")  # "1,5": a decimal comma ("1,000" is grouped above)
        scale = _SCALE_AFTER.match(text, m.end())
        token, end = (scale[1], scale.end()) if scale else ("", m.end())
        found.append((float(raw), token, m.start(), end))
    if not found:
        for m in re.finditer(r"[a-z]+", text):
            word = m[0].removesuffix("fold")
            if word in NUMBER_WORDS:
                scale = _SCALE_AFTER.match(text, m.end())
                token, end = (scale[1], scale.end()) if scale else ("", m.end())
                found.append((float(NUMBER_WORDS[word]), token, m.start(), end))
    return found


def as_number(text: str) -> float | None:
    """The value of a text that is nothing but a number ('nine', '1,930', '900 million')."""
    cleaned = _clean(text).strip()
    found = _numbers(cleaned)
    if len(found) != 1 or found[0][1] in SCALE_ABBREVIATIONS:
        return None
    value, token, start, end = found[0]
    if re.search(r"\w", cleaned[:start] + cleaned[end:]):
        return None
    return value * SCALE_WORDS.get(token, 1.0)


def format_number(value: float) -> str:
    """For people: 1930 -> '1930', 20000 -> '20,000', 1.5 -> '1.5' (years never get a comma)."""
    if float(value).is_integer():
        return f"{int(value):,}" if abs(value) >= 10_000 else str(int(value))
    return f"{value:,.10g}" if abs(value) >= 10_000 else f"{value:.10g}"


def plain_number(value: float) -> str:
    """For programs (GIFT, Anki type-in): 20000 -> '20000', 1.5 -> '1.5'; no separators."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def unit_scale(unit: str | None) -> float:
    """1e6 for 'million marks', 1 for 'towns' or no unit."""
    first = (unit or "").casefold().split()[:1]
    return SCALE_WORDS.get(first[0], 1.0) if first else 1.0


def read_number(text: str, unit: str | None = None) -> tuple[float, ...] | None:
    """The values a typed answer may mean, in the question's unit; None unless one number.

    Scale words count ("1.5 billion" is 1500 when the unit is "million marks"),
    and so do mn, mln and bn. The short forms k, m and b may be a unit instead
    ("100m": 100 metres?), so unless the question's unit names a scale they are
    read both ways, as is a plain number with a scaled unit: "100" and
    "100,000,000" are both 100 million marks. Surrounding words and "%" are
    ignored ("about 47 %", "in 1930").
    """
    found = _numbers(_clean(text))
    if len(found) != 1:
        return None
    value, token, _, _ = found[0]
    per_unit = unit_scale(unit)
    scaled = value * {**SCALE_ABBREVIATIONS, **SCALE_WORDS}.get(token, 1.0) / per_unit
    if not token and per_unit != 1.0:
        return (value, scaled)
    if token in UNIT_LIKE_ABBREVIATIONS and per_unit == 1.0:
        return (value, scaled)
    return (scaled,)
