"""Where quiz may write, and how: every file quiz writes goes through here.

The rule, the same for every command: an output never replaces an input of the same
command (a deck, the responses, a document, an image: :mod:`quiz.core.inputs`
remembers each one read), not even with ``--force``; and unless the command is given
``--force``, it never replaces

- a read-only file,
- a file quiz did not write. Each kind of output (:class:`Kind`) says how quiz
  knows its own: a mark the format carries (the CSV header line, the first comment
  of a GIFT file, the comment of a zip, the exam manifest's ``format`` field...);
  a file without it, such as an exam's ``manifest.json`` named as a GIFT file or a
  spreadsheet named as the scores, is someone else's. Drafts have no mark: a draft
  is meant to be edited, so quiz never replaces one on its own.

An output's name must end as its format expects (Anki offers to import only
``.apkg`` packages). A file is written to a temporary name beside its target and
renamed onto it only when complete, so a failed or interrupted command never
leaves half a file; a folder that cannot be written (read-only, full, a file in
the way) is reported in one line.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from quiz.core.errors import QuizError, UsageError
from quiz.core.inputs import is_input

REPLACE = "choose another name, or --force to replace it"


@dataclass(frozen=True)
class Kind:
    """A kind of file quiz writes: how messages name it, the endings its name may have
    (the usual one first), and ``mark``: whether an existing file is one quiz wrote
    (None: a file is never replaced without ``--force``)."""

    what: str
    suffixes: tuple[str, ...]
    mark: Callable[[Path], bool] | None = None


def starts_with(*prefixes: bytes) -> Callable[[Path], bool]:
    """A mark: the file starts with one of ``prefixes``."""

    def mark(path: Path) -> bool:
        try:
            with path.open("rb") as f:
                return f.read(max(map(len, prefixes))).startswith(prefixes)
        except OSError:
            return False

    return mark


def first_line(test: Callable[[str], bool]) -> Callable[[Path], bool]:
    """A mark: the file's first line (UTF-8, at most 64 KB) passes ``test``."""

    def mark(path: Path) -> bool:
        try:
            with path.open("rb") as f:
                line = f.read(65536).split(b"\n", 1)[0].rstrip(b"\r")
            return test(line.decode("utf-8-sig"))
        except (OSError, UnicodeDecodeError):
            return False

    return mark


def zip_comment(comment: bytes) -> Callable[[Path], bool]:
    """A mark: the file is a zip archive whose comment is ``comment``."""

    def mark(path: Path) -> bool:
        try:
            with zipfile.ZipFile(path) as archive:
                return archive.comment == comment
        except (OSError, zipfile.BadZipFile, ValueError):
            return False

    return mark


def check_target(out: Path, kind: Kind, *, force: bool = False) -> Path:
    """``out`` if quiz may write ``kind`` there; else a one-line error saying why and
    what to do. Call it before the work, so a refusal comes before a long build."""
    out = Path(out)
    if kind.suffixes and out.suffix.lower() not in kind.suffixes:
        ends = " or ".join(kind.suffixes)
        usual = out.with_suffix(kind.suffixes[0]).name
        raise UsageError(f"{out}: {kind.what}'s name ends in {ends}; use {usual}")
    check_folder(out.parent)
    try:
        info = os.stat(out)
    except FileNotFoundError:
        return out
    except OSError as e:
        raise write_failure(e, out) from None
    if stat.S_ISDIR(info.st_mode):
        raise UsageError(f"{out}: is a folder; give a file name to write")
    if not stat.S_ISREG(info.st_mode):
        raise UsageError(f"{out}: is not a regular file (a pipe or a device); give a file name")
    if is_input(out):  # reading and writing one file: never what was meant
        raise UsageError(f"{out}: is an input of this command; choose another name")
    reason = _protected(out, info.st_mode, kind)
    if reason and not force:
        raise UsageError(f"{out}: {reason}; {REPLACE}")
    return out


def _protected(out: Path, mode: int, kind: Kind) -> str | None:
    """Why the existing file ``out`` may be replaced only with --force, or None."""
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return "is read-only"
    if kind.mark is None:
        return "already exists"
    if not kind.mark(out):
        return f"already exists and is not {kind.what} written by quiz"
    return None


def check_folder(folder: Path) -> None:
    """The folder to write into must exist and be a folder."""
    try:
        info = os.stat(folder)
    except FileNotFoundError:
        raise UsageError(f"{folder}: no such folder; create it first") from None
    except NotADirectoryError:
        raise UsageError(f"{_file_in_the_way(folder)}: is a file, not a folder") from None
    except OSError as e:
        raise write_failure(e, folder / "x") from None
    if not stat.S_ISDIR(info.st_mode):
        raise UsageError(f"{folder}: is a file, not a folder")


def make_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents) to write into, or say in one line why not."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise UsageError(f"{_file_in_the_way(folder)}: is a file, not a folder") from None
    except OSError as e:
        raise write_failure(e, folder) from None


def _file_in_the_way(path: Path) -> Path:
    """The first part of ``path`` that is a file (where a folder was expected)."""
    for part in reversed([path, *path.parents]):
        if part.exists() and not part.is_dir():
            return part
    return path


def write_failure(e: OSError, out: Path) -> QuizError:
    """One line for a failure to write ``out`` (exit 1: the disk, not the command)."""
    folder = out.parent
    if e.errno in (errno.EACCES, errno.EPERM):
        return QuizError(f"{folder}: cannot write here (permission denied); choose another folder")
    if e.errno == errno.EROFS:
        return QuizError(f"{folder}: is on a read-only disk; choose another folder")
    if e.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return QuizError(f"{out}: the disk is full; nothing was written")
    if e.errno == errno.ENAMETOOLONG:
        return UsageError(f"{out}: the name is too long")
    if e.errno == errno.ENOTDIR:
        return UsageError(f"{_file_in_the_way(out)}: is a file, not a folder")
    return QuizError(f"{out}: cannot write: {e.strerror or e}")


@contextlib.contextmanager
def atomic_path(out: Path, kind: Kind, *, force: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside ``out``; rename it onto ``out`` only on success.

    ``out`` is checked first (:func:`check_target`); a failure to write is one line.
    """
    out = check_target(out, kind, force=force)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name[:60]}.", suffix=".tmp", dir=out.parent)
    except OSError as e:
        raise write_failure(e, out) from None
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual mode
        os.replace(tmp, out)
    except OSError as e:
        if e.filename not in (None, tmp, str(out)):
            raise  # another file's failure (an image, say): its own error
        raise write_failure(e, out) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
