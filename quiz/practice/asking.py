"""Asking at a :class:`~quiz.practice.terminal.Terminal`: one question shown, answered,
checked and its verdict shown; and the whole `quiz run` session with its summary.

rich is imported inside functions: importing this module stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quiz.answers.arrangement import (
    Arrangement,
    card_sides,
    choices_shown,
    cloze_numbered,
    kind_label,
    letter,
    match_left_shown,
)
from quiz.answers.judge import Verdict, check_answer, check_card, check_cloze, counted_wrong
from quiz.answers.lexicon import deck_lexicon
from quiz.bank.model import (
    Cloze,
    Deck,
    Flashcard,
    Match,
    Multi,
    Numeric,
    Order,
    Question,
    TrueFalse,
)
from quiz.core.console import cell
from quiz.core.words import plural
from quiz.practice.terminal import Terminal, ask_until_quit, read_until
from quiz.practice.view import render_summary, render_verdict

if TYPE_CHECKING:
    from rich.table import Table

    from quiz.practice.session import Item, Result, Session, SessionSummary

DRAFT_NOTE = "Draft: machine-drafted, not yet checked by the deck's author; it may be wrong."


@dataclass(frozen=True)
class Answered:
    answer: str  # what was typed (blanks of a cloze joined by newlines)
    verdict: Verdict
    seconds: float


def _hint(q: Question, arrangement: Arrangement) -> str:
    n = len(arrangement.order)
    if isinstance(q, Multi):
        return "Letters (e.g. a c)"
    if isinstance(q, TrueFalse):
        return "True or false? (t/f)"
    if isinstance(q, Order):
        return f"Order (e.g. {' '.join(letter(i) for i in reversed(range(n)))})"
    if isinstance(q, Match):
        return "Pairs (e.g. " + " ".join(f"{i + 1}{letter(i)}" for i in range(min(n, 3))) + ")"
    if isinstance(q, Numeric):
        return "Year" if q.unit == "year" else f"Number ({q.unit})" if q.unit else "Number"
    return "Letter" if arrangement.order else "Answer"


def lettered(rows: Sequence[Sequence[str]], gap_after: int | None = None) -> Table:
    """Lettered (or numbered) lines as a grid: each key in its own column, so a text that
    wraps continues under its text, not under the key; ``gap_after``: the column after
    which a wide gap parts two lists (a match's left and right)."""
    from rich.table import Table

    grid = Table.grid(padding=(0, 1))
    width = len(rows[0]) if rows else 0
    for i in range(width):
        keyed = i % 2 == 0
        grid.add_column(no_wrap=keyed, justify="right" if keyed else "left")
        if i == gap_after:
            grid.add_column(width=2)  # the gap between two lists
    for row in rows:
        cells = [cell(c) for c in row]
        if gap_after is not None:
            cells.insert(gap_after + 1, cell(""))
        grid.add_row(*cells)
    return grid


def show_question(
    term: Terminal, deck: Deck, q: Question, arrangement: Arrangement, heading: str = ""
) -> None:
    """The question as text, options lettered (no prompt)."""
    from rich.padding import Padding

    out = term.console
    out.print()
    out.rule(cell(heading or q.type), style="dim")  # a heading is never markup
    if q.draft:
        out.print(DRAFT_NOTE, style="yellow")
    if q.image:
        where = deck.path.parent / q.image if deck.path else q.image
        out.print(cell(f"Image: {where}"), style="dim")
    if isinstance(q, Flashcard):
        out.print(card_sides(q, arrangement)[0], markup=False, style="bold")
        return
    text = cloze_numbered(q.text) if isinstance(q, Cloze) else q.prompt_text
    out.print(text, markup=False, style="bold")
    if isinstance(q, Match):
        rights = choices_shown(q, arrangement)
        lefts = match_left_shown(q, arrangement)
        rows = [  # spares make the right column longer
            (*((f"{lefts[i][0]}.", lefts[i][1]) if i < len(lefts) else ("", "")), f"{k})", r)
            for i, (k, r) in enumerate(rights)
        ]
        out.print(Padding(lettered(rows, gap_after=1), (0, 0, 0, 2)))
    elif not isinstance(q, TrueFalse):
        keyed = [(f"{key})", text) for key, text in choices_shown(q, arrangement)]
        if keyed:
            out.print(Padding(lettered(keyed), (0, 0, 0, 2)))


def ask(
    term: Terminal, deck: Deck, q: Question, arrangement: Arrangement, heading: str = ""
) -> Answered:
    """Show the question, read answers until one can be read, check it. Raises Quit."""
    show_question(term, deck, q, arrangement, heading)
    start = term.clock()
    if isinstance(q, Flashcard):
        reveal(term, q, arrangement)

    lexicon = deck_lexicon(deck)

    def read() -> tuple[str, Verdict]:
        if isinstance(q, Cloze):
            blanks = [
                term.answer(f"[{n}]" + (f" {d.hint}" if d.hint else ""))
                for n, d in enumerate(q.deletions, start=1)
            ]
            return "\n".join(blanks), check_cloze(q, blanks, lexicon=lexicon)
        if isinstance(q, Flashcard):
            answer = term.answer("Did you know it? (y/n)")
            return answer, check_card(q, answer, arrangement)
        answer = term.answer(_hint(q, arrangement))
        return answer, check_answer(q, answer, arrangement, lexicon)

    answer, verdict = read_until(term, read, lambda got: got[1].understood, lambda got: got[1].hint)
    return Answered(answer, counted_wrong(verdict), max(0.0, term.clock() - start))


def reveal(term: Terminal, card: Flashcard, arrangement: Arrangement) -> None:
    """Wait for Enter, then show the card's hidden side."""
    term.answer("Enter shows the answer")
    term.console.print(card_sides(card, arrangement)[1], markup=False, style="bold")


def show_verdict(term: Terminal, deck: Deck, q: Question, answered: Answered) -> None:
    """Right/wrong/partly right, the correct answer, the explanation and the source."""
    term.console.print(render_verdict(deck, q, answered.verdict))


def run_session(
    term: Terminal, session: Session, record: Callable[[Result], str | None] | None = None
) -> SessionSummary:
    """Ask every item of the session, then show and return the summary; ``record`` (quiz
    run --record) is given each result after its verdict, and a line it returns shown."""
    show_intro(term, session)

    def step() -> bool:
        item = session.next_item()
        if item is None:
            return False
        if item.attempt > 1 and all(r.item.attempt == 1 for r in session.results):
            term.console.print()
            term.console.print("Now the questions you missed, until right:", style="bold")
        answered = ask(term, item.deck, item.question, item.arrangement, _heading(session, item))
        result = session.record(item, answered.answer, answered.verdict, answered.seconds)
        show_verdict(term, item.deck, item.question, answered)
        if record and (saved := record(result)):
            term.console.print(saved, style="dim", markup=False)
        return True

    stopped = ask_until_quit(term, step)
    summary = session.summary(term.clock())
    show_summary(term, summary)
    if stopped and stopped.interrupted:
        raise KeyboardInterrupt
    return summary


def show_intro(term: Terminal, session: Session) -> None:
    titles = dict.fromkeys(item.deck.title for item in session.items)
    count = plural(session.planned, "question")
    term.console.print(cell(f"{' + '.join(titles)} · {count}"), style="bold")
    term.console.print("Type q to stop and see your score; Enter alone skips a question.")


def _heading(session: Session, item: Item) -> str:
    kind = kind_label(item.question, item.arrangement)
    if item.attempt > 1:
        return f"Again · {kind}"
    number = sum(r.item.attempt == 1 for r in session.results) + 1
    return f"Question {number} of {session.planned} · {kind}"


def show_summary(term: Terminal, summary: SessionSummary) -> None:
    term.console.print()
    term.console.print(render_summary(summary))
