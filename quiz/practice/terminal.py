"""The terminal questions are asked at: a rich console for output and a line reader for
answers (q, Ctrl-D and Ctrl-C quit). Asking a question on it is :mod:`quiz.practice.asking`.

Reuse (``quiz review`` and anything else that asks questions at a terminal)::

    from quiz.practice.asking import ask, show_verdict
    from quiz.practice.terminal import Quit, Terminal

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

from quiz.core.console import safe_console

if TYPE_CHECKING:
    from rich.console import Console


QUIT_WORDS = frozenset({"q", "quit", ":q"})


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
