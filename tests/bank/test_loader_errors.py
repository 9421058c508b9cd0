"""Malformed questions: each reports the exact message at the exact place.

Problems with the file as a whole are in test_loader_file_errors.py.
"""

from __future__ import annotations

import textwrap

import pytest

from quiz.bank.loader import read_deck

HEAD = """\
deck: d
title: T
sources:
  - {id: art, title: A, publisher: P}
questions:
"""  # questions start on line 6

CASES = [
    # (name, questions yaml (from line 6), expected "line:col: field: message")
    (
        "duplicate id",
        """\
        - {id: a, type: card, front: f, back: b}
        - {id: a, type: card, front: f, back: b}
        """,
        "7:8: questions[1].id: duplicate id 'a' (first on line 6); ids must be unique",
    ),
    (
        "choice answer not among options",
        """\
        - {id: a, type: choice, prompt: p, options: [x, y], answer: z}
        """,
        "6:61: questions[0].answer: answer 'z' is not one of the options",
    ),
    (
        "duplicate options",
        """\
        - {id: a, type: choice, prompt: p, options: [x, y, X], answer: x}
        """,
        "6:52: questions[0].options[2]: duplicate option 'X'",
    ),
    (
        "multi with no correct option",
        """\
        - {id: a, type: multi, prompt: p, options: [x, y], answers: []}
        """,
        "6:61: questions[0].answers: a multi question needs at least one correct option",
    ),
    (
        "multi answer not an option",
        """\
        - {id: a, type: multi, prompt: p, options: [x, y], answers: [x, q]}
        """,
        "6:65: questions[0].answers[1]: answer 'q' is not one of the options",
    ),
    (
        "cloze without deletions",
        """\
        - {id: a, type: cloze, text: plain words}
        """,
        "6:30: questions[0].text: a cloze needs at least one deletion like {{c1::answer}}",
    ),
    (
        "cloze with empty deletion",
        """\
        - {id: a, type: cloze, text: "x {{c1::}} y"}
        """,
        "6:30: questions[0].text: deletion c1 has an empty answer",
    ),
    (
        "cloze number Anki never asks",
        """\
        - {id: a, type: cloze, text: "x {{c0::y}} z"}
        """,
        "6:30: questions[0].text: deletion c0: Anki numbers deletions c1 to c500",
    ),
    (
        "cloze number past Anki's last card",
        """\
        - {id: a, type: cloze, text: "x {{c1::y}} {{c501::z}}"}
        """,
        "6:30: questions[0].text: deletion c501: Anki numbers deletions c1 to c500",
    ),
    (
        "cloze number of 21 digits",
        """\
        - {id: a, type: cloze, text: "x {{c123456789012345678901::y}} z"}
        """,
        "6:30: questions[0].text: deletion c123456789012345678901: Anki numbers deletions"
        " c1 to c500",
    ),
    (
        "cloze deletion inside a deletion",
        """\
        - {id: a, type: cloze, text: "x {{c1::{{c2::in}}}} y"}
        """,
        "6:30: questions[0].text: deletion c2 is inside deletion c1; Anki cannot nest "
        "deletions: write them one after another",
    ),
    (
        "cloze with a }} that closes nothing",
        """\
        - {id: a, type: cloze, text: "x {{c1::y}} z}}"}
        """,
        "6:30: questions[0].text: '}}' closes no deletion; remove it, or open one with {{c1::",
    ),
    (
        "cloze deletion never closed",
        """\
        - {id: a, type: cloze, text: "x {{c1::y}} {{c2::z"}
        """,
        "6:30: questions[0].text: deletion c2 is never closed; end it with }}",
    ),
    (
        "cloze mark that is not a deletion",
        """\
        - {id: a, type: cloze, text: "x {{c1:y}} {{c2::z}}"}
        """,
        "6:30: questions[0].text: '{{c1:y}}' is not a deletion; write {{c1::answer}}",
    ),
    (
        "order of one item",
        """\
        - {id: a, type: order, prompt: p, items: [only]}
        """,
        "6:42: questions[0].items: needs at least 2, has 1",
    ),
    (
        "order repeats an item",
        """\
        - {id: a, type: order, prompt: p, items: [x, y, x]}
        """,
        "6:49: questions[0].items[2]: duplicate item 'x'",
    ),
    (
        "match repeated key",
        """\
        - id: a
          type: match
          prompt: p
          pairs:
            x: 1
            x: 2
        """,
        "11:5: questions[0].pairs.x: repeated key (first on line 10)",
    ),
    (
        "repeated key in a question (reported once)",
        """\
        - {id: a, type: card, front: f, back: b, front: g}
        """,
        "6:42: questions[0].front: repeated key (first on line 6)",
    ),
    (
        "match repeated value",
        """\
        - id: a
          type: match
          prompt: p
          pairs: {x: one, y: one}
        """,
        "9:10: questions[0].pairs: value 'one' appears twice",
    ),
    (
        "non-number in numeric",
        """\
        - {id: a, type: numeric, prompt: p, answer: many}
        """,
        "6:45: questions[0].answer: expected a number, got 'many'",
    ),
    (
        "thousands separator in numeric",
        """\
        - {id: a, type: numeric, prompt: p, answer: "1,000"}
        """,
        "6:45: questions[0].answer: expected a number, got '1,000'; write 1000, not 1,000",
    ),
    (
        "negative tolerance",
        """\
        - {id: a, type: numeric, prompt: p, answer: 3, tolerance: -1}
        """,
        "6:59: questions[0].tolerance: must be at least 0",
    ),
    (
        "infinite answer",
        """\
        - {id: a, type: numeric, prompt: p, answer: .inf}
        """,
        "6:45: questions[0].answer: must be a finite number",
    ),
    (
        "zero points",
        """\
        - {id: a, type: card, front: f, back: b, points: 0}
        """,
        "6:50: questions[0].points: must be more than 0",
    ),
    (
        "empty prompt",
        """\
        - {id: a, type: short, prompt: "  ", answer: x}
        """,
        "6:32: questions[0].prompt: is empty",
    ),
    (
        "null prompt",
        """\
        - {id: a, type: short, prompt: , answer: x}
        """,
        "6:32: questions[0].prompt: is empty",
    ),
    (
        "source not declared",
        """\
        - {id: a, type: card, front: f, back: b, source: {id: nope, page: 3}}
        """,
        "6:55: questions[0].source.id: source 'nope' is not declared in sources (art)",
    ),
    (
        "source with section and page",
        """\
        - {id: a, type: card, front: f, back: b, source: {id: art, page: 3, section: s}}
        """,
        "6:78: questions[0].source.section: give exactly one of section or page",
    ),
    (
        "citation list item not a mapping",
        """\
        - id: a
          type: card
          front: f
          back: b
          source:
            - {id: art, section: s}
            - art, p. 3
        """,
        "12:7: questions[0].source[1]: expected a citation (a mapping of key: value), "
        "got 'art, p. 3'",
    ),
    (
        "citation list item undeclared",
        """\
        - {id: a, type: card, front: f, back: b, source: [{id: art, page: 3}, {id: nope, page: 4}]}
        """,
        "6:76: questions[0].source[1].id: source 'nope' is not declared in sources (art)",
    ),
    (
        "citation list item with section and page",
        """\
        - {id: a, type: card, front: f, back: b, source: [{id: art, page: 3, section: s}]}
        """,
        "6:79: questions[0].source[0].section: give exactly one of section or page",
    ),
    (
        "citation list repeats a citation",
        """\
        - {id: a, type: card, front: f, back: b, source: [{id: art, page: 3}, {id: art, page: 3}]}
        """,
        "6:71: questions[0].source[1]: repeats an earlier citation",
    ),
    (
        "empty citation list",
        """\
        - {id: a, type: card, front: f, back: b, source: []}
        """,
        "6:50: questions[0].source: needs at least 1, has 0",
    ),
    (
        "citation neither mapping nor list",
        """\
        - {id: a, type: card, front: f, back: b, source: Moore p. 3}
        """,
        "6:50: questions[0].source: expected a citation or a list of them, got 'Moore p. 3'",
    ),
    (
        "unknown key",
        """\
        - {id: a, type: card, front: f, back: b, colour: red}
        """,
        "6:42: questions[0].colour: unknown key; a card question takes id, explanation, "
        "background, source, tags, points, image, draft, front, back, reverse",
    ),
    (
        "missing required field",
        """\
        - {id: a, type: card, front: f}
        """,
        "6:3: questions[0].back: missing; it is required",
    ),
    (
        "missing type",
        """\
        - {id: a, front: f, back: b}
        """,
        "6:3: questions[0].type: missing; one of card, cloze, choice, multi, true_false, "
        "short, numeric, order, match",
    ),
    (
        "unknown type",
        """\
        - {id: a, type: essay, prompt: p}
        """,
        "6:17: questions[0].type: unknown type; one of card, cloze, choice, multi, true_false, "
        "short, numeric, order, match",
    ),
    (
        "bad id",
        """\
        - {id: Bad Id, type: card, front: f, back: b}
        """,
        "6:8: questions[0].id: 'Bad Id': ids and tags take only a-z, 0-9 and -, starting with a"
        " letter or digit; write 'bad-id'",
    ),
    (
        "bool where text expected",
        """\
        - {id: a, type: short, prompt: p, answer: yes}
        """,
        "6:43: questions[0].answer: expected text, got yes; put it in quotes",
    ),
    (
        "text where bool expected",
        """\
        - {id: a, type: true_false, statement: s, answer: maybe}
        """,
        "6:51: questions[0].answer: expected true or false, got 'maybe'",
    ),
    (
        "scalar where list expected",
        """\
        - {id: a, type: choice, prompt: p, options: x, answer: x}
        """,
        "6:45: questions[0].options: expected a list, got 'x'",
    ),
    (
        "question is not a mapping",
        """\
        - just a string
        """,
        "6:3: questions[0]: expected a question (a mapping of key: value), got 'just a string'",
    ),
    (
        "python tag",
        """\
        - !!python/object/apply:os.system ["echo pwned"]
        """,
        "6:3: questions[0]: expected a question (a mapping of key: value), "
        "got unsupported tag !!python/object/apply:os.system",
    ),
    (
        "tag on a value",
        """\
        - {id: a, type: short, prompt: !!binary aGVsbG8=, answer: x}
        """,
        "6:32: questions[0].prompt: expected text, got unsupported tag !!binary",
    ),
    (
        "nested list in options",
        """\
        - {id: a, type: choice, prompt: p, options: [x, [y]], answer: x}
        """,
        "6:49: questions[0].options[1]: expected text, got a list",
    ),
    (
        "more options than letters",
        "- {id: a, type: choice, prompt: p, options: ["
        + ", ".join(f"o{i}" for i in range(27))
        + "], answer: o1}\n",
        "6:45: questions[0].options: takes at most 26, has 27",
    ),
    (
        "image outside the deck's folder",
        """\
        - {id: a, type: card, front: f, back: b, image: ../secret.png}
        """,
        "6:49: questions[0].image: '../secret.png' is outside the deck's folder; "
        "put the image beside the deck",
    ),
    (
        "control character in text",
        """\
        - {id: a, type: short, prompt: "clear \\e[2J screen", answer: x}
        """,
        "6:32: questions[0].prompt: contains the control character U+001B; remove it",
    ),
    (
        "noncharacter in text",  # XML (QTI) cannot hold one: the export would be ill-formed
        """\
        - {id: a, type: short, prompt: "x", answer: "one \\uFFFE"}
        """,
        "6:45: questions[0].answer: contains the noncharacter U+FFFE; remove it",
    ),
    (
        "tag not a slug",
        """\
        - {id: a, type: card, front: f, back: b, tags: [Loans]}
        """,
        "6:49: questions[0].tags[0]: 'Loans' has capitals: ids and tags are lowercase (a-z, 0-9"
        " and -); write 'loans'",
    ),
]


@pytest.mark.parametrize(("name", "body", "expected"), CASES, ids=[c[0] for c in CASES])
def test_malformed_question(tmp_path, name, body, expected):
    path = tmp_path / "deck.yaml"
    path.write_text(HEAD + textwrap.indent(textwrap.dedent(body), ""), encoding="utf-8")
    deck, problems = read_deck(path)
    errors = [p for p in problems if p.severity == "error"]
    assert deck is None
    assert [str(p) for p in errors] == [f"{path}:{expected}"]


def test_a_broken_optional_field_does_not_hide_the_rules_across_fields(tmp_path):
    path = tmp_path / "deck.yaml"
    path.write_text(
        HEAD + "  - {id: a, type: choice, prompt: p, options: [x, y], answer: z, points: -1}\n",
        encoding="utf-8",
    )
    _, problems = read_deck(path)
    assert [(p.field, p.message) for p in problems] == [
        ("questions[0].answer", "answer 'z' is not one of the options"),
        ("questions[0].points", "must be more than 0"),
    ]


def test_every_noncharacter_is_refused_with_its_line_escaped_or_raw(tmp_path):
    path = tmp_path / "deck.yaml"
    body = '  - {id: a, type: short, prompt: "two \\U0001FFFF", answer: "three \\uFDD0"}\n'
    path.write_text(HEAD + body, encoding="utf-8")
    _, problems = read_deck(path)
    assert [p.message for p in problems] == [
        "contains the noncharacter U+1FFFF; remove it",
        "contains the noncharacter U+FDD0; remove it",
    ]
    path.write_text(HEAD + "  - {id: a, type: short, prompt: p\uffff, answer: x}\n")
    _, problems = read_deck(path)
    line = HEAD.count("\n") + 1
    assert [str(p) for p in problems] == [
        f"{path}:{line}:35: text: contains the noncharacter U+FFFF; remove it"
    ]
