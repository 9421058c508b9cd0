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
from quiz.srs.parameters import DEFAULT_WEIGHTS
from quiz.srs.report import stats_report
from quiz.srs.stats import Leech, TagAccuracy, deck_stats
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
    assert (stats.deck, stats.title) == ("every-type", "Every question type")
    assert (stats.new, stats.learning, stats.review, stats.due_today) == (5, 1, 3, 2)
    assert stats.forecast == tuple((date(2025, 3, 15) + i * DAY, n) for i, n in enumerate(forecast))
    assert stats.tags == (TagAccuracy("loans", 9, 4), TagAccuracy("towns", 2, 2))
    # first answers of the day to learnt questions (the dropped question's too)
    assert [(t.label, t.passed, t.failed) for t in stats.true_retention] == [
        ("today", 0, 0),
        ("yesterday", 1, 0),
        ("last 7 days", 3, 1),
        ("last 30 days", 3, 2),  # the lapse 11 days ago; not the pass 31 days ago
        ("last 365 days", 4, 2),
        ("all time", 4, 2),
    ]
    assert stats.true_retention[3].rate == 0.6
    # main-creditor failed 4 times, but only once after it had been learnt: no leech
    assert (stats.leech_lapses, stats.leeches) == (8, ())


def test_leeches_are_lapses_of_learnt_questions_with_a_threshold(every_type):
    deck = load_deck(every_type)
    stats = deck_stats(deck, hand_log(), CARDS, NOW, leech_lapses=1)
    assert stats.leeches == (
        Leech("loans-1925", 1, "How much had Berlin lent Moscow by 1925?"),
        Leech("main-creditor", 1, "Which country became the USSR's main creditor in the 1920s?"),
    )
    eight = [LogEntry(i, "every-type", "may-name", NOW - DAY, A, REVIEW, "", 1) for i in range(8)]
    assert [(x.question, x.lapses) for x in deck_stats(deck, eight, CARDS, NOW).leeches] == [
        ("may-name", 8)
    ]


def test_memory_distributions_from_the_cards_states(every_type):
    from fsrs import Card, Scheduler

    stats = deck_stats(load_deck(every_type), hand_log(), CARDS, NOW)
    memory = stats.memory  # the four cards of the deck: stability 3, difficulty 5, a day ago
    assert [(b.label, b.cards) for b in memory.stability if b.cards] == [("1-7 days", 4)]
    assert [(b.label, b.cards) for b in memory.difficulty if b.cards] == [("40-50%", 4)]
    assert [(b.label, b.cards) for b in memory.retrievability if b.cards] == [("90-100%", 4)]
    fsrs_card = Card(stability=3.0, difficulty=5.0, last_review=NOW - DAY)
    expected = Scheduler().get_card_retrievability(fsrs_card, NOW)
    assert memory.average_retrievability == pytest.approx(expected)


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
    assert stats.tags == () and stats.leeches == () and not stats.answered
    assert stats.to_dict()["true_retention"][-1] == {
        "period": "all time", "passed": 0, "failed": 0, "retention": None,
    }  # fmt: skip
    assert stats.memory.average_retrievability is None


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
        expected = stats_report(store, [load_deck(recorded)], NOW)
    assert data == json.loads(json.dumps(expected.to_dict()))
    assert (data["now"], data["desired_retention"]) == ("2025-03-15T12:00:00+00:00", 0.9)
    deck = data["decks"][0]  # FSRS keeps the cards in learning: steps were not done same day
    assert (deck["counts"], deck["due_today"]) == ({"new": 6, "learning": 3, "review": 0}, 3)
    assert deck["true_retention"][3] == {
        "period": "last 30 days", "passed": 0, "failed": 1, "retention": 0.0,
    }  # fmt: skip
    assert deck["tags"][0] == {"tag": "loans", "answers": 9, "right": 4, "accuracy": 4 / 9}
    assert (deck["leech_lapses"], deck["leeches"]) == (8, [])
    assert deck["parameters"] == {
        "fitted": False, "scope": None, "weights": list(DEFAULT_WEIGHTS), "set_at": None,
        "reviews": 0, "before": None, "after": None, "answers_to_learn_from": 7,
        "fit_suggested": False,
    }  # fmt: skip
    advice = deck["desired_retention_advice"]
    assert 0.7 <= advice["suggested"] <= 0.95
    assert [p["retention"] for p in advice["seconds_per_question_remembered"]] == [
        0.7, 0.75, 0.8, 0.85, 0.9, 0.95,
    ]  # fmt: skip


def test_stats_in_the_terminal(recorded):
    env = {"QUIZ_NOW": NOW.isoformat(), "COLUMNS": "80", "TERM": "dumb", "NO_COLOR": "1"}
    result = CliRunner(env=env).invoke(cli, ["stats", str(recorded), "--leech-lapses", "1"])
    assert result.exit_code == 0, result.output
    lines = [line.rstrip() for line in result.stdout.splitlines()]
    assert lines[0] == "─" * 29 + " Every question type " + "─" * 30
    assert lines[1] == "new 6 · learning 3 · review 0 · due today 3"
    assert "Due, next 14 days" in lines
    assert " today       3  " + "█" * 30 in lines
    assert " Sun 16 Mar  0" in lines
    assert "FSRS parameters: defaults." in lines
    suggested = next(line for line in lines if line.startswith("Desired retention: 90% in use"))
    assert suggested.endswith("suggested (least study time per question")
    assert any(line.startswith(" 90% ") and line.endswith("← in use") for line in lines)
    assert any(line.startswith(" loans ") and line.endswith("44%") for line in lines)
    assert "Leeches (1+ lapses)" in lines
    squeezed = [" ".join(line.split()) for line in lines]
    assert "last 30 days 0 1 0.0%" in squeezed
    assert "loans-1925 1 How much had Berlin lent Moscow by 1925?" in squeezed
    assert not any(line.startswith("main-creditor") for line in squeezed)  # lapsed in learning


def test_stats_before_any_review_is_a_friendly_line_not_an_error():
    result = CliRunner().invoke(cli, ["stats"])
    assert result.exit_code == 0
    assert result.output.startswith("No reviews yet, so no statistics: name one to start")
    as_json = CliRunner(env={"QUIZ_NOW": NOW.isoformat()}).invoke(cli, ["stats", "--json"])
    assert as_json.exit_code == 0
    assert json.loads(as_json.output) == {
        "now": "2025-03-15T12:00:00+00:00", "desired_retention": 0.9, "decks": [],
    }  # fmt: skip


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


def test_true_retention_takes_the_first_answer_of_each_local_day_only():
    from quiz.srs.memory_stats import true_retention

    berlin = timezone(timedelta(hours=1))
    late = datetime(2025, 3, 14, 23, 30, tzinfo=timezone.utc)  # 00:30 on the 15th in Berlin
    log = [
        LogEntry(1, "d", "q", late, A, REVIEW, "", 1),
        LogEntry(2, "d", "q", late + timedelta(minutes=20), G, REVIEW, "", 1),  # same day
        LogEntry(3, "d", "q", late + timedelta(hours=1), G, RELEARNING, "", 1),  # not learnt
    ]
    utc_days = {t.label: (t.passed, t.failed) for t in true_retention(log, NOW)}
    berlin_days = {
        t.label: (t.passed, t.failed) for t in true_retention(log, NOW.astimezone(berlin))
    }
    assert (utc_days["yesterday"], utc_days["today"]) == ((0, 1), (0, 0))
    assert (berlin_days["yesterday"], berlin_days["today"]) == ((0, 0), (0, 1))


def test_the_simulated_learner_rates_and_takes_as_long_as_this_one():
    from fsrs_rs_python import default_simulator_config

    from quiz.srs.retention_advice import MIN_SAMPLES, simulator_config

    firsts = [LogEntry(i, "d", f"q{i}", NOW, G if i % 4 else A, NEW, "", 6000) for i in range(40)]
    reviews = [LogEntry(100 + i, "d", f"q{i}", NOW, H if i % 5 else G, REVIEW, "", 9000)
               for i in range(MIN_SAMPLES)]  # fmt: skip
    config = simulator_config(firsts + reviews, deck_size=50, new_per_day=7)
    assert (config.deck_size, config.learn_limit, config.learn_span) == (50, 7, 365)
    assert config.first_rating_prob == pytest.approx([0.25, 0.0, 0.75, 0.0])
    assert config.review_rating_prob == pytest.approx([0.8, 0.2, 0.0])
    costs, anki = config.state_rating_costs, default_simulator_config().state_rating_costs
    assert (costs[0][0], costs[0][2], costs[1][1]) == pytest.approx((6, 6, 9))
    assert costs[1][2] == anki[1][2]  # 4 Good reviews: too few to replace Anki's figure
    few = simulator_config(firsts[:5], deck_size=50, new_per_day=7)  # too few: Anki's figures
    assert few.first_rating_prob == pytest.approx([0.24, 0.094, 0.495, 0.171])
