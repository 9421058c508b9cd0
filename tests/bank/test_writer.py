"""The one YAML deck writer (drafts, imports): every bundled deck written out loads back
the same (one citation or a list, background, tags, units). Cost: < 0.5 s."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.bank.loader import load_deck
from quiz.bank.writer import deck_yaml

DECKS = sorted((Path(__file__).parents[2] / "decks").glob("*.yaml"))


@pytest.mark.parametrize("path", DECKS, ids=lambda p: p.stem)
def test_a_written_deck_loads_back_the_same(path, tmp_path):
    deck = load_deck(path)
    out = tmp_path / path.name
    out.write_text(deck_yaml(deck, header=["Written by the test."]), encoding="utf-8")
    assert load_deck(out) == deck  # the path aside, which equality leaves out
    assert out.read_text(encoding="utf-8").startswith("# Written by the test.\ndeck: ")
