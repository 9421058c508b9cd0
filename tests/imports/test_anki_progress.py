"""`quiz import --with-progress`: Anki's review history continues in `quiz review` with
the same due dates. The collection is made and answered by the real `anki` library
(tests/imports/conftest.py); Anki's own scheduler says when each card is due.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from click.testing import CliRunner
from import_helpers import run

from quiz.bank.loader import load_deck
from quiz.cli import cli
from quiz.srs.cards import Rating, State
from quiz.srs.store import Store

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
ENV = {"COLUMNS": "80", "NO_COLOR": None, "FORCE_COLOR": None, "TERM": "dumb"}


def anki_due(card, today: int, cutoff: int) -> datetime:
    """When Anki shows the card, by Anki's own clock: a review card at the start of its
    due day (``cutoff`` ends today), a learning card at its due second."""
    if card.queue == 1:
        return datetime.fromtimestamp(card.due, timezone.utc)
    return datetime.fromtimestamp(cutoff, timezone.utc) - timedelta(days=today + 1 - card.due)


@pytest.fixture
def carried(anki_files, tmp_path):
    files, due = anki_files
    out = tmp_path / "bio.yaml"
    result = run("import", str(files["colpkg"]), "-o", str(out), "--front", "Word",
                 "--back", "Meaning", "--with-progress")  # fmt: skip
    assert result.exit_code == 0, result.output
    deck = load_deck(out)
    ids = {q.prompt_text: q.id for q in deck.questions}
    expected = {
        ids["What is a cell?"]: anki_due(*due["basic"]),
        ids["mitochondrion"]: anki_due(*due["reversed"]),
    }
    return out, deck, expected, result.output


def review(deck_path, now: datetime, answers=()):
    runner = CliRunner(env={**ENV, "QUIZ_NOW": now.isoformat()})
    lines = "".join(f"{a}\n" for a in answers)
    return runner.invoke(cli, ["review", str(deck_path), "--new", "0"], input=lines)


def test_each_answered_card_keeps_anki_s_due_date_memory_and_history(carried, anki_files):
    _, deck, expected, output = carried
    anki_card = anki_files[1]["basic"][0]
    assert output.splitlines()[-1] == (
        "progress: 3 cards scheduled as in Anki (3 answers added to the review log)"
    )
    with Store.open() as store:
        for question, due in expected.items():
            card = store.card(deck.id, question)
            assert card is not None and card.due == due.replace(microsecond=0)
        card = store.card(deck.id, basic_id(expected))
        assert card.state == State.REVIEW
        memory = anki_card.memory_state  # Anki used FSRS: its memory state is kept
        assert (card.stability, card.difficulty) == pytest.approx(
            (memory.stability, memory.difficulty), rel=1e-3
        )
        log = [(e.rating, e.state) for e in store.log(deck.id) if e.question == basic_id(expected)]
        assert log == [(Rating.EASY, State.NEW)]
        store.rebuild()  # the cache is rebuilt from the log: Anki's dates stay
        for question, due in expected.items():
            assert store.card(deck.id, question).due == due.replace(microsecond=0)


def basic_id(expected) -> str:
    return next(iter(expected))


def test_quiz_review_asks_the_card_on_anki_s_due_day_and_not_the_day_before(carried):
    """Anki's day starts at its rollover hour (4 am), quiz's at midnight: the same date."""
    out, _, expected, _ = carried
    due_day = expected[basic_id(expected)].astimezone().replace(hour=0, minute=0, second=0)
    answers = ["", "3"] * 12  # shows the answer, rates Good; a cloze takes two lines
    before = review(out, due_day - timedelta(minutes=1), answers)
    assert before.exit_code == 0, before.output
    assert "Reviewed" in before.output and "What is a cell?" not in before.output
    on_the_day = review(out, due_day + timedelta(minutes=1), answers)
    assert on_the_day.exit_code == 0, on_the_day.output
    assert "What is a cell?" in on_the_day.output


def test_a_second_import_adds_no_answers_twice(carried, anki_files):
    out, deck, _, _ = carried
    files, _ = anki_files
    again = run("import", str(files["colpkg"]), "-o", str(out), "--front", "Word",
                "--back", "Meaning", "--with-progress", "--force")  # fmt: skip
    assert again.exit_code == 0
    assert again.output.splitlines()[-1] == (
        "progress: 0 cards scheduled as in Anki (0 answers added to the review log)"
    )
    with Store.open() as store:
        assert len(store.log(deck.id)) == 3


def test_progress_is_only_read_from_anki_packages(tmp_path):
    path = tmp_path / "cards.csv"
    path.write_text("front,back\nRapallo,1922\n")
    result = run("import", str(path), "-o", str(tmp_path / "d.yaml"), "--with-progress")
    assert result.exit_code == 2
    assert (
        result.output == "--with-progress reads Anki's review history: give an .apkg or .colpkg\n"
    )
