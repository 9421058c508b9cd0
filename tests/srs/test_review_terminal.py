"""How a terminal answer becomes an FSRS rating: the Easy limit grows with what is shown."""

from __future__ import annotations

import io
import random

import pytest
from rich.console import Console

from quiz.answers.arrangement import arrange
from quiz.bank.model import Choice, Deck, Flashcard, Short
from quiz.practice.terminal import Terminal
from quiz.srs.cards import Rating
from quiz.srs.queue import Due
from quiz.srs.terminal import ask_one

OPTIONS = tuple(f"Option number {n} with some forty characters of text" for n in range(4))
CHOICE = Choice(id="c", prompt="Which one?", options=OPTIONS, answer=OPTIONS[0])
SHORT = Short(id="s", prompt="Which one?", answer="Ernst May")
DECK = Deck(id="d", title="D", questions=(CHOICE, SHORT))


def answer_after(q, seconds, typed=None):
    """Ask ``q``, answering right (or ``typed``) after ``seconds``; the rating given."""
    now = [0.0]
    arrangement = arrange(q, random.Random(1))
    if typed is None:  # the right answer: the name, or the letter the answer got
        typed = "Ernst May" if q is SHORT else "abcd"[arrangement.order.index(0)]

    def read(prompt: str) -> str:
        now[0] += seconds
        return typed

    term = Terminal(Console(file=io.StringIO()), read, lambda: now[0])
    answered, rating = ask_one(term, Due(DECK, q, None), arrangement, "Question 1")
    assert answered.seconds == seconds
    return rating


@pytest.mark.parametrize(
    ("q", "seconds", "expected"),
    [
        # choice: 10 + 4 x 50 characters shown, 1 typed: Easy under 2 + 10.5 + 0.2 s
        (CHOICE, 12.6, Rating.EASY),
        (CHOICE, 12.8, Rating.GOOD),
        # short: 10 characters shown, 9 typed: Easy under 2 + 0.5 + 1.8 s
        (SHORT, 4.2, Rating.EASY),
        (SHORT, 4.4, Rating.GOOD),
    ],
)
def test_a_right_answer_is_easy_only_within_a_limit_scaled_to_the_question(q, seconds, expected):
    assert answer_after(q, seconds) == expected


def test_wrong_and_skipped_answers_are_again():
    assert answer_after(SHORT, 1.0, typed="Bruno Taut") == Rating.AGAIN
    assert answer_after(SHORT, 1.0, typed="") == Rating.AGAIN


CARD = Flashcard(id="k", front="inspetsy", back="foreign specialists")


def test_piped_review_counts_an_unreadable_answer_wrong_and_moves_on():
    """Piped in, one line is one answer: 'Ernst?' is not asked again; 'maybe' rates Again."""
    for q, lines in ((SHORT, ["Ernst?"]), (CHOICE, ["z"]), (CARD, ["", "maybe"])):
        out, typed = io.StringIO(), iter(lines)
        read = typed.__next__
        term = Terminal(Console(file=out), lambda _, r=read: r(), lambda: 0.0, interactive=False)
        answered, rating = ask_one(term, Due(DECK, q, None), arrange(q, random.Random(1)), "Q")
        assert rating == Rating.AGAIN
        assert next(typed, None) is None  # every line read, none asked for twice
        if q is CHOICE:
            assert answered.verdict.feedback.startswith("Not read as an answer, so counted wrong.")
        if q is CARD:
            assert "Not read as a rating, so counted as 1 (again)." in out.getvalue()
