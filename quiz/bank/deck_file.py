"""A deck file's bytes, and its text, with the faults an author can make before any YAML."""

from __future__ import annotations

from pathlib import Path

from quiz.core.errors import Problem
from quiz.core.inputs import InputError, read_input

MISSING = "no such file, and no bundled deck of that name (`quiz decks` lists them)"


def _problem(path: Path, message: str, line: int = 1, col: int = 1) -> tuple[None, Problem]:
    return None, Problem(str(path), line, col, "file", message)


def read_bytes(path: Path) -> tuple[bytes | None, Problem | None]:
    """The file's bytes, or the one problem that stops reading them. Read through
    :func:`quiz.core.inputs.read_input`: a pipe, a device or a file over the deck size
    limit is refused before a byte is read."""
    try:
        return read_input(path, "deck"), None
    except InputError as e:
        if e.reason == "no such file":
            return _problem(path, MISSING)
        if e.reason.startswith("is a folder"):
            return _problem(
                path, "is a folder; give a deck file, or pass the folder to `quiz check`"
            )
        return _problem(path, e.reason)


def decode(path: Path, data: bytes) -> tuple[str | None, Problem | None]:
    """The file's text (UTF-8, BOM dropped), or the one problem that stops reading it."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        col = e.start - (data.rfind(b"\n", 0, e.start) + 1) + 1
        return _problem(
            path, f"is not UTF-8 (byte 0x{data[e.start]:02x}); save the file as UTF-8", line, col
        )
    if not text.strip():
        return _problem(path, "is empty; a deck needs deck, title and questions")
    return text.removeprefix("\ufeff"), None
