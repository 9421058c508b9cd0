"""What may be printed: control characters from data never reach the terminal."""

from __future__ import annotations

import io

from quiz.core.console import printable, safe_console


def test_control_characters_are_shown_not_obeyed():
    assert printable("a\x1b[2Jb\tc\n") == "a\ufffd[2Jb\tc\n"


def test_the_safe_console_cleans_every_print():
    out = io.StringIO()
    console = safe_console(file=out, force_terminal=False, width=80)
    console.print("title\x1b]0;pwned\x07", markup=False)
    assert "\x1b" not in out.getvalue() and "\x07" not in out.getvalue()


def test_direction_overrides_show_as_their_code_point():
    assert printable("Ann\u202eexe.pdf") == "Ann⟨U+202E⟩exe.pdf"
