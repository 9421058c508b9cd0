"""Messages a new author can act on: did you mean, a true message for ids, limits."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from quiz.bank.loader import read_deck
from quiz.cli import cli

HEAD = "deck: d\ntitle: T\nquestions:\n"


def errors(tmp_path, body: str, head: str = HEAD) -> list[str]:
    path = tmp_path / "deck.yaml"
    path.write_text(head + body, encoding="utf-8")
    _deck, problems = read_deck(path)
    return [f"{p.line}:{p.col}: {p.field}: {p.message}" for p in problems if p.severity == "error"]


def test_a_misspelled_type_gets_did_you_mean(tmp_path):
    assert errors(tmp_path, "  - {id: a, type: shrot, prompt: p, answer: x}\n") == [
        "4:19: questions[0].type: unknown type 'shrot'; did you mean 'short'? (one of card,"
        " cloze, choice, multi, true_false, short, numeric, order, match)"
    ]


def test_a_misspelled_key_gets_did_you_mean(tmp_path):
    found = errors(tmp_path, "  - {id: a, type: short, promt: p, answer: x}\n")
    assert found[0] == "4:5: questions[0].prompt: missing; it is required"
    assert found[1].startswith(
        "4:26: questions[0].promt: unknown key; did you mean 'prompt'? (a short question takes"
    )


@pytest.mark.parametrize(
    ("given", "message"),
    [
        (
            "Париж",
            "'Париж' has 'П': ids and tags are ASCII only (a-z, 0-9 and -); write 'parizh'",
        ),
        ("café", "'café' has 'é': ids and tags are ASCII only (a-z, 0-9 and -); write 'cafe'"),
        (
            "Loans",
            "'Loans' has capitals: ids and tags are lowercase (a-z, 0-9 and -); write 'loans'",
        ),
        (
            "-x y",
            "'-x y': ids and tags take only a-z, 0-9 and -, starting with a letter or digit;"
            " write 'x-y'",
        ),
    ],
)
def test_an_id_that_is_not_a_slug_gets_a_true_message_and_the_slug_to_write(
    tmp_path, given, message
):
    assert errors(tmp_path, f"  - {{id: '{given}', type: card, front: f, back: b}}\n") == [
        f"4:10: questions[0].id: {message}"
    ]


def test_a_text_over_the_limit_is_refused_without_building_an_exam(tmp_path):
    long = "x" * 200_000
    path = tmp_path / "deck.yaml"
    path.write_text(HEAD + f"  - {{id: a, type: short, prompt: '{long}', answer: x}}\n")
    result = CliRunner().invoke(cli, ["exam", str(path), "-o", str(tmp_path / "exam")])
    assert (result.exit_code, result.output) == (
        2,
        f"{path}:4:34: questions[0].prompt: is 200,000 characters long; a text holds at most"
        " 10,000: shorten it\n",
    )
    assert not (tmp_path / "exam").exists()


@pytest.mark.parametrize(
    ("given", "hint"),
    [
        ("germany-soviet-industrialisation", "germany-soviet-industrialization"),
        ("german-soviet-relation", "german-soviet-relations"),
    ],
)
def test_a_misspelled_bundled_deck_name_gets_did_you_mean(given, hint):
    result = CliRunner().invoke(cli, ["check", given])
    assert result.exit_code == 2
    assert result.output.splitlines()[0] == (
        f"{given}:1:1: file: no such file, and no bundled deck of that name (`quiz decks` lists"
        f" them); did you mean {hint!r}?"
    )


def test_a_misspelled_deck_file_gets_the_file_beside_it(tmp_path):
    (tmp_path / "history.yaml").write_text(HEAD)
    result = CliRunner().invoke(cli, ["run", str(tmp_path / "histroy.yaml")])
    assert result.exit_code == 2
    assert result.output.endswith(f"did you mean {str(tmp_path / 'history.yaml')!r}?\n")
