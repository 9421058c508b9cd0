"""The English sound index kept in the cache folder (quiz.export.anki_english)."""

from __future__ import annotations

import os

from quiz.answers.transliteration import sound_index
from quiz.bank.deck_cache import cache_root
from quiz.export.anki_english import english_sounds

WORDS = ["sauce", "source", "zauze", "stalin", "krupp", "kropp"]


def _entries() -> list:
    return sorted(cache_root().glob("english-sounds-*.json"))


def test_kept_then_read_back_as_built() -> None:
    built = sound_index(WORDS)
    assert english_sounds(WORDS) == built
    (entry,) = _entries()
    entry.write_text('{"kept": ["only"]}')  # what is kept is what is read
    assert english_sounds(WORDS) == {"kept": ["only"]}


def test_damaged_entry_is_made_again() -> None:
    english_sounds(WORDS)
    (entry,) = _entries()
    for damage in ('{"k": [1]}', "[1, 2", ""):
        entry.write_text(damage)
        assert english_sounds(WORDS) == sound_index(WORDS)
        assert entry.read_text().startswith("{")


def test_folder_others_may_write_is_not_used() -> None:
    english_sounds(WORDS)
    (entry,) = _entries()
    entry.write_text('{"kept": ["only"]}')
    os.chmod(cache_root(), 0o777)
    try:
        assert english_sounds(WORDS) == sound_index(WORDS)
    finally:
        os.chmod(cache_root(), 0o700)
