"""The exam engine: selection, variants, pools, points and the spread of answer letters."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from exam_helpers import write_bank

from quiz.bank.loader import load_deck
from quiz.cli import cli
from quiz.core.errors import UsageError
from quiz.exams.build import build_exam, correct_letters, variant_code
from quiz.exams.manifest import letter_spread, manifest, question_to_dict
from quiz.exams.manifest_reader import question_from_dict
from quiz.exams.options import DEFAULT_TYPES, ExamOptions, parse_pick, parse_types, scale_points


def choice_bank(folder: Path, n: int, answer_first: bool = True, tag: str = "loans") -> Path:
    options = ["Right", "Wrong one", "Wrong two", "Wrong three"]
    if not answer_first:
        options = options[1:] + options[:1]
    return write_bank(
        folder,
        [
            f"id: c{i}\ntype: choice\nprompt: Question {i}?\n"
            f"options: [{', '.join(options)}]\nanswer: Right\ntags: [{tag}]"
            for i in range(n)
        ],
    )


@pytest.fixture
def every(every_type):
    return load_deck(every_type)


def ids(variant) -> list[str]:
    return [item.question.id for item in variant.questions]


def test_variants_hold_the_same_questions_in_different_orders(every):
    exam = build_exam([every], ExamOptions(variants=3), seed=5)
    a, b, c = exam.variants
    assert sorted(ids(a)) == sorted(ids(b)) == sorted(ids(c))
    assert len(ids(a)) == 8  # every type but card
    assert len({tuple(ids(v)) for v in exam.variants}) == 3
    assert [i.number for i in b.questions] == list(range(1, 9))
    assert [v.code for v in exam.variants] == ["A", "B", "C"]


def test_same_seed_same_exam_other_seed_other_exam(every):
    options = ExamOptions(variants=2)
    first = manifest(build_exam([every], options, seed=11), [])
    assert manifest(build_exam([every], options, seed=11), []) == first
    assert manifest(build_exam([every], options, seed=12), []) != first


def test_default_types_leave_out_cards_and_drafts(tmp_path):
    bank = load_deck(
        write_bank(
            tmp_path,
            [
                "id: c1\ntype: card\nfront: F\nback: B",
                "id: t1\ntype: true_false\nstatement: S\nanswer: true",
                "id: t2\ntype: true_false\nstatement: D\nanswer: true\ndraft: true",
            ],
        )
    )
    assert ids(build_exam([bank], ExamOptions(), seed=1).variants[0]) == ["t1"]
    with_cards = ExamOptions(types=("card", "true_false"))
    assert sorted(ids(build_exam([bank], with_cards, seed=1).variants[0])) == ["c1", "t1"]
    assert "card" not in DEFAULT_TYPES


DRAFT_BANK = [
    "id: t1\ntype: true_false\nstatement: S\nanswer: true",
    "id: d1\ntype: true_false\nstatement: D1\nanswer: true\ndraft: true",
    "id: d2\ntype: true_false\nstatement: D2\nanswer: false\ndraft: true",
    "id: d3\ntype: card\nfront: F\nback: B\ndraft: true",  # not asked for: no draft to count
]


def test_drafts_left_out_are_counted_in_one_warning(tmp_path):
    bank = load_deck(write_bank(tmp_path, DRAFT_BANK))
    exam = build_exam([bank], ExamOptions(), seed=1)
    assert ids(exam.variants[0]) == ["t1"]
    assert exam.warnings == (
        "left out 2 draft questions (draft: true, not yet checked): "
        "check them and remove draft: true to use them",
    )
    with_cards = build_exam([bank], ExamOptions(types=("card", "true_false")), seed=1)
    assert with_cards.warnings[0].startswith("left out 3 draft questions")


def test_a_bank_of_drafts_only_says_so(tmp_path):
    bank = load_deck(write_bank(tmp_path, DRAFT_BANK[1:]))
    with pytest.raises(UsageError) as err:
        build_exam([bank], ExamOptions(types=("card",)), seed=1)
    assert str(err.value) == (
        "no questions of type card in the decks, only 1 draft question "
        "(draft: true, not yet checked): check it and remove draft: true to use it"
    )
    with pytest.raises(UsageError) as err:
        build_exam([bank], ExamOptions(types=("match",)), seed=1)
    assert str(err.value) == "no questions of type match in the decks"


def test_count_and_pick_quotas(tmp_path):
    loans = load_deck(choice_bank(tmp_path, 6, tag="loans"))
    firms = load_deck(
        write_bank(
            tmp_path,
            [
                f"id: f{i}\ntype: true_false\nstatement: S{i}\nanswer: true\ntags: [firms]"
                for i in range(5)
            ],
            deck="firms",
        )
    )
    exam = build_exam([loans, firms], ExamOptions(picks=(("loans", 3), ("firms", 2))), seed=3)
    assert Counter(i.question.type for i in exam.variants[0].questions) == {
        "choice": 3,
        "true_false": 2,
    }
    topped_up = build_exam([loans, firms], ExamOptions(count=9, picks=(("firms", 5),)), seed=3)
    assert Counter(i.question.type for i in topped_up.variants[0].questions) == {
        "choice": 4,
        "true_false": 5,
    }
    assert len(build_exam([loans, firms], ExamOptions(count=4), seed=3).variants[0].questions) == 4


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (
            ExamOptions(picks=(("loans", 7),)),
            "picks loans=7: only 6 more questions tagged 'loans' of types "
            + ", ".join(DEFAULT_TYPES),
        ),
        (
            ExamOptions(picks=(("nope", 1),)),
            "picks nope=1: no question is tagged 'nope'; tags here: loans",
        ),
        (ExamOptions(picks=(("loans", 0),)), "picks loans=0: the number must be at least 1"),
        (ExamOptions(count=7), "count 7: the decks have only 6 questions of types"),
        (
            ExamOptions(count=2, picks=(("loans", 3),)),
            "count 2: fewer than the questions picked by tag",
        ),
        (ExamOptions(types=("choice", "essay")), "types: unknown type 'essay' (known: card,"),
        (ExamOptions(variants=101), "variants: must be between 1 and 100"),
        (ExamOptions(types=("match",)), "no questions of type match in the decks"),
        (ExamOptions(total_points=10.2), "total_points: must be a positive whole or half number"),
    ],
)
def test_impossible_requests_say_why(tmp_path, options, message):
    """The engine names settings as ExamOptions does; the CLI shows its flags instead."""
    bank = load_deck(choice_bank(tmp_path, 6))
    with pytest.raises(UsageError) as err:
        build_exam([bank], options, seed=1)
    assert str(err.value).startswith(message)


def test_variant_codes_go_on_after_z():
    assert [variant_code(i) for i in (0, 1, 25, 26, 27, 51, 52, 99)] == [
        "A", "B", "Z", "AA", "AB", "AZ", "BA", "CV",
    ]  # fmt: skip


def test_parse_pick_and_types():
    assert parse_pick("loans=3") == ("loans", 3)
    assert parse_types("choice, multi choice") == ("choice", "multi")
    assert parse_types(None) == DEFAULT_TYPES
    for bad in ("loans", "loans=x", "=3"):
        with pytest.raises(UsageError, match="write TAG=N"):
            parse_pick(bad)


def test_pool_draws_fresh_questions_of_the_same_weight(tmp_path):
    bank = load_deck(
        write_bank(
            tmp_path,
            [f"id: c{i}\ntype: choice\nprompt: Q{i}?\noptions: [x, y]\nanswer: x" for i in range(6)]
            + [f"id: t{i}\ntype: true_false\nstatement: S{i}\nanswer: false" for i in range(3)]
            + [f"id: n{i}\ntype: numeric\nprompt: N{i}?\nanswer: {i}\npoints: 2" for i in range(3)],
        )
    )
    exam = build_exam([bank], ExamOptions(count=4, pool=True, variants=3), seed=2)
    shapes = [sorted((i.question.type, i.points) for i in v.questions) for v in exam.variants]
    assert shapes[0] == shapes[1] == shapes[2]
    seen = [set(ids(v)) for v in exam.variants]
    if all(not (s & t) for s in seen for t in seen if s is not t):
        assert exam.warnings == ()
    # two variants of three true/false or numeric slots each cannot all be fresh
    big = build_exam(
        [bank], ExamOptions(types=("numeric",), count=2, pool=True, variants=2), seed=2
    )
    assert big.warnings == (
        "variant B repeats 1 question of an earlier variant: the decks have too few "
        "questions of the same type, points and tag",
    )
    assert sorted(ids(big.variants[1])) != sorted(ids(big.variants[0]))


def test_pool_without_enough_questions_still_fills_every_slot(tmp_path):
    bank = load_deck(choice_bank(tmp_path, 3))
    exam = build_exam([bank], ExamOptions(count=3, pool=True, variants=2), seed=4)
    assert sorted(ids(exam.variants[1])) == ["c0", "c1", "c2"]
    assert exam.warnings and exam.warnings[0].startswith("variant B repeats 3 questions")


def test_scale_points_hits_the_total_in_half_points():
    assert scale_points([1, 1, 2], None) == ([1.0, 1.0, 2.0], None)
    assert scale_points([1, 1, 2], 8) == ([2.0, 2.0, 4.0], None)
    with pytest.raises(UsageError, match="total_points 1: too few for 3 questions"):
        scale_points([1, 1, 1], 1)


def test_scaling_never_gives_equal_questions_unequal_points():
    """30 questions for 50 points would be 10 at 2 and 20 at 1.5, by draw order: instead
    every one gets 1.5 and the teacher is told the total and which totals split evenly."""
    points, note = scale_points([1] * 30, 50)
    assert set(points) == {1.5}
    assert note == (
        "points scaled to 50: 30 questions cannot share 50 points in half points and keep equal "
        "weights equal: 30 questions of weight 1 get 1.5, 45 points in all (totals that "
        "split evenly: 45 or 60)"
    )
    points, note = scale_points([10, 1, 1], 1.5)
    assert points == [1.5, 0.5, 0.5] and note and "2.5 points in all" in note


def test_points_option_scales_every_variant_alike(every):
    exam = build_exam([every], ExamOptions(total_points=18, variants=2), seed=1)
    for v in exam.variants:
        assert v.total_points == 18
    loans = next(i for i in exam.variants[0].questions if i.question.id == "loans-1925")
    other = next(i for i in exam.variants[0].questions if i.question.id == "main-creditor")
    assert loans.points == 2 * other.points or abs(loans.points - 2 * other.points) <= 0.5


def test_right_answers_spread_evenly_over_the_letters(tmp_path):
    """The bank puts every right answer first; the exam spreads them over a-d."""
    bank = load_deck(choice_bank(tmp_path, 12, answer_first=True))
    for seed in range(8):
        exam = build_exam([bank], ExamOptions(variants=2), seed=seed)
        for v in exam.variants:
            assert v.answer_letters() == {"a": 3, "b": 3, "c": 3, "d": 3}
    unshuffled = build_exam([bank], ExamOptions(shuffle_options=False), seed=1).variants[0]
    assert unshuffled.answer_letters() == {"a": 12, "b": 0, "c": 0, "d": 0}
    assert letter_spread(unshuffled.answer_letters()) == 12


def test_letter_spread_is_reported_per_variant_in_the_manifest(tmp_path):
    bank = load_deck(choice_bank(tmp_path, 5))
    data = manifest(build_exam([bank], ExamOptions(variants=2), seed=9), ["manifest.json"])
    for v in data["variants"]:
        assert sum(v["answer_letters"].values()) == 5
        assert v["letter_spread"] <= 1
        for q in v["questions"]:
            question = question_from_dict(q["question"])
            assert q["answer"] == " ".join(correct_letters(question, _arrangement(q)))


def _arrangement(q):
    from quiz.answers.arrangement import Arrangement

    return Arrangement.from_dict(q["layout"])


def test_questions_survive_the_manifest_round_trip(every):
    for q in every.questions:
        assert question_from_dict(question_to_dict(q)) == q


def test_the_manifest_keeps_citations_as_the_deck_writes_them(every):
    by_id = {q.id: q for q in every.questions}
    two = question_to_dict(by_id["main-creditor"])
    assert two["source"] == [
        {"id": "article", "section": "German loans"},
        {"id": "moore", "page": "128-129"},
    ]
    one = question_to_dict(by_id["schools-match"])
    assert one["source"] == {"id": "moore", "page": "128-129"}
    assert one["background"] == "Both lay far from Allied inspectors."
    del one["background"]  # a manifest written before background existed
    assert question_from_dict(one) == replace(by_id["schools-match"], background=None)


def test_uneven_answer_letters_are_warned_about(tmp_path):
    """Kept in deck order, a bank that puts every right answer first gives an 'a' pattern."""
    bank = load_deck(choice_bank(tmp_path, 12, answer_first=True))
    kept = build_exam([bank], ExamOptions(shuffle_options=False, variants=2), seed=1)
    assert kept.warnings == tuple(
        f"variant {code}: 12 of 12 right answers are on letter a (about 3 expected); students "
        "notice such patterns: shuffle the options or vary their order in the deck"
        for code in "AB"
    )
    assert build_exam([bank], ExamOptions(variants=2), seed=1).warnings == ()
    # a few questions cannot be spread perfectly; that alone is no pattern
    few = load_deck(choice_bank(tmp_path, 2, answer_first=True))
    assert build_exam([few], ExamOptions(shuffle_options=False), seed=1).warnings == ()


def test_the_cli_names_each_setting_by_its_flag(tmp_path):
    bank = choice_bank(tmp_path, 6)
    out = str(tmp_path / "out")
    for args, message in [
        (["--points", "10.2"], "--points: must be a positive whole or half number"),
        (["--pick", "loans=7"], "--pick loans=7: only 6 more questions tagged 'loans'"),
        (["-n", "2", "--pick", "loans=3"], "--count 2: fewer than the questions picked by tag"),
        (["--pick", "loans"], "--pick loans: write TAG=N, e.g. loans=3"),
    ]:
        result = CliRunner().invoke(cli, ["exam", str(bank), "-o", out, *args])
        assert result.exit_code == 2, result.output
        assert result.stderr.startswith(message), result.stderr


def test_letter_balance_counts_single_choice_questions_only(tmp_path):
    choices = [f"id: c{i}\ntype: choice\nprompt: C{i}?\noptions: [r, w, x, y]\nanswer: r"
               for i in range(8)]  # fmt: skip
    multis = [f"id: m{i}\ntype: multi\nprompt: M{i}?\noptions: [r, s, t, w]\nanswers: [r, s, t]"
              for i in range(8)]  # fmt: skip
    bank = load_deck(write_bank(tmp_path, choices + multis))
    [variant] = build_exam([bank], ExamOptions(), seed=3).variants
    letters = variant.answer_letters()
    assert sum(letters.values()) == 8  # the 24 right letters of the multi questions not counted
    assert max(letters.values()) - min(letters.values()) <= 1  # 8 over a-d: two each
