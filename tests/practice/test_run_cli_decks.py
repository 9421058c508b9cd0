"""`quiz run` through whole decks (the example and every bundled one): all right, all wrong."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from run_helpers import flat, right_lines, run, session_items, wrong_lines

from quiz.answers.judge import check_answer
from quiz.bank.library import bundled_dir
from quiz.bank.model import Flashcard
from quiz.practice.view import points as points_text

BUNDLED = sorted(path.stem for path in bundled_dir().glob("*.yaml"))
EVERY_TYPE = str(Path(__file__).parents[1] / "fixtures" / "every-type.yaml")


def test_the_three_decks_are_bundled():
    assert len(BUNDLED) == 3


@pytest.mark.parametrize("deck", [EVERY_TYPE, *BUNDLED])
def test_a_whole_deck_all_right_scores_100(deck):
    items = session_items([deck], 2024)
    result = run([deck, "--seed", "2024"], [x for i in items for x in right_lines(i)])
    assert result.exit_code == 0, result.output
    n, points = len(items), points_text(sum(i.question.points for i in items))
    assert f"Question {n} of {n}" in result.stdout
    assert f"Score 100% · {points} of {points} points · {n} right, 0 wrong" in result.stdout
    assert "Missed" not in result.stdout


@pytest.mark.parametrize("deck", [EVERY_TYPE, *BUNDLED])
def test_a_whole_deck_all_wrong_scores_0_and_shows_every_answer(deck):
    items = session_items([deck], 7)
    result = run([deck, "--seed", "7"], [x for i in items for x in wrong_lines(i)])
    assert result.exit_code == 0, result.output
    n, points = len(items), points_text(sum(i.question.points for i in items))
    out = flat(result.stdout)
    assert f"Score 0% · 0 of {points} points · 0 right, {n} wrong" in out
    assert not re.search(r"^(Right\.|Partly right|Knew it\.)", result.stdout, re.MULTILINE)
    blocks = re.split(r"\n─+ (?:Question|Summary) [^\n]*\n", result.stdout)[1:]
    assert len(blocks) == n + 1  # one per question, then the summary
    for item, block in zip(items, blocks[:n], strict=True):
        q = item.question
        if isinstance(q, Flashcard):  # the other side is shown before the self-grade
            shown = q.front if item.arrangement.reverse else q.back
            assert f"{flat(shown)} Did you know it? (y/n) › n Not yet." in flat(block), q.id
        else:
            expected = check_answer(q, "", item.arrangement).expected
            assert f"Answer: {flat(expected)}" in flat(block), q.id
