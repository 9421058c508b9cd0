"""What may go into a CSV cell: one rule (core/csv_cells) for every CSV quiz writes."""

from __future__ import annotations

import ast
from pathlib import Path

from quiz.core.csv_cells import anki_cell, safe_cell

QUIZ = Path(__file__).parents[2] / "quiz"
HOSTILE = "Ann\x1b[2J\x07\x9b31m\x00\u202e"


def test_a_cell_keeps_no_control_character():
    assert safe_cell(HOSTILE) == "Ann\ufffd[2J\ufffd\ufffd31m\ufffd⟨U+202E⟩"
    assert safe_cell("=1\x07") == "'=1\ufffd" and safe_cell("two\nlines") == "two\nlines"


def test_an_anki_cell_is_cleaned_but_not_defused():
    """Anki imports a cell literally: a ' would show on the card (docs/safety.md)."""
    assert anki_cell("=cos(x)" + HOSTILE) == "=cos(x)Ann\ufffd[2J\ufffd\ufffd31m\ufffd⟨U+202E⟩"


def test_every_csv_row_quiz_writes_goes_through_the_cell_rule():
    offenders = []
    for path in QUIZ.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr in ("writerow", "writerows"):
                arg = ast.unparse(node.args[0]) if node.args else ""
                if not arg.startswith(("[safe_cell(", "[anki_cell(")):
                    offenders.append(f"{path.relative_to(QUIZ)}:{node.lineno}")
    assert offenders == []
