"""Statistics from a hand-built log and hand-set card states, and `quiz stats` output."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta, timezone

import pytest
from click.testing import CliRunner

from quiz.bank.loader import load_deck
from quiz.cli import cli
from quiz.srs.cards import CardState, LogEntry, Rating, State
from quiz.srs.stats import DeckStats, Leech, TagAccuracy, deck_stats
from quiz.srs.stats_view import bar
from quiz.srs.store import Store

NOW = datetime(2025, 3, 15, 12, 0, tzinfo=timezone.utc)
DAY = timedelta(days=1)
A, H, G = Rating.AGAIN, Rating.HARD, Rating.GOOD
NEW, LEARNING, REVIEW, RELEARNING = State.NEW, State.LEARNING, State.REVIEW, State.RELEARNING

# (question, days ago, rating, state when answered)
HISTORY = [
    ("main-creditor", 14, A, NEW),
    ("main-creditor", 14, A, LEARNING),
    ("main-creditor", 13, A, LEARNING),
    ("main-creditor", 12, G, LEARNING),
    ("main-creditor", 11, A, REVIEW),  # in the window: a lapse
    ("main-creditor", 10, G, RELEARNING),
    ("loans-1925", 40, G, NEW),
    ("loans-1925", 31, G, REVIEW),  # outside the 30-day window
    ("loans-1925", 5, A, REVIEW),
    ("may-name", 2, G, REVIEW),
    ("may-name", 1, H, REVIEW),
    ("dropped-question", 3, G, REVIEW),  # no longer in the deck: retention only
]


def hand_log():
    return [
        LogEntry(i, "every-type", q, NOW - days * DAY, rating, state, "typed", 3000)
        for i, (q, days, rating, state) in enumerate(HISTORY, start=1)
    ]


def card(state, due):
    return CardState(state=state, stability=3.0, difficulty=5.0, due=due, last_review=NOW - DAY)


CARDS = {
    "main-creditor": card(REVIEW, NOW - 2 * DAY),  # overdue: counts today
    "loans-1925": card(RELEARNING, NOW + timedelta(minutes=10)),
    "may-name": card(REVIEW, NOW + 3 * DAY),
    "plans-order": card(REVIEW, NOW + 20 * DAY),  # beyond the forecast
    "dropped-question": card(REVIEW, NOW + DAY),  # not in the deck: not counted
}


def test_stats_from_a_hand_built_log(every_type):
    stats = deck_stats(load_deck(every_type), hand_log(), CARDS, NOW)
    forecast = [0] * 14
    forecast[0], forecast[3] = 2, 1
    assert stats == DeckStats(
        deck="every-type",
        title="Every question type",
        new=5,
        learning=1,
        review=3,
        due_today=2,
        forecast=tuple((date(2025, 3, 15) + i * DAY, n) for i, n in enumerate(forecast)),
        retention_reviews=5,
        retention_passed=3,
        tags=(TagAccuracy("loans", 9, 4), TagAccuracy("towns", 2, 2)),
        leeches=(
            Leech(
                "main-creditor", 4, "Which country became the USSR's main creditor in the 1920s?"
            ),
        ),
    )
    assert stats.retention == 0.6


def test_forecast_days_are_days_where_the_learner_is():
    deck = load_deck_with_one_question()
    late_evening = {"q": card(REVIEW, datetime(2025, 3, 15, 23, 30, tzinfo=timezone.utc))}
    utc = deck_stats(deck, [], late_evening, NOW)
    berlin = deck_stats(deck, [], late_evening, NOW.astimezone(timezone(timedelta(hours=1))))
    assert (utc.due_today, berlin.due_today, berlin.forecast[1][1]) == (1, 0, 1)


def load_deck_with_one_question():
    from quiz.bank.model import Deck, Short

    return Deck(id="one", title="One", questions=(Short(id="q", prompt="Q?", answer="a"),))


def test_a_deck_never_reviewed():
    stats = deck_stats(load_deck_with_one_question(), [], {}, NOW)
    assert (stats.new, stats.learning, stats.review, stats.due_today) == (1, 0, 0, 0)
    assert stats.retention is None and stats.tags == () and stats.leeches == ()
    assert stats.to_dict()["retention_30d"] == {"reviews": 0, "passed": 0, "rate": None}


@pytest.mark.parametrize(("n", "most", "width"), [(0, 5, 0), (5, 5, 30), (1, 100, 1), (2, 4, 15)])
def test_bar(n, most, width):
    assert bar(n, most) == "█" * width


@pytest.fixture
def recorded(every_type):
    """The hand log recorded through the real store (states computed by FSRS)."""
    with Store.open() as store:
        for q, days, rating, _ in HISTORY:
            store.record("every-type", q, rating, NOW - days * DAY, answer="typed")
        store.remember_decks([("every-type", str(every_type), "x")])
        store.sync_deck("every-type", [q.id for q in load_deck(every_type).questions])
    return every_type


def test_stats_json_is_the_same_computation(recorded):
    env = {"QUIZ_NOW": NOW.isoformat()}
    result = CliRunner(env=env).invoke(cli, ["stats", str(recorded), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    with Store.open() as store:
        expected = deck_stats(
            load_deck(recorded), store.log("every-type"), store.cards("every-type"), NOW
        )
    assert data == {
        "now": "2025-03-15T12:00:00+00:00",
        "desired_retention": 0.9,
        "decks": [expected.to_dict()],
    }
    deck = data["decks"][0]  # FSRS keeps the cards in learning: steps were not done same day
    assert (deck["counts"], deck["due_today"]) == ({"new": 6, "learning": 3, "review": 0}, 3)
    assert deck["retention_30d"] == {"reviews": 1, "passed": 0, "rate": 0.0}
    assert deck["tags"][0] == {"tag": "loans", "answers": 9, "right": 4, "accuracy": 4 / 9}
    assert deck["leeches"] == [
        {
            "question": "main-creditor",
            "failures": 4,
            "prompt": "Which country became the USSR's main creditor in the 1920s?",
        }
    ]


def test_stats_in_the_terminal(recorded):
    env = {"QUIZ_NOW": NOW.isoformat(), "COLUMNS": "80", "TERM": "dumb", "NO_COLOR": "1"}
    result = CliRunner(env=env).invoke(cli, ["stats", str(recorded)])
    assert result.exit_code == 0, result.output
    lines = [line.rstrip() for line in result.stdout.splitlines()]
    assert lines[0] == "─" * 29 + " Every question type " + "─" * 30
    assert lines[1] == "new 6 · learning 3 · review 0 · due today 3"
    assert lines[2] == "Retention, last 30 days: 0% (0 of 1 reviews recalled; desired 90%)"
    assert "Due, next 14 days" in lines
    assert " today       3  " + "█" * 30 in lines
    assert " Sun 16 Mar  0" in lines
    assert any(line.startswith(" loans ") and line.endswith("44%") for line in lines)
    assert "Leeches (failed 4+ times)" in lines
    assert " main-creditor        4   Which country became the USSR's main creditor in the" in lines


ESCAPES = r"""deck: esc
title: "Title \e]0;pwned\a"
questions:
  - {id: c1, type: short, prompt: "Clear \e[2J?", answer: "x", tags: [t]}
"""


def test_a_deck_with_control_characters_is_refused_not_printed(tmp_path):
    deck = tmp_path / "esc.yaml"
    deck.write_text(ESCAPES, encoding="utf-8")
    result = CliRunner().invoke(cli, ["stats", str(deck)])
    assert result.exit_code == 2
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", result.output)
    assert "contains the control character U+001B; remove it" in result.output
