"""The shared write-to-a-temporary-name-then-rename step of every export."""

from __future__ import annotations

import os
import stat

import pytest

from quiz.errors import QuizError
from quiz.export import atomic_path


def test_success_renames_with_the_usual_mode(tmp_path):
    out = tmp_path / "out.txt"
    old = os.umask(0o022)
    try:
        with atomic_path(out) as tmp:
            assert tmp != out and tmp.parent == out.parent
            tmp.write_text("done")
    finally:
        os.umask(old)
    assert out.read_text() == "done"
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_failure_leaves_the_old_file_and_no_temporary(tmp_path):
    out = tmp_path / "out.txt"
    out.write_text("old")
    with pytest.raises(RuntimeError), atomic_path(out) as tmp:
        tmp.write_text("half")
        raise RuntimeError("export failed")
    assert out.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_folder_or_missing_parent_is_a_clear_error(tmp_path):
    with pytest.raises(QuizError, match="is a folder"), atomic_path(tmp_path):
        pass
    with pytest.raises(QuizError, match="no such folder"), atomic_path(tmp_path / "a" / "b"):
        pass
