"""Forgiving comparison of typed text and numbers (used by the judge; no I/O).

Text (``short`` answers and ``cloze`` blanks) is compared after :func:`normalise`:
case, accents, punctuation and runs of whitespace are ignored, and so are the small
words in :data:`IGNORED_WORDS` ("Treaty of Rapallo" = "treaty rapallo"). Then a
near miss is accepted when the optimal-string-alignment similarity (rapidfuzz
``OSA``: one edit = a letter wrong, missing, extra, or two letters swapped) reaches
:data:`FUZZY_THRESHOLD`, about one typo per five letters; but answers of at most
:data:`EXACT_MAX_LEN` characters, and the numbers inside any answer, must match
exactly: "1925" is not "1926" and "May" is not "Mai". Answers that are wholly
numbers compare as numbers, so "nine" = "9" and "900 million" = "900,000,000".

Numbers typed for ``numeric`` questions are read by :func:`read_number`, and
written back by :func:`format_number` (for people) or :func:`plain_number` (for
programs that read them: GIFT, Anki's typed-in answers).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import OSA

FUZZY_THRESHOLD = 0.8  # OSA similarity (0-1) a near miss needs: 1 - edits / longer length
EXACT_MAX_LEN = 4  # normalised answers this short must match exactly
MAX_ANSWER_CHARS = 1000  # longer input is cut here before comparing (it cannot match anyway)
IGNORED_WORDS = frozenset({"the", "a", "an", "of", "to", "and", "in"})

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


def normalise(text: str) -> str:
    """Case, accents, punctuation and spacing removed: 'Ernst  Máy!' -> 'ernst may'."""
    text = unicodedata.normalize("NFKD", text[:MAX_ANSWER_CHARS])
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"['’ʼ`]", "", text)
    return " ".join("".join(c if c.isalnum() else " " for c in text).split())


def core(normalised: str) -> str:
    """The words that carry meaning (drops IGNORED_WORDS unless nothing would be left)."""
    words = [w for w in normalised.split() if w not in IGNORED_WORDS]
    return " ".join(words) if words else normalised


@dataclass(frozen=True)
class TextMatch:
    """How a typed text matched: ``exact``, ``near`` (a typo forgiven) or ``none``."""

    kind: str
    form: str  # the accepted form it matched (or the first one)
    similarity: float  # OSA similarity of the best form, 0-1

    @property
    def accepted(self) -> bool:
        return self.kind != "none"


def match_text(answer: str, accepted: Sequence[str]) -> TextMatch:
    """Compare a typed answer with each accepted form; the best match wins."""
    typed = core(normalise(answer))
    typed_number = as_number(answer)
    best = TextMatch("none", accepted[0], 0.0)
    if not typed:
        return best
    for form in accepted:
        wanted = core(normalise(form))
        if typed == wanted or (typed_number is not None and typed_number == as_number(form)):
            return TextMatch("exact", form, 1.0)
        if _singular(typed) == _singular(wanted):  # 'fee' for 'fees', 'German' for 'Germans'
            return TextMatch("near", form, OSA.normalized_similarity(typed, wanted))
        similarity = OSA.normalized_similarity(typed, wanted)
        fuzzy_allowed = (
            len(wanted) > EXACT_MAX_LEN
            and _digits(typed) == _digits(wanted)
            and _words_close(typed, wanted)
        )
        if fuzzy_allowed and similarity >= FUZZY_THRESHOLD and similarity > best.similarity:
            best = TextMatch("near", form, similarity)
        elif not best.accepted and similarity > best.similarity:
            best = TextMatch("none", form, similarity)
    return best


def _singular(text: str) -> str:
    """Each word without a plural -s (words holding digits stay: '1930s' is a decade)."""
    return " ".join(
        w[:-1] if len(w) > 3 and w.endswith("s") and not any(c.isdigit() for c in w) else w
        for w in text.split()
    )


def _words_close(typed: str, wanted: str) -> bool:
    """With as many words as the answer, each word must be a typo of its own word.

    A whole-string similarity would forgive a wrong word that looks alike: 'South
    Caucasus' for 'North Caucasus', 'German Republic' for 'Weimar Republic'.
    """
    pairs = list(zip(typed.split(), wanted.split(), strict=False))
    if len(typed.split()) != len(wanted.split()):
        return True  # a word run together or left out: the whole-string test decides
    return all(
        t == w or (len(w) > 2 and OSA.distance(t, w) <= max(1, len(w) // 5)) for t, w in pairs
    )


def without_given_words(answer: str, hint: str | None) -> list[str]:
    """The answer less the words its hint gives away, if that leaves a shorter answer."""
    words = normalise(answer).split()
    given = set(normalise(hint or "").split()) - IGNORED_WORDS
    rest = [w for w in words if w not in given]
    return [" ".join(rest)] if rest and len(rest) < len(words) else []


def _digits(text: str) -> list[str]:
    """Words holding a digit: these must agree exactly ('1930s' is not '1930')."""
    return re.findall(r"\w*\d\w*", text)


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", text[:MAX_ANSWER_CHARS]).casefold()
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
