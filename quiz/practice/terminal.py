"""The quiz at a terminal: show a question, read the answer, show the verdict and summary.

Reuse (``quiz review`` and anything else that asks questions at a terminal)::

    from quiz.practice.terminal import Quit, Terminal, ask, show_verdict

    term = Terminal.open()                    # rich console + a line reader for this stdin
    try:
        answered = ask(term, deck, question, arrangement, heading="Review 1 of 20")
    except Quit:                              # q, Ctrl-D or Ctrl-C: stop cleanly
        ...
    show_verdict(term, deck, question, answered)   # right/wrong, answer, explanation, source
    rating = term.read("How hard was it? (1-4)")  # your own follow-up prompt

``ask`` re-asks until the answer can be read (a letter out of range, say) and
returns :class:`Answered` (text, :class:`~quiz.answers.judge.Verdict`, seconds taken,
timed with ``term.clock``). Only an interactive terminal asks again: when answers
are piped in, one line is one answer, so an unreadable one is counted wrong with a
note (:func:`~quiz.answers.judge.counted_wrong`) and the next line answers the next
question. For tests build ``Terminal(console, read, clock)``
yourself. Deck text is always printed literally, never as rich markup. Colour
follows rich: none when ``NO_COLOR`` is set or stdout is not a terminal. When
stdin is not a terminal, answers are read one per line and echoed after the
prompt, so a scripted session reads like a typed one.

rich is imported inside functions: importing this module stays cheap.
"""

from __future__ import annotations

import contextlib
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from quiz.answers.arrangement import (
    Arrangement,
    card_sides,
    choices_shown,
    cloze_numbered,
    kind_label,
    letter,
    match_left_shown,
)
from quiz.answers.judge import Verdict, check_answer, check_card, check_cloze, counted_wrong
from quiz.answers.lexicon import deck_lexicon
from quiz.bank.model import (
    Cloze,
    Deck,
    Flashcard,
    Match,
    Multi,
    Numeric,
    Order,
    Question,
    TrueFalse,
)
from quiz.core.console import safe_console
from quiz.core.words import plural
from quiz.practice.view import render_summary, render_verdict

if TYPE_CHECKING:
    from rich.console import Console

    from quiz.practice.session import Item, Result, Session, SessionSummary

QUIT_WORDS = frozenset({"q", "quit", ":q"})
DRAFT_NOTE = "Draft: machine-drafted, not yet checked by the deck's author; it may be wrong."


class Quit(Exception):
    """The person typed q, pressed Ctrl-D (end of input) or Ctrl-C."""

    def __init__(self, interrupted: bool = False):
        super().__init__("interrupted" if interrupted else "quit")
        self.interrupted = interrupted


@dataclass
class Terminal:
    """Where questions are shown and answers read; every part replaceable for tests."""

    console: Console
    read: Callable[[str], str]  # prompt -> one line; EOFError at end, KeyboardInterrupt on ^C
    clock: Callable[[], float] = field(default=time.monotonic)
    interactive: bool = True  # a person at a keyboard: unreadable answers are asked again

    @classmethod
    def open(cls, clock: Callable[[], float] = time.monotonic) -> Terminal:
        with contextlib.suppress(AttributeError, ValueError):  # bytes that are not UTF-8
            sys.stdin.reconfigure(errors="surrogateescape")  # type: ignore[union-attr]
        console = safe_console(highlight=False, soft_wrap=False)
        tty = sys.stdin.isatty()
        reader = _read_tty(console) if tty else _read_script(console)
        return cls(console, reader, clock, interactive=tty)

    def answer(self, prompt: str) -> str:
        """Read one answer; raise Quit on q, Ctrl-D or Ctrl-C."""
        try:
            text = self.read(prompt)
        except EOFError:
            self.console.print()
            raise Quit() from None
        except KeyboardInterrupt:
            self.console.print()
            raise Quit(interrupted=True) from None
        text = typed(text)
        if text.strip().casefold() in QUIT_WORDS:
            raise Quit()
        return text


def typed(text: str) -> str:
    """What was typed, as text to judge and keep: bytes that were not UTF-8 (read as
    surrogates) become �, so the answer can be saved and printed like any other."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeError:
        return re.sub(r"[\ud800-\udfff]", "\ufffd", text)


def _read_tty(console: Console) -> Callable[[str], str]:
    """input() with line editing, given the styled prompt itself.

    readline redraws the line from the prompt input() was given, so a prompt printed
    separately (as rich's Console.input does) vanishes on Backspace. Its escape codes
    are wrapped in \\x01 ... \\x02 so readline knows they take no room.
    """
    editing = False
    with contextlib.suppress(ImportError):  # line editing for input(); not on every platform
        import readline  # noqa: F401

        editing = True

    def read(prompt: str) -> str:
        from rich.text import Text

        with console.capture() as captured:
            console.print(Text.assemble((prompt, "bold"), " › "), end="", soft_wrap=True)
        styled = captured.get()
        if editing and sys.stdout.isatty():  # else input() does not use readline
            styled = re.sub(r"(\x1b\[[0-9;]*m)", "\x01\\1\x02", styled)
        return input(styled)

    return read


def _read_script(console: Console) -> Callable[[str], str]:
    """One answer per line from a non-terminal stdin, echoed after the prompt."""

    def read(prompt: str) -> str:
        line = sys.stdin.readline()
        if not line:
            raise EOFError
        text = line.rstrip("\r\n")
        console.print(f"{prompt} › {text}", markup=False, highlight=False)
        return text

    return read


@dataclass(frozen=True)
class Answered:
    answer: str  # what was typed (blanks of a cloze joined by newlines)
    verdict: Verdict
    seconds: float


def _hint(q: Question, arrangement: Arrangement) -> str:
    n = len(arrangement.order)
    if isinstance(q, Multi):
        return "Letters (e.g. a c)"
    if isinstance(q, TrueFalse):
        return "True or false? (t/f)"
    if isinstance(q, Order):
        return f"Order (e.g. {' '.join(letter(i) for i in reversed(range(n)))})"
    if isinstance(q, Match):
        return "Pairs (e.g. " + " ".join(f"{i + 1}{letter(i)}" for i in range(min(n, 3))) + ")"
    if isinstance(q, Numeric):
        return "Year" if q.unit == "year" else f"Number ({q.unit})" if q.unit else "Number"
    return "Letter" if arrangement.order else "Answer"


def show_question(
    term: Terminal, deck: Deck, q: Question, arrangement: Arrangement, heading: str = ""
) -> None:
    """The question as text, options lettered (no prompt)."""
    from rich.table import Table
    from rich.text import Text

    out = term.console
    out.print()
    out.rule(Text(heading or q.type), style="dim")  # Text: a heading is never markup
    if q.draft:
        out.print(DRAFT_NOTE, style="yellow")
    if q.image:
        where = deck.path.parent / q.image if deck.path else q.image
        out.print(f"Image: {where}", markup=False, style="dim")
    if isinstance(q, Flashcard):
        out.print(card_sides(q, arrangement)[0], markup=False, style="bold")
        return
    text = cloze_numbered(q.text) if isinstance(q, Cloze) else q.prompt_text
    out.print(text, markup=False, style="bold")
    if isinstance(q, Match):
        grid = Table.grid(padding=(0, 4))
        rights = choices_shown(q, arrangement)
        lefts = match_left_shown(q, arrangement)
        for i, (key, right) in enumerate(rights):  # spares make the right column longer
            grid.add_row(
                f"  {lefts[i][0]}. {lefts[i][1]}" if i < len(lefts) else "", f"{key}) {right}"
            )
        out.print(grid, markup=False)
    elif not isinstance(q, TrueFalse):
        for key, text in choices_shown(q, arrangement):
            out.print(f"  {key}) {text}", markup=False)


def ask(
    term: Terminal, deck: Deck, q: Question, arrangement: Arrangement, heading: str = ""
) -> Answered:
    """Show the question, read answers until one can be read, check it. Raises Quit."""
    show_question(term, deck, q, arrangement, heading)
    start = term.clock()
    if isinstance(q, Flashcard):
        reveal(term, q, arrangement)

    lexicon = deck_lexicon(deck)

    def read() -> tuple[str, Verdict]:
        if isinstance(q, Cloze):
            blanks = [
                term.answer(f"[{n}]" + (f" {d.hint}" if d.hint else ""))
                for n, d in enumerate(q.deletions, start=1)
            ]
            return "\n".join(blanks), check_cloze(q, blanks, lexicon=lexicon)
        if isinstance(q, Flashcard):
            answer = term.answer("Did you know it? (y/n)")
            return answer, check_card(q, answer, arrangement)
        answer = term.answer(_hint(q, arrangement))
        return answer, check_answer(q, answer, arrangement, lexicon)

    answer, verdict = read_until(
        term, read, lambda got: got[1].understood, lambda got: got[1].feedback
    )
    return Answered(answer, counted_wrong(verdict), max(0.0, term.clock() - start))


def reveal(term: Terminal, card: Flashcard, arrangement: Arrangement) -> None:
    """Wait for Enter, then show the card's hidden side."""
    term.answer("Enter shows the answer")
    term.console.print(card_sides(card, arrangement)[1], markup=False, style="bold")


T = TypeVar("T")


def read_until(
    term: Terminal,
    read: Callable[[], T],
    readable: Callable[[T], bool],
    hint: Callable[[T], str],
) -> T:
    """Read answers until one can be read, printing a hint after each that cannot.

    The one prompt loop of `quiz run` and `quiz review`; q, Ctrl-D and Ctrl-C raise
    :class:`Quit` from ``term.answer``. A terminal that is not interactive (answers
    piped in, one per line) is never asked again: the first answer is returned,
    readable or not, for the caller to count wrong.
    """
    while not readable(got := read()) and term.interactive:
        term.console.print(hint(got), style="yellow", markup=False)
    return got


def ask_until_quit(term: Terminal, step: Callable[[], bool]) -> Quit | None:
    """Call ``step`` (ask one question) until it returns False or the learner quits;
    returns the :class:`Quit` if they did, so the caller can show its summary first."""
    try:
        while step():
            pass
    except Quit as stop:
        return stop
    return None


def show_verdict(term: Terminal, deck: Deck, q: Question, answered: Answered) -> None:
    """Right/wrong/partly right, the correct answer, the explanation and the source."""
    term.console.print(render_verdict(deck, q, answered.verdict))


def run_session(
    term: Terminal, session: Session, record: Callable[[Result], str | None] | None = None
) -> SessionSummary:
    """Ask every item of the session, then show and return the summary; ``record`` (quiz
    run --record) is given each result after its verdict, and a line it returns shown."""
    show_intro(term, session)

    def step() -> bool:
        item = session.next_item()
        if item is None:
            return False
        if item.attempt > 1 and all(r.item.attempt == 1 for r in session.results):
            term.console.print()
            term.console.print("Now the questions you missed, until right:", style="bold")
        answered = ask(term, item.deck, item.question, item.arrangement, _heading(session, item))
        result = session.record(item, answered.answer, answered.verdict, answered.seconds)
        show_verdict(term, item.deck, item.question, answered)
        if record and (saved := record(result)):
            term.console.print(saved, style="dim", markup=False)
        return True

    stopped = ask_until_quit(term, step)
    summary = session.summary(term.clock())
    show_summary(term, summary)
    if stopped and stopped.interrupted:
        raise KeyboardInterrupt
    return summary


def show_intro(term: Terminal, session: Session) -> None:
    titles = dict.fromkeys(item.deck.title for item in session.items)
    count = plural(session.planned, "question")
    term.console.print(f"{' + '.join(titles)} · {count}", markup=False, style="bold")
    term.console.print("Type q to stop and see your score; Enter alone skips a question.")


def _heading(session: Session, item: Item) -> str:
    kind = kind_label(item.question, item.arrangement)
    if item.attempt > 1:
        return f"Again · {kind}"
    number = sum(r.item.attempt == 1 for r in session.results) + 1
    return f"Question {number} of {session.planned} · {kind}"


def show_summary(term: Terminal, summary: SessionSummary) -> None:
    term.console.print()
    term.console.print(render_summary(summary))
