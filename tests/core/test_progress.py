"""Progress bars: only on a terminal, and only once the work has run past the delay."""

from __future__ import annotations

import io
import sys

import pytest

from quiz.bank.loader import STEPS, read_deck
from quiz.core import progress as progress_module
from quiz.core.progress import ProgressBar


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("seconds", "tty", "shown"), [(2.0, True, True), (0.2, True, False), (2.0, False, False)]
)
def test_a_bar_shows_only_on_a_terminal_for_work_slower_than_the_delay(
    monkeypatch, seconds, tty, shown
):
    stderr = FakeTerminal() if tty else io.StringIO()
    monkeypatch.setattr(sys, "stderr", stderr)
    clock = [100.0]
    monkeypatch.setattr(progress_module.time, "monotonic", lambda: clock[0])
    with ProgressBar("Reading big.yaml", delay=0.3) as bar:
        for done in range(0, 101, 10):
            clock[0] = 100.0 + seconds * done / 100
            bar(done, 100)
    assert ("Reading big.yaml" in stderr.getvalue()) is shown


CLEAN = ", explanation: e, source: {id: s, page: '1'}"
SOURCES = "sources: [{id: s, title: S, author: A}]"


@pytest.mark.parametrize(("extra", "reads"), [(CLEAN, 1), ("", 2)], ids=["clean", "warnings"])
def test_a_deck_read_reports_its_progress_and_a_cached_one_does_not(tmp_path, extra, reads):
    path = tmp_path / "deck.yaml"
    lines = ["deck: d", "title: T", SOURCES, "questions:"]
    lines += [f"  - {{id: q{i}, type: card, front: f{i}, back: b{extra}}}" for i in range(1200)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    calls: list[tuple[int, int]] = []
    read_deck(path, lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, STEPS) and len(calls) > 4
    assert calls[-1] == (reads * STEPS, reads * STEPS)  # with warnings: read again, located
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    calls.clear()
    read_deck(path, lambda done, total: calls.append((done, total)))
    assert calls == []
