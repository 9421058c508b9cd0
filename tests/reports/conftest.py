"""The graded class shared by a module's report tests (tests/report_helpers.py)."""

from __future__ import annotations

import pytest
from report_helpers import Graded, grade_class


@pytest.fixture(scope="module")
def graded(tmp_path_factory) -> Graded:
    root = tmp_path_factory.mktemp("class")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("QUIZ_HOME", str(root / "home"))
        mp.setenv("QUIZ_CACHE", str(root / "cache"))
        return grade_class(root)
