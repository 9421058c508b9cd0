"""`quiz check`, `quiz decks` and `quiz schema` through the real CLI."""

from __future__ import annotations

import json

from click.testing import CliRunner
from fixture_paths import EVERY_TYPE, FIXTURES

from quiz.bank.library import bundled_decks
from quiz.cli import cli


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_check_clean_deck():
    result = run("check", str(EVERY_TYPE))
    assert result.exit_code == 0
    assert result.output == f"{EVERY_TYPE}: 9 questions, 0 errors, 0 warnings\n"


def test_check_ten_faults_prints_all_ten_with_lines():
    path = FIXTURES / "ten-faults.yaml"
    result = run("check", str(path))
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if "warning:" not in line]
    assert lines == [
        f"{path}:7:10: questions[1].id: duplicate id 'dup' (first on line 6); ids must be unique",
        f"{path}:8:69: questions[2].answer: answer 'z' is not one of the options",
        f"{path}:9:60: questions[3].options[2]: duplicate option 'x'",
        f"{path}:10:69: questions[4].answers: a multi question needs at least one correct option",
        f"{path}:11:33: questions[5].text: a cloze needs at least one deletion like "
        "{{c1::answer}}",
        f"{path}:12:50: questions[6].items: needs at least 2, has 1",
        f"{path}:13:56: questions[7].answer: expected a number, got 'lots'",
        f"{path}:14:35: questions[8].prompt: is empty",
        f"{path}:15:58: questions[9].source.id: source 'ghost' is not declared in sources (art)",
        f"{path}:16:45: questions[10].colour: unknown key; a card question takes id, explanation, "
        "background, source, tags, points, image, draft, front, back, reverse",
        f"{path}: 10 errors, 15 warnings",
    ]


def test_check_warnings_and_strict(tmp_path):
    deck = tmp_path / "w.yaml"
    deck.write_text(
        "deck: w\ntitle: W\nquestions:\n"
        "  - {id: a, type: choice, prompt: p, options: [x], answer: x}\n",
        encoding="utf-8",
    )
    expected = [
        f"{deck}:4:5: questions[0].source: warning: no source; cite one as "
        "{id: ..., section: ...} or {id: ..., page: ...}",
        f"{deck}:4:5: questions[0].explanation: warning: no explanation",
        f"{deck}:4:47: questions[0].options: warning: only one option",
        f"{deck}: 1 questions, 0 errors, 3 warnings",
    ]
    result = run("check", str(deck))
    assert (result.exit_code, result.output.splitlines()) == (0, expected)
    strict = run("check", "--strict", str(deck))
    assert (strict.exit_code, strict.output.splitlines()) == (2, expected)


def test_check_json(tmp_path):
    result = run("check", "--json", str(FIXTURES / "ten-faults.yaml"), str(EVERY_TYPE))
    assert result.exit_code == 2
    data = json.loads(result.output)
    assert [d["deck"] for d in data] == [None, "every-type"]
    assert len(data[0]["errors"]) == 10
    assert data[0]["errors"][0] == {
        "path": str(FIXTURES / "ten-faults.yaml"),
        "line": 7,
        "col": 10,
        "field": "questions[1].id",
        "message": "duplicate id 'dup' (first on line 6); ids must be unique",
        "severity": "error",
    }
    assert data[1]["questions"] == 9


def test_check_folder_and_bundled_name(tmp_path):
    (tmp_path / "a.yaml").write_bytes(EVERY_TYPE.read_bytes())
    (tmp_path / "notes.txt").write_text("not a deck")
    result = run("check", str(tmp_path))
    assert result.output == f"{tmp_path / 'a.yaml'}: 9 questions, 0 errors, 0 warnings\n"
    name = bundled_decks()[0].stem
    by_name = run("check", name)
    assert by_name.output.startswith(str(bundled_decks()[0]))


def test_check_missing_file_is_exit_2():
    result = run("check", "no-such-deck")
    assert result.exit_code == 2
    assert result.output.splitlines()[0] == (
        "no-such-deck:1:1: file: no such file, and no bundled deck of that name "
        "(`quiz decks` lists them)"
    )


def test_check_needs_an_argument():
    result = run("check")
    assert result.exit_code == 2
    assert "Missing argument 'DECKS...'" in result.output


def test_decks_lists_every_bundled_deck():
    result = run("decks")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].split() == ["name", "questions", "title"]
    assert [line.split()[0] for line in lines[1:]] == [p.stem for p in bundled_decks()]
    for line in lines[1:]:
        assert int(line.split()[1]) > 0


def test_schema_is_json_and_matches_the_committed_file():
    result = run("schema")
    schema = json.loads(result.output)
    assert schema["properties"]["deck"]["pattern"] == "^[a-z0-9][a-z0-9-]*$"
    committed = (FIXTURES.parent.parent / "decks" / "deck.schema.json").read_text()
    assert result.output == committed, "run: quiz schema > decks/deck.schema.json"


def test_version():
    result = run("--version")
    assert result.output == "quiz, version 0.1.0\n"


def test_check_empty_folder_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(cli, ["check", str(tmp_path)])
    assert (result.exit_code, result.output) == (2, f"{tmp_path}: no .yaml decks in this folder\n")


def test_a_persons_name_without_its_family_name_alone_is_pointed_out(tmp_path):
    """The judge takes fuller forms of a name, never shorter: check says so where a learner
    would write the family name alone, and not for places, firms or ordinary words."""
    deck = tmp_path / "n.yaml"
    rows = [("a", "Adolf Hitler", ""), ("b", "Soviet Union", ""), ("c", "Karl Marx", "[Marx]"),
            ("d", "Nizhny Novgorod", ""), ("e", "V. Kuibyshev", ""), ("f", "Ernst May", ""),
            ("g", "Manchester Guardian", ""), ("h", "Vera Pavlova", "[The Pavlova]")]  # fmt: skip
    deck.write_text(
        "deck: n\ntitle: N\nquestions:\n"
        + "".join(
            f"  - {{id: {i}, type: short, prompt: p, answer: {answer}, explanation: e"
            + (f", alternatives: {alternatives}" if alternatives else "")
            + "}\n"
            for i, answer, alternatives in rows
        ),
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["check", str(deck)])
    flagged = [line for line in result.output.splitlines() if "family name" in line]
    warning = "is marked wrong; if the family name alone should count, add it to alternatives"
    assert flagged == [
        f"{deck}:4:45: questions[0].answer: warning: a learner who writes only 'Hitler' {warning}",
        f"{deck}:8:45: questions[4].answer: warning: a learner who writes only 'Kuibyshev' "
        + warning,
    ]


def test_sources_and_citations_are_checked_for_hidden_characters(tmp_path):
    """A source's and a citation's texts are shown beside every question: an override or an
    invisible character there is warned of as in a question; a field that failed is not
    blamed on its neighbour ('give exactly one of section or page')."""
    deck = tmp_path / "h.yaml"
    deck.write_text(
        "deck: h\ntitle: H\nsources:\n"
        '  - {id: s, title: "T\\u202eitle", author: "Ann\\u200bX"}\n'
        "questions:\n"
        "  - {id: a, type: short, prompt: p, answer: x, explanation: e,\n"
        '     source: {id: s, page: "1\\x07"}}\n'
        "  - {id: b, type: short, prompt: p, answer: y, explanation: e,\n"
        '     source: {id: s, section: "I\\u202e"}}\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["check", str(deck)])
    override = "U+202E RIGHT-TO-LEFT OVERRIDE, which shows the text in another order than it reads"
    assert result.output.splitlines() == [
        f"{deck}:7:28: questions[0].source.page: contains the control character U+0007; remove it",
        f"{deck}:4:20: sources[0].title: warning: contains {override}; remove it",
        f"{deck}:4:43: sources[0].author: warning: contains the invisible U+200B ZERO WIDTH SPACE; "
        "remove it",
        f"{deck}:9:31: questions[1].source.section: warning: contains {override}; remove it",
        f"{deck}: 1 error, 3 warnings",
    ]
    assert result.exit_code == 2
