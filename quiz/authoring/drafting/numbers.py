"""Find the numeric facts in a sentence: years, periods, dates, sums, percentages, counts.

Each fact records the exact words a question hides or swaps (``text`` at ``start``)
and, for sums, percentages and counts, the unit that stays in the sentence. The rules
are regular expressions; overlaps are settled by a fixed priority (a date beats the
year inside it, a sum beats the bare number), so the result is deterministic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quiz.core.numbers import NUMBER_WORDS, PROSE_NUMBER, parse_number

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def word_set(text: str) -> frozenset[str]:
    """The words of a space-separated list, as a set (keeps long word lists readable)."""
    return frozenset(text.split())


_MONTH = "|".join(MONTHS)
_WORD_NUMBER = "|".join(NUMBER_WORDS)
_NUM = PROSE_NUMBER
_CURRENCY = (
    r"(?:gold\s+|paper\s+|silver\s+)?(?:reichsmarks|marks|roubles|rubles|dollars|pounds|"
    r"francs|euros|lire|yen|crowns|guilders|florins|shillings|pesos|kopecks)"
)
_SCALE = r"thousand|million|billion|trillion"
_YEAR = r"1\d{3}|20\d{2}"
_NOT_BEFORE = r"(?<![\w.,/\-–№#])"
_NOT_AFTER = r"(?![\w%]|[.,]\d|[-–]\w)"

PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "date",
        re.compile(
            rf"{_NOT_BEFORE}(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})\b(?:,?\s+({_YEAR})\b)?"
        ),
    ),
    (
        "date",
        re.compile(rf"\b({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*({_YEAR}))?{_NOT_AFTER}"),
    ),
    ("month", re.compile(rf"\b({_MONTH})\s+({_YEAR}){_NOT_AFTER}")),
    ("period", re.compile(rf"{_NOT_BEFORE}({_YEAR})\s?[-–]\s?({_YEAR}|\d{{2}}){_NOT_AFTER}")),
    ("money", re.compile(rf"([$£€])\s?({_NUM})(?:\s*({_SCALE}))?{_NOT_AFTER}", re.I)),
    ("money", re.compile(rf"{_NOT_BEFORE}({_NUM})\s+(?:({_SCALE})\s+)?({_CURRENCY})\b", re.I)),
    ("percent", re.compile(rf"{_NOT_BEFORE}({_NUM})\s?(%|percent\b|per\s+cent\b)", re.I)),
    ("range", re.compile(rf"{_NOT_BEFORE}({_NUM})\s+to\s+({_NUM})\s+([a-z]+s)\b")),
    (
        "count",
        re.compile(rf"{_NOT_BEFORE}({_NUM}|{_WORD_NUMBER})\s+([a-z]+(?:\s+[a-z]+)?)\b", re.I),
    ),
    ("year", re.compile(rf"{_NOT_BEFORE}({_YEAR}){_NOT_AFTER}")),
)
_NOT_A_UNIT = word_set(
    "the a an and or but of to in on at by for from with as than that which who whom whose "
    "was were is are be been had has have will would did do does per cent percent more less "
    "times fold such this these those its their his her our"
)
_YEAR_BEFORE = re.compile(
    r"\b(?:in|by|since|until|till|from|after|before|during|of|early|late|mid)\s*$", re.I
)
_RELATIVE_AFTER = re.compile(r"\s+(?:later|earlier|ago|before|after|afterwards)\b", re.I)
_PLURAL_WITHOUT_S = word_set("people men women children staff personnel cattle police")
_NOT_A_COUNT_BEFORE = re.compile(
    r"(?:\bno\.?|№|#|\bpage|\bp\.|\bpp\.|\bchapter|\bfactory)\s*$", re.I
)


@dataclass(frozen=True)
class Fact:
    """One hideable value in a sentence.

    ``text``/``start`` is what a question blanks or swaps (for a sum, only the number:
    "Berlin lent ____ million marks"); ``unit`` is what stays beside it.
    """

    kind: str  # year | period | date | money | percent | range | count | a name kind
    text: str
    start: int
    value: float | None = None
    unit: str | None = None  # for a numeric question: "million marks", "percent", "towns"
    pattern: str = "{}"  # how the value reads with its unit: "{} million marks", "${}", "{}%"
    when: tuple[int, int, int] | None = None  # (year, month, day) for ordering; 0 = unknown

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def shown(self) -> str:
        """The value with its unit, as an option of a choice: '100 million marks', '36%'."""
        return self.pattern.format(self.text)


_SYMBOLS = {"$": "dollars", "£": "pounds", "€": "euros"}


def numeric_facts(sentence: str) -> list[Fact]:
    """Every numeric fact in a sentence, in order, without overlaps."""
    taken: list[tuple[int, int]] = []
    facts: list[Fact] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(sentence):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            fact = _fact(kind, m, sentence)
            if fact is not None:
                taken.append((m.start(), m.end()))
                facts.append(fact)
    return sorted(facts, key=lambda f: f.start)


def _fact(kind: str, m: re.Match[str], sentence: str) -> Fact | None:
    if kind == "date":
        day, month = (m[1], m[2]) if m[1].isdigit() else (m[2], m[1])
        month_no = MONTHS.index(month) + 1
        if m[3]:  # a full date: ask for its year, keep day and month in view
            when = (int(m[3]), month_no, int(day))
            return Fact("year", m[3], m.start(3), float(m[3]), when=when)
        return Fact("date", m[0], m.start(), when=(0, month_no, int(day)))
    if kind == "month":
        year = int(m[2])
        return Fact("year", m[2], m.start(2), float(year), when=(year, MONTHS.index(m[1]) + 1, 0))
    if kind == "period":
        start, end = m[1], m[2]
        if len(end) == 2:
            end = start[:2] + end
        if not int(start) < int(end) <= int(start) + 100:
            return None
        return Fact("period", m[0], m.start(), float(start), when=(int(start), 0, 0))
    if kind == "year":
        if _NOT_A_COUNT_BEFORE.search(sentence[: m.start()]):
            return None
        return Fact("year", m[0], m.start(), float(m[0]), when=(int(m[0]), 0, 0))
    if kind == "money" and m[1] in _SYMBOLS:
        scale = f" {m[3].lower()}" if m[3] else ""
        unit = f"{scale} {_SYMBOLS[m[1]]}".strip()
        return Fact("money", m[2], m.start(2), parse_number(m[2]), unit, f"{m[1]}{{}}{scale}")
    if kind == "money":
        unit = " ".join(f"{m[2] or ''} {m[3]}".split())
        return Fact("money", m[1], m.start(1), parse_number(m[1]), unit, f"{{}} {unit}")
    if kind == "percent":
        pattern = "{}%" if m[2] == "%" else "{} percent"
        return Fact("percent", m[1], m.start(1), parse_number(m[1]), "percent", pattern)
    if kind == "range":
        return Fact("range", f"{m[1]} to {m[2]}", m.start(), parse_number(m[1]), m[3])
    return _count(m, sentence)


def _count(m: re.Match[str], sentence: str) -> Fact | None:
    number, words = m[1], m[2].split()
    if (
        _NOT_A_COUNT_BEFORE.search(sentence[: m.start()])
        or sentence[m.end(1) : m.end(1) + 1] == "-"
    ):
        return None
    if number[0].isalpha() and not sentence[m.start()].islower() and m.start() > 0:
        return None  # "Six" inside a name ("Sixth" never matches: word boundary)
    unit: list[str] = []
    for word in words:
        if word.casefold() in _NOT_A_UNIT or not word.islower():
            break
        unit.append(word)
        if _is_plural(word):
            break
    if not unit or not _is_plural(unit[-1]):
        return None
    after = sentence[m.start(2) + len(" ".join(unit)) :]
    if _RELATIVE_AFTER.match(after):
        return None  # "two years later" dates an event; it counts nothing
    if unit[-1] in ("years", "months") and re.match(r"\s+old\b", after):
        unit.append("old")  # an age, never to be confused with a duration
    if re.fullmatch(_YEAR, number) and _YEAR_BEFORE.search(sentence[: m.start()]):
        return None  # "in 1929 prices fell": a year, not 1929 prices
    value = parse_number(number)
    if value is None or value < 2:
        return None
    return Fact("count", number, m.start(1), value, " ".join(unit), f"{{}} {' '.join(unit)}")


def _is_plural(word: str) -> bool:
    word = word.casefold()
    if word in _PLURAL_WITHOUT_S:
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "ous"))
