"""Forgiving comparison of typed text and numbers (used by the judge; no I/O).

Text (``short`` answers and ``cloze`` blanks) is compared after :func:`normalise`:
case, accents, punctuation and runs of whitespace are ignored, and so are the small
words in :data:`IGNORED_WORDS` ("Treaty of Rapallo" = "treaty rapallo"). Then a
near miss is accepted when the optimal-string-alignment similarity (rapidfuzz
``OSA``: one edit = a letter wrong, missing, extra, or two letters swapped) reaches
:data:`FUZZY_THRESHOLD`, about one typo per five letters; but answers of at most
:data:`EXACT_MAX_LEN` characters, and the numbers inside any answer, must match
exactly: "1925" is not "1926" and "May" is not "Mai". Answers that are wholly
numbers compare as numbers (read by :mod:`quiz.core.numbers`), so "nine" = "9" and
"900 million" = "900,000,000".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from quiz.core.numbers import MAX_TEXT_CHARS as MAX_ANSWER_CHARS
from quiz.core.numbers import as_number

FUZZY_THRESHOLD = 0.8  # OSA similarity (0-1) a near miss needs: 1 - edits / longer length
EXACT_MAX_LEN = 4  # normalised answers this short must match exactly
IGNORED_WORDS = frozenset({"the", "a", "an", "of", "to", "and", "in"})


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
