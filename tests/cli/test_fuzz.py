"""Fuzz: every command on damaged decks, response sheets, manifests and documents.

Hypothesis damages real files (cuts, YAML and CSV specials, aliases, control and
look-alike characters, bytes that are not UTF-8) and runs a command on them. Whatever
it makes, the command ends with exit code 0, 1 or 2, prints no traceback and no
"internal error", and leaves every input file as it was.

CI budget: at most 30 s; 300 command examples and 60 exams take about 13 s of wall time
here (3 s of CPU; the rest is SQLite's syncs and temporary folders). The examples are
fixed (derandomized), so every CI run tries the same inputs; locally
FUZZ_SEARCH=1 FUZZ_EXAMPLES=5000 searches new ones.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from click.testing import CliRunner
from exam_helpers import EVERY
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from marking_helpers import write_exam

from quiz.cli import cli

EVERY_TYPE = Path(EVERY)

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "300"))
SEARCH = bool(os.environ.get("FUZZ_SEARCH"))  # new random inputs each run, not CI's fixed ones
DOCUMENT = (
    "# Loans and specialists\n\nIn 1925 Berlin lent Moscow 100 million marks.\n\n"
    "## Towns\n\nErnst May came in 1930 with 17 specialists to plan 20 towns.\n"
)
TOKENS = [
    '"', "'", ": ", ":", "\t", "\n", "- ", "  ", "&a ", "*a", "&a [*a, *a]", "[", "]", "{", "}",
    "# ", "%", "@", "`", "|", ">", "? ", "!!python/object/apply:os.system ['true']", "~",
    "yes", "1e999", "-1", "0", "{{c1::", "}}", "::", "\x00", "\x07", "\x1b[2J", "\u202e",
    "\u200b", "Pаris", ":100:", "[bold]x[/bold]", ",", ";", '""', "\r\n", "\ufeff",
    "type: shrot", "id: Париж", "deck: every-type", "answer: z", "image: x.png", "x" * 300,
]  # fmt: skip

# Values that are valid YAML or CSV but odd: they reach past the parser into the engines.
VALUES = [
    '"\\e[2J"', "'=HYPERLINK(\"x\")'", "1e308", "-0", ".nan", "'{{c1::x}}'", "'{{c1::}}'",
    "[a, b]", "{a: b}", "''", "~", "yes", "Pаris", "'\u202eabc'", "0.0001", "100000000000",
    "'1a 2a 3a'", "a b c d e f", "'z'", "'ﬁ １'", "'" + "word " * 400 + "'", "[]", "{}",
    "'a\nb'", "'x -> y'", "'#'", "'~=#{}:'", "'<script>x</script>'", "'#read(\"/etc/passwd\")'",
    "'$x$'", "'\\'", "0x1F", "2025-03-01", "'10,5'", "'a;b;c'", "99", "'T'",
]  # fmt: skip

edit = st.one_of(
    st.tuples(
        st.just("value"), st.floats(0, 1), st.tuples(st.floats(0, 1), st.sampled_from(VALUES))
    ),
    st.tuples(st.just("cut"), st.floats(0, 1), st.integers(1, 80)),
    st.tuples(st.just("insert"), st.floats(0, 1), st.sampled_from(TOKENS)),
    st.tuples(st.just("bytes"), st.floats(0, 1), st.binary(min_size=1, max_size=4)),
    st.tuples(st.just("repeat"), st.floats(0, 1), st.integers(2, 5)),
    st.tuples(st.just("truncate"), st.floats(0, 1), st.just(0)),
)
edits = st.lists(edit, max_size=4)


def damage(data: bytes, changes: list[tuple[str, float, object]]) -> bytes:
    for kind, where, what in changes:
        i = int(where * len(data))
        if kind == "cut":
            data = data[:i] + data[i + int(what) :]  # type: ignore[call-overload]
        elif kind == "insert":
            data = data[:i] + str(what).encode() + data[i:]
        elif kind == "bytes":
            data = data[:i] + what + data[i:]  # type: ignore[operator]
        elif kind == "value":  # one YAML value or CSV cell replaced, the rest kept whole
            lines = data.split(b"\n")
            n = int(where * len(lines)) % max(1, len(lines))
            cell, value = what  # type: ignore[misc]
            key, colon, _ = lines[n].partition(b": ")
            if colon:
                lines[n] = key + colon + value.encode()
            else:
                cells = lines[n].split(b",")
                cells[int(cell * len(cells)) % len(cells)] = value.strip("'").encode()
                lines[n] = b",".join(cells)
            data = b"\n".join(lines)
        elif kind == "repeat":  # a line said again: repeated keys, ids, rows
            start = data.rfind(b"\n", 0, i) + 1
            end = data.find(b"\n", i) + 1 or len(data)
            data = data[:end] + data[start:end] * int(what) + data[end:]  # type: ignore[call-overload]
        else:
            data = data[:i]
    return data


COMMANDS = [
    ["check", "deck.yaml"],
    ["check", "--json", "--strict", "deck.yaml"],
    ["run", "deck.yaml", "--seed", "1"],
    ["review", "deck.yaml", "--seed", "1"],
    ["stats", "deck.yaml"],
    ["export", "anki", "deck.yaml", "-o", "out.apkg"],
    ["export", "csv", "deck.yaml", "-o", "out.csv"],
    ["export", "gift", "deck.yaml", "-o", "out.gift"],
    ["export", "qti", "deck.yaml", "-o", "out.zip"],
    ["grade", "exam", "responses.csv", "-o", "scores.csv"],
    ["draft", "doc.md"],
    ["draft", "doc.md", "-o", "draft.yaml"],
    ["import", "responses.csv", "-o", "imported.yaml"],
    ["import", "doc.md", "-o", "imported.yaml"],
    ["import", "deck.yaml", "--from", "gift", "-o", "imported.yaml"],
    ["coverage", "deck.yaml", "doc.md", "--source-id", "article"],
    ["coverage", "--json", "deck.yaml", "doc.md", "--source-id", "moore"],
]
# What each command reads, and so what each example damages.
INPUTS = {"deck.yaml": 0, "responses.csv": 1, "exam/manifest.json": 2, "doc.md": 3}


def originals(folder: Path) -> dict[str, bytes]:
    write_exam(folder, EVERY_TYPE)  # exam/manifest.json and responses.csv
    (folder / "doc.md").write_text(DOCUMENT, encoding="utf-8")
    (folder / "deck.yaml").write_bytes(EVERY_TYPE.read_bytes())
    return {name: (folder / name).read_bytes() for name in INPUTS}


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=not SEARCH,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    command=st.sampled_from(COMMANDS),
    changes=st.tuples(edits, edits, edits, edits),
    answers=st.lists(st.sampled_from(["a", "b c", "1", "t", "", "1a 2b", "Ernst May", "q"])),
)
def test_no_damage_makes_a_command_crash_or_change_its_inputs(command, changes, answers):
    with tempfile.TemporaryDirectory(prefix="quiz-fuzz-") as name:
        folder = Path(name)
        for path, data in originals(folder).items():
            (folder / path).write_bytes(damage(data, changes[INPUTS[path]]))
        before = {path: (folder / path).read_bytes() for path in INPUTS}
        cwd = Path.cwd()
        os.chdir(folder)
        try:
            result = CliRunner(env={"QUIZ_HOME": str(folder / "home")}).invoke(
                cli, command, input="".join(f"{a}\n" for a in answers)
            )
        finally:
            os.chdir(cwd)
        output = result.output
        assert result.exit_code in (0, 1, 2), (command, output, result.exception)
        assert not isinstance(result.exception, Exception | KeyboardInterrupt) or isinstance(
            result.exception, SystemExit
        ), (command, result.exception)
        assert "Traceback" not in output and "internal error" not in output, (command, output)
        assert {path: (folder / path).read_bytes() for path in INPUTS} == before


@settings(
    max_examples=max(1, EXAMPLES // 5),  # each exam that builds compiles three PDFs
    deadline=None,
    derandomize=not SEARCH,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(changes=edits)
def test_no_damage_makes_an_exam_crash_or_change_its_deck(changes):
    with tempfile.TemporaryDirectory(prefix="quiz-fuzz-") as name:
        deck = Path(name) / "deck.yaml"
        deck.write_bytes(damage(EVERY_TYPE.read_bytes(), changes))
        before = deck.read_bytes()
        args = ["exam", str(deck), "-o", str(Path(name) / "exam"), "--seed", "1"]
        result = CliRunner().invoke(cli, args)
        assert result.exit_code in (0, 1, 2), (result.output, result.exception)
        assert "Traceback" not in result.output and "internal error" not in result.output
        assert deck.read_bytes() == before
