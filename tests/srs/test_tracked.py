"""The outside of the review queue: the clock, and which decks a session reviews."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

import quiz.srs.queue
from quiz.bank.library import load_decks
from quiz.bank.loader import load_deck
from quiz.core.clock import clock
from quiz.core.errors import UsageError
from quiz.srs.cards import Rating
from quiz.srs.store import Store, TrackedDeck
from quiz.srs.tracked import deck_source, decks_for, remember_decks

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc)


def test_clock_is_quiz_now_when_set_else_the_local_time(monkeypatch):
    monkeypatch.setenv("QUIZ_NOW", "2025-03-03T08:30:00+01:00")
    assert clock() == datetime(2025, 3, 3, 8, 30, tzinfo=timezone(timedelta(hours=1)))
    monkeypatch.delenv("QUIZ_NOW")
    before = datetime.now(timezone.utc)
    now = clock()
    assert now.tzinfo is not None and before <= now <= datetime.now(timezone.utc)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("tomorrow", "QUIZ_NOW='tomorrow' is not an ISO 8601 time"),
        ("2025-03-03T08:30:00", "QUIZ_NOW='2025-03-03T08:30:00' needs a UTC offset, e.g. +00:00"),
    ],
)
def test_a_bad_quiz_now_is_a_usage_error(monkeypatch, value, message):
    monkeypatch.setenv("QUIZ_NOW", value)
    with pytest.raises(UsageError) as raised:
        clock()
    assert str(raised.value) == message


def test_the_queue_engine_reads_no_clock_and_loads_no_deck():
    engine = vars(quiz.srs.queue)
    assert not {"os", "clock", "decks_for", "load_decks", "bundled_dir"} & set(engine)


def test_decks_are_remembered_by_bundled_name_or_absolute_path(every_type, tmp_path):
    bundled = load_decks(["german-soviet-timeline"])[0]
    copy = tmp_path / "every-type.yaml"
    copy.write_text(every_type.read_text())
    mine = load_deck(copy)
    assert deck_source(bundled) == "german-soviet-timeline"
    assert deck_source(mine) == str(copy.resolve())
    with Store.open() as store:
        remember_decks(store, [bundled, mine])
        for deck in (bundled, mine):
            store.record(deck.id, deck.questions[0].id, Rating.GOOD, T0)
        assert store.tracked_decks() == sorted(
            [
                TrackedDeck(bundled.id, "german-soviet-timeline", bundled.title),
                TrackedDeck(mine.id, str(copy.resolve()), mine.title),
            ],
            key=lambda t: t.deck,
        )
        named, warnings = decks_for([mine], store)
        assert (named, warnings) == ([mine], [])
        copy.unlink()
        found, warnings = decks_for([], store)
    assert [d.id for d in found] == [bundled.id]
    assert len(warnings) == 1
    assert warnings[0].startswith(f"skipping {mine.id}: {copy.resolve()}:1:1: file: no such file")


def test_with_no_deck_named_and_none_reviewed_the_error_says_how_to_start():
    with Store.open() as store, pytest.raises(UsageError, match="no deck reviewed yet"):
        decks_for([], store)
