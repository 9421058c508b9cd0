from __future__ import annotations

import os
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parents[1] / "fixtures"


def _spares():
    from quiz.bank.model import Deck, Match

    pairs = (("Lipetsk", "aviation"), ("Kazan", "tanks"), ("Tomka", "gas"))
    match = Match(id="schools", prompt="Match the schools.", pairs=pairs, spares=("navy", "rail"))
    return Deck(id="spares", title="Spares", questions=(match,))


SPARES = _spares()  # a match whose right column holds entries that match nothing


@pytest.fixture
def col(tmp_path):
    """A fresh Anki collection, closed after the test."""
    from anki_helpers import fresh_collection  # anki loads only for the tests that use it

    collection = fresh_collection(tmp_path / "anki")
    yield collection
    collection.close()


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the session. Without one the tests are skipped, except
    where a browser is required (CI, or QUIZ_REQUIRE_BROWSER=1): there they fail."""
    from browser import Browser, find_chromium

    executable = find_chromium()
    if executable is None:
        message = "no Chromium: install the Debian package chromium (.ci/run does)"
        if os.environ.get("CI") or os.environ.get("QUIZ_REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)
    started = Browser(executable)
    yield started
    started.close()


@pytest.fixture(scope="session")
def studied(tmp_path_factory):
    """The bundled decks and the test fixtures in one package, imported into a real
    collection: (decks by id, the collection)."""
    from anki_helpers import T1, fresh_collection, import_apkg

    from quiz.bank.library import bundled_decks
    from quiz.bank.loader import load_deck
    from quiz.export import anki

    folder = tmp_path_factory.mktemp("studied")
    paths = [*bundled_decks(), FIXTURES / "every-type.yaml", FIXTURES / "judging.yaml"]
    decks = [*(load_deck(p) for p in paths), SPARES]
    with pytest.MonkeyPatch.context() as patch:  # the export record goes here, not home
        patch.setenv("QUIZ_HOME", str(folder / "quiz-home"))
        anki.write(decks, folder / "all.apkg", now=T1)
    collection = fresh_collection(folder / "anki")
    import_apkg(collection, folder / "all.apkg")
    yield {d.id: d for d in decks}, collection
    collection.close()
