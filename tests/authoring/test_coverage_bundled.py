"""Every citation in the bundled decks points at a section or page its source has.

`quiz coverage` runs on each bundled deck against each of its sources. In a fresh clone
(CI) the sources are their committed outlines (see source_outlines.py); where the real
texts are at hand, the outlines are first checked against them, and the decks too.
Cost: about a second.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner
from source_outlines import DOCUMENTS, OUTLINES, outline, sources_folder

from quiz.authoring.drafting.document import parse_document
from quiz.authoring.drafting.files import read_document
from quiz.bank.library import bundled_decks
from quiz.bank.loader import load_deck
from quiz.cli import cli


def dangling(deck_path: Path, documents: Path, suffix: str) -> list[str]:
    """'deck/question: citation' for each citation `quiz coverage` cannot find, over
    every source the deck declares (a source with no known document fails)."""
    deck = load_deck(deck_path)
    out = []
    for source in deck.sources:
        name = DOCUMENTS.get(source.title)
        assert name, f"{deck_path.name}: no document known for source {source.title!r}"
        document = documents / f"{name}{suffix}"
        args = ["coverage", str(deck_path), str(document), "--source-id", source.id, "--json"]
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 0, result.output
        report = json.loads(result.output)
        out += [f"{deck.id}/{d['question']}: {d['cites']}" for d in report["dangling"]]
    return out


@pytest.mark.parametrize("deck", bundled_decks(), ids=lambda p: p.stem)
def test_no_bundled_citation_dangles(deck):
    assert dangling(deck, OUTLINES, ".outline.txt") == []


def test_a_citation_to_a_missing_section_or_page_is_caught(tmp_path):
    deck = next(p for p in bundled_decks() if p.stem == "german-soviet-timeline")
    text = deck.read_text(encoding="utf-8")
    text = text.replace("section: Socialist cities}", "section: Closing remarks}", 1)
    text = text.replace('page: "221"}', 'page: "222"}', 1)
    broken = tmp_path / deck.name
    broken.write_text(text, encoding="utf-8")
    found = dangling(broken, OUTLINES, ".outline.txt")
    assert found == [
        "german-soviet-timeline/may-brigade-arrival-1930: § Closing remarks",
        "german-soviet-timeline/nazis-power-1933: p. 222",
    ]


def _real_sources() -> Path:
    folder = sources_folder()
    if folder is None or not all((folder / f"{n}.txt").is_file() for n in DOCUMENTS.values()):
        reason = (
            "the source texts are not here (set QUIZ_SOURCES to their folder); "
            "the committed outlines were checked instead"
        )
        warnings.warn(reason, stacklevel=2)
        pytest.skip(reason)
    return folder


def test_the_outlines_have_the_sections_and_pages_of_the_real_sources():
    folder = _real_sources()
    for name in DOCUMENTS.values():
        real = read_document(folder / f"{name}.txt")
        committed = parse_document((OUTLINES / f"{name}.outline.txt").read_text("utf-8"))
        assert (committed.title, committed.locators) == (real.title, real.locators), (
            f"{name}: the outline is stale; run tests/authoring/source_outlines.py"
        )
        assert (OUTLINES / f"{name}.outline.txt").read_text("utf-8") == outline(real)


@pytest.mark.parametrize("deck", bundled_decks(), ids=lambda p: p.stem)
def test_no_bundled_citation_dangles_in_the_real_sources(deck):
    assert dangling(deck, _real_sources(), ".txt") == []
