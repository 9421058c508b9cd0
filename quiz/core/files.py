"""Where quiz may write, and how: every file quiz writes goes through here.

A file is written to a temporary name beside its target and renamed onto it only
when complete, so a failed or interrupted command never leaves half a file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from quiz.core.errors import QuizError


@contextlib.contextmanager
def atomic_path(out: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``out``; rename it onto ``out`` only on success."""
    out = Path(out)
    if out.is_dir():
        raise QuizError(f"{out}: is a folder; give a file name to write")
    if not out.parent.is_dir():
        raise QuizError(f"{out.parent}: no such folder")
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual mode
        os.replace(tmp, out)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
