"""Repeated facts across decks: never both on one paper, and the teacher is told."""

from __future__ import annotations

import json
from collections import Counter
from itertools import combinations

from click.testing import CliRunner
from exam_helpers import write_bank

from quiz.bank.library import load_decks
from quiz.bank.model import Match, Numeric, Order, Short
from quiz.cli import cli
from quiz.exams.build import build_exam
from quiz.exams.options import ExamOptions
from quiz.exams.paper import key_answer

BUNDLED = ["germany-soviet-industrialization", "german-soviet-relations", "german-soviet-timeline"]
# facts the timeline deck restates from the other two, under other ids and wordings
KNOWN_REPEATS = [
    ("germany-soviet-industrialization/manufacturing-1913-shares",
     "german-soviet-timeline/manufacturing-shares-1913-match"),  # the same match pairs
    ("german-soviet-relations/kuibyshev-rheinmetall-report",
     "german-soviet-timeline/kuibyshev-rheinmetall-short"),  # the same short answer
    ("germany-soviet-industrialization/depression-year",
     "german-soviet-timeline/great-depression-1929"),  # the same number, reworded
    ("german-soviet-relations/gold-marks-1923-sum",
     "german-soviet-timeline/article-first-loan-gold-marks-false"),  # a statement tells it
]  # fmt: skip


def test_an_exam_from_all_three_bundled_decks_prints_no_fact_twice():
    exam = build_exam(load_decks(BUNDLED), ExamOptions(), seed=1)
    printed = exam.variants[0].questions
    names = {f"{i.deck.id}/{i.question.id}" for i in printed}
    for kept, repeat in KNOWN_REPEATS:
        assert kept in names and repeat not in names
        assert any(line.startswith(f"left out {repeat}: repeats {kept}") for line in exam.left_out)
    # no two printed questions of a type share their keyed answer ...
    keyed = Counter((i.question.type, key_answer(i)) for i in printed
                    if isinstance(i.question, Short | Numeric))  # fmt: skip
    assert [k for k, n in keyed.items() if n > 1] == []
    # ... nor two matchings or orderings half their pairs or items
    for a, b in combinations([i.question for i in printed], 2):
        if isinstance(a, Match) and isinstance(b, Match):
            assert len(set(a.pairs) & set(b.pairs)) < 2
        if isinstance(a, Order) and isinstance(b, Order):
            assert len(set(a.items) & set(b.items)) * 2 < min(len(a.items), len(b.items))


def test_a_statement_that_gives_away_a_number_is_not_printed_beside_it(tmp_path):
    one = write_bank(tmp_path, ["id: size\ntype: numeric\nprompt: How many planners came "
                                "with Ernst May's brigade?\nanswer: 17"], deck="one")  # fmt: skip
    two = write_bank(
        tmp_path,
        [
            "id: size-true\ntype: true_false\nstatement: Ernst May's brigade brought 17 planners.\n"
            "answer: true",
            "id: other\ntype: true_false\nstatement: Lipetsk had a flying school.\nanswer: true",
        ],
        deck="two",
    )
    result = CliRunner().invoke(
        cli, ["exam", str(one), str(two), "-o", str(tmp_path / "out"), "--seed", "1"]
    )
    assert result.exit_code == 0, result.output
    warning = "warning: left out two/size-true: repeats one/size (one states the other's answer)"
    assert warning in result.output
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert {q["id"] for q in manifest["variants"][0]["questions"]} == {"size", "other"}
    assert manifest["left_out"] == [warning.removeprefix("warning: ")]
