"""Answer checking for typed text and numbers: short, cloze and numeric, in tables."""

from __future__ import annotations

import time

import pytest

from quiz.answers.arrangement import Arrangement
from quiz.answers.judge import check_answer, check_cloze, numeric_expected
from quiz.answers.verdict import quoted
from quiz.bank.library import bundled_dir
from quiz.bank.loader import load_deck
from quiz.bank.model import Cloze, Numeric, Short
from quiz.core.numbers import format_number, plain_number, unit_scale

LONG = "a " * 50_000  # a pasted wall of text

ARCHITECT = Short(id="architect", prompt="Who?", answer="Ernst May", alternatives=("May",))
RAPALLO = Short(id="rapallo", prompt="Which treaty?", answer="Treaty of Rapallo")
YEAR = Short(id="year", prompt="When?", answer="1925")
FRANKFURT = Short(id="frankfurt", prompt="Where?", answer="Frankfurt am Main")


@pytest.mark.parametrize(
    ("question", "answer", "correct", "feedback"),
    [
        (ARCHITECT, "Ernst May", True, ""),
        (ARCHITECT, "  ernst   MAY ", True, ""),
        (ARCHITECT, "Ernst May!", True, ""),
        (ARCHITECT, "Érnst Máy", True, "spelled 'Ernst'; spelled 'May'"),  # accents, named
        (ARCHITECT, "may", True, ""),  # an alternative
        (ARCHITECT, "Ernst Mey", False, "'Mey' is another name, not a misspelling of 'May'."),
        (ARCHITECT, "Ersnt May", True, "spelled 'Ernst'"),  # swap
        (ARCHITECT, "Mai", False, "'Mai' is another name, not a misspelling of 'May'."),
        (ARCHITECT, "Ernst Mayer-Hoffmann", False, ""),
        (ARCHITECT, "", False, "No answer."),
        (ARCHITECT, LONG, False, ""),
        (RAPALLO, "the treaty of rapallo", True, ""),
        (RAPALLO, "Rapallo treaty", False, ""),
        (RAPALLO, "treaty rapallo", True, ""),  # small words ignored
        (RAPALLO, "Treaty of Rapalo", True, "spelled 'Rapallo'"),
        (YEAR, "1925", True, ""),
        (YEAR, "1926", False, ""),  # numbers must match exactly
        (YEAR, "in 1925", True, ""),
        (FRANKFURT, "frankfurt-am-main", True, ""),
        (FRANKFURT, "Frankfurt", False, ""),
    ],
)
def test_short(question, answer, correct, feedback):
    """``feedback``: what was forgiven when right, why not when wrong."""
    verdict = check_answer(question, answer, Arrangement())
    said = "; ".join(verdict.forgiven) if verdict.correct else verdict.feedback
    assert (verdict.correct, said) == (correct, feedback)
    assert verdict.expected == question.answer


def test_very_long_answers_are_checked_quickly():
    start = time.perf_counter()
    for question in (ARCHITECT, LOANS):
        assert not check_answer(question, "x" * 1_000_000, Arrangement()).correct
    assert time.perf_counter() - start < 1.0


BRIGADE = Cloze(
    id="brigade",
    text="Ernst May came in {{c1::1930}} with {{c2::17::a number}} specialists to "
    "{{c3::Frankfurt am Main::city}}... no, from it.",
)


@pytest.mark.parametrize(
    ("answers", "score", "feedback"),
    [
        (["1930", "17", "Frankfurt am Main"], 1.0, ""),
        (["1930", "seventeen", "frankfurt am main"], 1.0, ""),
        (["1930", "17", "Frankfurt am Mian"], 1.0, "[3] spelled 'Main'"),
        (["1931", "17", "Frankfurt am Main"], 2 / 3, "2 of 3 blanks right. [1] is '1930'."),
        (
            ["1930", "", "Frankfurt"],
            1 / 3,
            "1 of 3 blanks right. [2] is '17'. [3] is 'Frankfurt am Main'.",
        ),
        (
            ["1930"],  # one value for three blanks: said so
            1 / 3,
            "Only 1 of 3 blanks given."
            " 1 of 3 blanks right. [2] is '17'. [3] is 'Frankfurt am Main'.",
        ),
        (["", "", ""], 0.0, "No answer."),
    ],
)
def test_cloze_blank_by_blank(answers, score, feedback):
    verdict = check_cloze(BRIGADE, answers)
    said = "; ".join(verdict.forgiven) if verdict.correct else verdict.feedback
    assert (verdict.score, said) == (pytest.approx(score), feedback)
    assert (
        verdict.expected
        == "Ernst May came in 1930 with 17 specialists to Frankfurt am Main... no, from it."
    )


RESOURCES = Cloze(
    id="res", text="Rely on the USSR's own {{c1::internal resources::what kind of resources?}}."
)


@pytest.mark.parametrize(
    ("typed", "correct", "feedback"),
    [
        ("internal resources", True, ""),
        ("internal", True, ""),  # the hint gives away 'resources'
        ("internl", True, "[1] spelled 'internal'"),
        ("resources", False, "[1] is 'internal resources'."),
    ],
)
def test_cloze_words_given_by_the_hint_need_not_be_typed(typed, correct, feedback):
    verdict = check_cloze(RESOURCES, [typed])
    said = "; ".join(verdict.forgiven) if verdict.correct else verdict.feedback
    assert (verdict.correct, said) == (correct, feedback)


def test_cloze_through_check_answer_takes_one_line_per_blank():
    assert check_answer(BRIGADE, "1930\n17\nFrankfurt am Main", Arrangement()).correct


LOANS = Numeric(id="loans", prompt="How much?", answer=100, unit="million marks")
SHARE = Numeric(id="share", prompt="Share?", answer=47, unit="percent")
FOUNDED = Numeric(id="founded", prompt="Year?", answer=1930, unit="year")
WORKERS = Numeric(id="workers", prompt="How many?", answer=1000, tolerance=50)
BUDGET = Numeric(id="budget", prompt="How much?", answer=100_000_000)


@pytest.mark.parametrize(
    ("question", "answer", "correct", "understood", "feedback"),
    [
        (LOANS, "100", True, True, ""),
        (LOANS, "100 million", True, True, ""),
        (LOANS, "100 million marks", True, True, ""),
        (LOANS, "100m", True, True, ""),
        (LOANS, "100,000,000", True, True, ""),
        (LOANS, "100 000 000", True, True, ""),
        (LOANS, "0.1 billion", True, True, ""),
        (LOANS, "90", False, True, "Too low."),
        (LOANS, "1.5 billion", False, True, "Too high."),
        (LOANS, "a lot", False, False, "'a lot' is not read as a number."),
        (LOANS, "100 or 200", False, False, "'100 or 200' is not read as a number."),
        (LOANS, "", False, True, "No answer."),
        (SHARE, "47%", True, True, ""),
        (SHARE, "47 percent", True, True, ""),
        (SHARE, "48 %", False, True, "Too high."),
        (FOUNDED, "1930", True, True, ""),
        (FOUNDED, "in 1930", True, True, ""),
        (FOUNDED, "1,930", True, True, ""),
        (FOUNDED, "1931", False, True, "Too high."),
        (WORKERS, "1,000", True, True, ""),
        (WORKERS, "1 000", True, True, ""),
        (WORKERS, "1000", True, True, ""),
        (WORKERS, "1 thousand", True, True, ""),
        (WORKERS, "one thousand", True, True, ""),
        (WORKERS, "1k", True, True, ""),
        (BUDGET, "100 million", True, True, ""),
        (BUDGET, "100,000,000", True, True, ""),
        (BUDGET, "100 mln", True, True, ""),  # mln, mn and bn always scale
        (BUDGET, "0.1bn", True, True, ""),
        (BUDGET, "100m", True, True, ""),  # m may be metres, but not here
        (BUDGET, "100", False, True, "Too low."),
        (WORKERS, "1050", True, True, ""),  # within tolerance
        (WORKERS, "949", False, True, "Too low."),
        (WORKERS, "１０００", True, True, ""),  # full-width digits
        (WORKERS, LONG, False, False, f"{quoted(LONG)} is not read as a number."),
    ],
)
def test_numeric(question, answer, correct, understood, feedback):
    verdict = check_answer(question, answer, Arrangement())
    assert (verdict.correct, verdict.understood, verdict.feedback) == (
        correct,
        understood,
        feedback,
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (LOANS, "100 million marks"),
        (SHARE, "47%"),
        (FOUNDED, "1930"),
        (WORKERS, "1000 (± 50)"),
        (Numeric(id="x", prompt="?", answer=2.5, tolerance=0.5, unit="percent"), "2.5% (± 0.5)"),
        (Numeric(id="y", prompt="?", answer=250000, unit="towns"), "250,000 towns"),
    ],
)
def test_numeric_expected(question, expected):
    assert numeric_expected(question) == expected


def test_format_number():
    assert [format_number(v) for v in (1930, 12345.0, 1.5, 0.25)] == [
        "1930",
        "12,345",
        "1.5",
        "0.25",
    ]


def test_plain_number_is_what_a_machine_reads_back():
    """GIFT's {#20000:0} and Anki's typed-in answer: no thousands separator, no float noise."""
    values = (1930, 20000.0, 1.5, 0.25, -3.0, 2.5e-7)
    assert [plain_number(v) for v in values] == ["1930", "20000", "1.5", "0.25", "-3", "2.5e-07"]


def typed_forms(q: Numeric) -> list[str]:
    """How a person may type a numeric answer: 50000, 50,000, 50 000, 50 000 hectares ..."""
    value = int(q.answer) if float(q.answer).is_integer() else q.answer
    forms = [str(value), f"{value:,}", f"{value:,}".replace(",", " "), f"{value} {q.unit or ''}"]
    scale = (q.unit or "").split()[0] if unit_scale(q.unit) != 1 else ""
    if scale:  # 100 million marks: also 100 million and 100,000,000
        forms += [f"{value} {scale}", f"{int(value * unit_scale(q.unit)):,}"]
    return forms


@pytest.mark.parametrize("deck", sorted(bundled_dir().glob("*.yaml")), ids=lambda p: p.stem)
def test_every_accepted_form_in_the_bundled_decks_is_accepted(deck):
    """Each short answer and alternative, each cloze blank, and the usual ways to type a number."""
    missed = []
    for q in load_deck(deck).questions:
        if isinstance(q, Short):
            tried = list(q.accepted)
        elif isinstance(q, Cloze):
            tried = ["\n".join(d.answer for d in q.deletions)]
        elif isinstance(q, Numeric):
            tried = typed_forms(q)
        else:
            continue
        missed += [
            (q.id, typed) for typed in tried if not check_answer(q, typed, Arrangement()).correct
        ]
    assert missed == []
