"""Numbers in text: the one place that knows number words and how numbers are written.

Reading: :func:`parse_number` takes one token ("1,930", "1.5", "nine", "twenty-three";
:data:`SPELLED_NUMBER` finds such words in prose); :func:`spell_numbers`
turns number words into digits ("thirty-two" -> "32", "first" -> "1st", "nineteen
twenty-nine" -> "1929"); :func:`as_number` reads a text that is nothing but a number
("900 million", "nine"); :func:`read_number` the one number in a typed answer, in a
question's unit, with the words typed around it. Writing: :func:`format_number` for
people, :func:`plain_number` for programs (GIFT, Anki's typed-in answers). The judge
(:mod:`quiz.answers`), drafting and coverage (:mod:`quiz.authoring`) all read numbers here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

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
_IRREGULAR_ORDINALS = {"one": "first", "two": "second", "three": "third", "five": "fifth"}
_IRREGULAR_ORDINALS |= {"eight": "eighth", "nine": "ninth", "twelve": "twelfth"}
# 'twentieth' -> 'twenty': the ordinal word and the cardinal word it counts as
ORDINAL_WORDS = {
    _IRREGULAR_ORDINALS.get(w) or (w[:-1] + "ieth" if w.endswith("y") else w + "th"): w
    for w in NUMBER_WORDS
    if w != "zero"
} | {"thousandth": "thousand", "millionth": "million"}
_ONE_TO_NINE = "one|two|three|four|five|six|seven|eight|nine"
_BELOW_100 = (
    rf"(?:(?:{_TENS.replace(' ', '|')})(?:[-\s](?:{_ONE_TO_NINE})\b)?"
    rf"|{'|'.join(sorted((w for w in NUMBER_WORDS if w != 'hundred'), key=len, reverse=True))})"
)
# A count written in words as prose writes it: "nine", "twenty-three", "one hundred and five".
# Scale words (thousand, million) are left out: they stay with the unit ("two million people").
SPELLED_NUMBER = (
    rf"\b(?:(?:{_ONE_TO_NINE}|a)\s+hundred(?:\s+(?:and\s+)?{_BELOW_100})?|{_BELOW_100}|hundred)\b"
)
_SPELLED = re.compile(SPELLED_NUMBER, re.I)

_NUMBER = re.compile(
    r"(?<![\w.,])[-+]?(?:(?P<dotted>\d{1,3}(?:\.\d{3})+)(?![.,]?\d)"
    r"|\d{1,3}(?:(?P<sep>[, '])\d{3})(?:(?P=sep)\d{3})*(?:\.\d+)?"
    r"|\d+(?:[.,]\d+)?|[.,]\d+)(?!\d)"
)
_SCALE_AFTER = re.compile(r"\s*(thousand|million|billion|trillion|mln|mn|bn|k|m|b)(?![a-z])")
_DECADE_AFTER = re.compile(r"'?s(?![a-z])")
_ORDINAL_DIGITS = re.compile(r"(?<![\w.,])(\d+)(?:st|nd|rd|th)\b")
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*", re.I)


def parse_number(token: str) -> float | None:
    """One number token: digits with thousands commas ('1,930', '1.5') or a number word."""
    token = token.strip().casefold()
    if token in NUMBER_WORDS:
        return float(NUMBER_WORDS[token])
    if _SPELLED.fullmatch(token):
        value = words_value(re.findall(r"[a-z]+", token))
        return float(value[0]) if value is not None and not value[1] else None
    try:
        return float(token.replace(",", ""))
    except ValueError:
        return None


def ordinal(n: int) -> str:
    """1 -> '1st', 22 -> '22nd', 13 -> '13th'."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _cardinal(words: list[str]) -> int | None:
    """'nine hundred million' -> 900000000; 'a hundred' -> 100; None unless well formed."""
    total, current, last, scale_seen = 0, 0, "", float("inf")
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w in ("a", "an"):
            if last or nxt not in ("hundred", *SCALE_WORDS):
                return None
            current, last = 1, "unit"
        elif w == "and":
            if last not in ("hundred", "scale") or not nxt or nxt in ("hundred", *SCALE_WORDS):
                return None
        elif w == "hundred" and last in ("", "unit", "teen", "tens") and current < 100:
            current, last = max(current, 1) * 100, "hundred"
        elif w in SCALE_WORDS and last in ("", "unit", "teen", "tens", "hundred"):
            current = current if last else 1  # 'million' alone is a million
            if SCALE_WORDS[w] >= scale_seen:
                return None
            scale_seen = SCALE_WORDS[w]
            total, current, last = total + current * int(SCALE_WORDS[w]), 0, "scale"
        elif w in NUMBER_WORDS and w != "hundred":
            v = NUMBER_WORDS[w]
            kind = "unit" if v < 10 else "teen" if v < 20 else "tens"
            if (last == "tens" and kind == "unit") or last in ("", "hundred", "scale", "and"):
                current, last = current + v, kind
            else:
                return None
            if v == 0 and len(words) > 1:
                return None
        else:
            return None
    return total + current if last else None


def _two_digits(words: list[str]) -> int | None:
    """10-99 in words ('nineteen', 'twenty nine'), or 'oh five' (5, as in 1905)."""
    if len(words) == 2 and words[0] in ("oh", "o") and NUMBER_WORDS.get(words[1], 10) < 10:
        return NUMBER_WORDS[words[1]]
    value = _cardinal(words) if words and "hundred" not in words else None
    return value if value is not None and 10 <= value <= 99 else None


def words_value(words: list[str]) -> tuple[int, bool] | None:
    """(value, is ordinal) of number words: 'thirty two', 'nineteen twenty nine', 'first'."""
    if not words:
        return None
    is_ordinal = words[-1] in ORDINAL_WORDS
    if is_ordinal:
        words = [*words[:-1], ORDINAL_WORDS[words[-1]]]
        if len(words) == 1 and words[0] in ("hundred", *SCALE_WORDS):
            words = ["a", *words]  # 'hundredth', 'thousandth'
    value = _cardinal(words)
    if value is None and not is_ordinal:  # a year read in pairs: nineteen twenty-nine
        for cut in (1, 2):
            high, low = _two_digits(words[:cut]), _two_digits(words[cut:])
            if high is not None and low is not None and len(words) > cut:
                return high * 100 + low, False
    return (value, is_ordinal) if value is not None else None


def _is_number_word(word: str) -> bool:
    return word in NUMBER_WORDS or word in ORDINAL_WORDS or word in SCALE_WORDS


def _may_count(word: re.Match[str]) -> bool:
    """A number word, a part of one ('thirty-two'), or a '-fold' ('threefold')."""
    lower = word[0].casefold()
    return lower.endswith("fold") or any(map(_is_number_word, lower.split("-")))


def spell_numbers(text: str) -> str:
    """Number words as digits: 'thirty-two' -> '32', 'a hundred' -> '100', 'first' -> '1st'.

    Runs of number words separated by spaces or hyphens are read together ('nine
    hundred million', 'nineteen twenty-nine'); 'threefold' -> '3fold'. Other text is
    left as it is, so call this on lower-case text.
    """
    out, last = [], 0
    words = list(_WORD.finditer(text))
    if not any(map(_may_count, words)):
        return text  # most texts: no number word to read
    i = 0
    while i < len(words):
        j, run = i, []
        while j < len(words):
            parts = words[j][0].casefold().split("-")
            joined = j == i or not text[words[j - 1].end() : words[j].start()].strip(" -")
            ok = all(_is_number_word(p) or p in ("a", "an", "and", "oh") for p in parts)
            if not (joined and ok) or (parts[0] in ("a", "an", "and", "oh") and j == len(words)):
                break
            run.append(parts)
            j += 1
        while run and run[-1][-1] in ("a", "an", "and", "oh"):
            run.pop()
            j -= 1
        flat = [p for parts in run for p in parts]
        after_digits = re.search(r"\d\s*$", text[: words[i].start()])
        scaled = bool(flat) and flat[0] in ("hundred", *SCALE_WORDS) and after_digits
        value = words_value(flat) if any(map(_is_number_word, flat)) and not scaled else None
        if value is None:
            fold = words[i][0].casefold().removesuffix("fold")
            if fold != words[i][0].casefold() and fold in NUMBER_WORDS:
                out += [text[last : words[i].start()], f"{NUMBER_WORDS[fold]}fold"]
                last = words[i].end()
            i += 1
            continue
        out += [text[last : words[i].start()], ordinal(value[0]) if value[1] else str(value[0])]
        last, i = words[j - 1].end(), j
    return "".join([*out, text[last:]])


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", text[:MAX_TEXT_CHARS]).casefold()
    text = re.sub(r"[\u00a0\u202f\u2009]", " ", text).replace("−", "-").replace("’", "'")
    text = re.sub(r"(?<!\w)[x×](?=\d)", "", text)  # 'x3', '×3': three times
    return spell_numbers(text)


@dataclass(frozen=True)
class _Found:
    readings: tuple[tuple[float, str], ...]  # (value, how it was read if not plainly)
    scale: str
    start: int
    end: int
    decade: bool


def _numbers(text: str) -> list[_Found]:
    """Each number written in digits (number words are spelled out first by _clean)."""
    found = []
    for m in _NUMBER.finditer(text):
        raw = m[0].replace(m["sep"], "") if m["sep"] else m[0]
        readings: tuple[tuple[float, str], ...]
        if m["dotted"]:  # 50.000: a German reader's thousands, or 50 in decimals
            grouped = float(raw.replace(".", ""))
            note = f"{m[0].strip()!r} read as {format_number(grouped)}"
            readings = (
                ((grouped, note),) if raw.count(".") > 1 else ((grouped, note), (float(raw), ""))
            )
        else:
            if not m["sep"]:
                raw = raw.replace(",", ".")  # "1,5": a decimal comma ("1,000" is grouped above)
            readings = ((float(raw), ""),)
        scale = _SCALE_AFTER.match(text, m.end())
        token, end = (scale[1], scale.end()) if scale else ("", m.end())
        decade = bool(not scale and _DECADE_AFTER.match(text, m.end()))
        found.append(_Found(readings, token, m.start(), end, decade))
    return found


@lru_cache(maxsize=4096)
def as_number(text: str) -> float | None:
    """The value of a text that is nothing but a number ('nine', '1,930', '900 million')."""
    cleaned = _clean(text).strip()
    found = _numbers(cleaned)
    if len(found) != 1 or found[0].scale in SCALE_ABBREVIATIONS or found[0].decade:
        return None
    number = found[0]
    if re.search(r"\w", cleaned[: number.start] + cleaned[number.end :]):
        return None
    return number.readings[-1][0] * SCALE_WORDS.get(number.scale, 1.0)


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


@dataclass(frozen=True)
class NumberReading:
    """What one typed number may mean, in the question's unit, and what came with it."""

    readings: tuple[tuple[float, str], ...]  # (value, note on how it was read, or "")
    words: tuple[str, ...]  # typed after the number ('acres',), and currency signs ('$',)
    decade: bool  # '1930s', '1930's': a decade, not a year

    @property
    def values(self) -> tuple[float, ...]:
        return tuple(v for v, _ in self.readings)


def read_number(text: str, unit: str | None = None) -> NumberReading | None:
    """The values a typed answer may mean, in the question's unit; None unless one number.

    Scale words count ("1.5 billion" is 1500 when the unit is "million marks"),
    and so do mn, mln and bn. The short forms k, m and b may be a unit instead
    ("100m": 100 metres?), so unless the question's unit names a scale they are
    read both ways, as is a plain number with a scaled unit: "100" and
    "100,000,000" are both 100 million marks. "50.000" is 50,000 or 50. Words
    before the number are ignored ("about 47 %", "in 1930"); those after it, and
    currency signs, are returned for the judge to check against the unit.
    """
    cleaned = _clean(text)
    found = _numbers(cleaned)
    if len(found) != 1:
        return None
    number = found[0]
    per_unit = unit_scale(unit)
    factor = {**SCALE_ABBREVIATIONS, **SCALE_WORDS}.get(number.scale, 1.0) / per_unit
    both = (not number.scale and per_unit != 1.0) or (
        number.scale in UNIT_LIKE_ABBREVIATIONS and per_unit == 1.0
    )
    readings: list[tuple[float, str]] = []
    for value, note in number.readings:
        readings += [(value, note), (value * factor, note)] if both else [(value * factor, note)]
    after = cleaned[number.end :]
    if number.decade:
        after = _DECADE_AFTER.sub("", after, count=1)
    words = re.findall(r"[$£€]", cleaned[: number.start]) + re.findall(r"[a-z]+|[%$£€]", after)
    return NumberReading(tuple(dict.fromkeys(readings)), tuple(words), number.decade)
