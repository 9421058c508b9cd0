"""The terminal layer as another command reuses it: a Terminal built by hand, a fake clock."""

from __future__ import annotations

import io
import random

import pytest
from rich.console import Console

from quiz.layout import Layout
from quiz.loader import load_deck
from quiz.session import Session, select
from quiz.terminal import Quit, Terminal, ask, run_session, show_verdict


class Script:
    """Lines to 'type', then end of input; records the prompts it was shown."""

    def __init__(self, *lines):
        self.lines = list(lines)
        self.prompts = []

    def __call__(self, prompt):
        self.prompts.append(prompt)
        if not self.lines:
            raise EOFError
        line = self.lines.pop(0)
        if isinstance(line, BaseException):
            raise line
        return line


def clock(*times):
    ticks = iter(times)
    return lambda: next(ticks)


def terminal(script, times=(0.0, 1.0)):
    out = io.StringIO()
    return Terminal(Console(file=out, width=70, color_system=None), script, clock(*times)), out


@pytest.fixture
def questions(every_type):
    deck = load_deck(every_type)
    return deck, {q.id: q for q in deck.questions}


def test_ask_rereads_until_understood_and_times_with_the_clock(questions):
    deck, qs = questions
    script = Script("e", "a")
    term, out = terminal(script, times=(10.0, 14.5))
    answered = ask(
        term, deck, qs["main-creditor"], Layout(order=(0, 1, 2, 3)), "[b]Review[/b] 1 of 5"
    )
    assert (answered.answer, answered.verdict.correct, answered.seconds) == ("a", True, 4.5)
    assert script.prompts == ["Letter", "Letter"]
    assert " [b]Review[/b] 1 of 5 " in out.getvalue()  # a heading is never markup
    assert "There is no 'e' here: answer with letters a-d." in out.getvalue()


def test_card_reveals_then_asks_for_the_self_grade(questions):
    deck, qs = questions
    script = Script("", "n")
    term, out = terminal(script)
    answered = ask(term, deck, qs["term-inspetsy"], Layout(reverse=True))
    assert script.prompts == ["Enter shows the answer", "Did you know it? (y/n)"]
    assert out.getvalue().split("\n")[2:4] == [
        "foreign specialists working in the USSR",
        "inspetsy",
    ]
    show_verdict(term, deck, qs["term-inspetsy"], answered)
    assert "Not yet.\nA Soviet-style contraction" in out.getvalue()


def test_cloze_asks_each_blank_with_its_hint(questions):
    deck, qs = questions
    script = Script("1930", "16")
    term, _ = terminal(script)
    answered = ask(term, deck, qs["may-brigade-cloze"], Layout())
    assert script.prompts == ["[1]", "[2] a number"]
    assert (answered.answer, answered.verdict.score) == ("1930\n16", 0.5)


@pytest.mark.parametrize(
    ("line", "interrupted"), [("q", False), (" QUIT ", False), (KeyboardInterrupt(), True)]
)
def test_q_end_of_input_and_ctrl_c_raise_quit(questions, line, interrupted):
    deck, qs = questions
    term, _ = terminal(Script(line))
    with pytest.raises(Quit) as stop:
        ask(term, deck, qs["may-name"], Layout())
    assert stop.value.interrupted is interrupted


def test_run_session_times_the_whole_session(questions):
    deck, _ = questions
    items = select([deck], rng=random.Random(0), types=["short", "true_false"], shuffle=False)
    term, out = terminal(Script("f", "May"), times=(0.0, 2.0, 3.0, 5.0, 65.0))
    summary = run_session(term, Session(items, rng=random.Random(0), started=0.0))
    assert (summary.percent, summary.seconds) == (100.0, 65.0)
    assert "Score 100% · 2 of 2 points · 2 right, 0 wrong · 1 min 5 s" in out.getvalue()


def test_ctrl_c_in_a_session_prints_the_summary_then_interrupts(questions):
    deck, _ = questions
    items = select([deck], rng=random.Random(0), types=["short", "true_false"], shuffle=False)
    term, out = terminal(Script("f", KeyboardInterrupt()), times=(0.0, 1.0, 2.0, 3.0))
    with pytest.raises(KeyboardInterrupt):
        run_session(term, Session(items, rng=random.Random(0)))
    assert "Stopped after 1 of 2 questions." in out.getvalue()
