"""What the terminal quiz prints after an answer and at the end, as rich renderables.

Deck text goes in as ``rich.text.Text`` (never markup), so a prompt containing
``[bold]`` prints literally; print them on :func:`quiz.core.console.safe_console`,
which turns control characters into ``�``. rich is imported inside the functions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quiz.answers.arrangement import cloze_numbered
from quiz.answers.judge import Verdict
from quiz.bank.citing import background_line, source_line
from quiz.bank.model import Cloze, Deck, Flashcard, Question
from quiz.core.console import cell, listing
from quiz.core.words import noun, plural

if TYPE_CHECKING:
    from rich.console import Group

    from quiz.practice.session import Result, SessionSummary

TYPED_MAX_CHARS = 200  # of an answer shown in the summary's missed list
LABELS = {"right": ("Right.", "bold green"), "wrong": ("Wrong.", "bold red")}
CARD_LABELS = {"right": ("Knew it.", "bold green"), "wrong": ("Not yet.", "bold red")}


def render_verdict(deck: Deck, q: Question, verdict: Verdict) -> Group:
    """Right/partly right/wrong with feedback, the correct answer, the explanation, the
    labelled background and every source."""
    from rich.console import Group
    from rich.text import Text

    if verdict.outcome == "partial":
        label, style = f"Partly right ({verdict.score:.0%}).", "bold yellow"
    else:
        label, style = (CARD_LABELS if isinstance(q, Flashcard) else LABELS)[verdict.outcome]
    if verdict.forgiven:  # "Right — spelled 'Köln'."
        label = label.removesuffix(".") + " — " + "; ".join(verdict.forgiven) + "."
    lines = [Text.assemble((label, style), (" " + verdict.feedback) if verdict.feedback else "")]
    if not verdict.correct and not isinstance(q, Flashcard):
        lines.append(Text.assemble(("Answer: ", "bold"), verdict.expected))
    if q.explanation:
        lines.append(Text(q.explanation))
    if q.background:
        lines.append(Text(background_line(q), style="italic"))
    if q.citations:
        lines.append(Text(source_line(deck, q), style="dim"))
    return Group(*lines)


def points(value: float) -> str:
    return f"{round(value, 2):g}"


def duration(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes} min {secs} s" if minutes else f"{secs} s"


def _typed(result: Result) -> str:
    """What was typed, as the summary shows it (a pasted essay is cut short)."""
    answer = result.answer.strip()
    if isinstance(result.item.question, Flashcard):
        return "did not know"
    if isinstance(result.item.question, Cloze) and answer:
        answer = " / ".join(a.strip() or "-" for a in result.answer.split("\n"))
    if len(answer) > TYPED_MAX_CHARS:
        return answer[:TYPED_MAX_CHARS].rstrip() + " …"
    return answer or "(no answer)"


def _missed_row(result: Result) -> tuple[str, str, str]:
    """Question, what was typed, the right answer; a cloze shows its blanks numbered."""
    q = result.item.question
    if isinstance(q, Cloze):
        right = " / ".join(d.answer for d in q.deletions)
        return cloze_numbered(q.text), _typed(result), right
    return q.prompt_text, _typed(result), result.verdict.expected


def render_summary(summary: SessionSummary) -> Group:
    """The score line, per-tag results and the missed questions with their answers."""
    from rich.console import Group
    from rich.rule import Rule
    from rich.text import Text

    parts: list[object] = [Rule("Summary", style="bold")]
    if not summary.asked:
        parts.append(Text("No questions answered."))
        return Group(*parts)  # type: ignore[arg-type]
    counts = f"{summary.right} right"
    if summary.partial:
        counts += f", {summary.partial} partly right"
    counts += f", {summary.wrong} wrong"
    parts.append(
        Text.assemble(
            ("Score ", "bold"),
            (f"{summary.percent:.0f}%", "bold"),
            f" · {points(summary.earned)} of {points(summary.possible)}"
            f" {noun(summary.possible, 'point')}"
            f" · {counts} · {duration(summary.seconds)}",
        )
    )
    if not summary.finished:
        parts.append(Text(f"Stopped after {summary.asked} of {summary.planned} questions."))
    if summary.retried:
        n = summary.retried
        parts.append(Text(f"{plural(n, 'retry', 'retries')} of missed questions (not scored)."))
    if summary.tags:
        tags = listing("By tag")
        tags.add_column("tag")
        tags.add_column("questions", justify="right")
        tags.add_column("points", justify="right")
        tags.add_column("score", justify="right")
        for t in summary.tags:
            earned = f"{points(t.earned)}/{points(t.possible)}"
            tags.add_row(cell(t.tag), str(t.asked), earned, f"{t.percent:.0f}%")
        parts += [Text(""), tags]
    if summary.missed:
        missed = listing("Missed", leading=1)
        missed.add_column("question", ratio=3)
        missed.add_column("your answer", ratio=1)
        missed.add_column("correct answer", ratio=2)
        for r in summary.missed:
            missed.add_row(*(cell(text) for text in _missed_row(r)))
        parts += [Text(""), missed]
    return Group(*parts)  # type: ignore[arg-type]
