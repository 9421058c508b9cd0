"""`quiz run --record`: practice answers saved as reviews in the real progress file."""

from __future__ import annotations

from run_helpers import ENV, right_lines, run, session_items, wrong_lines

from quiz.srs.cards import Rating, State
from quiz.srs.store import DB_NAME, Store

ARGS = ["--seed", "4", "--type", "short", "--type", "numeric", "--no-shuffle"]


def test_without_record_practice_leaves_no_progress(every_type, quiz_home):
    items = session_items([str(every_type)], 4, types=("short", "numeric"), shuffle=False)
    result = run([str(every_type), *ARGS], [line for i in items for line in right_lines(i)])
    assert result.exit_code == 0, result.output
    assert "saved as reviews" not in result.output
    assert not (quiz_home / DB_NAME).exists()


def test_record_saves_first_answers_rated_as_review_rates_them(every_type, monkeypatch):
    monkeypatch.setitem(ENV, "QUIZ_NOW", "2025-03-01T09:00:00+00:00")
    items = session_items([str(every_type)], 4, types=("short", "numeric"), shuffle=False)
    first, second, *rest = items
    lines = [*right_lines(first), *wrong_lines(second)]
    lines += [line for item in rest for line in right_lines(item)]
    lines += right_lines(second)  # the retry, after the answer was shown: not recorded
    result = run([str(every_type), *ARGS, "--record", "--retry"], lines)
    assert result.exit_code == 0, result.output
    assert "Saved as a review: Easy · next in" in result.output  # right and quick
    assert "Saved as a review: Again · next in 1 minute" in result.output
    assert result.output.rstrip().endswith(
        f"{len(items)} answers saved as reviews (see `quiz stats`)."
    )
    with Store.open() as store:
        log = store.log("every-type")
        assert [(e.question, e.rating, e.state) for e in log[:2]] == [
            (first.question.id, Rating.EASY, State.NEW),
            (second.question.id, Rating.AGAIN, State.NEW),
        ]
        assert len(log) == len(items) and log[1].answer == wrong_lines(second)[0]
        assert store.card("every-type", second.question.id).state == State.LEARNING
        assert [d.deck for d in store.tracked_decks()] == ["every-type"]  # stats finds it
