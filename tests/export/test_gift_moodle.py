"""Our GIFT read by a port of Moodle's importer (moodle_gift.py): deck text never changes
Moodle's grading, question type or text format."""

from __future__ import annotations

import html
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from moodle_gift import read_gift

from quiz.bank.model import Choice, Deck, Match, Multi, Question, Short, TrueFalse
from quiz.export import gift

HOSTILE = [
    "%50% off", "%-100%x", "%5.5% rise", "[markdown]**bold**", "[html]<b>x</b>", "[moodle]y",
    "[plain]z", "  [html]lead", "~tilde", "=eq", "#hash", "{braces}", "a -> b", "back\\slash",
    "new\\nline", "&&058;", "// not a comment", "::name::", "T", "TRUE", "<script>", "&amp;",
    "100%", "[1] footnote", "####", "$CATEGORY: x",
]  # fmt: skip
UNREADABLE_SHORT = {"[markdown]**bold**", "[html]<b>x</b>", "[moodle]y", "[plain]z",
                    "  [html]lead", "a -> b", "&&058;"}  # fmt: skip


def shown(text: str) -> str:
    """What a Moodle user sees of an [html] text."""
    return html.unescape(text.replace("<br>", "\n"))


def export(questions: list[Question], tmp_path) -> tuple[list, list[str]]:
    deck = Deck(id="d", title="D", questions=tuple(questions))
    out = tmp_path / "d.gift"
    result = gift.write([deck], out)
    imported = read_gift(out.read_text(encoding="utf-8"))
    return [q for q in imported if q.qtype != "category"], result.warnings


def check_choice(q: Choice | Multi, got) -> None:
    assert got.qtype == "multichoice" and got.single == isinstance(q, Choice)
    assert [a.format for a in got.answers] == ["html"] * len(q.options)
    assert [shown(a.text) for a in got.answers] == [o.strip() for o in q.options]
    right = {q.answer} if isinstance(q, Choice) else set(q.answers)
    weights = [
        1.0 if isinstance(q, Choice) else 1 / len(right) if o in right else -1 / len(right)
        for o in q.options
    ]
    if isinstance(q, Choice):
        weights = [1.0 if o in right else 0.0 for o in q.options]
    assert got.fractions == pytest.approx(weights, abs=1e-6)
    assert shown(got.text.text) == q.prompt.strip() and got.text.format == "html"


def test_hostile_text_survives_a_moodle_round_trip(tmp_path):
    questions: list[Question] = [
        Choice(id="c", prompt=HOSTILE[0], options=tuple(HOSTILE), answer=HOSTILE[3],
               explanation="[markdown]*why*"),
        Multi(id="m", prompt="[html]<i>", options=tuple(HOSTILE), answers=tuple(HOSTILE[::3])),
        TrueFalse(id="t", statement="%50% [markdown] TRUE", answer=False),
        Short(id="s", prompt="Which?", answer="%50% off", alternatives=tuple(HOSTILE[1:])),
        Match(id="p", prompt="Pair", pairs=tuple((h, f"right {i}") for i, h in
              enumerate(HOSTILE[:4])), spares=("[markdown]spare",)),
    ]  # fmt: skip
    (c, m, t, s, p), warnings = export(questions, tmp_path)
    check_choice(questions[0], c)
    assert shown(c.general_feedback.text).startswith("[markdown]*why*")
    check_choice(questions[1], m)
    assert t.qtype == "truefalse" and t.correct is False
    assert shown(t.text.text) == "%50% [markdown] TRUE"
    assert s.qtype == "shortanswer"
    readable = [a for a in questions[3].accepted if a not in UNREADABLE_SHORT]
    assert [a.text.replace("\\*", "*") for a in s.answers] == [a.strip() for a in readable]
    assert s.fractions == [1.0] * len(readable)
    assert sorted(w.split(": ", 1)[1] for w in warnings if w.startswith("d/s:")) == sorted(
        f"{gift._unreadable(a)}; left out the answer {a!r}" for a in UNREADABLE_SHORT
    )
    assert p.qtype == "match"
    assert [shown(x.text) for x in p.subquestions] == [*HOSTILE[:4], ""]
    assert p.subanswers == ["right 0", "right 1", "right 2", "right 3", "[markdown]spare"]


def test_what_moodle_cannot_hold_is_left_out_or_warned(tmp_path):
    questions: list[Question] = [
        Choice(id="one", prompt="Only?", options=("yes",), answer="yes"),
        Match(id="two", prompt="Pair", pairs=(("a", "b"), ("c", "d"))),
        Match(id="spared", prompt="Pair", pairs=(("a", "b"), ("c", "d")), spares=("e",)),
    ]
    imported, warnings = export(questions, tmp_path)
    assert [q.name for q in imported] == ["two", "spared"]  # never a short answer "yes"
    assert warnings == [
        "d/one: Moodle needs two options for a choice (one would import as a short answer); "
        "left out",
        "d/two: Moodle imports a matching with 2 answers but its editor cannot save it again "
        "(it needs 3); add spares: to the question",
    ]
    assert imported[1].subanswers == ["b", "d", "e"]


TEXT = st.text(alphabet=st.sampled_from("ab %-5.[]~=#{}:\\/&;<>*T\n"), min_size=1, max_size=14)


@settings(max_examples=60, deadline=None)
@given(options=st.lists(TEXT.map(str.strip).filter(bool), min_size=2, max_size=4, unique=True))
def test_any_option_text_keeps_its_weight_and_text(tmp_path_factory, options):
    options = [o for o in options if o]
    question = Choice(id="c", prompt=options[0], options=tuple(options), answer=options[-1])
    [got], _ = export([question], tmp_path_factory.mktemp("gift"))
    check_choice(question, got)
    short = Short(id="s", prompt="Which?", answer=options[0])
    [got], _ = export([short], tmp_path_factory.mktemp("gift"))
    if not gift._unreadable(options[0]):
        assert [a.text.replace("\\*", "*") for a in got.answers] == [options[0].strip()]
        assert got.fractions == [1.0], json.dumps(options)
