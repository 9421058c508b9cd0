"""Reading back what quiz's exports label: several citations, background, explanation.
Each spelling is made by the deck model and quiz.bank.citing, not typed here. Cost: ms."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.bank.citing import feedback_lines
from quiz.bank.model import Deck, Short, Source, SourceRef
from quiz.imports.feedback import Feedback, read_citation, split_background, split_feedback
from quiz.imports.result import DeckBuilder

SOURCES = (
    Source(id="moore", title="How Hitler Came To Power", author="Sara Moore"),
    Source(id="semi", title="Trade; and credit, 1926", author="A. Author"),
    Source(id="rb", title="What role did Germany play?", publisher="Russia Beyond"),
)


def spelled(*refs: SourceRef, explanation: str | None = None, background: str | None = None):
    q = Short(id="q", prompt="?", answer="a", citations=refs, explanation=explanation,
              background=background)  # fmt: skip
    deck = Deck(id="d", title="D", sources=SOURCES, questions=(q,))
    return deck, q


@pytest.mark.parametrize(
    "refs",
    [
        (SourceRef(id="moore", page="3"),),
        (SourceRef(id="moore", page="139-142, 192"), SourceRef(id="moore", page="90-91")),
        (SourceRef(id="rb", section="German loans"), SourceRef(id="moore", page="128-129")),
        (SourceRef(id="semi", section="Loans; credits"), SourceRef(id="rb", section="Cities")),
    ],
    ids=["one", "a page range with a comma", "two sources", "'; ' in a title and a section"],
)
def test_several_citations_come_back_as_the_deck_spells_them(refs, tmp_path):
    deck, q = spelled(*refs)
    builder = DeckBuilder(Path("bank.gift"), "Moodle GIFT", "Moodle")
    back = builder.cite("question 1", deck.citation(q))
    places = [(ref.page, ref.section) for ref in back]
    assert places == [(ref.page, ref.section) for ref in refs]
    titles = {s.id: s.title for s in builder.sources.values()}
    assert [titles[ref.id] for ref in back] == [deck.source(ref.id).title for ref in refs]


def test_feedback_splits_into_explanation_background_and_sources():
    deck, q = spelled(
        SourceRef(id="rb", section="German loans"),
        SourceRef(id="moore", page="3"),
        explanation="Credits came first.\nThen the engineers.",
        background="Both lay far from Allied inspectors.\nSecond line.",
    )
    text = "\n".join(feedback_lines(deck, q))
    assert split_feedback(text) == Feedback(q.explanation, q.background, deck.citation(q))
    only_background = split_feedback("\n".join(feedback_lines(*spelled(background="B."))))
    assert only_background == Feedback(None, "B.", "")


def test_text_that_is_not_quiz_s_labels_stays_the_explanation():
    for text in ("See the Source: the notes.", "Sources: class notes", "Background: war."):
        assert split_feedback(text) == Feedback(text, None, "")
    assert read_citation("Sara Moore, p. 3") is None  # no title: not a citation
    assert split_background("Why.\nBackground (not from the source): Context.") == (
        "Why.",
        "Context.",
    )


def test_feedback_of_quiz_before_labels_had_lines_still_reads():
    feedback = "Credits came first. Source: Sara Moore, How Hitler Came To Power, p. 3"
    assert split_feedback(feedback) == Feedback(
        "Credits came first.", None, "Sara Moore, How Hitler Came To Power, p. 3"
    )


@pytest.mark.parametrize("text", ["A, B, § ", " , Title, p. 1", "x;  , Title, p. 1", "Title, p. 3"])
def test_a_citation_with_an_empty_part_is_not_read_as_one(text):
    assert read_citation(text) is None
