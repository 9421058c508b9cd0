"""Dates in a sentence: years of any era, full dates, periods and decades.

A year is a four-digit number from 1000 to 2099 read as one ("in 1954", "by 1960"), or a
number of any size with an era ("29 BC", "3500 BCE", "AD 79", "730 C.E.", "year 1").
A full date ("9 January 1878", "January 9, 1878", "October 1920") asks its year and
keeps day and month in view. A period is two years joined: "1842–1843", "between 1942
and 1945", "from 1955 until 1959", "until 1998 and 2000", "550–330 BC". A decade is
"the 1950s" ("the 1800s" is a century, and no fact here).

What is no year: a number after a name or acronym ("RFC 2068", "IBM 701", "Windows
2000"), after a page or number sign ("p. 1954", "No. 1945"), a house number ("1919 Ymca
Lane"), a four-digit number that
counts something ("1500 people") unless a preposition makes it a year ("in 1929 prices
fell"), and a citation year after a person's name ("Houk (2000) shared").
"""

from __future__ import annotations

import re

from quiz.authoring.drafting.facts import NOT_AFTER, NOT_BEFORE, Fact
from quiz.authoring.drafting.text import word_set

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_MONTH = "|".join(MONTHS)
_YEAR = r"1\d{3}|20\d{2}"
_TO_THE_MONTH = re.compile(
    rf"\b(?:{_MONTH})\s+(?:\d{{1,2}}\b|(?:of\s+)?\d{{3,4}}\b)|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})\b"
)
_ANY_YEAR = r"\d{1,3}(?:,\d{3})+|\d{1,5}"
_BC = r"B\.?C\.?E?\.?(?![\w.])"
_ERA = rf"(?:{_BC}|A\.?D\.?(?![\w.])|C\.?E\.?(?![\w.]))"
_NOT_BEFORE, _NOT_AFTER = NOT_BEFORE, NOT_AFTER
_JOIN = r"\s?[-–—]\s?|\s+(?:and|to|until|till|through)\s+"

_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_FROM_TO = r"(\s+(?:and|to|until|till|through)\s+)"
_TO = r"(\s+(?:to|until|through|and)\s+)"
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("date", re.compile(rf"{_NOT_BEFORE}{_DAY}\s+({_MONTH})\b(?:,?\s+({_YEAR})\b)?")),
    ("date", re.compile(rf"\b({_MONTH})\s+{_DAY}(?:,\s*({_YEAR}))?{_NOT_AFTER}")),
    ("month", re.compile(rf"\b({_MONTH})\s+(?:of\s+)?({_YEAR}){_NOT_AFTER}")),
    (
        "era period",
        re.compile(rf"{_NOT_BEFORE}({_ANY_YEAR})(?:\s*({_ERA}))?({_JOIN})({_ANY_YEAR})\s*({_ERA})"),
    ),
    ("period", re.compile(rf"\b(?:between|from)\s+({_YEAR}){_FROM_TO}({_YEAR}){_NOT_AFTER}")),
    ("period", re.compile(rf"{_NOT_BEFORE}({_YEAR})(\s?[-–]\s?)({_YEAR}|\d{{2}}){_NOT_AFTER}")),
    ("period", re.compile(rf"{_NOT_BEFORE}({_YEAR}){_TO}({_YEAR}){_NOT_AFTER}")),
    ("era year", re.compile(rf"{_NOT_BEFORE}({_ANY_YEAR})\s*({_ERA})")),
    ("era year", re.compile(rf"\b(A\.?D\.?)\s+({_ANY_YEAR}){_NOT_AFTER}")),
    ("year", re.compile(rf"\byear\s+(\d{{1,4}}){_NOT_AFTER}", re.I)),
    ("decade", re.compile(rf"{_NOT_BEFORE}(?:mid-|early |late )?((?:1\d|20)\d0)[’']?s\b")),
    ("year", re.compile(rf"{_NOT_BEFORE}({_YEAR}){_NOT_AFTER}")),
)
_YEAR_CUE = word_set(
    "in by since until till from after before during of early late mid around circa c. ca. "
    "year the and or to between through spring summer autumn fall winter"
)
_NOT_A_YEAR_BEFORE = re.compile(
    r"(?:\bno\.?|№|#|\bpage|\bpp?\.|\bchapter|\bfactory|\bvol\.?)\s*$", re.I
)
_ACCESSED = re.compile(r"\b(?:accessed|retrieved)(?:\s+(?:on|in))?\s*$", re.I)
# "the census for 1890 reports ...": a year, though a plural-looking word follows
_RECORD_YEAR_BEFORE = re.compile(
    r"\b(?:census|election|season|budget|fiscal year)\s+(?:of|for)\s+$", re.I
)
_WORD_BEFORE = re.compile(r"([A-Za-z][\w.&+-]*)\s+$")
_AMOUNT_BEFORE = re.compile(
    r"\b(?:population|numbers?|numbering|total(?:ling|ing)?|count|strength)\s+"
    r"(?:\w+\s+){0,2}(?:about|some|nearly|over|approximately|around|roughly)?\s*$",
    re.I,
)
# a limit or a setting takes a number, not a year: "up to 1500 bytes", "set to 1000 by default"
_LIMIT_BEFORE = re.compile(
    r"\b(?:up to|set to|limited to|defaults? to|default(?: value)? (?:is|of)|at most|at least|"
    r"no more than|more than|fewer than|less than|maximum of|minimum of|limit of|exceeds?|"
    r"equals?|=)\s*$|[<>≤≥~≈]\s*$",
    re.I,
)
# a measure takes a number, not a year: "water (1000 kg/m3)", "2000 m above the sea"
_UNIT_AFTER = re.compile(
    r"^\s?(?:k?g|mg|[ckmµ]?m|km|m[23²³]|kg/m[3³]|°[CF]?|Hz|[kMG]Hz|kW|MW|GW|ha|lbs?|ft|mi|"
    r"mph|km/h|m/s|psi|k?Pa|hPa|bar|k?cal|kJ|ppm|mol|mm/yr|cm/yr|Ma|ka|[kMm][VWAΩ]|dB[mW]?|rpm|"
    r"[kMG]B|[kMG]?bps)(?![\w])|^\s?[VWAΩ](?![\w.])"
    r"|^\s?(?i:watts?|volts?|amps?|amperes?|ohms?|hertz|joules?|calories|met(?:er|re)s|"
    r"(?:kilo|centi|milli)met(?:er|re)s|feet|miles|yards|inches|pounds|tons|tonnes|gallons|"
    r"lit(?:er|re)s|(?:kilo)?grams|bytes|bits|degrees|years (?:ago|old|earlier|later|before)|"
    r"acres|hectares|square|cubic)\b"
)
_CITATION = re.compile(r"\b(?:[A-Z][\w’'-]*\.?\s+){1,3}[A-Z][\w’'-]+\s+\(\s*$|\bet al\.?\s*\(\s*$")


def date_facts(sentence: str) -> list[Fact]:
    """Every date of a sentence, in order, without overlaps (a date beats its year)."""
    taken: list[tuple[int, int]] = []
    facts: list[Fact] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(sentence):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            fact = _fact(kind, m, sentence)
            if fact is not None and _ACCESSED.search(sentence[: m.start()]):
                taken.append((m.start(), m.end()))  # "accessed February 14, 2011": a visit
                continue
            if fact is not None:
                taken.append((m.start(), m.end()))
                facts.append(fact)
    return sorted(facts, key=lambda f: f.start)


def _fact(kind: str, m: re.Match[str], sentence: str) -> Fact | None:
    if kind == "date":
        day, month = (m[1], m[2]) if m[1].isdigit() else (m[2], m[1])
        month_no = MONTHS.index(month) + 1
        if m[3]:  # a full date: ask for its year, keep day and month in view
            return Fact("year", m[3], m.start(3), float(m[3]), when=(int(m[3]), month_no, int(day)))
        return Fact("date", m[0], m.start(), when=(0, month_no, int(day)))
    if kind == "month":
        year = int(m[2])
        return Fact("year", m[2], m.start(2), float(year), when=(year, MONTHS.index(m[1]) + 1, 0))
    if kind == "era period":
        return _era_period(m)
    if kind == "period":
        return _period(m, sentence)
    if kind == "era year":
        numeral = 1 if m[1][0].isdigit() else 2
        number, era = m[numeral], m[3 - numeral]
        value = float(number.replace(",", ""))
        bc = bool(re.fullmatch(_BC, era))
        when = (int(-value if bc else value), 0, 0)
        return Fact("year", number, m.start(numeral), value, when=when, era="BC" * bc)
    if kind == "decade":
        value = int(m[1])
        if value % 100 == 0 and value < 2000:
            return None  # "the 1800s": a century, not a decade
        shown = sentence[m.start(1) : m.end()]  # "1990s", or "1990's" as written
        return Fact("decade", shown, m.start(1), float(value), when=(value, 0, 0))
    if m.re.pattern.startswith(r"\byear") or _is_year(m, sentence):
        return Fact("year", m[1], m.start(1), float(m[1]), when=(int(m[1]), 0, 0))
    return None


_YEAR_CUE_BEFORE = re.compile(r"\b(?:in|by|since|until|from|of|about|circa|c\.|year)\s*$", re.I)


def _is_year(m: re.Match[str], sentence: str) -> bool:
    before = sentence[: m.start()]
    if set(m[1]) <= {"0", "1"} and not _YEAR_CUE_BEFORE.search(before):
        return False  # "corresponds to 1101": bits, not the year 1101
    if _NOT_A_YEAR_BEFORE.search(before) or _CITATION.search(before):
        return False
    if _AMOUNT_BEFORE.search(before) or _LIMIT_BEFORE.search(before):
        return False  # "the Boer population being about 2000", "up to 1500 bytes"
    if _UNIT_AFTER.match(sentence[m.end() :]):
        return False  # "1000 kg/m3", "2000 m": a measure
    word = _WORD_BEFORE.search(before)
    cue = word is not None and word[1].casefold() in _YEAR_CUE
    if _STREET_AFTER.match(sentence[m.end() :]) and not cue:
        return False  # "1919 Ymca Lane": a house number (but "by 1930 Main Street had")
    if word and word[1][:1].isupper() and word[1].casefold() not in _YEAR_CUE:
        opens_sentence = not before[: word.start()].strip(" \"“‘'(")
        if word[1] not in MONTHS and (not opens_sentence or word[1].isupper()):
            return False  # "RFC 2068", "the Windows 2000 release"
    if word and word[1].endswith("ing") and word[1].casefold() not in _YEAR_CUE | {"during"}:
        return False  # "coding 2000 processors": a count after a verb, no year
    after = re.match(r"\s+([a-z]+)", sentence[m.end() :])
    cue = cue or bool(_RECORD_YEAR_BEFORE.search(before))
    return not (after and _plural(after[1]) and not cue)  # "1500 people", not "in 1929 prices"


_STREET_AFTER = re.compile(
    r"\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Drive|Dr|Boulevard|"
    r"Blvd|Way|Court|Ct|Place|Pl|Terrace|Highway|Hwy|Parkway|Pkwy|Square|Sq)\b\.?(?:,|\s|$)"
)
_VERBS_IN_S = word_set(
    "was has is does says goes makes means seems becomes remains shows marks brings sees gives "
    "takes comes begins ends lies stands follows saw as its his this thus plus"
)


def _plural(word: str) -> bool:
    if word in _VERBS_IN_S:
        return False
    if word in ("people", "men"):
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _period(m: re.Match[str], sentence: str) -> Fact | None:
    start, joiner, end = m[1], m[2], m[3]
    if len(end) == 2:
        end = start[:2] + end
    if not int(start) < int(end) <= int(start) + 100:
        return None
    if _CITATION.search(sentence[: m.start()]) and joiner.strip() in ("-", "–"):
        return None  # "Ivan Pavlov (1849–1936)": a life in brackets, not the text's fact
    text_start = m.start(1)
    text = sentence[text_start : m.end()]
    word = joiner.strip()
    joined = word if word in "-–—" else f" {word} "
    when = (int(start), 0, 0)
    return Fact(
        "period", text, text_start, float(start), when=when, end_value=float(end), joiner=joined
    )


def _era_period(m: re.Match[str]) -> Fact | None:
    first, second = float(m[1].replace(",", "")), float(m[4].replace(",", ""))
    bc = bool(re.fullmatch(_BC, m[5]))
    if (bc and not first > second) or (not bc and not first < second):
        return None
    text = m[0][: m.end(4) - m.start()]
    word = m[3].strip()
    joiner = word if word in "-–—" else f" {word} "
    when = (int(-first if bc else first), 0, 0)
    return Fact(
        "period", text, m.start(), first, when=when, era="BC" * bc, end_value=second, joiner=joiner
    )


def to_the_month(sentence: str) -> bool:
    """Whether a sentence dates what it tells to the month or day ("on 9 February",
    "In July 1943"): a chronicle's step, not an epoch."""
    return bool(_TO_THE_MONTH.search(sentence))
