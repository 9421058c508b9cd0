"""Progress survives what it is given: junk in the card-state cache, a damaged log row,
typed bytes that are not UTF-8; and review says what it will ask."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest
from click.testing import CliRunner

from quiz.cli import cli
from quiz.srs.cards import Rating
from quiz.srs.store import DB_NAME, Store

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc)
NOW = {"QUIZ_NOW": "2025-03-01T09:05:00+00:00", "COLUMNS": "80", "NO_COLOR": "1"}
DECK = """\
deck: tiny
title: Tiny
questions:
  - {id: a, type: short, prompt: Who planned the towns?, answer: Ernst May}
  - {id: b, type: short, prompt: Which river?, answer: Dnieper, draft: true}
"""


@pytest.fixture
def tiny(tmp_path, quiz_home):
    path = tmp_path / "tiny.yaml"
    path.write_text(DECK)
    return path


def answered(quiz_home) -> Store:
    store = Store.open(quiz_home / DB_NAME)
    store.record("tiny", "a", Rating.GOOD, T0 - timedelta(days=30))
    store.record("tiny", "a", Rating.GOOD, T0 - timedelta(days=20))
    return store


@pytest.mark.parametrize(
    "junk",
    [
        "state = 99",
        "due = 'junk'",
        "due = '2025-02-30T09:00:00Z'",
        "stability = 'x'",
        "stability = -1",
        "difficulty = NULL",
        "reps = 1.5",
        "last_review = X'00'",
    ],
)
@pytest.mark.parametrize("command", ["stats", "review"])
def test_junk_in_the_card_cache_is_rebuilt_from_the_log(tiny, quiz_home, junk, command):
    with answered(quiz_home) as store:
        good = store.card("tiny", "a")
    db = sqlite3.connect(quiz_home / DB_NAME)
    db.execute(f"UPDATE card_state SET {junk}")
    db.commit()
    db.close()
    result = CliRunner(env=NOW).invoke(cli, [command, str(tiny)], input="q\n")
    assert result.exit_code == 0, result.output
    assert "internal error" not in result.output
    with Store.open(quiz_home / DB_NAME) as store:
        assert store.card("tiny", "a") == good
        assert len(store.log()) == 2


def test_a_damaged_log_row_is_one_line_and_the_file_is_left_alone(tiny, quiz_home):
    answered(quiz_home).close()
    db = sqlite3.connect(quiz_home / DB_NAME)
    db.execute("UPDATE review_log SET reviewed_at = 'junk' WHERE id = 1")
    db.execute("UPDATE meta SET value = 0 WHERE key = 'cache_through'")  # forces a rebuild
    db.commit()
    db.close()
    before = (quiz_home / DB_NAME).read_bytes()
    result = CliRunner(env=NOW).invoke(cli, ["stats", str(tiny)])
    assert result.exit_code == 1
    assert result.output == (
        f"{quiz_home / DB_NAME}: the review log holds a row quiz cannot read (time data 'junk'"
        " does not match format '%Y-%m-%dT%H:%M:%SZ'); it was left untouched. Move the file"
        " aside to start afresh, or set QUIZ_HOME to another folder to use a different"
        " progress file\n"
    )
    assert (quiz_home / DB_NAME).read_bytes() == before


def test_a_typed_answer_that_is_not_utf8_is_saved_and_shown(tiny, quiz_home):
    """A real process: bytes on stdin that are not UTF-8, as a terminal may send them."""
    env = {**os.environ, **NOW, "QUIZ_HOME": str(quiz_home), "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, "-m", "quiz", "review", str(tiny), "-n", "1"],
        input=b"\xff\xfeMay\n", capture_output=True, env=env, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr.decode()
    assert "Answer › \ufffd\ufffdMay" in result.stdout.decode()
    with Store.open(quiz_home / DB_NAME) as store:
        assert [entry.answer for entry in store.log()] == ["\ufffd\ufffdMay"]


def test_the_header_counts_the_learning_steps_the_session_will_ask(tiny, quiz_home):
    with Store.open(quiz_home / DB_NAME) as store:  # a learning step, due at 09:06
        store.record("tiny", "a", Rating.GOOD, datetime(2025, 3, 1, 8, 56, tzinfo=timezone.utc))
        store.record("tiny", "b", Rating.GOOD, datetime(2025, 3, 1, 8, 56, tzinfo=timezone.utc))
    result = CliRunner(env=NOW).invoke(cli, ["review", str(tiny)], input="q\n")
    first = result.output.splitlines()[0]
    assert first == "Tiny · 0 due · 0 new · 2 in learning, due within 20 minutes"
    assert "Question 1 · learning" in result.output


@pytest.mark.parametrize("command", ["run", "review"])
def test_a_draft_is_flagged_when_it_is_asked(tiny, command):
    args = [command, str(tiny)] + (["--no-shuffle"] if command == "run" else [])
    result = CliRunner(env=NOW).invoke(cli, args, input="Ernst May\nx\nq\n")
    assert result.exit_code == 0, result.output
    before, _, _after = result.output.partition("Which river?")
    assert before.rstrip().endswith(
        "Draft: machine-drafted, not yet checked by the deck's author; it may be wrong."
    )
    assert before.count("Draft:") == 1  # the first question is no draft
