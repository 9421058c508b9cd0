"""What may be printed to a terminal: every line quiz shows goes through here.

Text from decks, answers, file names, documents and response sheets is data. It
reaches the terminal by one of three paths, each cleaned here:

- :func:`echo` for plain lines (messages, warnings, errors, reports): every control
  character (ESC starts a terminal command) and lone surrogate becomes ``�``, and the
  line stays one line (:func:`one_line`): a file or student name holding a line feed
  cannot forge a line of output; :func:`echo_text` prints text made of several lines;
- :func:`echo_json` for ``--json`` output: JSON escapes C0 controls itself; DEL and
  C1 controls (0x80-0x9f, CSI among them) are escaped here too;
- :func:`safe_console` for rich output: a Console that cleans every segment it
  writes and never reads data as markup (``[bold]``) or emoji codes (``:100:``); a
  name placed in a line or a table cell goes through :func:`one_line` (:func:`cell`).

rich is imported inside the functions.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

# All controls but \t and \n, and lone surrogates (bytes that were not UTF-8).
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# Direction overrides and isolates: invisible, they reorder what follows ("Ann<RLO>exe.pdf"
# reads "Annfdp.exe"), so they are shown as their code point instead.
DIRECTION_CONTROLS = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
# What breaks a line or jumps along it, shown as a visible mark where a value must stay on
# one line (a file name in "path:line: message", a student's name in a table cell).
LINE_BREAKS = {"\n": "⏎", "\r": "␍", "\t": "␉", "\u2028": "⟨U+2028⟩", "\u2029": "⟨U+2029⟩"}
_LINE_BREAK = re.compile("[" + "".join(LINE_BREAKS) + "]")
# Spaces at the end of a line (rich pads table cells and wrapped lines to the width),
# with any style codes after them kept.
_TRAILING_SPACES = re.compile(r"[ \u00a0]+((?:\x1b\[[0-9;]*m)*)(?=\n)")
_NO_BREAK_WORD = re.compile(r"[^\S\u00a0\u202f]*[\S\u00a0\u202f]+[^\S\u00a0\u202f]*")
_C1 = re.compile(r"[\x7f-\x9f]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")


def printable(text: str) -> str:
    """Text with every control character (ESC starts a terminal command) shown as �, and
    every direction override as its code point, ``⟨U+202E⟩``."""
    text = CONTROL_CHARACTERS.sub("\ufffd", text)
    return DIRECTION_CONTROLS.sub(lambda m: f"⟨U+{ord(m[0]):04X}⟩", text)


def one_line(text: str) -> str:
    """:func:`printable` text that stays on one line: a line feed shows as ``⏎``, a carriage
    return as ``␍``, a tab as ``␉``, a line or paragraph separator as its code point."""
    return printable(_LINE_BREAK.sub(lambda m: LINE_BREAKS[m[0]], text))


def cell(text: str) -> Text:
    """A rich table cell (or a piece of a line) holding a value from data: one line, no markup."""
    from rich.text import Text

    return Text(one_line(text))


def echo(text: str = "", *, err: bool = False, nl: bool = True) -> None:
    """Print one line that may hold data (a name, a file name, a value): whatever the data
    holds, it stays one line (:func:`one_line`)."""
    click.echo(one_line(text), err=err, nl=nl)


def echo_lines(lines: Iterable[str], *, err: bool = False) -> None:
    """Print each of ``lines`` as one line (:func:`echo`)."""
    for line in lines:
        echo(line, err=err)


def echo_text(text: str, *, nl: bool = True) -> None:
    """Print a text of several lines that quiz made (a YAML document, a reference page) and
    whose data is escaped for its format already; only control characters are cleaned."""
    click.echo(printable(text), nl=nl)


def echo_json(data: Any) -> None:
    """Print ``data`` as indented JSON with no raw control character in it."""
    text = json.dumps(data, indent=2, ensure_ascii=False)
    text = _SURROGATES.sub("\ufffd", text)
    click.echo(_C1.sub(lambda m: f"\\u{ord(m.group()):04x}", text))


def listing(title: str, **options: Any) -> Table:
    """The one style of the tables under a summary: a rule below the header, title left."""
    from rich import box
    from rich.table import Table

    return Table(box=box.SIMPLE_HEAD, show_edge=False, title=title, title_justify="left", **options)


def safe_console(**options: Any) -> Console:
    """A rich Console whose text never carries control characters, whatever it prints,
    and that reads no markup or emoji codes in strings (style with ``style=`` or Text).

    The filter sits where rich turns segments into output, after styling: rich's own
    escape codes (colour, cursor) are added there and pass; text from decks and
    answers is cleaned on every path (prints, tables, prompts) in one place. Lines end
    without the spaces rich pads them with (tables, wrapped text).
    """
    from rich.console import Console
    from rich.segment import Segment

    # A no-break space glues what it joins ("1 000" in a hint never splits at a line's
    # end): rich's wrapper reads it as a space to break at, so it is read as a letter.
    # The pattern is rich's own (rich._wrap.re_word, rich 13 to 15): should a later rich
    # move it, lines may break there again, and nothing else changes.
    with contextlib.suppress(ImportError):
        from rich import _wrap

        if hasattr(_wrap, "re_word"):
            _wrap.re_word = _NO_BREAK_WORD

    class SafeConsole(Console):
        def _render_buffer(self, buffer: Any) -> str:
            text = super()._render_buffer(
                s if s.control else Segment(printable(s.text), s.style) for s in buffer
            )
            return _TRAILING_SPACES.sub(r"\1", text)

    options.setdefault("markup", False)
    options.setdefault("emoji", False)
    return SafeConsole(**options)
