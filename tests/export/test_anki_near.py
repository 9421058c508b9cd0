"""The near-word index finds what comparing with every known word finds."""

from __future__ import annotations

import random

from rapidfuzz import process
from rapidfuzz.distance import OSA

from quiz.answers.lexicon import english
from quiz.export.anki_near import ENGLISH_SPAN, NearWords, typo_limit


def compared_with_every_word(word: str, deck: frozenset[str]) -> set[str]:
    """The definition: English words of a length within ENGLISH_SPAN, any deck word."""
    common, names = english()
    limit = typo_limit(word)
    pool = [w for w in common | names if abs(len(w) - len(word)) <= ENGLISH_SPAN] + list(deck)
    found = process.extract(word, pool, scorer=OSA.distance, score_cutoff=limit, limit=None)
    return {w for w, distance, _ in found if 0 < distance <= limit}


def of_length(words: list[str], n: int) -> list[str]:
    return [w for w in words if len(w) == n]


def misspelled(word: str, rng: random.Random, edits: int) -> str:
    for _ in range(edits):
        i = rng.randrange(len(word))
        word = word[:i] + rng.choice("aeiostrnü") + word[i + 1 :]
    return word


def edited_in_both_halves(word: str) -> set[str]:
    """Two edits, one in each half of the word (the shortest and the longest halves a
    two-edit index must hold), or a swap across its middle and a change."""
    half = len(word) // 2
    a, b = word[:half], word[half:]
    shorter = [a[1:], b[:-1]]
    longer = [a[:2] + "q" + a[2:], b[:2] + "x" + b[2:]]
    out = {s + e for s in (shorter[0], longer[0]) for e in (shorter[1], longer[1])}
    return out | {a[:-1] + b[0] + a[-1] + b[1:-1] + "e"}


def test_typos_are_the_words_an_edit_limit_away() -> None:  # about 1 s
    rng = random.Random(18)
    common, names = english()
    by_length = sorted(common | names, key=lambda w: (len(w), w))
    deck_words = {"lipetsk", "reichswehr", "brockdorffrantzau", "industrialisierung", "köln"}
    deck_words |= {misspelled(w, rng, 2) for w in rng.sample(by_length, 3000)}
    two_edits = [w for n in range(10, 15) for w in rng.sample(of_length(by_length, n), 6)]
    deck_words |= {e for w in two_edits for e in edited_in_both_halves(w)}
    deck = frozenset(deck_words)
    index = NearWords(deck)
    words = ["köln", "kolm", "reichswher", "brockdorfrantzau", "internationalisation", *two_edits]
    for length in range(3, 21):  # one edit up to 9 letters, two up to 14, then three or more
        same = of_length(by_length, length)
        words += [
            misspelled(w, rng, rng.randint(0, 2)) for w in rng.sample(same, min(3, len(same)))
        ]
    for word in words:
        assert index.typos(word) == compared_with_every_word(word, deck), word
    assert all(edited_in_both_halves(w) <= index.typos(w) for w in two_edits)
