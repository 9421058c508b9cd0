from __future__ import annotations

from pathlib import Path

import pytest
from marking_helpers import write_exam

FIXTURES = Path(__file__).parent / "fixtures"
EVERY_TYPE = FIXTURES / "every-type.yaml"


@pytest.fixture(autouse=True)
def quiz_home(tmp_path, monkeypatch):
    """Every test gets its own data dir: progress never touches the real one."""
    home = tmp_path / "quiz-home"
    monkeypatch.setenv("QUIZ_HOME", str(home))
    monkeypatch.delenv("QUIZ_DEBUG", raising=False)
    return home


@pytest.fixture
def every_type() -> Path:
    return EVERY_TYPE


@pytest.fixture
def exam_dir(tmp_path, every_type):
    """tmp_path with the hand-made exam (exam/manifest.json) and responses.csv."""
    write_exam(tmp_path, every_type)
    return tmp_path
