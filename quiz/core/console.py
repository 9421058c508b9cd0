"""What may be printed to a terminal: every line quiz shows goes through here.

Text from decks, answers, file names, documents and response sheets is data. It
reaches the terminal by one of three paths, each cleaned here:

- :func:`echo` for plain lines (messages, warnings, errors, reports): every control
  character (ESC starts a terminal command) and lone surrogate becomes ``�``;
- :func:`echo_json` for ``--json`` output: JSON escapes C0 controls itself; DEL and
  C1 controls (0x80-0x9f, CSI among them) are escaped here too;
- :func:`safe_console` for rich output: a Console that cleans every segment it
  writes and never reads data as markup (``[bold]``) or emoji codes (``:100:``).

rich is imported inside the functions.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

# All controls but \t and \n, and lone surrogates (bytes that were not UTF-8).
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# Direction overrides and isolates: invisible, they reorder what follows ("Ann<RLO>exe.pdf"
# reads "Annfdp.exe"), so they are shown as their code point instead.
DIRECTION_CONTROLS = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
_C1 = re.compile(r"[\x7f-\x9f]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")


def printable(text: str) -> str:
    """Text with every control character (ESC starts a terminal command) shown as �, and
    every direction override as its code point, ``⟨U+202E⟩``."""
    text = CONTROL_CHARACTERS.sub("\ufffd", text)
    return DIRECTION_CONTROLS.sub(lambda m: f"⟨U+{ord(m[0]):04X}⟩", text)


def echo(text: str = "", *, err: bool = False, nl: bool = True) -> None:
    """Print a line of text that may hold data (a name, a file name, a value)."""
    click.echo(printable(text), err=err, nl=nl)


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
    answers is cleaned on every path (prints, tables, prompts) in one place.
    """
    from rich.console import Console
    from rich.segment import Segment

    class SafeConsole(Console):
        def _render_buffer(self, buffer: Any) -> str:
            return super()._render_buffer(
                s if s.control else Segment(printable(s.text), s.style) for s in buffer
            )

    options.setdefault("markup", False)
    options.setdefault("emoji", False)
    return SafeConsole(**options)
