"""The shared write-to-a-temporary-name-then-rename step of every export."""

from __future__ import annotations

import os
import stat

import pytest

from quiz.core.errors import QuizError
from quiz.core.files import atomic_path


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


def test_lms_exports_leave_drafts_out_with_one_warning_each():
    """GIFT and QTI share this step (Anki keeps drafts, tagged `draft`)."""
    from quiz.bank.model import Deck, TrueFalse
    from quiz.export import without_drafts

    checked = TrueFalse(id="ok", statement="Checked.", answer=True)
    drafted = TrueFalse(id="d1", statement="Machine-drafted.", answer=True, draft=True)
    deck = Deck(id="bank", title="Bank", questions=(drafted, checked))
    warnings: list[str] = []
    assert without_drafts(deck, warnings) == [checked]
    assert warnings == [
        "bank/d1: a draft (machine-drafted, not yet checked); left out, "
        "remove its draft: true to export it"
    ]
