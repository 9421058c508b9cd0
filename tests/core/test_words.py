"""The one plural rule."""

from __future__ import annotations

from quiz.core.words import noun, plural


def test_counts_read_in_english():
    assert plural(1, "question") == "1 question"
    assert plural(0, "question") == "0 questions"
    assert plural(2, "retry", "retries") == "2 retries"
    assert plural(1.0, "point") == "1 point"
    assert plural(0.5, "point") == "0.5 points"
    assert noun(3, "waits", "wait") == "wait"
    assert noun(1, "waits", "wait") == "waits"
