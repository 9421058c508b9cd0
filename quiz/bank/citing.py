"""How a question's context is labelled wherever it is shown after the answer.

One rule for every output (the terminal, the Anki back, the exam key, GIFT and QTI
feedback): the explanation says what the cited sources say; background, which they do
not say, always carries its own label; then every citation. How one citation is spelled
is :meth:`quiz.bank.model.Deck.citation`.
"""

from __future__ import annotations

from quiz.bank.model import Deck, QuestionBase

BACKGROUND_LABEL = "Background (not from the source)"


def sources_label(q: QuestionBase) -> str:
    """'Source', or 'Sources' when the question cites more than one document."""
    return "Sources" if len({ref.id for ref in q.citations}) > 1 else "Source"


def background_line(q: QuestionBase) -> str:
    """The background under its label ('' when the question has none)."""
    return f"{BACKGROUND_LABEL}: {q.background}" if q.background else ""


def source_line(deck: Deck, q: QuestionBase) -> str:
    """Every citation under its label: 'Source: …' or 'Sources: …; …' ('' for none)."""
    citation = deck.citation(q)
    return f"{sources_label(q)}: {citation}" if citation else ""


def feedback_lines(deck: Deck, q: QuestionBase) -> list[str]:
    """Explanation, labelled background and labelled sources: the ones the question has."""
    return [line for line in (q.explanation, background_line(q), source_line(deck, q)) if line]
