"""`quiz review` at a terminal, on top of the `quiz run` terminal layer.

Questions are shown and checked by :func:`quiz.practice.asking.ask` exactly as in
``quiz run``; the answer is saved (committed) before its verdict is printed, so
what the learner has seen judged is what is kept. Self-graded ``card`` questions
are shown with :func:`quiz.practice.asking.show_question` and rated 1-4 instead of y/n.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime

from quiz.answers.arrangement import (
    Arrangement,
    arrange,
    choices_shown,
    cloze_numbered,
    kind_label,
    match_left_shown,
)
from quiz.answers.judge import grade_card
from quiz.bank.model import Cloze, Deck, Flashcard, Match, Question
from quiz.core.console import cell, one_line
from quiz.core.words import noun, plural
from quiz.practice.asking import Answered, ask, reveal, show_question, show_verdict
from quiz.practice.terminal import Terminal, ask_until_quit, read_until
from quiz.srs.cards import Rating
from quiz.srs.queue import LEARN_AHEAD, Due, Review, ReviewSummary, at, until
from quiz.srs.scheduler import fast_limit, rating_for

CARD_RATINGS = {"1": 1, "2": 2, "3": 3, "4": 4, "n": 1, "y": 3}
RATING_PROMPT = "How well did you know it? 1 again, 2 hard, 3 good, 4 easy"


def shown_chars(q: Question, arrangement: Arrangement) -> int:
    """How much text the question shows (prompt, options, match rows): for the Easy limit."""
    text = cloze_numbered(q.text) if isinstance(q, Cloze) else q.prompt_text
    extra = [t for _, t in choices_shown(q, arrangement)]
    if isinstance(q, Match):
        extra += [t for _, t in match_left_shown(q, arrangement)]
    return len(text) + sum(len(t) for t in extra)


def ask_card(
    term: Terminal, deck: Deck, q: Flashcard, arrangement: Arrangement, heading: str
) -> tuple[Answered, Rating]:
    """Show the front, reveal the back on Enter, read the learner's own 1-4 rating."""
    show_question(term, deck, q, arrangement, heading)
    start = term.clock()
    reveal(term, q, arrangement)
    typed = read_until(
        term,
        lambda: term.answer(RATING_PROMPT).strip().casefold(),
        lambda typed: typed in CARD_RATINGS,
        lambda _: "Type 1, 2, 3 or 4 (or y / n).",
    )
    if typed not in CARD_RATINGS:  # piped in and unreadable: nobody to ask again
        note = "Not read as a rating, so counted as 1 (again)."
        term.console.print(note, style="yellow", markup=False)
    rating = Rating(CARD_RATINGS.get(typed, Rating.AGAIN))
    verdict = grade_card(q, rating > Rating.AGAIN, arrangement)
    return Answered(typed, verdict, max(0.0, term.clock() - start)), rating


def ask_one(
    term: Terminal, due: Due, arrangement: Arrangement, heading: str
) -> tuple[Answered, Rating]:
    q = due.question
    if isinstance(q, Flashcard):
        return ask_card(term, due.deck, q, arrangement, heading)
    answered = ask(term, due.deck, q, arrangement, heading)
    limit = fast_limit(shown_chars(q, arrangement), len(answered.answer))
    verdict = answered.verdict
    return answered, rating_for(verdict.correct, verdict.score, answered.seconds, limit)


def run_review(
    term: Terminal, review: Review, now: Callable[[], datetime], rng: random.Random
) -> ReviewSummary:
    """Ask until nothing is due (or the limit, or q), then print the summary."""
    start = now()
    before = review.summary(start)
    due = review.next(start)
    if due is None:
        term.console.print(nothing_due(review, before, start), markup=False)
        return before
    show_intro(term, review, before)
    queue = [due]

    def step() -> bool:
        due = queue.pop() if queue else review.next(now())
        if due is None:
            return False
        arrangement = arrange(due.question, rng)
        kind = kind_label(due.question, arrangement)
        heading = f"Question {len(review.answers) + 1} · {due.label} · {kind}"
        answered, rating = ask_one(term, due, arrangement, heading)
        moment = now()
        card, _ = review.record(
            due, rating, moment, answer=answered.answer, duration_ms=round(answered.seconds * 1000)
        )
        show_verdict(term, due.deck, due.question, answered)
        saved = f"Saved: {rating.name.title()} · next {until(moment, card.due_at)}"
        term.console.print(saved, style="dim", markup=False)
        return True

    stopped = ask_until_quit(term, step)
    summary = review.summary(now())
    show_summary(term, summary, now())
    if stopped and stopped.interrupted:
        raise KeyboardInterrupt
    return summary


def show_intro(term: Terminal, review: Review, summary: ReviewSummary) -> None:
    """The decks and what this session will ask: due, new, and learning steps coming up."""
    titles = " + ".join(d.title for d in review.decks.values())
    soon = summary.learning_soon
    minutes = round(LEARN_AHEAD.total_seconds() / 60)
    later = f" · {soon} in learning, due within {minutes} minutes" if soon else ""
    term.console.print(
        cell(f"{titles} · {summary.due_now} due · {summary.new_today} new{later}"), style="bold"
    )
    term.console.print("Type q to stop; each answer is saved as soon as you give it.")


def next_lines(summary: ReviewSummary, now: datetime) -> list[str]:
    lines = []
    if summary.next_due is not None and summary.next_due <= now:
        lines.append(f"Still due today {summary.due_today}, tomorrow {summary.due_tomorrow}.")
    elif summary.next_due is not None:
        lines.append(
            f"Next due {until(now, summary.next_due)} ({at(now, summary.next_due)}); "
            f"due today {summary.due_today}, tomorrow {summary.due_tomorrow}."
        )
    if summary.new_today:
        n = summary.new_today
        lines.append(f"{plural(n, 'new question')} left for today.")
    elif summary.new_waiting:
        n = summary.new_waiting
        lines.append(f"{plural(n, 'new question')} {noun(n, 'waits', 'wait')} for the coming days.")
    return lines


def nothing_due(review: Review, summary: ReviewSummary, now: datetime) -> str:
    titles = " + ".join(d.title for d in review.decks.values())
    return "\n".join([one_line(f"Nothing due in {titles}."), *next_lines(summary, now)])


def show_summary(term: Terminal, summary: ReviewSummary, now: datetime) -> None:
    from rich.rule import Rule

    term.console.print()
    term.console.print(Rule("Reviewed", style="bold"))
    counts = ", ".join(f"{summary.ratings[r]} {r.name.lower()}" for r in Rating)
    n = summary.answered
    what = plural(n, "question")
    if n:
        what += f" ({summary.new} new): {counts}"
    term.console.print(f"Answered {what}.", markup=False)
    for line in next_lines(summary, now):
        term.console.print(line, markup=False)
