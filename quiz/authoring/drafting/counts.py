"""Numbers the text gives itself: counts its list names, and figures its other numbers make.

- A count of letters, words or characters counts the text, not the world; a count in a
  general condition ("when two parents reproduce") sets up a case.
- A number gives itself away when the rest of the text computes it: "17 of the 120
  ships were lost, leaving 103" asks nothing whichever number is hidden; so does a
  share beside its complement (40 percent ... the other 60 percent), a count that
  its list names ("two sons, William and James", "two mechanisms: mutation and
  sexual reproduction"), a number shown elsewhere ("the log
  of ____ times x" beside "log(3x)"), and a span of years that the dates of its
  paragraph give ("stayed five years" between "in 1903" and "In 1908").
"""

from __future__ import annotations

import itertools
import re

from quiz.authoring.drafting.facts import Fact
from quiz.core.numbers import PROSE_NUMBER, parse_number

_TEXT_UNITS = frozenset(
    {"letters", "characters", "words", "digits", "syllables", "sentences", "paragraphs"}
)
_NUMBER = re.compile(rf"(?<![\w.]){PROSE_NUMBER}(?![\w])")
_NAME = r"[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|\(\d{4}\)))*"
_LISTED = re.compile(  # ", William Rayner Watson (1921) and James Broadus Watson (1924)"
    rf"^[\s,:]+(?:(?:also\s+)?(?:named|called|namely)\s+)?({_NAME}(?:(?:,\s*|\s+and\s+){_NAME})+)"
)


_GENERIC = re.compile(r"\b(?:when|whenever|if|once|as)\s+(?:the\s+)?$", re.I)


def counts_a_case(fact: Fact, sentence: str) -> bool:
    """A count in a general condition ("when two parents reproduce", "when two species
    evolve"): it sets up a case, it is no quantity to learn."""
    return fact.kind == "count" and bool(_GENERIC.search(sentence[: fact.start]))


_LIST_OPENS = re.compile(
    r"[:—–]|\s-\s|\((?=[^)]*(?:,|\band\b))|\b(?:e\.g\.|i\.e\.|namely|such as|including|are|were)"
    r"(?:,|\s)"
)
_ITEM_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|;\s*(?:and\s+)?|\s+(?:and|or)\s+")
_ENUMERATION = re.compile(r"^(?:First(?:ly)?\b|The first\b|One\b|1[.)]\s|\(1\)|\(a\))")


def counts_its_list(fact: Fact, sentence: str, following: str = "") -> bool:
    """A count whose items come right after it: "three areas are involved: the A, the B
    and the C", "involves two areas — A and B", "two notes, e.g. red and green", "the two
    changes are A and B", "two changes. First, ...", or a sentence ending "three rules:"
    over its list. The list says the number."""
    if fact.kind != "count" or fact.value is None:
        return False
    rest = sentence[fact.start + len(fact.shown) :].rstrip()
    for opens in _LIST_OPENS.finditer(rest):
        listed = re.split(r"[.;!?)](?:\s|$)", rest[opens.end() :])[0]
        items = [i for i in _ITEM_SPLIT.split(listed) if i.strip()]
        if len(items) == fact.value and all(len(i.split()) <= 6 for i in items):
            return True
    if rest.endswith(":"):
        return True
    return bool(_ENUMERATION.match(following.lstrip()))


def counts_the_text(fact: Fact) -> bool:
    """A count of the letters or words of a name ("ABO ... consists of three letters")."""
    words = (fact.unit or "").split()
    return fact.kind == "count" and bool(words) and words[-1] in _TEXT_UNITS


# What everyone knows: "a day is 86400 seconds", "1 kW (1000 watts)", "a circle's 360 degrees".
_KNOWN = {
    "seconds": {60: r"\bminute", 3600: r"\bhour", 86400: r"\bday"},
    "minutes": {60: r"\bhour", 1440: r"\bday"},
    "hours": {24: r"\bday", 168: r"\bweek"},
    "days": {7: r"\bweek", 365: r"\byear", 366: r"\bleap"},
    "months": {12: r"\byear"},
    "degrees": {
        360: r"\bcircle|\baround\b|\bfull\b",
        212: r"\bboil",  # water boils at 212 °F, 100 °C and freezes at 32 °F, 0 °C
        100: r"\bboil",
        32: r"\bfreez",
    },
    "watts": {1000: r"\bkW\b|\bkilowatt"},
    "meters": {1000: r"\bkm\b|\bkilomet"},
    "metres": {1000: r"\bkm\b|\bkilomet"},
    "grams": {1000: r"\bkg\b|\bkilogram"},
}


def common_knowledge(fact: Fact, sentence: str) -> bool:
    """Whether a figure is a unit's size everyone knows, beside the unit it converts."""
    noun = (fact.unit or "").split()[-1:]
    known = _KNOWN.get(noun[0].casefold(), {}) if noun else {}
    cue = known.get(int(fact.value)) if fact.value and float(fact.value).is_integer() else None
    return cue is not None and bool(re.search(cue, sentence, re.I))


def spanned_by_dates(fact: Fact, years: tuple[float, ...]) -> bool:
    """Whether a number of years is the span between two years of its paragraph."""
    if fact.value is None or (fact.unit or "").split()[-1:] != ["years"]:
        return False
    found = set(years)
    return any(y + fact.value in found for y in found)


def computable(fact: Fact, text: str, offset: int = 0) -> bool:
    """Whether the other numbers of ``text`` give ``fact``'s value by one sum, difference,
    product or ratio (or, for a share, its complement to 100)."""
    if fact.value is None or fact.kind in ("date", "decade", "range"):
        return False
    start, end = fact.start + offset, fact.end + offset
    others = []
    for m in _NUMBER.finditer(text):
        if start <= m.start() < end:
            continue
        value = parse_number(m[0])
        if value is not None:
            others.append(value)
    v = fact.value
    shown_end = start + len(fact.shown) if text[start:].startswith(fact.shown) else end
    if fact.kind == "count" and _names_listed(text[shown_end:]) == v:
        return True  # "two sons, William and James": the names count themselves
    if fact.kind == "count" and re.match(r"[^.:;]{0,40}:\s*\S", text[shown_end:]):
        return True  # "two main mechanisms: mutation and ...": the list after it counts
    if fact.kind == "percent" and any(_same(100 - o, v) or _same(100 * o, v) for o in others):
        return True  # "… 40 %, the rest 60 %", "an albedo of 0.07 … only 7 %"
    if any(_same(o, v) for o in others) and fact.kind not in ("year", "period"):
        return True  # the same number twice in view
    if fact.kind == "year" and any(
        _same(o + step, v) or _same(o - step, v) for o in others for step in _spans(text)
    ):
        return True  # "his wife died in ____, and two years later (in 1875) he died"
    if fact.kind != "year" and _digits_shown(text[:start] + " " + text[end:], v):
        return True  # "the log of ____ times x" beside "log(3x)"
    for a, b in itertools.permutations(others, 2):
        if (
            _same(a + b, v)
            or _same(a - b, v)
            or (v > 2 and (_same(a * b, v) or (b and _same(a / b, v))))
        ):
            return True
    return False


_SPAN_LATER = re.compile(
    r"\b([a-z]+|\d{1,3})\s+years?\s+(?:later|after|afterwards?|earlier|before|on)\b",
    re.I,
)


_JUBILEES = {"centenary": 100, "centennial": 100, "bicentenary": 200, "bicentennial": 200,
             "tercentenary": 300, "tricentennial": 300, "sesquicentennial": 150}  # fmt: skip
_JUBILEE = re.compile(
    rf"\b(?:{'|'.join(_JUBILEES)})\b|\b(\d{{1,3}})(?:st|nd|rd|th) anniversary", re.I
)


def _spans(text: str) -> list[float]:
    """The steps in years a text counts between events: "two years later", "5 years after",
    "the centenary of its founding", "the 50th anniversary"."""
    spans = [parse_number(m[1]) for m in _SPAN_LATER.finditer(text)]
    for m in _JUBILEE.finditer(text):
        spans.append(float(m[1]) if m[1] else float(_JUBILEES[m[0].casefold()]))
    return [span for span in spans if span]


def _digits_shown(rest: str, value: float) -> bool:
    digits = str(int(value)) if float(value).is_integer() else str(value)
    return bool(re.search(rf"(?<![\d.,]){re.escape(digits)}(?!\d|[.,]\d)", rest))


def _names_listed(rest: str) -> int:
    """How many capitalised names open ``rest`` as a list: ", also named John and Mary ..."."""
    m = _LISTED.match(rest)
    if not m:
        return 0
    return len(re.findall(r"(?:^|,\s*|\s+and\s+)[A-Z]", m[1]))


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))
