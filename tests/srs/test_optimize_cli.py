"""`quiz review --optimize` and `--reset` through the CLI, on a simulated learner's log.

Costs about 1 s (a log of ~4,800 answers, fitted twice).
"""

from __future__ import annotations

import json
import re

from click.testing import CliRunner
from simulated_learner import insert_log, simulate

from quiz.cli import cli
from quiz.srs.fitting import MIN_FIT_REVIEWS
from quiz.srs.parameters import ALL_DECKS
from quiz.srs.store import Store

ENV = {"QUIZ_NOW": "2025-05-06T10:00:00+00:00", "COLUMNS": "100", "NO_COLOR": "1"}


def invoke(*args: str):
    return CliRunner(env=ENV).invoke(cli, ["review", *args])


def squeezed(output: str) -> list[str]:
    return [" ".join(line.split()) for line in output.splitlines()]


def test_optimize_shows_the_fit_before_and_after_saves_it_and_reset_undoes_it(quiz_home):
    with Store.open() as store:
        insert_log(store, simulate(400, 120, seed=3))
    result = invoke("--optimize")
    assert result.exit_code == 0, result.output
    lines = squeezed(result.output)
    assert re.fullmatch(r"All decks: FSRS fitted to [\d,]+ answers\.", lines[0])
    assert lines[1] == "parameters log loss RMSE (bins)"
    before = re.fullmatch(r"in use: defaults (0\.\d{4}) (\d+\.\d\d)%", lines[2])
    after = re.fullmatch(r"fitted now (0\.\d{4}) (\d+\.\d\d)%", lines[3])
    assert before and after and float(after[1]) < float(before[1])
    assert lines[4].startswith("They predict your answers ") and "saved" in lines[4]
    assert any(line.startswith("Parameters: ") for line in lines)
    with Store.open() as store:
        saved = store.parameters("sim")
        assert saved.scope == ALL_DECKS and f"{saved.after.log_loss:.4f}" == after[1]

    again = squeezed(invoke("--optimize").output)  # the same answers: nothing better to find
    assert again[2].startswith("in use: fitted 2025-05-06 (all decks) ")
    assert again[-1] == "The parameters in use predict these answers as well: kept them."

    assert squeezed(invoke("--reset").output) == [
        "Back to FSRS's default parameters for all decks.",
        "Answers from now on are scheduled with them; due dates stay as they are.",
    ]
    with Store.open() as store:
        assert not store.parameters("sim").fitted
    assert squeezed(invoke("--reset").output) == [
        "No fitted parameters for any deck: already on FSRS's defaults."
    ]


def test_optimize_with_too_few_answers_says_how_many_are_needed(quiz_home, every_type):
    result = invoke("--optimize", str(every_type))
    assert result.exit_code == 0, result.output
    assert " ".join(result.output.split()) == (
        "Every question type: 0 answers given a day or more after the one before; a fit needs"
        f" {MIN_FIT_REVIEWS}. Nothing changed: keep reviewing."
    )


def test_optimize_and_reset_together_is_a_usage_error(quiz_home):
    result = invoke("--optimize", "--reset")
    assert result.exit_code == 2
    assert "--optimize and --reset do not go together: pick one" in result.output


def test_json_with_optimize_or_reset_only(quiz_home, every_type):
    fits = json.loads(invoke("--optimize", "--json", str(every_type)).output)["fits"]
    assert [(f["scope"], f["reviews"], f["needed"], f["saved"], f["fitted"]) for f in fits] == [
        ("every-type", 0, MIN_FIT_REVIEWS, False, None)
    ]
    assert fits[0]["in_use"]["fitted"] is False
    assert json.loads(invoke("--reset", "--json").output) == {"reset": []}
    alone = invoke("--json")
    assert alone.exit_code == 2 and "--json goes with --optimize or --reset" in alone.output
