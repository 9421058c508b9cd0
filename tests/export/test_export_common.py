"""What every export shares (writing itself is tested in tests/core/test_files.py)."""

from __future__ import annotations


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
