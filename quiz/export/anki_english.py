"""The bundled English word list indexed by sound key, kept in quiz's cache folder.

The index (:func:`quiz.answers.transliteration.sound_index` over 51,000 words) takes
about 0.1 s to build and 0.02 s to read back as JSON, and it is the same for every deck:
an export builds it once per quiz version and word list, then reads it. It is not
shipped in the package: 1.3 MB of JSON (400 kB compressed) for 0.08 s per export.

The entry (``english-sounds-<key>.json`` in :func:`quiz.bank.deck_cache.cache_root`) is
named by the SHA-256 of quiz's version, the word list and the code that makes sound
keys, so a changed rule is another entry. As with the deck cache: JSON, type-checked as
it is read, used only in a folder that is ours alone, written to a temporary name and
renamed, and anything unreadable is rebuilt (a cache that cannot be written is skipped).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from importlib import resources
from pathlib import Path

from quiz import __version__
from quiz.answers import transliteration
from quiz.answers.lexicon import WORD_LIST
from quiz.bank.deck_cache import cache_root, private
from quiz.core.errors import QuizError
from quiz.core.files import Kind, atomic_path, starts_with

Index = dict[str, list[str]]
ENTRY = Kind("an English sound index", (".json",), starts_with(b"{"))


def english_sounds(words: list[str]) -> Index:
    """The sound index of the bundled list's ``words``, read from the cache if kept."""
    folder = cache_root()
    entry = folder / f"english-sounds-{_key()}.json"
    with contextlib.suppress(OSError):
        if private(folder) and entry.is_file():
            try:
                return _checked(json.loads(entry.read_bytes()))
            except (ValueError, RecursionError):
                entry.unlink()  # damaged: made again below
    index = transliteration.sound_index(words)
    with contextlib.suppress(OSError, QuizError):
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if private(folder):
            with atomic_path(entry, ENTRY) as tmp:
                tmp.write_text(json.dumps(index, separators=(",", ":")), encoding="utf-8")
    return index


def _checked(value: object) -> Index:
    if not isinstance(value, dict):
        raise ValueError("not an index")
    for key, words in value.items():
        if type(words) is not list or not all(type(w) is str for w in words):
            raise ValueError(f"not the words of {key!r}")
    return value


def _key() -> str:
    digest = hashlib.sha256(__version__.encode())
    digest.update(resources.files("quiz.answers").joinpath(WORD_LIST).read_bytes())
    digest.update(Path(transliteration.__file__).read_bytes())
    return digest.hexdigest()[:32]
