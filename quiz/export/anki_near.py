"""The words English or a deck knows near an answer's word, for the type-in card script.

Near is what :func:`quiz.answers.spelling.compare` would take for a typo: at most one
wrong, missing, extra or swapped letter per five letters (optimal string alignment,
rapidfuzz ``OSA``), or the same transliteration key (:func:`quiz.answers.transliteration.
sound_keys`). A typed word that is one of them is another word, not a misspelling.

Found without comparing the word with every known one (a 50,000-question deck knows
tens of thousands of words, and scanning them for each answer's word took minutes):

- a word of up to nine letters takes one edit: every string one edit away is made (a
  few hundred) and looked up in the word sets;
- a word of ten to fourteen letters takes two: cut in halves, one half keeps at most
  one of the two edits (a swap across the cut changes one letter on each side), so a
  near word begins with a string one edit from the first half or ends with one a edit
  from the second; such words are looked up by their first and last letters, then
  compared;
- a longer word takes three or more: the words whose length is close enough are all
  compared. English words are taken within two letters of the word's length (as the
  card has always been given them), a deck's within its typo limit.
- sounds: each word list is indexed by sound key once (English's is kept in the cache
  folder: :mod:`quiz.export.anki_english`).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz.distance import OSA

from quiz.answers.lexicon import english
from quiz.answers.transliteration import sound_index
from quiz.export.anki_english import english_sounds

ENGLISH_LETTERS = "abcdefghijklmnopqrstuvwxyz"  # the bundled word list is lower-case a-z
ENGLISH_SPAN = 2  # longer words are given the English words this many letters longer or shorter


def typo_limit(word: str) -> int:
    return max(1, len(word) // 5)  # quiz.answers.spelling.compare's typo limit


class NearWords:
    """English and one deck's words, indexed for :meth:`typos` and :meth:`sounds`."""

    def __init__(self, deck: frozenset[str]) -> None:
        self.deck = deck
        self.alphabet = "".join(sorted(set(ENGLISH_LETTERS).union(*deck)))
        self._by_length: dict[int, list[str]] | None = None
        self._affixes: Affixes | None = None
        self._sounds: dict[str, list[str]] | None = None

    def typos(self, word: str) -> set[str]:
        """The known words a typo away from ``word`` (lower case, letters only)."""
        limit = typo_limit(word)
        if limit == 1:
            edits = one_edit(word, self.alphabet)  # every English word is a-z: none missed
            return (edits & _english_words()) | (edits & self.deck)
        if limit == 2:  # both pools: lengths within 2 of the word's
            if self._affixes is None:
                self._affixes = Affixes(self.deck)
            half = len(word) // 2
            starts = {word[:half], *one_edit(word[:half], self.alphabet)}
            ends = {word[half:], *one_edit(word[half:], self.alphabet)}
            found = _english_affixes().having(starts, ends) | self._affixes.having(starts, ends)
            return {w for w in found if _near(word, w, limit)}
        pool = [*_english_near_length(len(word)), *self._deck_pool(word, limit)]
        return {w for w in pool if _near(word, w, limit)}

    def sounds(self, key: str) -> set[str]:
        """The known words whose transliteration key is ``key``."""
        if self._sounds is None:
            self._sounds = sound_index(list(self.deck))
        return {*_english_sounds().get(key, ()), *self._sounds.get(key, ())}

    def _deck_pool(self, word: str, limit: int) -> list[str]:
        if self._by_length is None:
            self._by_length = _by_length(self.deck)
        lengths = range(len(word) - limit, len(word) + limit + 1)
        return [w for n in lengths for w in self._by_length.get(n, ())]


class Affixes:
    """Words of ``LONG`` letters or more by their first and by their last 4 to 8 letters:
    the halves (give or take a letter) of the words two edits can reach."""

    LONG, SHORTEST, LONGEST = 8, 4, 8

    def __init__(self, words: Iterable[str]) -> None:
        self.starts: dict[str, list[str]] = {}
        self.ends: dict[str, list[str]] = {}
        for word in words:
            if len(word) >= self.LONG:
                for n in range(self.SHORTEST, self.LONGEST + 1):
                    self.starts.setdefault(word[:n], []).append(word)
                    self.ends.setdefault(word[-n:], []).append(word)

    def having(self, starts: Iterable[str], ends: Iterable[str]) -> set[str]:
        """The words beginning with one of ``starts`` or ending with one of ``ends``."""
        found = {w for s in starts for w in self.starts.get(s, ())}
        found.update(w for s in ends for w in self.ends.get(s, ()))
        return found


def _near(word: str, other: str, limit: int) -> bool:
    return 0 < OSA.distance(word, other, score_cutoff=limit) <= limit


def one_edit(word: str, alphabet: str) -> set[str]:
    """Every string one deletion, swap, change or insertion (of a letter of ``alphabet``)
    away from ``word`` (optimal alignment)."""
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in cuts if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1}
    out |= {a + c + b[1:] for a, b in cuts if b for c in alphabet}
    out |= {a + c + b for a, b in cuts for c in alphabet}
    out.discard(word)
    return out


def _by_length(words: frozenset[str]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for word in words:
        out.setdefault(len(word), []).append(word)
    return out


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    common, names = english()
    return common | names


@lru_cache(maxsize=1)
def _english_by_length() -> dict[int, list[str]]:
    return _by_length(_english_words())


@lru_cache(maxsize=64)
def _english_near_length(length: int) -> tuple[str, ...]:
    by_length = _english_by_length()
    span = range(length - ENGLISH_SPAN, length + ENGLISH_SPAN + 1)
    return tuple(w for n in span for w in by_length.get(n, ()))


@lru_cache(maxsize=1)
def _english_affixes() -> Affixes:
    return Affixes(_english_words())


@lru_cache(maxsize=1)
def _english_sounds() -> dict[str, list[str]]:
    return english_sounds(list(_english_words()))  # kept in the cache folder


@lru_cache(maxsize=16)
def near_words(deck: frozenset[str]) -> NearWords:
    """The index of a deck's words with English (built once per deck's lexicon)."""
    return NearWords(deck)
