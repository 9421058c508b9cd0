"""Ctrl-C at a real terminal (a pseudo-terminal): the prompt is shown once, the summary
follows, and the process ends with 130 and no traceback."""

from __future__ import annotations

import os
import pty
import select
import signal
import sys
import time
from pathlib import Path

import pytest
from exam_helpers import EVERY

EVERY_TYPE = Path(EVERY)

PROMPTS = {"run": "Enter shows the answer", "review": "Enter shows the answer"}


def read_until(fd: int, wanted: bytes, seen: bytearray, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while wanted not in seen:
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            raise AssertionError(f"no {wanted!r} in {bytes(seen)!r}")
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the child closed the terminal
            raise AssertionError(f"no {wanted!r} in {bytes(seen)!r}") from None
        seen += chunk


@pytest.mark.parametrize("command", ["run", "review"])
def test_ctrl_c_shows_the_prompt_once_then_the_summary(tmp_path, command):
    args = [sys.executable, "-m", "quiz", command, str(EVERY_TYPE)]
    args += ["--no-shuffle"] if command == "run" else []
    env = {**os.environ, "QUIZ_HOME": str(tmp_path), "COLUMNS": "80", "NO_COLOR": "1"}
    pid, fd = pty.fork()
    if pid == 0:  # the child: quiz at a terminal, Ctrl-C live even if our runner ignores it
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
        os.execve(sys.executable, args, env)
    seen = bytearray()
    try:
        read_until(fd, b"\xe2\x80\xba ", seen)  # the prompt's ›
        # CPython's readline loop misses a signal that lands between drawing the prompt
        # and waiting for a key; a person's Ctrl-C comes later than that, and so does ours.
        time.sleep(0.5)
        os.write(fd, b"\x03")
        read_until(fd, b"interrupted", seen)
    except AssertionError:
        os.kill(pid, signal.SIGKILL)
        raise
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    text = seen.decode()
    assert os.waitstatus_to_exitcode(status) == 130
    assert text.count(PROMPTS[command]) == 1, text
    assert ("Summary" if command == "run" else "Reviewed") in text
    assert "Traceback" not in text
