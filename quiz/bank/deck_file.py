"""A deck file's bytes to text, with the faults an author can make before any YAML."""

from __future__ import annotations

from pathlib import Path

from quiz.core.errors import Problem


def read_text(path: Path) -> tuple[str | None, Problem | None]:
    """The file's text (UTF-8, BOM dropped), or the one problem that stops reading it."""

    def problem(message: str, line: int = 1, col: int = 1) -> tuple[None, Problem]:
        return None, Problem(str(path), line, col, "file", message)

    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return problem("no such file, and no bundled deck of that name (`quiz decks` lists them)")
    except IsADirectoryError:
        return problem("is a folder; give a deck file, or pass the folder to `quiz check`")
    except PermissionError:
        return problem("cannot be read (permission denied)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        col = e.start - (data.rfind(b"\n", 0, e.start) + 1) + 1
        return problem(
            f"is not UTF-8 (byte 0x{data[e.start]:02x}); save the file as UTF-8", line, col
        )
    if not text.strip():
        return problem("is empty; a deck needs deck, title and questions")
    return text.removeprefix("\ufeff"), None
