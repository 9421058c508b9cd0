"""Feedback sheet names: a student's name, made safe for every file system, never twice."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from quiz.reports.file_names import MAX_BYTES, RESERVED, stem, unique_stems


def test_hostile_names_become_plain_file_names():
    assert [stem(n) for n in (
        "Ann Weber", "../../etc/passwd", "<script>alert(1)</script>", '#read("/etc/passwd")',
        "$x$ *bold*", "Ann\u202eexe.pdf", "C:\\Users\\x", ".hidden", "...", "", "  ",
        "=HYPERLINK(\"http://x\")", "O'Brien", "Zoë Müller", "陈丽", "محمد علي", "NUL", "com1",
        "Ann\u200bWeber", "a\u0301b",
    )] == [
        "Ann-Weber", "etc-passwd", "script-alert-1-script", "read-etc-passwd",
        "x-bold", "Annexe-pdf", "C-Users-x", "hidden", "student", "student", "student",
        "HYPERLINK-http-x", "O-Brien", "Zoë-Müller", "陈丽", "محمد-علي", "NUL-", "com1-",
        "AnnWeber", "áb",
    ]  # fmt: skip


def test_names_that_would_share_a_file_get_numbers_in_sheet_order():
    names = ["Li", "li", "Li 2", "LI", "", "?", "Ann Weber", "Ann-Weber"]
    assert unique_stems(names) == [
        "Li", "li-2", "Li-2-2", "LI-3", "student", "student-2", "Ann-Weber", "Ann-Weber-2",
    ]  # fmt: skip


@given(st.lists(st.text(max_size=300), max_size=12))
def test_any_names_give_distinct_safe_file_names(names):
    stems = unique_stems(names)
    assert len({s.casefold() for s in stems}) == len(names)
    for s in stems:
        assert s and not s.startswith("-"), s
        assert all(c == "-" or unicodedata.category(c)[0] in "LNM" for c in s), s
        assert unicodedata.category(s[0])[0] != "M"
        assert len(s.encode()) <= MAX_BYTES + 8  # room for a -N
        assert s.casefold() not in RESERVED
        assert not any(unicodedata.category(c) in ("Cc", "Cf", "Cs", "Zs") for c in s)
        assert s == unicodedata.normalize("NFC", s)
