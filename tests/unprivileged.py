"""Run quiz as a user who cannot write where root can (root writes anywhere)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def quiz_without_privileges(
    args: list[str], home: Path, cwd: str = "/", stdin: str = ""
) -> subprocess.CompletedProcess:
    """Run quiz as nobody when we are root (setpriv), so read-only folders are read-only."""
    command = [sys.executable, "-m", "quiz", *args]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: cannot make a folder unwritable")
        drop = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
        probe = subprocess.run([*drop, sys.executable, "-c", "import quiz"], capture_output=True)
        if probe.returncode != 0:  # e.g. an interpreter under a home only root can read
            pytest.skip("this Python cannot run as an unprivileged user here")
        command = [*drop, *command]
    env = {**os.environ, "QUIZ_HOME": str(home)}
    return subprocess.run(
        command, env=env, input=stdin, capture_output=True, text=True, cwd=cwd, timeout=60
    )


@contextmanager
def reachable_folder() -> Iterator[Path]:
    """A fresh folder that a dropped-privilege process can reach (tmp_path may not be)."""
    parent = Path(tempfile.mkdtemp())
    parent.chmod(0o755)
    try:
        yield parent
    finally:
        for path in [parent, *parent.rglob("*")]:
            if path.is_dir():
                path.chmod(0o755)
        shutil.rmtree(parent)
