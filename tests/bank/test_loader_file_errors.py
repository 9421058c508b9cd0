"""Malformed deck files (empty, not UTF-8, bad YAML, missing): the exact message and place."""

from __future__ import annotations

import pytest

from quiz.bank.loader import read_deck

FILE_CASES = [
    ("empty file", b"", "1:1: file: is empty; a deck needs deck, title and questions"),
    ("whitespace only", b"\n  \n", "1:1: file: is empty; a deck needs deck, title and questions"),
    ("comments only", b"# nothing\n", "1:1: file: holds only comments"),
    (
        "not utf-8",
        b"deck: d\ntitle: caf\xe9\n",
        "2:11: file: is not UTF-8 (byte 0xe9); save the file as UTF-8",
    ),
    (
        "not a mapping",
        b"- a\n- b\n",
        "1:1: deck: expected a deck (a mapping of key: value), got a list",
    ),
    (
        "bad yaml",
        b"deck: d\ntitle: [unclosed\n",
        "2:8: yaml: this [ is never closed with ], or a comma is missing",
    ),
    (
        "two documents",
        b"deck: d\n---\ndeck: e\n",
        "2:1: yaml: holds more than one YAML document; put one deck per file",
    ),
    (
        "no questions key",
        b"deck: d\ntitle: T\n",
        "1:1: questions: missing; it is required",
    ),
    (
        "empty question list",
        b"deck: d\ntitle: T\nquestions: []\n",
        "3:12: questions: needs at least 1, has 0",
    ),
    (
        "bad deck id",
        b"deck: My Deck\ntitle: T\nquestions: []\n",
        "1:7: deck: 'My Deck': ids and tags take only a-z, 0-9 and -, starting with a letter or"
        " digit; write 'my-deck'",
    ),
    (
        "source without author or publisher",
        b"deck: d\ntitle: T\nsources:\n  - {id: s, title: S}\n"
        b"questions:\n  - {id: a, type: card, front: f, back: b}\n",
        "4:5: sources[0].author: a source needs an author or a publisher",
    ),
]


@pytest.mark.parametrize(("name", "data", "expected"), FILE_CASES, ids=[c[0] for c in FILE_CASES])
def test_malformed_file(tmp_path, name, data, expected):
    path = tmp_path / "deck.yaml"
    path.write_bytes(data)
    deck, problems = read_deck(path)
    assert deck is None
    assert f"{path}:{expected}" in [str(p) for p in problems]


def test_missing_file(tmp_path):
    deck, problems = read_deck(tmp_path / "nope.yaml")
    assert deck is None
    assert [str(p) for p in problems] == [
        f"{tmp_path / 'nope.yaml'}:1:1: file: no such file, and no bundled deck of that name "
        "(`quiz decks` lists them)"
    ]


def test_folder(tmp_path):
    deck, problems = read_deck(tmp_path)
    assert deck is None
    assert [p.message for p in problems] == [
        "is a folder; give a deck file, or pass the folder to `quiz check`"
    ]
