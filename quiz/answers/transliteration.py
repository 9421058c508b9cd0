"""Answers in another script or another transliteration of the same name.

Two steps, both pure:

- :func:`to_latin` writes letters of non-Latin scripts in Latin with ``anyascii``
  ("Ленин" -> "Lenin"); Latin letters, accents included, are left alone for the
  accent rule to judge.
- :func:`sound_keys` folds the ways English, German, French and scholarly systems
  write the same Russian (or German) sounds into one key, so "Kusnezk" (German),
  "Kouibychev" (French), "Kujbyšev" (scholarly), "Wera Pawlowa" (German) meet
  "Kuznetsk", "Kuibyshev" and "Vera Pavlova". It is a comparison key, never shown.
  The folds are the spelling conventions themselves, not a list of names: w = v;
  ou = u; y, j and i; sh, sch, sz, š; ch, tch, tsch, cz, č; zh, ž; kh, ch (German);
  s, z, ts, tz and c before e/i (German s is English z, German z is English ts);
  doubled letters; a final -ff for -v ("Romanoff"). French and German "ch" are
  read every way they can sound (sh, ch, kh), so a word may have several keys.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SCHOLARLY = {"š": "sh", "č": "tsch", "ž": "zh", "ś": "sh", "ć": "tsch", "ź": "zh", "ł": "l"}
_SCHOLARLY |= {"ŝ": "shch", "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "ĳ": "ij"}
_FOLDS = (  # applied in order, on lower-case ASCII
    (r"^(?:ie|ye|je)", "e"),
    (r"(?:tsch|tch|tsh|cz)", "C"),
    (r"(?:sch|sh|sz)", "S"),
    (r"zh", "Z"),
    (r"kh", "X"),
    (r"ph", "f"),
    (r"ck|q|c(?![eiyC])", "k"),
    (r"x", "ks"),
    (r"w", "v"),
    (r"ff$", "v"),
    (r"ou|oo", "u"),
    (r"[yj]", "i"),
    (r"ts|tz|c|z|s", "s"),
    (r"(.)\1+", r"\1"),
)
_FOLD_RES = tuple((re.compile(p), r) for p, r in _FOLDS)


def is_latin(char: str) -> bool:
    """ASCII, or a letter whose Unicode name says it is Latin (é, ß, ł)."""
    return char.isascii() or "LATIN" in unicodedata.name(char, "")


def to_latin(text: str) -> str:
    """Non-Latin letters in Latin ('Ленин' -> 'Lenin'); Latin text is returned as it is.

    Letter by letter: each distinct letter is looked at once, so a whole deck's text
    can be written in Latin at once."""
    if text.isascii():
        return text
    foreign = [c for c in set(text) if not is_latin(c) and c.isalpha()]
    if not foreign:
        return text
    from anyascii import anyascii  # only when an answer holds another script

    return text.translate({ord(c): anyascii(c) for c in foreign})


@lru_cache(maxsize=4096)
def sound_keys(word: str) -> frozenset[str]:
    """The transliteration keys of one lower-case word (several where 'ch' is ambiguous)."""
    text = "".join(_SCHOLARLY.get(c, c) for c in word)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if c.isascii() and c.isalnum())
    base = re.sub(r"(?<![ts])ch", "\0", text)  # a bare 'ch': English ch, French sh, German kh
    readings = {base.replace("\0", s) for s in ("tsch", "sh", "kh")} if "\0" in base else {text}
    keys = set()
    for reading in readings:
        for pattern, replacement in _FOLD_RES:
            reading = pattern.sub(replacement, reading)
        keys.add(reading)
    return frozenset(keys)


def same_sounds(typed: str, key: str) -> bool:
    """Whether two lower-case words are transliterations of each other by :data:`_FOLDS`."""
    return bool(sound_keys(typed) & sound_keys(key))


def sound_index(words: list[str]) -> dict[str, list[str]]:
    """Sound key -> the words with that key, for many words at once (:func:`sound_keys`
    one by one takes seconds over a 50,000-word list). Plain lower-case ASCII words
    without a bare 'ch' are folded together, in one pass per fold."""
    index: dict[str, list[str]] = {}
    plain = [w for w in words if w.isascii() and w.isalpha() and w.islower() and "ch" not in w]
    folded = "\n".join(plain)
    for pattern, replacement in _FOLDS:
        folded = re.sub(pattern, replacement, folded, flags=re.M)
    for word, key in zip(plain, folded.split("\n"), strict=True):
        index.setdefault(key, []).append(word)
    done = set(plain)
    for word in words:
        if word not in done:
            for key in sound_keys(word):
                index.setdefault(key, []).append(word)
    return index
