"""Find the numeric facts in a sentence: dates, sums, percentages, ratios, ages and counts.

Each fact records the exact words a question hides or swaps (``text`` at ``start``)
and, for sums, percentages and counts, the unit that stays in the sentence. Dates come
first (:mod:`~quiz.authoring.drafting.dates`), then the quantities by a fixed priority (a
sum beats the bare number), so the result is deterministic. Numbers are read by
:mod:`quiz.core.numbers`, the one place that knows number words.

A count is a number of things ("12 shipyards", "two sons", "1.3 billion people"). What
only looks like one is left out: a reference back ("the two powers", "these three
countries"), a time ("two years later"), one thing ("one of them").
"""

from __future__ import annotations

import re

from quiz.authoring.drafting.dates import date_facts
from quiz.authoring.drafting.facts import NOT_AFTER, NOT_BEFORE, Fact
from quiz.authoring.drafting.text import word_set
from quiz.core.numbers import PROSE_NUMBER, SPELLED_NUMBER, parse_number

_NUM = PROSE_NUMBER
_ANY_NUM = rf"{PROSE_NUMBER}|{SPELLED_NUMBER}"
_CURRENCY = (
    r"(?:gold\s+|paper\s+|silver\s+)?(?:reichsmarks|marks|roubles|rubles|dollars|pounds(?!\s+of\b)|"
    r"francs|euros|lire|yen|crowns|guilders|florins|shillings|pesos|kopecks|rupees|yuan|"
    r"thalers|ducats|guineas|livres|sovereigns)"
)
_SCALE = r"thousand|million|billion|trillion"
_MEASURES = {  # a unit written short, by how a question names it
    "KiB": "KiB", "MiB": "MiB", "GiB": "GiB", "TiB": "TiB", "kB": "kB", "KB": "KB",
    "MB": "MB", "GB": "GB", "TB": "TB", "ms": "milliseconds", "µs": "microseconds",
    "ns": "nanoseconds", "s": "seconds", "sec": "seconds", "min": "minutes", "h": "hours",
}  # fmt: skip
_NOT_BEFORE, _NOT_AFTER = NOT_BEFORE, NOT_AFTER
# A formula or a number in scientific notation: numbers joined by operators ("1.6 × 10⁻¹⁹",
# "2 times 1.6 ×", "E = 3"), a power ("10¹¹", "10^11", and "10−19" where a plain copy lost
# the superscript; "13−14" is a range), or an operator left dangling where a line broke
# the formula.
_POWER = r"\d[\d.,]*(?:[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]+|\^[-−+]?\d+)|(?<![\d.,])10−\d{1,3}\b"
_TERM = rf"(?:{_POWER}|\d[\d.,]*)"
_OPERATOR = r"(?:[×·÷=^*+]|(?<=\s)−(?=\s)|\btimes\b)"
EXPRESSION = re.compile(
    rf"{_POWER}|{_TERM}(?:\s*{_OPERATOR}\s*{_TERM})+(?:\s*[×·÷=^*+])?|{_TERM}\s*[×·÷=^*]"
)
_PERCENT = r"\s?(?:%|percent\b|per\s+cent\b)"

_SPELLED_OR_DIGITS = rf"{_NUM}|{SPELLED_NUMBER}"
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("money", re.compile(rf"([$£€])\s?({_NUM})(?:\s*({_SCALE}))?{_NOT_AFTER}", re.I)),
    ("money", re.compile(rf"{_NOT_BEFORE}({_NUM})\s+(?:({_SCALE})\s+)?({_CURRENCY})\b", re.I)),
    (
        "percent range",
        re.compile(
            rf"{_NOT_BEFORE}({_NUM})(?:{_PERCENT})?(?:\s+to\s+|\s?[-–−]\s?)({_NUM}){_PERCENT}", re.I
        ),
    ),
    ("percent", re.compile(rf"{_NOT_BEFORE}({_NUM})\s?(%|percent\b|per\s+cent\b)", re.I)),
    ("ratio", re.compile(rf"{_NOT_BEFORE}({_SPELLED_OR_DIGITS})\s+times\b", re.I)),
    ("age", re.compile(rf"\bage\s+(?:of\s+)?({_SPELLED_OR_DIGITS}){_NOT_AFTER}", re.I)),
    (
        "age",
        re.compile(
            rf"{_NOT_BEFORE}({_SPELLED_OR_DIGITS})[-\s](years?|months?)(?:[-\s]old|\s+of\s+age)\b",
            re.I,
        ),
    ),
    ("range", re.compile(rf"{_NOT_BEFORE}({_NUM})\s+to\s+({_NUM})\s+([a-z]+s)\b")),
    # a size or a time in a program's own units: "500 MB", "4 KiB", "10s", "100 ms"
    (
        "measure",
        re.compile(rf"{_NOT_BEFORE}(\d[\d.,]*)(\s?)({'|'.join(_MEASURES)})(?![\w/-])(?!\s+of\b)"),
    ),
    (
        "count",
        re.compile(
            rf"{_NOT_BEFORE}({_ANY_NUM})\s+((?:{_SCALE})\s+)?([a-z]+(?:\s+[a-z]+){{0,2}})\b", re.I
        ),
    ),
)
_NOT_A_UNIT = word_set(
    "the a an and or but of to in on at by for from with as than that which who whom whose "
    "was were is are be been had has have will would did do does per cent percent more less "
    "times fold such this these those its their his her our other others"
)
_YEAR_BEFORE = re.compile(
    r"\b(?:in|by|since|until|till|from|after|before|during|of|early|late|mid)\s*$", re.I
)
_RELATIVE_AFTER = re.compile(r"\s+(?:later|earlier|ago|before|after|afterwards|running)\b", re.I)
_PLURAL_WITHOUT_S = word_set("people men women children staff personnel cattle police")
_NOT_A_COUNT_BEFORE = re.compile(
    r"(?:\bno\.?|№|#|§|\bpage|\bp\.|\bpp\.|\bchapter|\bfactory|\bversion|\bstep|\blevel|"
    r"\bsections?|\bparagraphs?|\barticles?|\bclauses?|\bparts?|\bitems?|\brules?)\s*$",
    re.I,
)
_DESIGNATED = re.compile(
    r"(?<![.!?]\s)(?<!^)\b(?!(?:In|On|By|At|Of|For|From|Since|Until|During|After|Before|The|A|An)\b)"
    r"[A-Z][\w-]*(?:\s+\d+\s+(?:and|or|to|-|–))?\s+$"
)
# "the two powers", "these three countries": a count that points back is no fact
_REFERS_BACK = re.compile(
    r"\b(?:the|these|those|both|its|their|his|her|our|my|your|all|each|first|last|next|"
    r"same|top|other|such|said|latter|former)\s+$",
    re.I,
)
_SYMBOLS = {"$": "dollars", "£": "pounds", "€": "euros"}


def numeric_facts(sentence: str) -> list[Fact]:
    """Every date and quantity of a sentence, in order, without overlaps."""
    facts = date_facts(sentence)
    taken = [(f.start, f.end) for f in facts]
    for kind, pattern in PATTERNS:
        pos = 0
        while (m := pattern.search(sentence, pos)) is not None:
            fact = None
            if not any(m.start() < end and start < m.end() for start, end in taken):
                fact = _fact(kind, m, sentence)
            # a count ends with its unit: "two sons and twenty-three ..." holds two counts
            end = m.end() if fact is None or kind != "count" else fact.start + len(fact.shown)
            if fact is not None:
                taken.append((m.start(), end))
                facts.append(fact)
            pos = end if fact is not None else m.end(1)
    if _broken_formula(sentence):
        return []
    formulas = [(m.start(), m.end()) for m in EXPRESSION.finditer(sentence)]
    facts = [f for f in facts if not any(f.start < b and a < f.end for a, b in formulas)]
    return sorted(facts, key=lambda f: f.start)


def _broken_formula(sentence: str) -> bool:
    """A piece of text a formula broke: it opens inside brackets ("10−19 C), two ...") or
    ends on an operator ("(2 times 1.6 ×"); no number of it reads as a fact."""
    text = sentence.rstrip(" .")
    close, opening = text.find(")"), text.find("(")
    return (close != -1 and (opening == -1 or close < opening)) or text[-1:] in "×·÷=^*"


def _fact(kind: str, m: re.Match[str], sentence: str) -> Fact | None:
    if kind == "money" and m[1] in _SYMBOLS:
        scale = f" {m[3].lower()}" if m[3] else ""
        unit = f"{scale} {_SYMBOLS[m[1]]}".strip()
        return Fact("money", m[2], m.start(2), parse_number(m[2]), unit, f"{m[1]}{{}}{scale}")
    if kind == "money":
        unit = " ".join(f"{m[2] or ''} {m[3]}".split())
        return Fact("money", m[1], m.start(1), parse_number(m[1]), unit, f"{{}} {unit}")
    if kind == "percent range":
        return Fact("range", m[0], m.start(), parse_number(m[1]), "percent")
    if kind == "percent":
        pattern = "{}%" if m[2] == "%" else "{} percent"
        return Fact("percent", m[1], m.start(1), parse_number(m[1]), "percent", pattern)
    if kind == "ratio":
        return _number_fact("ratio", m, "times", "{} times")
    if kind == "age":
        months = (m.lastindex or 0) > 1 and m[2].casefold().startswith("month")
        unit = "months old" if months else "years old"
        return _number_fact("age", m, unit, "{} " + unit if m.lastindex == 2 else "age {}")
    if kind == "range":
        return Fact("range", f"{m[1]} to {m[2]}", m.start(), parse_number(m[1]), m[3])
    if kind == "measure":
        if (
            m[3] in ("s", "h", "min")
            and not m[2]
            and re.search(r"\bthe\s+$", m.string[: m.start()])
        ):
            return None  # "the 10s": a decade's shorthand
        if m[3] == "s" and (
            re.fullmatch(r"\d{3,}0|[01]", m[1])
            or m.string[max(m.start() - 1, 0) : m.start()] in ("'", "’")
            or (
                re.fullmatch(r"[1-9]0", m[1])
                and re.search(r"\b\d{3}0s\b", m.string[max(0, m.start() - 40) : m.end() + 40])
            )
        ):
            return None  # "the late 1800s", "the '60s", "0s and 1s", "1940s, 50s": no seconds
        if m[3] == "s" and not m[2] and re.match(r"\.\s+(?:[a-z]|\d+d\.)", m.string[m.end() :]):
            return None  # "fixed at 4s. for the best cabin", "£1 4s. 6d.": shillings
        return _number_fact("count", m, _MEASURES[m[3]], "{}" + m[2] + m[3])
    return _count(m, sentence)


def _number_fact(kind: str, m: re.Match[str], unit: str, pattern: str) -> Fact | None:
    value = parse_number(m[1])
    if value is None:
        return None
    return Fact(kind, m[1], m.start(1), value, unit, pattern)


def _count(m: re.Match[str], sentence: str) -> Fact | None:
    number, scale, words = m[1], (m[2] or "").strip(), m[3].split()
    before = sentence[: m.start()]
    if _NOT_A_COUNT_BEFORE.search(before) or _REFERS_BACK.search(before):
        return None
    if _DESIGNATED.search(before):
        return None  # "the STS-116 and Expedition 14 crews": a name's number, no count
    if sentence[m.end(1) : m.end(1) + 1] == "-":
        return None
    if number[0].isalpha() and number[0].isupper() and m.start() > 0:
        return None  # "Six" inside a name
    unit: list[str] = [scale] if scale else []
    for word in words:
        if word.casefold() in _NOT_A_UNIT or not word.islower():
            break
        unit.append(word)
        if _is_plural(word):
            break
    if not unit or not _is_plural(unit[-1]):
        return None
    after = sentence[m.start(3) + len(" ".join(unit[1 if scale else 0 :])) :]
    if _RELATIVE_AFTER.match(after) or re.match(r"\s+and\s+a\s+half\b", after):
        return None  # "two years later" dates an event; "four days and a half" is no 4
    if len(unit) == 1 and _VERB_AFTER.match(after):
        return None  # "30 gives a position": a verb, the number its subject
    if re.fullmatch(r"1\d{3}|20\d{2}", number) and _YEAR_BEFORE.search(before):
        return None  # "in 1929 prices fell": a year, not 1929 prices
    value = parse_number(number)
    if value is None or (value < 2 and not scale):
        return None
    text = " ".join(unit)
    return Fact("count", number, m.start(1), value, text, f"{{}} {text}")


# What follows a verb, not a unit: "30 gives a position" (but "300 crates a day", a rate).
_VERB_AFTER = re.compile(
    r"\s+(?:the|its|their|us|them|it|an?(?!\s+(?:day|week|month|year|hour|minute|second|"
    r"decade|century|piece|head|person|man|time|mile|ton|pound|dollar|share)\b))\b"
)


def _is_plural(word: str) -> bool:
    word = word.casefold()
    if word in _PLURAL_WITHOUT_S or word.endswith(("children", "people", "men")):
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "ous"))
