"""Scripted `quiz run` sessions for the run tests: the right and wrong lines to type.

Options are shuffled in every session; the scripts know the right letters by
building the same session with the same seed through the pure engine
(``select`` with ``random.Random(seed)``, exactly as the command does).
"""

from __future__ import annotations

import random
import re

from click.testing import CliRunner

from quiz.answers.arrangement import choices_shown, letter
from quiz.bank.library import load_decks
from quiz.bank.model import Choice, Cloze, Flashcard, Match, Multi, Numeric, Order, Short, TrueFalse
from quiz.cli import cli
from quiz.exams.paper import CLOZE_SEPARATOR, written_answer
from quiz.practice.session import select

ENV = {"COLUMNS": "80", "NO_COLOR": None, "FORCE_COLOR": None, "TERM": "dumb"}


def session_items(decks, seed, **options):
    return select(load_decks(decks), rng=random.Random(seed), **options)


def right_lines(item):
    q, arrangement = item.question, item.arrangement
    if isinstance(q, Flashcard):
        return ["", "y"]
    return written_answer(q, arrangement).split(CLOZE_SEPARATOR)


def wrong_lines(item):
    q, arrangement = item.question, item.arrangement
    shown = choices_shown(q, arrangement)
    if isinstance(q, Flashcard):
        return ["", "n"]
    if isinstance(q, Cloze):
        return ["zzz"] * len(q.deletions)
    if isinstance(q, Choice):
        return [next(key for key, text in shown if text != q.answer)]
    if isinstance(q, Multi):
        return [" ".join(key for key, text in shown if text not in q.answers)]
    if isinstance(q, TrueFalse):
        return [next(key for key, text in shown if text != str(q.answer))]
    if isinstance(q, Short):
        return ["zzz"]
    if isinstance(q, Numeric):
        return [str(q.answer + q.tolerance + 1000)]
    if isinstance(q, Order):
        return [" ".join(reversed(written_answer(q, arrangement).split()))]
    assert isinstance(q, Match)
    n = len(q.pairs)  # every row paired with the next row's letter: all pairs wrong, one line
    pairs = (
        f"{row + 1}{letter((arrangement.order.index(p) + 1) % n)}"
        for row, p in enumerate(arrangement.left)
    )
    return [" ".join(pairs)]


def run(args, lines):
    return CliRunner(env=ENV).invoke(cli, ["run", *args], input="".join(f"{x}\n" for x in lines))


def flat(text):
    return " ".join(text.split())


def normalise_time(text):
    return re.sub(r"· \d+ (min \d+ )?s\n", "· 0 s\n", text)
