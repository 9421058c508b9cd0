"""A deck's lexicon kept beside the deck in the deck cache (quiz.answers.lexicon)."""

from __future__ import annotations

import shutil
from dataclasses import replace

from fixture_paths import EVERY_TYPE

from quiz.answers import lexicon
from quiz.answers.lexicon import deck_lexicon, text_lexicon, texts_of
from quiz.bank import deck_cache
from quiz.bank.loader import load_deck


def kept_entries() -> list:
    return sorted(deck_cache.cache_dir().glob("*.lexicon-*.json"))


def fresh_load(path):
    lexicon._DECKS.clear()  # as a new process: nothing built in memory
    return load_deck(path)


def test_kept_at_the_first_build_and_read_back_after(tmp_path) -> None:
    path = tmp_path / "deck.yaml"
    shutil.copy(EVERY_TYPE, path)
    deck = fresh_load(path)
    built = deck_lexicon(deck)
    texts = [deck.title, deck.description or ""] + [t for q in deck.questions for t in texts_of(q)]
    assert built == text_lexicon(texts) and built.deck
    (entry,) = kept_entries()
    name = entry.name.removesuffix(".json")
    deck_cache.keep_beside(name, [["only"], [], []])  # what is kept is what is read
    assert deck_lexicon(fresh_load(path)) == lexicon.Lexicon(frozenset({"only"}))
    entry.write_bytes(entry.read_bytes()[:-3])  # damaged: built again, and kept again
    assert deck_lexicon(fresh_load(path)) == built
    assert deck_lexicon(fresh_load(path)) == built


def test_a_deck_made_in_memory_keeps_nothing() -> None:
    deck = replace(load_deck(EVERY_TYPE), title="Another title")
    before = kept_entries()
    assert "another" in deck_lexicon(deck).deck
    assert kept_entries() == before
