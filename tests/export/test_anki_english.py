"""The English sound index kept in the cache folder (quiz.export.anki_english)."""

from __future__ import annotations

import os

from quiz.answers.transliteration import sound_index
from quiz.bank import deck_cache
from quiz.bank.deck_cache import cache_dir
from quiz.export.anki_english import english_sounds

WORDS = ["sauce", "source", "zauze", "stalin", "krupp", "kropp"]


def _entries() -> list:
    return sorted(cache_dir().glob("english-sounds-*.json"))


def test_kept_then_read_back_as_built() -> None:
    built = sound_index(WORDS)
    assert english_sounds(WORDS) == built
    (entry,) = _entries()
    deck_cache.keep_beside(entry.stem, {"kept": ["only"]})  # what is kept is what is read
    assert english_sounds(WORDS) == {"kept": ["only"]}


def test_damaged_entry_is_made_again() -> None:
    english_sounds(WORDS)
    (entry,) = _entries()
    for damage in (b"", entry.read_bytes()[:-2]):
        entry.write_bytes(damage)
        assert english_sounds(WORDS) == sound_index(WORDS)
    deck_cache.keep_beside(entry.stem, {"k": [1]})  # whole, but not an index
    assert english_sounds(WORDS) == sound_index(WORDS)
    assert deck_cache.read_beside(entry.stem) == sound_index(WORDS)


def test_folder_others_may_write_is_not_used() -> None:
    english_sounds(WORDS)
    (entry,) = _entries()
    deck_cache.keep_beside(entry.stem, {"kept": ["only"]})
    os.chmod(cache_dir(), 0o777)
    try:
        assert english_sounds(WORDS) == sound_index(WORDS)
    finally:
        os.chmod(cache_dir(), 0o700)
