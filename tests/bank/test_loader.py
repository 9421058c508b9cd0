"""Valid decks load into the model; the schema accepts them; random damage only ever
produces the project's own error reports."""

from __future__ import annotations

import json

import jsonschema
import pytest
import yaml
from fixture_paths import EVERY_TYPE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.bank.fields import check_hints
from quiz.bank.library import bundled_decks
from quiz.bank.loader import load_deck, read_deck
from quiz.bank.model import (
    QUESTION_TYPES,
    Choice,
    Cloze,
    Flashcard,
    Match,
    Multi,
    Numeric,
    Order,
    Short,
    TrueFalse,
)
from quiz.bank.schema import deck_schema

VALID_FIXTURES = [EVERY_TYPE, *bundled_decks()]


def test_every_type_loads_into_its_class():
    deck = load_deck(EVERY_TYPE)
    by_id = {q.id: q for q in deck.questions}
    assert {q.type for q in deck.questions} == set(QUESTION_TYPES)
    card = by_id["term-inspetsy"]
    assert isinstance(card, Flashcard) and card.reverse and card.back.startswith("foreign")
    cloze = by_id["may-brigade-cloze"]
    assert isinstance(cloze, Cloze)
    assert [(d.number, d.answer, d.hint) for d in cloze.deletions] == [
        (1, "1930", None),
        (2, "17", "a number"),
    ]
    assert cloze.prompt_text == "Ernst May came to the USSR in [...] with [a number] specialists."
    choice = by_id["main-creditor"]
    assert isinstance(choice, Choice) and choice.answer == "Germany" and len(choice.options) == 4
    multi = by_id["siemens-projects"]
    assert isinstance(multi, Multi) and len(multi.answers) == 3
    tf = by_id["may-austrian"]
    assert isinstance(tf, TrueFalse) and tf.answer is False
    short = by_id["may-name"]
    assert isinstance(short, Short) and short.accepted == ("Ernst May", "May")
    num = by_id["loans-1925"]
    assert isinstance(num, Numeric)
    assert (num.answer, num.tolerance, num.unit, num.points) == (100, 0, "million marks", 2)
    order = by_id["plans-order"]
    assert isinstance(order, Order) and order.items[0] == "First five-year plan"
    match = by_id["schools-match"]
    assert isinstance(match, Match)
    assert match.pairs == (("Lipetsk", "aviation school"), ("Kazan", "tank school"))
    assert deck.citation(match) == "Sara Moore, How Hitler Came To Power, p. 128-129"
    assert match.background == "Both lay far from Allied inspectors."
    assert [(r.id, r.section, r.page) for r in by_id["main-creditor"].citations] == [
        ("article", "German loans", None),
        ("moore", None, "128-129"),
    ]
    assert deck.citation(by_id["main-creditor"]) == (
        "Russia Beyond, What role did Germany play in industrializing the USSR in the 1930s?, "
        "§ German loans; Sara Moore, How Hitler Came To Power, p. 128-129"
    )
    assert deck.citation(num) == (
        "Russia Beyond, What role did Germany play in industrializing the USSR in the 1930s?, "
        "§ German loans"
    )


def test_unquoted_numbers_are_text_where_text_is_expected(tmp_path):
    path = tmp_path / "d.yaml"
    path.write_text(
        "deck: d\ntitle: T\nsources: [{id: s, title: S, author: A}]\nquestions:\n"
        "  - {id: a, type: choice, prompt: When?, options: [1925, 1926.0, 1_000], answer: 1925,"
        " source: {id: s, page: 91}}\n",
        encoding="utf-8",
    )
    q = load_deck(path).questions[0]
    assert q.options == ("1925", "1926.0", "1_000") and q.answer == "1925"
    assert q.citations[0].page == "91"


def test_citations_of_one_source_are_spelled_once_with_every_place(tmp_path):
    path = tmp_path / "d.yaml"
    path.write_text(
        "deck: d\ntitle: T\nsources: [{id: s, title: S, author: A}, {id: t, title: T, "
        "publisher: P}]\nquestions:\n  - {id: a, type: card, front: f, back: b, source: "
        "[{id: s, page: 3}, {id: t, section: Intro}, {id: s, page: 90-91}]}\n",
        encoding="utf-8",
    )
    deck = load_deck(path)
    assert deck.citation(deck.questions[0]) == "A, S, p. 3, p. 90-91; P, T, § Intro"


def test_type_hints_all_have_a_yaml_shape():
    check_hints()


@pytest.mark.parametrize("path", VALID_FIXTURES, ids=lambda p: p.name)
def test_valid_decks_validate_against_the_generated_schema(path):
    schema = deck_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), schema)


@pytest.mark.parametrize("path", bundled_decks(), ids=lambda p: p.name)
def test_bundled_decks_are_clean_and_point_editors_at_the_schema(path):
    deck, problems = read_deck(path)
    assert deck is not None and problems == []
    assert path.read_text(encoding="utf-8").startswith(
        "# yaml-language-server: $schema=deck.schema.json\n"
    )


def test_schema_rejects_what_the_loader_rejects():
    schema = deck_schema()
    bad = {"deck": "d", "title": "T", "questions": [{"id": "a", "type": "card", "front": "f"}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)
    bad["questions"][0].update(back="b", colour="red")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)
    del bad["questions"][0]["colour"]
    ref = {"id": "s", "page": "3"}
    for citations in ([], [ref, ref], [ref, "p. 4"], "p. 3"):
        bad["questions"][0]["source"] = citations
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(bad, schema)
    bad["questions"][0].update(source=[ref, {"id": "s", "page": "4"}], background="b")
    jsonschema.validate(bad, schema)


def test_python_tags_are_never_constructed(tmp_path):
    marker = tmp_path / "pwned"
    path = tmp_path / "d.yaml"
    path.write_text(
        f"deck: d\ntitle: !!python/object/apply:os.system ['touch {marker}']\nquestions: []\n",
        encoding="utf-8",
    )
    deck, problems = read_deck(path)
    assert deck is None and not marker.exists()
    assert "unsupported tag !!python/object/apply:os.system" in problems[0].message


# -- random damage -------------------------------------------------------------------------

BASE = json.loads(json.dumps(yaml.safe_load(EVERY_TYPE.read_text(encoding="utf-8"))))
JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.lists(st.text(max_size=5), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*prefix, i))


PATHS = [p for p in _paths(BASE) if p]


@st.composite
def damaged(draw):
    doc = json.loads(json.dumps(BASE))
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(PATHS))
        parent = doc
        try:
            for key in path[:-1]:
                parent = parent[key]
            action = draw(st.sampled_from(["replace", "delete", "add"]))
            if action == "replace":
                parent[path[-1]] = draw(JUNK)
            elif action == "delete":
                del parent[path[-1]]
            elif isinstance(parent, dict):
                parent[draw(st.text(max_size=8))] = draw(JUNK)
        except (KeyError, IndexError, TypeError):
            pass
    return doc


@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(doc=damaged())
def test_damaged_decks_only_produce_our_problems(tmp_path, doc):
    path = tmp_path / "damaged.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    deck, problems = read_deck(path)
    assert deck is not None or any(p.severity == "error" for p in problems)
    for p in problems:
        assert p.path == str(path) and p.line >= 1 and p.col >= 1 and p.field and p.message


@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(cut=st.integers(0, 3000), junk=st.text(max_size=10))
def test_damaged_text_only_produces_our_problems(tmp_path, cut, junk):
    text = EVERY_TYPE.read_text(encoding="utf-8")
    cut %= len(text)
    path = tmp_path / "damaged.yaml"
    path.write_text(text[:cut] + junk + text[cut + len(junk) :], encoding="utf-8")
    _, problems = read_deck(path)
    for p in problems:
        assert p.line >= 1 and p.col >= 1 and p.message
