"""What quiz reads: every input file is checked for type and size before it is read.

A named pipe, a device (``/dev/zero``) or a folder named as a deck, document, image,
responses sheet or manifest is refused at once, without reading a byte (a pipe is
opened non-blocking, so nothing waits for a writer); a file over its kind's limit
is refused before it fills memory. The limits are in :data:`LIMITS` and in
docs/safety.md. Each file read is remembered as an input of the running command,
so that :mod:`quiz.core.files` never writes an output over it.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from quiz.core.errors import UsageError

MB = 1024 * 1024
LIMITS = {  # bytes, by what the file is to quiz
    "deck": 50 * MB,  # about 250,000 questions
    "document": 8 * MB,  # a long book as plain text is 1-3 MB; drafting 8 MB takes about 30 s
    "image": 20 * MB,
    "responses": 16 * MB,
    "manifest": 64 * MB,
    "import": 64 * MB,  # a text file to import (GIFT, CSV, Markdown)
    "package": 1024 * MB,  # an Anki package or QTI zip to import, media and all
    "scan": 1024 * MB,  # a scanned stack (PDF), a photo or a TIFF of answer sheets
    "roster": 16 * MB,  # a class list
}
NAMES = {  # how messages name each kind
    "deck": "a deck file",
    "document": "a document",
    "image": "an image",
    "responses": "a responses sheet",
    "manifest": "an exam manifest",
    "import": "a file to import",
    "package": "a package to import",
    "scan": "a scan (PDF, PNG, JPEG or TIFF)",
    "roster": "a class list",
}
FIELD_CHARS = 10_000  # one text field of a deck (a prompt, an option, an explanation)
ALIAS_EXTRA = 1 * MB  # aliases may repeat the deck's own size plus this much

_inputs: set[str] = set()


class InputError(UsageError):
    """An input file that cannot be read as asked; ``reason`` is the message less the path."""

    def __init__(self, path: Path, reason: str):
        self.path, self.reason = path, reason
        super().__init__(f"{path}: {reason}")


def begin_command() -> None:
    """Forget the inputs of an earlier command (the CLI calls this as each command starts)."""
    _inputs.clear()


def is_input(path: Path) -> bool:
    """Whether the running command has read ``path`` (the same file by any name)."""
    return _key(path) in _inputs


def _key(path: Path) -> str:
    try:
        return str(Path(path).resolve())
    except (OSError, RuntimeError):  # a symlink loop: compare as given
        return os.path.abspath(path)


def size_text(size: float) -> str:
    """1536 -> '1.5 KB', as limits are written in messages and docs."""
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    raise AssertionError  # pragma: no cover


def check_input(path: Path, kind: str) -> None:
    """Check the input ``path`` as :func:`read_input` does, for a reader that opens it
    itself (a zip archive); it is remembered as an input too."""
    read_input(path, kind, head=0)


def read_input(path: Path, kind: str, *, head: int | None = None, remember: bool = True) -> bytes:
    """The bytes of the input file ``path`` (a ``kind`` in :data:`LIMITS`), or at most
    ``head`` bytes of it; raises :class:`InputError` saying in one line what is wrong.
    ``remember=False`` reads a file that is not the command's input (its own earlier
    output, say), so it stays replaceable."""
    path = Path(path)
    limit = LIMITS[kind]
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as e:
        raise InputError(path, _cannot_open(e, kind)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(path, f"is a folder; give {NAMES[kind]}")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(path, f"is {_file_type(info.st_mode)}, not a file; give {NAMES[kind]}")
        if info.st_size > limit:
            raise InputError(path, too_big(info.st_size, kind))
        if remember:
            _inputs.add(_key(path))
        with os.fdopen(os.dup(fd), "rb") as f:  # at most limit + 1: /proc files claim size 0
            data = f.read(limit + 1 if head is None else head)
    except IsADirectoryError:  # pragma: no cover - platforms that open folders
        raise InputError(path, f"is a folder; give {NAMES[kind]}") from None
    except OSError as e:
        raise InputError(path, f"cannot be read: {e.strerror}") from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise InputError(path, too_big(len(data), kind))
    return data


def too_big(size: int, kind: str) -> str:
    return f"is {size_text(size)}; {NAMES[kind]} may be at most {size_text(LIMITS[kind])}"


def _cannot_open(e: OSError, kind: str) -> str:
    if e.errno == errno.ENOENT:
        return "no such file"
    if e.errno in (errno.EACCES, errno.EPERM):
        return "cannot be read (permission denied)"
    if e.errno == errno.ENOTDIR:
        return "no such file (a part of the path is a file, not a folder)"
    if e.errno == errno.ELOOP:
        return "is a symbolic link that leads to itself"
    return f"cannot be read: {e.strerror}"


def _file_type(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def text_of(path: Path, data: bytes, not_text: str, *, legacy: bool = False) -> str:
    """The text of a file quiz reads as text: UTF-8 (a BOM dropped), lines ending in \\n.
    Raises :class:`InputError` for a NUL byte (``not_text``: what to say of it, e.g. "is
    not a text file; give a .txt or .md document"), bytes that are not UTF-8 or a file
    with nothing in it. ``legacy``: a document only read (never written back) that is not
    UTF-8 is read as Windows-1252, a superset of Latin-1, as old e-texts are saved."""
    if b"\0" in data:
        raise InputError(path, not_text)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        if not legacy:
            raise InputError(path, f"is not UTF-8 (byte {e.start}); save it as UTF-8") from None
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")  # the five bytes Windows-1252 leaves undefined
    if not text.strip():
        raise InputError(path, "is empty")
    return text.replace("\r\n", "\n").replace("\r", "\n")
