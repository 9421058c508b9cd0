"""What may be printed to a terminal: every line quiz shows goes through here.

Text from decks, answers, file names and documents is data. :func:`safe_console`
gives a rich Console that shows every control character (ESC starts a terminal
command) as ``�``, whatever path the text takes (prints, tables, prompts);
callers pass such text as ``rich.text.Text`` or with ``markup=False`` so that
``[bold]`` is never markup. rich is imported inside the functions.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # all but \t and \n


def printable(text: str) -> str:
    """Text with every control character (ESC starts a terminal command) shown as �."""
    return CONTROL_CHARACTERS.sub("\ufffd", text)


def listing(title: str, **options: Any) -> Table:
    """The one style of the tables under a summary: a rule below the header, title left."""
    from rich import box
    from rich.table import Table

    return Table(box=box.SIMPLE_HEAD, show_edge=False, title=title, title_justify="left", **options)


def safe_console(**options: Any) -> Console:
    """A rich Console whose text never carries control characters, whatever it prints.

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

    return SafeConsole(**options)
