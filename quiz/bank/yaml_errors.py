"""YAML syntax errors in an author's words: what is wrong, where they made the slip, the fix.

libyaml reports where it gave up, in a parser's terms (``found unexpected end of
stream`` at the end of the file for a quote left open on line 6). :func:`explain`
turns each error an author is likely to make into a located message saying what to
do; anything else keeps libyaml's words.
"""

from __future__ import annotations

import yaml

QUOTE_VALUE = "put the whole value in quotes"
INDENT = "line it up with the keys or list items it belongs with (spaces only)"


def explain(error: yaml.YAMLError, text: str) -> tuple[int, int, str]:
    """(line, column, message), 1-based, for a YAML error raised on ``text`` (a character
    YAML refuses is the loader's to report)."""
    if not isinstance(error, yaml.MarkedYAMLError):
        return 1, 1, str(error).splitlines()[0]
    problem, context = (error.problem or "").strip(), (error.context or "").strip()
    at = _place(error.problem_mark or error.context_mark)
    ctx = _place(error.context_mark or error.problem_mark)
    char = _char(text, at)

    if "single document" in context:
        return (*at, "holds more than one YAML document; put one deck per file")
    if "quoted scalar" in context and "end of stream" in problem:
        quote = _char(text, ctx)
        kind = "double" if quote == '"' else "single"
        return (*ctx, f"this {kind} quote is never closed; end the text with {quote}")
    if "tab character" in problem or char == "\t":
        return (*at, "a tab; YAML indents with spaces only: replace the tab with spaces")
    if "cannot start any token" in problem:
        return (*at, f"a value cannot start with {char!r}; {QUOTE_VALUE}")
    if "mapping values are not allowed" in problem:
        if ": " in _line(text, at)[: at[1] - 1].lstrip("- "):
            return (*at, f"a ': ' inside a value; {QUOTE_VALUE}, e.g. \"Why: because\"")
        start = len(_line(text, at)) - len(_line(text, at).lstrip()) + 1
        return (at[0], start, f"this key is indented more than the key above it; {INDENT}")
    if "flow" in context and "did not find expected" in problem:
        opener = _char(text, ctx)
        closer = "]" if opener == "[" else "}"
        if char == ":" and at[0] == ctx[0]:
            return (*at, f"a ':' inside a value in {opener} {closer}; {QUOTE_VALUE}")
        return (*ctx, f"this {opener} is never closed with {closer}, or a comma is missing")
    if "simple key" in context and "expected ':'" in problem:
        return (*ctx, "a line with no 'key:'; write key: value, or indent it more if it "
                      "goes on with the text above")  # fmt: skip
    if "undefined alias" in problem or "while scanning an alias" in context:
        where = ctx if "while scanning an alias" in context else at
        name = _line(text, where)[where[1] - 1 :].split(" ")[0].rstrip(",]}")
        return (*where, f"{name} is read as an alias (a reference to an &anchor); {QUOTE_VALUE}")
    if "unknown escape" in problem:
        return (*at, "a backslash in double quotes starts an escape like \\n; write \\\\ "
                     "for a backslash, or use single quotes")  # fmt: skip
    if "duplicate anchor" in context:
        return (*at, f"this anchor is defined twice (first on line {ctx[0]}); rename one")
    if "directive" in context:
        return (*ctx, f"a line cannot start with '%'; {QUOTE_VALUE}")
    if "did not find expected key" in problem or "expected <block end>" in problem:
        slipped = _line(text, at)
        value = _value(slipped)
        begins = len(slipped) - len(value) + 1  # the column where the value begins
        if value[:1] in ("'", '"'):
            return at[0], begins, f"text after the closing quote; {QUOTE_VALUE}, once"
        if value[:1] in ("[", "{"):
            return at[0], begins, (f"a value starting with {value[0]} is read as a list or "
                                   f"mapping; {QUOTE_VALUE}")  # fmt: skip
        return (*at, f"this line does not line up with the lines above; {INDENT}")
    return (*at, f"{problem} ({context})" if context else problem or "invalid YAML")


def _place(mark: yaml.Mark | None) -> tuple[int, int]:
    return (mark.line + 1, mark.column + 1) if mark else (1, 1)


def _line(text: str, at: tuple[int, int]) -> str:
    lines = text.split("\n")
    return lines[at[0] - 1] if 0 < at[0] <= len(lines) else ""


def _char(text: str, at: tuple[int, int]) -> str:
    line = _line(text, at)
    return line[at[1] - 1] if 0 < at[1] <= len(line) else ""


def _value(line: str) -> str:
    """The end of ``line`` from its first value: after 'key: ' (or '- '), spaces skipped."""
    body = line.lstrip()
    body = body[2:] if body.startswith("- ") else body
    key, sep, rest = body.partition(": ")
    return (rest if sep else key).lstrip()
