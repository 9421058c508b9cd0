"""Optional extras: what each needs, and the one line that says how to install it.

A capability with heavy dependencies is an extra (``pip install 'quiz[scan]'``); its
commands call :func:`require` before importing any of it, so that a missing package is
a clear line and exit status 1, never an ImportError.
"""

from __future__ import annotations

import importlib.util

from quiz.core.errors import QuizError

EXTRAS = {
    "scan": {  # answer sheets (`quiz exam --sheets`) and reading them back (`quiz scan`)
        "segno": "segno",
        "cv2": "opencv-python-headless",
        "numpy": "numpy",
        "pypdfium2": "pypdfium2",
        "zxingcpp": "zxing-cpp",
    },
}


def require(extra: str, modules: tuple[str, ...], what: str) -> None:
    """QuizError naming the missing packages and the install command, if any is missing."""
    missing = [EXTRAS[extra][m] for m in modules if importlib.util.find_spec(m) is None]
    if missing:
        raise QuizError(
            f"{what} needs {', '.join(missing)}, not installed: pip install 'quiz[{extra}]'"
        )
