"""Decks read before, kept as JSON, so that a session on a big bank starts without parsing it.

The cache lives in ``$QUIZ_CACHE``, else ``$QUIZ_HOME/cache``, else the platform's user
cache folder (``~/.cache/quiz`` on Linux), in ``decks/``. Deleting it is always safe.
Beside a deck's entry, :func:`keep_beside` keeps what is derived from the deck (its
lexicon) or from no deck (the English sound index), named by keys that hold the code
deriving it, in the same form.

An entry is named by the SHA-256 of the deck file's bytes, hashed on every read (7 ms for
10 MB), with quiz's version and a fingerprint of the code that reads decks: any edit to
the file, a file replaced or pointed elsewhere by a symlink, a new quiz, looks up
another entry, so a stale one is never served. The file is always read first; a deck
that is gone is reported as gone. Only decks without errors are kept, with their
warnings; images are checked again on every read (see :mod:`quiz.bank.loader`).

An entry is one JSON line of header (its key, and the SHA-256 of the body) and a JSON
body (:mod:`quiz.bank.deck_codec`). JSON, not pickle: loading a pickle runs whatever
code it names, so anyone who could write the cache folder could run code as you;
JSON can only ever give values, and they are type-checked as they are read. The folder
is used only when it is yours and nobody else can write it. Entries are written to a
temporary name and renamed, so two writers at once leave one whole entry; anything
unreadable is ignored (and removed), and a cache that cannot be written is skipped.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import time
from pathlib import Path
from typing import Any

from quiz import __version__
from quiz.bank.deck_codec import decode, encode
from quiz.bank.model import Deck
from quiz.core.errors import Problem, QuizError
from quiz.core.files import Kind, atomic_path, starts_with

FORMAT = 1
ENTRY = Kind("a deck cache entry", (".json",), starts_with(b'{"format": '))  # its header
MAX_ENTRIES = 200
MAX_BYTES = 256 * 2**20
STALE_TEMP_SECONDS = 3600


def cache_dir() -> Path:
    """Where decks are cached: ``$QUIZ_CACHE``, ``$QUIZ_HOME/cache``, or the user cache."""
    if os.environ.get("QUIZ_CACHE"):
        return Path(os.environ["QUIZ_CACHE"]).expanduser() / "decks"
    if os.environ.get("QUIZ_HOME"):
        return Path(os.environ["QUIZ_HOME"]).expanduser() / "cache" / "decks"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("quiz", appauthor=False)) / "decks"


def entry_key(data: bytes) -> str:
    """The name of the entry for a deck file with these bytes."""
    return hashlib.sha256(_code_fingerprint() + data).hexdigest()


def lookup(key: str, path: Path) -> tuple[Deck, list[Problem]] | None:
    """The deck and warnings kept under ``key`` (for the file at ``path``), or None."""
    folder = cache_dir()
    entry = folder / f"{key}.json"
    try:
        if not _private(folder):
            return None
        raw = entry.read_bytes()
    except OSError:
        return None
    try:
        deck, problems = _parse(raw, key, str(path))
    except (ValueError, KeyError, TypeError, RecursionError):
        with contextlib.suppress(OSError):
            entry.unlink()
        return None
    with contextlib.suppress(OSError):
        os.utime(entry)  # recently used: pruned last
    object.__setattr__(deck, "path", path)
    return deck, problems


def keep(key: str, deck: Deck, problems: list[Problem]) -> None:
    """Keep a deck read without errors; quietly do nothing if the cache cannot be written."""
    folder = cache_dir()
    body = json.dumps(
        {"deck": encode(deck), "problems": [_problem_values(p) for p in problems]},
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")
    header = json.dumps(_header(key, body))
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not _private(folder):
            return
        with atomic_path(folder / f"{key}.json", ENTRY) as tmp:
            tmp.write_bytes(header.encode("ascii") + b"\n" + body)
        _prune(folder)
    except (OSError, QuizError):
        return


_KEYS: dict[int, tuple[Deck, str]] = {}  # the entry key of each deck read, by id


def remember(deck: Deck, key: str) -> None:
    """Note the entry key a deck was read under, for what is kept beside it."""
    _KEYS[id(deck)] = (deck, key)


def key_of(deck: Deck) -> str | None:
    """The entry key of a deck read from a file (None for a deck made in memory)."""
    found = _KEYS.get(id(deck))
    return found[1] if found is not None and found[0] is deck else None


def read_beside(name: str) -> Any:
    """A value kept by :func:`keep_beside` under ``name`` (its own key), or None."""
    folder = cache_dir()
    entry = folder / f"{name}.json"
    try:
        if not _private(folder) or not entry.is_file():
            return None
        head, _, body = entry.read_bytes().partition(b"\n")
        if json.loads(head) == _header(name, body):
            return json.loads(body)
    except (OSError, ValueError, RecursionError):
        pass
    with contextlib.suppress(OSError):
        entry.unlink()  # damaged or not this value's: made again by the caller
    return None


def keep_beside(name: str, value: Any) -> None:
    """Keep a value derived from a cached deck (its lexicon, say), named by a key that
    also holds the code that derives it; quietly nothing if the cache cannot be written."""
    body = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    header = json.dumps(_header(name, body)).encode("ascii")
    folder = cache_dir()
    with contextlib.suppress(OSError, QuizError):
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if _private(folder):
            with atomic_path(folder / f"{name}.json", ENTRY) as tmp:
                tmp.write_bytes(header + b"\n" + body)


def _header(key: str, body: bytes) -> dict[str, Any]:
    return {"format": FORMAT, "key": key, "body": hashlib.sha256(body).hexdigest()}


def _parse(raw: bytes, key: str, path: str) -> tuple[Deck, list[Problem]]:
    head, _, body = raw.partition(b"\n")
    if json.loads(head) != _header(key, body):
        raise ValueError("not this deck's entry, or damaged")
    content = json.loads(body)
    problems = [Problem(path, *_checked_problem(p)) for p in content["problems"]]
    return decode(content["deck"]), problems


def _problem_values(p: Problem) -> list[Any]:
    return [p.line, p.col, p.field, p.message, p.severity]


def _checked_problem(values: Any) -> list[Any]:
    types = [int, int, str, str, str]
    if type(values) is not list or [type(v) for v in values] != types:
        raise ValueError("not a problem")
    return values


def _private(folder: Path) -> bool:
    """Whether the folder is ours and nobody else may write it (always so on Windows)."""
    if not hasattr(os, "getuid"):  # pragma: no cover - Windows
        return True
    info = folder.stat()
    return info.st_uid == os.getuid() and not info.st_mode & 0o022


def _prune(folder: Path) -> None:
    """Drop the least recently used entries beyond MAX_ENTRIES or MAX_BYTES, and
    temporary files a killed writer left behind."""
    now = time.time()
    entries = []
    for item in os.scandir(folder):
        with contextlib.suppress(OSError):
            info = item.stat()
            if item.name.endswith(".json"):
                entries.append((info.st_mtime, info.st_size, item.path))
            elif item.name.endswith(".tmp") and now - info.st_mtime > STALE_TEMP_SECONDS:
                os.unlink(item.path)
    entries.sort(reverse=True)
    total = 0
    for count, (_, size, name) in enumerate(entries, 1):
        total += size
        if count > MAX_ENTRIES or total > MAX_BYTES:
            with contextlib.suppress(OSError):
                os.unlink(name)


@functools.cache
def _code_fingerprint() -> bytes:
    """quiz's version, PyYAML's, and the code that reads decks: a changed rule is a new key."""
    import yaml

    digest = hashlib.sha256(f"{FORMAT} {__version__} {yaml.__version__}".encode())
    package = Path(__file__).parents[1]
    for folder in ("bank", "core"):
        for source in sorted((package / folder).glob("*.py")):
            with contextlib.suppress(OSError):
                digest.update(source.name.encode() + b"\0" + source.read_bytes())
    return digest.digest()
