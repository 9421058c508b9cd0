"""Progress bars: rich, on stderr, only on a terminal, and only for work worth watching.

Long work calls the bar as ``progress(done, total)``; the bar shows once ``total`` is at
least ``threshold`` and, with a ``delay``, once the work has run that many seconds
without finishing, so quick work never flickers a bar.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.progress import Progress


class ProgressBar:
    """A transient rich progress bar on stderr, shown only on a terminal."""

    def __init__(self, label: str, threshold: int = 0, delay: float = 0.0):
        self.label, self.threshold, self.delay = label, threshold, delay
        self.bar: Progress | None = None
        self.task: Any = None
        self.started: float | None = None

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None:
            if self.started is None:
                self.started = time.monotonic()
            if (
                total < self.threshold
                or done >= total
                or time.monotonic() - self.started < self.delay
                or not sys.stderr.isatty()
            ):
                return
            from rich.progress import Progress

            from quiz.core.console import safe_console

            self.bar = Progress(console=safe_console(stderr=True), transient=True)
            self.task = self.bar.add_task(self.label, total=total)
            self.bar.start()
        self.bar.update(self.task, completed=done, total=total)

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()
