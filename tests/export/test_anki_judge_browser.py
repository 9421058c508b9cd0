"""Type-in cards judge in the card as the terminal does: the shared judgement corpus,
typed into real Anki cards and judged by the card's script in Chromium.

Each row of tests/answers/judgements.csv whose question is a type-in card in Anki (short
and numeric) is typed into that question's card, exported from the real deck and
imported into real Anki; Anki compares it with the Answer field as its reviewer does,
and the back's script gives the verdict. It must agree with the corpus on every row.

Rows left out, by type, and why:

- cloze: Anki shows a cloze card and reveals the blank; nothing is typed;
- choice and multi: the card shows the options and reveals the right ones; nothing is
  typed (the review-time shuffle is tested in test_anki_cards_browser.py).

Cost: about 2 s.
"""

from __future__ import annotations

import csv
import json
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from anki_cards import Reviewer, back_html, front_html
from anki_helpers import notes_by_guid

from quiz.export.anki_notes import note_guid

CORPUS = Path(__file__).parents[1] / "answers" / "judgements.csv"
TYPED_IN = ("short", "numeric")
LEFT_OUT = {
    "cloze": "Anki reveals a cloze's blank: nothing is typed",
    "choice": "the card shows options and reveals the right one: nothing is typed",
    "multi": "the card shows options and reveals the right ones: nothing is typed",
}
JUDGED = """
(function (front, backs) {
  return backs.map(function (back) {
    _show(front);
    _show(back);
    var code = document.querySelector("#qa code#typeans");
    var box = document.querySelector("#qa .verdict");
    return {
      judged: code && code.getAttribute("data-judged"),
      said: box ? box.textContent : "",
      anki: code && code.style.display !== "none",
      tags: box ? box.querySelectorAll("b, i, script, img").length : 0,
    };
  });
})
"""


@pytest.fixture(scope="module")
def rows():
    with CORPUS.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture
def reviewer(browser):
    shown = Reviewer(browser)
    yield shown
    assert shown.errors() == []
    shown.close()


def judged(reviewer, col, card, typed: list[str]) -> list[dict]:
    backs = [back_html(card, col, t) for t in typed]
    call = f"{JUDGED}({json.dumps(front_html(card))}, {json.dumps(backs)})"
    return reviewer.evaluate(call)


def test_the_card_agrees_with_the_corpus_on_every_typed_row(rows, studied, reviewer, capsys):
    _, col = studied
    notes = notes_by_guid(col)
    by_card: dict[tuple[str, str], list[tuple[int, dict]]] = defaultdict(list)
    for n, row in enumerate(rows, start=2):
        if row["type"] in TYPED_IN:
            by_card[row["deck"], row["question"]].append((n, row))
    assert set(Counter(r["type"] for r in rows)) <= {*TYPED_IN, *LEFT_OUT}
    misses = []
    for (deck, question), typed in by_card.items():
        card = notes[note_guid(deck, question)].cards()[0]
        for (n, row), got in zip(
            typed, judged(reviewer, col, card, [r["typed"] for _, r in typed]), strict=True
        ):
            if got["judged"] != row["verdict"]:
                misses.append(f"line {n}: {question} {row['typed']!r}: {got}, not {row['verdict']}")
            assert got["anki"] == (got["judged"] != "right")  # Anki's red diff only if not right
    covered = sum(len(t) for t in by_card.values())
    left = Counter(r["type"] for r in rows if r["type"] not in TYPED_IN)
    with capsys.disabled():
        print(
            f"\ncard judge on the judgement corpus: {covered - len(misses)} of {covered} typed"
            f" rows agree; left out: {dict(left)} (not typed in Anki)"
        )
    assert misses == []
    assert covered >= 200


def test_what_the_card_says_and_when_it_leaves_anki_s_comparison(studied, reviewer):
    _, col = studied
    notes = notes_by_guid(col)
    lenin = notes[note_guid("germany-soviet-industrialization", "stalin-quotes-lenin")]
    card = lenin.cards()[0]
    right, wrong, html, empty = judged(
        reviewer, col, card, ["Comrade Lenin", "Kenin", "<b>Lenin</b> & co", ""]
    )
    assert right["said"] == "✓ Right — 'Comrade' set aside.You typed: Comrade LeninLenin"
    assert not right["anki"]  # Anki's red and green comparison hidden
    assert wrong["said"].startswith("✗ Not right — 'Kenin' is another name")
    assert wrong["anki"]  # Anki's own comparison stays, under the verdict
    assert html["judged"] == "wrong" and html["tags"] == 0  # typed markup is only text
    assert empty["judged"] is None  # nothing typed: Anki shows the answer, as ever
    # a note edited in Anki no longer matches its judging data: Anki's comparison alone
    lenin["Answer"] = "V. I. Lenin"
    col.update_note(lenin)
    (edited,) = judged(reviewer, col, lenin.cards()[0], ["Comrade Lenin"])
    assert edited["judged"] is None and edited["anki"]
    lenin["Answer"] = "Lenin"
    col.update_note(lenin)
