"""Answers piped in are never asked for again: the note says why an answer was counted
wrong, and asks nothing (quiz run and quiz review alike)."""

from __future__ import annotations

from click.testing import CliRunner

from quiz.cli import cli

DECK = (
    "deck: c\ntitle: C\nquestions:\n"
    "  - {id: k, type: card, front: inspetsy, back: foreign specialists}\n"
)


def test_an_empty_line_to_a_card_is_counted_wrong_without_asking_again(tmp_path):
    deck = tmp_path / "deck.yaml"
    deck.write_text(DECK, encoding="utf-8")
    run = CliRunner().invoke(cli, ["run", str(deck), "--seed", "1"], input="\n\n")
    lines = run.output.splitlines()
    i = lines.index("Did you know it? (y/n) ›")
    assert lines[i + 1 : i + 3] == [
        "Not yet. Not read as an answer, so counted wrong. An empty line is neither y nor",
        "n.",
    ]
    assert "Answer y or n" not in run.output
    review = CliRunner().invoke(cli, ["review", str(deck)], input="\nx\n")
    assert review.exit_code == 0, review.output
    assert "Not read as a rating, so counted as 1 (again)." in review.output
    assert "Type 1, 2, 3 or 4" not in review.output
