"""Choice, order and match cards, rendered by real Anki, with their scripts run in Chromium.

Every such card of the bundled decks and tests/fixtures/every-type.yaml is shown front
then back, as Anki's desktop reviewer shows it, and as AnkiDroid does (a page per side),
with sessionStorage, without it, and without scripts at all. The back must always follow
the front: the same option letters, each order item and match entry with the label it
had. The right option's position over many reviews must be spread like chance.
Cost: about 3 s (one browser for the session, see conftest.py).
"""

from __future__ import annotations

import html
import math
import re
from collections import Counter

import pytest
from anki_cards import NO_STORAGE, Reviewer, back_html, front_html
from anki_helpers import notes_by_guid

from quiz.bank.model import Choice, Match, Multi, Order, TrueFalse
from quiz.export.anki_notes import note_guid

REVIEWS = 24  # reviews of each choice card for the position figures
LISTED = (Choice, Multi, TrueFalse, Order, Match)


@pytest.fixture(scope="module")
def cards(studied):
    """(question, card) of every choice and list note of the bundled decks and every-type."""
    decks, col = studied
    notes = notes_by_guid(col)
    return [
        (q, notes[note_guid(deck.id, q.id)].cards()[0])
        for deck in decks.values()
        if deck.id != "judging"
        for q in deck.questions
        if isinstance(q, LISTED)
    ]


@pytest.fixture
def reviewer(browser):
    shown = Reviewer(browser)
    yield shown
    assert shown.errors() == []  # no script threw
    shown.close()


def review(reviewer: Reviewer, card, seed: int, *, pages: bool = False) -> tuple[dict, dict]:
    """Show the front, then the back; what each side showed."""
    if not pages:
        return reviewer.reviews(front_html(card), back_html(card, None), [seed])[0]
    reviewer.seed(seed)
    reviewer.open(front_html(card))
    front = reviewer.read()
    reviewer.open(back_html(card, None))
    return front, reviewer.read()


def agree(q, front: dict, back: dict) -> None:
    """The back shows what the front showed, with the same labels."""
    if isinstance(q, TrueFalse):
        assert [e["text"] for e in front["list"]] == ["True", "False"]
        assert {e["mark"] for e in front["list"]} == {""}  # not lettered
        return
    if isinstance(q, Choice | Multi):
        rights = {q.answer} if isinstance(q, Choice) else set(q.answers)
        assert sorted(e["text"] for e in front["list"]) == sorted(q.options)
        assert [(e["mark"], e["text"]) for e in back["list"]] == [
            (e["mark"], e["text"]) for e in front["list"]
        ]
        assert {e["text"] for e in back["list"] if e["right"]} == rights
        return
    if isinstance(q, Order):
        letter = {e["text"]: e["mark"] for e in front["list"]}
        assert sorted(letter) == sorted(q.items)
        assert [e["text"] for e in back["list"]] == list(q.items)  # the right order
        assert [e["label"] for e in back["list"]] == [letter[i] for i in q.items]
        return
    number = {left: n for n, left, _, _ in front["rows"] if left}  # spare rows: no left
    letter = {right: a for _, _, a, right in front["rows"]}
    assert sorted(number) == sorted(left for left, _ in q.pairs)
    assert sorted(letter) == sorted(q.rights)
    pairs = sorted(
        ((number[left], left, letter[right], right) for left, right in q.pairs),
        key=lambda row: int(row[0]),
    )
    spares = sorted(((None, "", letter[s], s) for s in q.spares), key=lambda row: row[2])
    assert [tuple(row) for row in back["rows"]] == pairs + spares


def shown_order(q, side: dict) -> tuple[str, ...]:
    if isinstance(q, Match):
        return tuple(cell for row in side["rows"] for cell in (row[1], row[3]))
    return tuple(e["text"] for e in side["list"])


def test_the_back_follows_the_front_and_each_review_shuffles_again(cards, reviewer):
    varied = 0
    for q, card in cards:
        orders = set()
        for front, back in reviewer.reviews(front_html(card), back_html(card, None), [11, 12, 13]):
            agree(q, front, back)
            orders.add(shown_order(q, front))
        varied += len(orders) > 1
    shuffled = [q for q, _ in cards if not isinstance(q, TrueFalse)]
    assert varied >= 0.9 * len(shuffled)  # two-entry lists may draw the same order thrice


def one_of_each(cards):
    kinds: dict[type, tuple] = {}
    for q, card in cards:
        kinds.setdefault(type(q), (q, card))
    return list(kinds.values())


@pytest.mark.parametrize("storage", [True, False], ids=["sessionStorage", "no storage"])
def test_a_page_per_side_as_ankidroid_and_no_storage_agree_too(cards, browser, storage):
    reviewer = Reviewer(browser) if storage else Reviewer(browser, NO_STORAGE)
    try:
        for q, card in one_of_each(cards):
            agree(q, *review(reviewer, card, 7, pages=True))
        if not storage:  # both sides draw from the same seed instead
            for q, card in cards:
                agree(q, *review(reviewer, card, 7))
        assert reviewer.errors() == []
    finally:
        reviewer.close()


def test_without_scripts_the_export_order_shows_with_its_labels(cards, reviewer):
    for q, card in cards:
        front, back = reviewer.unscripted(front_html(card), back_html(card, None))
        agree(q, front, back)
        if isinstance(q, Order):
            assert [e["text"] for e in front["list"]] != list(q.items)


def test_a_back_shown_alone_keeps_the_export_order(cards, reviewer):
    q, card = next((q, c) for q, c in cards if isinstance(q, Match))
    reviewer.page.evaluate("sessionStorage.clear()")
    reviewer.show(back_html(card, None))
    rows = reviewer.read()["rows"]
    assert [row[0] for row in rows] == [str(n) for n in range(1, len(q.pairs) + 1)]


def unscripted_options(card) -> list[str]:
    """The options in the order a client without scripts shows: the Options field's."""
    return [html.unescape(li) for li in re.findall(r"<li>(.*?)</li>", card.note()["Options"])]


def chi_square_p(observed: list[int], expected: list[float]) -> float:
    """Upper tail of the chi-square statistic (Wilson-Hilferty normal approximation)."""
    stat = sum((o - e) ** 2 / e for o, e in zip(observed, expected, strict=True))
    k = len(observed) - 1
    z = ((stat / k) ** (1 / 3) - (1 - 2 / (9 * k))) / math.sqrt(2 / (9 * k))
    return 0.5 * math.erfc(z / math.sqrt(2))


def test_the_right_option_is_placed_like_chance(cards, reviewer, capsys):
    deck_order, exported, reviewed = Counter(), Counter(), Counter()
    expected = [0.0] * 6
    multi_first = multi_reviews = 0
    chance_first = 0.0
    seeds = list(range(1000, 1000 + REVIEWS))
    for q, card in cards:
        if not isinstance(q, Choice | Multi):
            continue
        rights = {q.answer} if isinstance(q, Choice) else set(q.answers)
        base = unscripted_options(card)
        shown = [
            [e["text"] for e in front["list"]]
            for front, _ in reviewer.reviews(front_html(card), back_html(card, None), seeds)
        ]
        if isinstance(q, Multi):
            assert set(base[: len(rights)]) != rights  # never right-first without scripts
            multi_reviews += len(shown)
            multi_first += sum(set(options[: len(rights)]) == rights for options in shown)
            chance_first += REVIEWS / math.comb(len(q.options), len(rights))
            continue
        deck_order[q.options.index(q.answer)] += 1
        exported[base.index(q.answer)] += 1
        for options in shown:
            reviewed[options.index(q.answer)] += 1
        for position in range(len(q.options)):
            expected[position] += REVIEWS / len(q.options)
    positions = [p for p in range(6) if expected[p]]
    observed = [reviewed[p] for p in positions]
    p_value = chi_square_p(observed, [expected[p] for p in positions])
    with capsys.disabled():
        letters = "ABCDEF"
        print(
            f"\nright option's position, {sum(deck_order.values())} choice cards:"
            f"\n  deck order (before): {dict((letters[p], deck_order[p]) for p in positions)}"
            f"\n  export order (no script): {dict((letters[p], exported[p]) for p in positions)}"
            f"\n  {REVIEWS} reviews each (script): {dict(zip(letters, observed, strict=False))}"
            f" expected {[round(expected[p]) for p in positions]}, chi-square p = {p_value:.2f}"
            f"\n  multi cards right-first: {multi_first} of {multi_reviews} reviews"
            f" (chance {chance_first:.0f})"
        )
    assert p_value > 0.001
    assert exported[0] < 0.5 * sum(exported.values())  # no longer nearly always A
    assert abs(multi_first - chance_first) <= 4 * math.sqrt(chance_first) + 1
