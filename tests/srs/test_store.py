"""The progress store against real SQLite files: round trips, the cache, concurrency, faults."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from quiz.srs.cards import Rating, State
from quiz.srs.migrations import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from quiz.srs.scheduler import Scheduler
from quiz.srs.store import DB_NAME, Store, data_dir

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc)
G, A = Rating.GOOD, Rating.AGAIN


@pytest.fixture
def store(quiz_home):
    with Store.open(scheduler=Scheduler(enable_fuzzing=False)) as opened:
        yield opened


def raw(quiz_home):
    return sqlite3.connect(quiz_home / DB_NAME)


def test_data_dir_is_quiz_home(quiz_home):
    assert data_dir() == quiz_home


def test_answers_round_trip_through_the_file(store, quiz_home):
    store.record("deck", "q1", G, T0, answer="Ernst May", duration_ms=4200)
    card, log = store.record("deck", "q2", A, T0 + timedelta(seconds=5), answer="", duration_ms=900)
    assert (log.before, card.state, card.due) == (
        State.NEW,
        State.LEARNING,
        T0 + timedelta(minutes=1, seconds=5),
    )
    store.close()
    with Store.open() as again:
        entries = again.log("deck")
        assert [(e.question, e.rating, e.state, e.answer, e.duration_ms) for e in entries] == [
            ("q1", G, State.NEW, "Ernst May", 4200),
            ("q2", A, State.NEW, "", 900),
        ]
        assert entries[1].reviewed_at == T0 + timedelta(seconds=5)
        assert again.card("deck", "q2") == card
        assert set(again.cards("deck")) == {"q1", "q2"}
        assert again.log("other") == []


def test_the_file_is_marked_as_ours_versioned_and_in_wal_mode(store, quiz_home):
    db = raw(quiz_home)
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_sub_second_times_are_stored_to_the_second(store):
    card, _ = store.record("deck", "q", G, T0 + timedelta(microseconds=700_000))
    assert card.last_review == T0 and store.log()[0].reviewed_at == T0


def test_rebuild_from_the_log_gives_exactly_the_cached_states(quiz_home):
    with Store.open() as store:  # fuzz on: the fuzz is seeded by each review, so replay is exact
        now = T0
        for day in range(40):
            for i, rating in enumerate([G, A, G, Rating.EASY, Rating.HARD]):
                if day % (i + 1) == 0:
                    store.record("deck", f"q{i}", rating, now)
            now += timedelta(days=1, minutes=7)
        cached = store.cards("deck")
        assert store.rebuild() == 5
        assert store.cards("deck") == cached


def test_a_cache_behind_the_log_is_rebuilt_on_open(quiz_home):
    with Store.open(scheduler=Scheduler(enable_fuzzing=False)) as store:
        store.record("deck", "q", G, T0)
        expected, _ = Scheduler(enable_fuzzing=False).review(store.card("deck", "q"), G, T0)
    db = raw(quiz_home)  # another tool appends to the log without touching the cache
    db.execute(
        "INSERT INTO review_log (deck, question, reviewed_at, rating, state)"
        " VALUES ('deck', 'q', '2025-03-01T09:00:00Z', 3, 1)"
    )
    db.commit()
    db.close()
    with Store.open(scheduler=Scheduler(enable_fuzzing=False)) as store:
        assert store.card("deck", "q") == expected


def test_removed_questions_keep_their_log_but_are_not_scheduled(store):
    for q in ("kept", "removed"):
        store.record("deck", q, A, T0)
    late = T0 + timedelta(hours=1)
    store.sync_deck("deck", ["kept", "new-one"])
    assert store.next_due("deck", review_by=late, learn_by=late, skip={"kept"}) is None
    assert [e.question for e in store.log("deck")] == ["kept", "removed"]
    store.sync_deck("deck", ["kept", "removed"])  # it came back
    assert store.next_due("deck", review_by=late, learn_by=late, skip={"kept"})[0] == "removed"


def test_next_due_is_most_overdue_first_and_learning_only_when_due(store):
    store.record("deck", "learning", A, T0)  # due T0 + 1 minute
    for q in ("review-a", "review-b"):
        store.record("deck", q, Rating.EASY, T0 - timedelta(days=9))  # due T0 - 1 day
    store.record("deck", "review-a", Rating.EASY, T0 - timedelta(days=1))  # due much later
    end_of_day = T0.replace(hour=23, minute=59, second=59)
    first = store.next_due("deck", review_by=end_of_day, learn_by=T0)
    assert first[0] == "review-b"
    after = store.next_due("deck", review_by=end_of_day, learn_by=T0, skip={"review-b"})
    assert after is None  # the learning card is not due until 09:01
    ahead = T0 + timedelta(minutes=20)
    assert (
        store.next_due("deck", review_by=end_of_day, learn_by=ahead, skip={"review-b"})[0]
        == "learning"
    )


@pytest.mark.parametrize(
    ("sql", "index"),
    [
        (
            "SELECT question FROM card_state WHERE deck = 'd' AND retired = 0 AND due <= 'x'"
            " AND (state = 2 OR due <= 'y') AND question IS NOT 'z' ORDER BY due LIMIT 1",
            "card_state_due",
        ),
        (
            "SELECT due FROM card_state WHERE deck = 'd' AND retired = 0 ORDER BY due LIMIT 1",
            "card_state_due",
        ),
        (
            "SELECT count(*) FROM card_state WHERE deck = 'd' AND first_review >= 'x'",
            "card_state_first",
        ),
        (
            "SELECT count(*) FROM card_state WHERE deck = 'd' AND retired = 0 AND due <= 'x'"
            " AND (state = 2 OR due <= 'y')",
            "card_state_due",
        ),
    ],
)
def test_hot_queries_use_an_index(store, sql, index):
    plan = " ".join(row[3] for row in store.db.execute("EXPLAIN QUERY PLAN " + sql))
    assert f"INDEX {index}" in plan and "SCAN" not in plan


WRITER = textwrap.dedent(
    """
    import sys
    from datetime import datetime, timedelta, timezone
    from quiz.srs.cards import Rating
    from quiz.srs.store import Store

    name, count = sys.argv[1], int(sys.argv[2])
    start = datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc)
    with Store.open() as store:
        print("ready", flush=True)
        sys.stdin.readline()  # both start writing together
        for i in range(count):
            store.record("deck", f"q{i % 7}", Rating(1 + i % 4), start + timedelta(seconds=i),
                         answer=f"{name}-{i}")
    """
)


def test_two_concurrent_writers_lose_no_answer(quiz_home):
    count = 150
    env = {**os.environ, "QUIZ_HOME": str(quiz_home)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, name, str(count)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            text=True,
        )
        for name in ("left", "right")
    ]
    for p in procs:
        assert p.stdout.readline().strip() == "ready"
    for p in procs:
        p.stdin.write("go\n")
        p.stdin.flush()
    for p in procs:
        assert p.wait(timeout=60) == 0
    with Store.open() as store:
        answers = {e.answer for e in store.log()}
        assert answers == {f"{n}-{i}" for n in ("left", "right") for i in range(count)}
        cards = store.cards("deck")
        assert sum(c.reps for c in cards.values()) == 2 * count
        store.rebuild()
        assert store.cards("deck") == cards  # the cache followed the log's commit order


def test_an_older_file_is_migrated_in_place_keeping_its_answers(quiz_home, monkeypatch):
    import quiz.srs.store_file as store_open

    with Store.open() as store:
        store.record("deck", "q", G, T0, answer="kept")
    later = [*store_open.MIGRATIONS, "ALTER TABLE review_log ADD COLUMN device TEXT"]
    monkeypatch.setattr(store_open, "MIGRATIONS", later)
    monkeypatch.setattr(store_open, "SCHEMA_VERSION", len(later))
    with Store.open() as store:
        assert [e.answer for e in store.log()] == ["kept"]
        store.record("deck", "q", G, T0 + timedelta(days=2))
    db = raw(quiz_home)
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(later)
    assert [r[0] for r in db.execute("SELECT device FROM review_log")] == [None, None]


def test_without_quiz_home_progress_goes_to_the_platform_data_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("QUIZ_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    from platformdirs import user_data_dir

    assert data_dir() == Path(user_data_dir("quiz", appauthor=False))
    if sys.platform.startswith("linux"):
        assert data_dir() == tmp_path / "xdg" / "quiz"
    monkeypatch.setenv("QUIZ_HOME", "")  # empty: as if unset
    assert data_dir() == Path(user_data_dir("quiz", appauthor=False))


def test_desired_retention_is_remembered_and_recorded_with_each_answer(quiz_home):
    with Store.open() as store:
        assert store.retention == 0.9
        assert store.set_retention(0.8) == 0.9  # the one it replaced
        card, _ = store.record("deck", "q", Rating.EASY, T0)
    with Store.open() as store:
        assert store.retention == 0.8 and store.scheduler.desired_retention == 0.8
        assert store.set_retention(0.8) == 0.8
        assert store.log()[0].retention == 0.8
        store.rebuild()
        assert store.card("deck", "q") == card  # rebuilt with 0.8, not the default 0.9
    with Store.open() as store, pytest.raises(ValueError, match="between"):
        store.set_retention(0.5)


def test_a_rebuild_replays_each_answer_with_the_retention_it_was_scheduled_with(quiz_home):
    def answer_for(store, days, start, ratings):
        now = start
        for _ in range(days):
            for i, rating in enumerate(ratings):
                card = store.card("deck", f"q{i}")
                if card is None or card.due <= now:
                    store.record("deck", f"q{i}", rating, now)
            now += timedelta(days=1)
        return now

    with Store.open() as store:
        later = answer_for(store, 60, T0, [G, Rating.EASY, G, Rating.HARD])  # at 0.9
        store.set_retention(0.7)
        answer_for(store, 30, later, [G, Rating.EASY])  # q2 and q3 keep their 0.9 schedule
        scheduled = store.cards("deck")
    with Store.open() as store:
        assert store.rebuild() == 4
        assert store.cards("deck") == scheduled
        retentions = [e.retention for e in store.log("deck")]
    assert retentions == sorted(retentions, reverse=True) and set(retentions) == {0.9, 0.7}


@pytest.mark.parametrize(("remembered", "expected"), [(None, 0.9), (0.8, 0.8)])
def test_answers_older_than_the_retention_column_get_the_remembered_one(
    quiz_home, remembered, expected
):
    quiz_home.mkdir()
    db = raw(quiz_home)  # a file as the first quiz release left it: schema 1
    db.executescript(MIGRATIONS[0])
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("PRAGMA user_version = 1")
    db.execute(
        "INSERT INTO review_log (deck, question, reviewed_at, rating, state)"
        " VALUES ('deck', 'q', '2025-03-01T09:00:00Z', 4, 0)"
    )
    if remembered is not None:
        db.execute("INSERT INTO meta VALUES ('retention', ?)", (remembered,))
    db.commit()
    db.close()
    with Store.open() as store:  # migrated, and the empty cache rebuilt from the log
        assert [e.retention for e in store.log()] == [expected]
        easy, _ = Scheduler(expected).review(None, Rating.EASY, T0, key="deck/q")
        assert store.card("deck", "q") == easy
    assert raw(quiz_home).execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
