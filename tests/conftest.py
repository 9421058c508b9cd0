from __future__ import annotations

from pathlib import Path

import pytest
from fixture_paths import EVERY_TYPE
from marking_helpers import write_exam


@pytest.fixture(autouse=True)
def quiz_home(tmp_path, tmp_path_factory, monkeypatch):
    """Every test gets its own data dir and deck cache (outside tmp_path, which some
    tests list): progress and cached decks never touch the real ones."""
    home = tmp_path / "quiz-home"
    monkeypatch.setenv("QUIZ_HOME", str(home))
    monkeypatch.setenv("QUIZ_CACHE", str(tmp_path_factory.mktemp("quiz-cache")))
    monkeypatch.delenv("QUIZ_DEBUG", raising=False)
    return home


@pytest.fixture(autouse=True)
def fresh_inputs():
    """Library-level tests start with no remembered inputs, as each CLI command does."""
    from quiz.core.inputs import begin_command

    begin_command()


@pytest.fixture
def every_type() -> Path:
    return EVERY_TYPE


@pytest.fixture
def exam_dir(tmp_path, every_type):
    """tmp_path with the hand-made exam (exam/manifest.json) and responses.csv."""
    write_exam(tmp_path, every_type)
    return tmp_path
