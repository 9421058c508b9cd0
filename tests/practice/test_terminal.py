"""The terminal layer as another command reuses it: a Terminal built by hand, a fake clock."""

from __future__ import annotations

import io
import random
import re

import pytest
from click.testing import CliRunner
from rich.console import Console

from quiz.answers.arrangement import Arrangement
from quiz.bank.loader import load_deck
from quiz.cli import cli
from quiz.core.console import safe_console
from quiz.practice.asking import ask, run_session, show_verdict
from quiz.practice.session import Session, select
from quiz.practice.terminal import Quit, Terminal, _read_tty


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
        term, deck, qs["main-creditor"], Arrangement(order=(0, 1, 2, 3)), "[b]Review[/b] 1 of 5"
    )
    assert (answered.answer, answered.verdict.correct, answered.seconds) == ("a", True, 4.5)
    assert script.prompts == ["Letter", "Letter"]
    assert " [b]Review[/b] 1 of 5 " in out.getvalue()  # a heading is never markup
    assert "There is no 'e' here (letters a-d). Pick one letter, a-d." in out.getvalue()


def test_card_reveals_then_asks_for_the_self_grade(questions):
    deck, qs = questions
    script = Script("", "n")
    term, out = terminal(script)
    answered = ask(term, deck, qs["term-inspetsy"], Arrangement(reverse=True))
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
    answered = ask(term, deck, qs["may-brigade-cloze"], Arrangement())
    assert script.prompts == ["[1]", "[2] a number"]
    assert (answered.answer, answered.verdict.score) == ("1930\n16", 0.5)


@pytest.mark.parametrize(
    ("line", "interrupted"), [("q", False), (" QUIT ", False), (KeyboardInterrupt(), True)]
)
def test_q_end_of_input_and_ctrl_c_raise_quit(questions, line, interrupted):
    deck, qs = questions
    term, _ = terminal(Script(line))
    with pytest.raises(Quit) as stop:
        ask(term, deck, qs["may-name"], Arrangement())
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


def test_the_prompt_is_given_to_input_so_line_editing_never_erases_it(monkeypatch):
    """readline redraws the line from the prompt it was given: printed separately,
    the prompt vanished on Backspace. Escape codes are marked as taking no room."""
    prompts = []
    monkeypatch.setattr("builtins.input", lambda prompt="": prompts.append(prompt) or "b")
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)  # readline is used on a terminal
    out = io.StringIO()
    read = _read_tty(Console(file=out, force_terminal=True, color_system="standard"))
    assert read("Letter") == "b"
    assert out.getvalue() == ""
    assert re.sub("\x01[^\x02]*\x02", "", prompts[0]) == "Letter › "
    assert "\x1b[1m" in prompts[0]  # bold, inside \x01 ... \x02
    assert "\x1b" not in re.sub("\x01[^\x02]*\x02", "", prompts[0])


ESCAPES = r"""deck: esc
title: "Title \e]0;pwned\a"
sources: [{id: s, title: "Book \e[2J", author: "A \x9b31m"}]
questions:
  - {id: c1, type: choice, prompt: "Clear \e[2J?", options: ["\e[31mred", "b"],
     answer: "b", explanation: "Why \e[5m", source: {id: s, page: 1}}
  - {id: z1, type: cloze, text: "A {{c1::x::hint \e[2J}}"}
  - {id: k1, type: card, front: "front \e[2J", back: "back \e[2J"}
"""


def test_control_characters_in_a_deck_are_refused_by_the_loader(tmp_path):
    """A deck is untrusted: escape sequences in it could clear the screen or retitle it."""
    deck = tmp_path / "esc.yaml"
    deck.write_text(ESCAPES, encoding="utf-8")
    result = CliRunner().invoke(cli, ["run", str(deck)])
    assert result.exit_code == 2
    assert f"{deck}:2:8: title: contains the control character U+001B; remove it" in result.output


def test_control_characters_typed_as_an_answer_never_reach_the_terminal(every_type):
    result = CliRunner(env={"TERM": "dumb", "COLUMNS": "80"}).invoke(
        cli, ["run", str(every_type), "--type", "choice"], input="\x1b[2Ja\n"
    )
    assert result.exit_code == 0, result.output
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", result.stdout)
    assert "\ufffd[2Ja" in result.stdout


def test_the_safe_console_keeps_its_own_styles():
    out = io.StringIO()
    console = safe_console(file=out, force_terminal=True, color_system="standard", highlight=False)
    console.print("\x1b[2J", style="bold red", end="")
    assert out.getvalue() == "\x1b[1;31m\ufffd[2J\x1b[0m"


def test_a_very_long_answer_is_cut_short_in_the_summary(questions):
    deck, _ = questions
    items = select([deck], rng=random.Random(0), types=["short"])
    term, out = terminal(Script("word " * 20_000), times=(0.0, 1.0, 2.0, 3.0))
    run_session(term, Session(items, rng=random.Random(0)))
    summary = out.getvalue().split(" Summary ")[1]
    assert len(summary.splitlines()) < 25
    assert "word word …" in " ".join(summary.split())


def test_a_forgiven_answer_is_right_and_names_what_was_forgiven(questions):
    deck, qs = questions
    term, out = terminal(Script("Ernts May"))
    answered = ask(term, deck, qs["may-name"], Arrangement())
    show_verdict(term, deck, qs["may-name"], answered)
    assert "Right — spelled 'Ernst'." in out.getvalue()


def test_piped_answers_are_never_asked_again(questions):
    deck, qs = questions
    script = Script("a hundred or two hundred", "never read")
    term, _ = terminal(script)
    term.interactive = False
    answered = ask(term, deck, qs["loans-1925"], Arrangement())
    assert script.prompts == ["Number (million marks)"]
    assert (answered.verdict.correct, answered.verdict.understood) == (False, True)
    assert answered.verdict.feedback == (
        "Not read as an answer, so counted wrong."
        " 'a hundred or two hundred' is not read as a number."
    )
