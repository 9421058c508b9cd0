"""The time, the one place quiz reads it: the wall clock, and a timer for answers.

``QUIZ_NOW`` (ISO 8601 with a UTC offset) fixes the wall clock for demos and tests,
and then stops the answer timer too, so a scripted session reads the same every run.
Engines never call these: they take ``now`` and durations as arguments.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from datetime import datetime

from quiz.core.errors import UsageError


def clock() -> datetime:
    """The time now, in the local time zone (``QUIZ_NOW``, ISO 8601 with offset, fixes it
    for demos and tests)."""
    fixed = os.environ.get("QUIZ_NOW")
    if fixed:
        try:
            moment = datetime.fromisoformat(fixed)
        except ValueError:
            raise UsageError(f"QUIZ_NOW={fixed!r} is not an ISO 8601 time") from None
        if moment.tzinfo is None:
            raise UsageError(f"QUIZ_NOW={fixed!r} needs a UTC offset, e.g. +00:00")
        return moment
    return datetime.now().astimezone()


def timer() -> Callable[[], float]:
    """Seconds from an arbitrary start, for timing answers (standing still under QUIZ_NOW)."""
    return (lambda: 0.0) if os.environ.get("QUIZ_NOW") else time.monotonic
