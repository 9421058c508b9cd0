from __future__ import annotations

import pytest


@pytest.fixture
def col(tmp_path):
    """A fresh Anki collection, closed after the test."""
    from anki_helpers import fresh_collection  # anki loads only for the tests that use it

    collection = fresh_collection(tmp_path / "anki")
    yield collection
    collection.close()
