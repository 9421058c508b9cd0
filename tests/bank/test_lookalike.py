"""`quiz check` warns about text that reads other than it looks."""

from __future__ import annotations

from quiz.bank.loader import read_deck
from quiz.bank.lookalike import look_alikes, skeleton

HEAD = "deck: d\ntitle: T\nsources: [{id: s, title: S, author: A}]\nquestions:\n"
Q = "explanation: e, source: {id: s, page: '1'}"


def warnings(tmp_path, body: str) -> list[str]:
    path = tmp_path / "deck.yaml"
    path.write_text(HEAD + body, encoding="utf-8")
    deck, problems = read_deck(path)
    assert deck is not None, problems
    return [f"{p.line}:{p.col}: {p.field}: {p.message}" for p in problems]


def test_options_identical_to_the_eye_are_warned_about(tmp_path):
    options = "[Paris, Pаris, Lyon]"
    body = f"  - {{id: a, type: choice, prompt: p, options: {options}, answer: Paris, {Q}}}\n"
    assert warnings(tmp_path, body) == [
        "5:55: questions[0].options[1]: 'Pаris' looks the same as questions[0].options[0]"
        " 'Paris' (the second has U+0430 CYRILLIC SMALL LETTER A); learners cannot tell them"
        " apart"
    ]


def test_whole_words_in_another_script_and_match_sides_too(tmp_path):
    body = f"  - {{id: a, type: match, prompt: p, pairs: {{COP: one, СОР: two}}, {Q}}}\n"
    [warning] = warnings(tmp_path, body)
    assert "'СОР' looks the same as questions[0].pairs.COP 'COP'" in warning


def test_right_to_left_override_and_zero_width_characters(tmp_path):
    body = f'  - {{id: a, type: short, prompt: "Who\\u202e?", answer: "Ernst\\u200bMay", {Q}}}\n'
    assert warnings(tmp_path, body) == [
        "5:34: questions[0].prompt: contains U+202E RIGHT-TO-LEFT OVERRIDE, which shows the"
        " text in another order than it reads; remove it",
        "5:56: questions[0].answer: contains the invisible U+200B ZERO WIDTH SPACE; remove it",
    ]


def test_a_word_mixing_scripts_is_warned_about(tmp_path):
    body = f"  - {{id: a, type: short, prompt: Capital?, answer: Pаris, {Q}}}\n"
    assert warnings(tmp_path, body) == [
        "5:52: questions[0].answer: 'Pаris' mixes Latin with Cyrillic letters (U+0430 CYRILLIC"
        " SMALL LETTER A); a learner typing it will be marked wrong: retype the word"
    ]


def test_text_in_one_script_or_with_accents_is_fine(tmp_path):
    body = (
        f"  - {{id: a, type: choice, prompt: Где?, options: [Москва, Париж, Zürich, Αθήνα],"
        f" answer: Москва, {Q}}}\n"
    )
    assert warnings(tmp_path, body) == []


def test_skeleton():
    assert skeleton("Ｐaris") == skeleton("Pаris") == skeleton("Par\u200bis") == "Paris"
    assert look_alikes(["Paris", "paris", "Pаris"]) == [
        (0, 2, "the second has U+0430 CYRILLIC SMALL LETTER A")
    ]
