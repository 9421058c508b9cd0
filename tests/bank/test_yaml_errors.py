"""YAML slips a new author makes: what is wrong, at the place of the slip, with the fix
(not the parser's words at the place where it gave up)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from quiz.bank.loader import read_deck
from quiz.cli import cli

HEAD = "deck: d\ntitle: T\nquestions:\n"  # questions from line 4
QUOTE = "put the whole value in quotes"
INDENT = "line it up with the keys or list items it belongs with (spaces only)"

CASES = [
    (
        "unclosed double quote",  # libyaml: "found unexpected end of stream" at the end
        '  - id: a\n    type: short\n    prompt: "Who led the brigade?\n    answer: May\n'
        "  - id: b\n    type: card\n    front: f\n    back: b\n",
        '6:13: yaml: this double quote is never closed; end the text with "',
    ),
    (
        "unclosed single quote",
        "  - id: a\n    type: short\n    prompt: 'Who?\n    answer: May\n",
        "6:13: yaml: this single quote is never closed; end the text with '",
    ),
    (
        "tab in the indentation",  # libyaml: "found character that cannot start any token"
        "  - id: a\n\ttype: card\n",
        "5:1: yaml: a tab; YAML indents with spaces only: replace the tab with spaces",
    ),
    (
        "tab after spaces",
        "  - id: a\n    type: card\n  \tfront: f\n",
        "6:3: yaml: a tab; YAML indents with spaces only: replace the tab with spaces",
    ),
    (
        "unquoted colon",  # libyaml: "mapping values are not allowed in this context"
        "  - id: a\n    type: short\n    prompt: Why: because\n",
        f"6:16: yaml: a ': ' inside a value; {QUOTE}, e.g. \"Why: because\"",
    ),
    (
        "unquoted colon in a flow mapping",
        "  - {id: a, type: short, prompt: Why: this, answer: x}\n",
        f"4:37: yaml: a ':' inside a value in {{ }}; {QUOTE}",
    ),
    (
        "key indented too far",
        "  - id: a\n    type: card\n      front: f\n",
        f"6:7: yaml: this key is indented more than the key above it; {INDENT}",
    ),
    (
        "list item indented too little",
        "  - id: a\n    type: card\n - id: b\n",
        f"6:2: yaml: this line does not line up with the lines above; {INDENT}",
    ),
    (
        "unclosed list",
        "  - {id: a, type: card, front: f, back: b, tags: [x, y}\n",
        "4:50: yaml: this [ is never closed with ], or a comma is missing",
    ),
    (
        "text after a closing quote",
        '  - id: a\n    type: short\n    prompt: "Who" led it?\n',
        f"6:13: yaml: text after the closing quote; {QUOTE}, once",
    ),
    (
        "a value starting with a bracket",
        "  - id: a\n    type: short\n    prompt: [Draft] who?\n",
        f"6:13: yaml: a value starting with [ is read as a list or mapping; {QUOTE}",
    ),
    (
        "a value starting with @",
        "  - id: a\n    type: short\n    prompt: @home who?\n",
        f"6:13: yaml: a value cannot start with '@'; {QUOTE}",
    ),
    (
        "a value starting with *",
        "  - id: a\n    type: short\n    prompt: *bold* who?\n",
        f"6:13: yaml: *bold* is read as an alias (a reference to an &anchor); {QUOTE}",
    ),
    (
        "backslash in double quotes",
        '  - id: a\n    type: short\n    prompt: "C:\\path"\n',
        "6:16: yaml: a backslash in double quotes starts an escape like \\n; write \\\\ for a"
        " backslash, or use single quotes",
    ),
    (
        "a line with no key",
        "  - id: a\n    type: card\n    front\n",
        "6:5: yaml: a line with no 'key:'; write key: value, or indent it more if it goes on"
        " with the text above",
    ),
    (
        "a control character",
        "  - id: a\n    type: card\n    front: f\x07\n",
        "6:13: text: contains the character U+0007; remove it",
    ),
]


@pytest.mark.parametrize(("name", "body", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_yaml_slip_is_explained_where_it_was_made(tmp_path, name, body, expected):
    path = tmp_path / "deck.yaml"
    path.write_text(HEAD + body, encoding="utf-8")
    deck, problems = read_deck(path)
    assert deck is None
    assert [str(p) for p in problems] == [f"{path}:{expected}"]


def test_check_prints_the_explanation_in_one_line(tmp_path):
    path = tmp_path / "deck.yaml"
    path.write_text(HEAD + "  - id: a\n    type: short\n    prompt: Why: because\n")
    result = CliRunner().invoke(cli, ["check", str(path)])
    assert result.exit_code == 2
    assert result.output.splitlines()[0].startswith(f"{path}:6:16: yaml: a ': ' inside a value")
    assert "mapping values" not in result.output
