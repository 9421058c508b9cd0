"""The bundled English word list indexed by sound key, kept in the deck cache's folder.

The index (:func:`quiz.answers.transliteration.sound_index` over 51,000 words) takes
about 0.1 s to build and 0.05 s to read back and check, and it is the same for every
deck: an export builds it once per quiz version and word list, then reads it. It is not
shipped in the package: 1.3 MB of JSON (400 kB compressed) for 0.05 s per export.

The entry is kept as a deck's lexicon is (:func:`quiz.bank.deck_cache.keep_beside`),
named by the SHA-256 of quiz's version, the word list and the code that makes sound
keys, so a changed rule is another entry; what is read is type-checked, and anything
unreadable is built again.
"""

from __future__ import annotations

import hashlib
from importlib import resources
from pathlib import Path
from typing import TypeGuard

from quiz import __version__
from quiz.answers import transliteration
from quiz.answers.lexicon import WORD_LIST
from quiz.bank import deck_cache

Index = dict[str, list[str]]


def english_sounds(words: list[str]) -> Index:
    """The sound index of the bundled list's ``words``, read from the cache if kept."""
    name = f"english-sounds-{_key()}"
    kept = deck_cache.read_beside(name)
    if _index(kept):
        return kept
    index = transliteration.sound_index(words)
    deck_cache.keep_beside(name, index)
    return index


def _index(value: object) -> TypeGuard[Index]:
    return type(value) is dict and all(
        type(words) is list and all(type(w) is str for w in words) for words in value.values()
    )


def _key() -> str:
    digest = hashlib.sha256(__version__.encode())
    digest.update(resources.files("quiz.answers").joinpath(WORD_LIST).read_bytes())
    digest.update(Path(transliteration.__file__).read_bytes())
    return digest.hexdigest()[:32]
