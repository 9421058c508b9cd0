"""`quiz stats` in the terminal: one block per deck, distributions as bar charts.

Deck text goes in as ``rich.text.Text`` (never markup); print it on
:func:`quiz.core.console.safe_console` so control characters cannot reach the
terminal. rich is imported inside.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from quiz.core.console import cell
from quiz.srs.memory_stats import Bucket
from quiz.srs.optimize_view import answers, set_name
from quiz.srs.report import DeckReport
from quiz.srs.stats import FORECAST_DAYS

if TYPE_CHECKING:
    from rich.console import Group
    from rich.table import Table

BAR_WIDTH = 30


def bar(n: float, most: float) -> str:
    """A bar of up to BAR_WIDTH blocks; any count above zero gets at least one."""
    if n <= 0 or most <= 0:
        return ""
    return "█" * max(1, round(BAR_WIDTH * n / most))


def chart(
    title: str, rows: Sequence[tuple[str, str, float]], notes: dict[int, str] | None = None
) -> Table:
    """Label, figure and a bar per row; ``notes`` adds a word after some rows' bars."""
    from rich.table import Table

    table = Table(box=None, show_header=False, title=title, title_justify="left")
    table.add_column("label")
    table.add_column("figure", justify="right")
    table.add_column("bar", style="cyan")
    table.add_column("note")
    most = max((n for _, _, n in rows), default=0)
    for i, (label, figure, n) in enumerate(rows):
        table.add_row(label, figure, bar(n, most), (notes or {}).get(i, ""))
    return table


def buckets(title: str, found: tuple[Bucket, ...]) -> Table:
    """A distribution, leaving out empty buckets at either end."""
    full = [i for i, b in enumerate(found) if b.cards]
    shown = found[full[0] : full[-1] + 1] if full else found
    return chart(title, [(b.label, str(b.cards), b.cards) for b in shown])


def render_stats(report: DeckReport, desired: float) -> Group:
    """One deck's block; ``desired`` is the desired retention in use."""
    from rich.console import Group
    from rich.rule import Rule
    from rich.text import Text

    stats = report.stats
    parts: list[object] = [
        Rule(cell(stats.title), style="bold"),
        Text(
            f"new {stats.new} · learning {stats.learning} · review {stats.review}"
            f" · due today {stats.due_today}"
        ),
    ]
    forecast = [
        ("today" if i == 0 else f"{day:%a} {day.day} {day:%b}", str(n), n)
        for i, (day, n) in enumerate(stats.forecast)
    ]
    parts += [Text(""), chart(f"Due, next {FORECAST_DAYS} days", forecast)]
    parts += [Text(""), _true_retention(report)]
    if stats.answered:
        memory = stats.memory
        recall = memory.average_retrievability or 0.0
        parts += [
            Text(""),
            buckets("Stability (days until recall falls to 90%)", memory.stability),
            Text(""),
            buckets("Difficulty", memory.difficulty),
            Text(""),
            buckets(f"Chance of recall today (average {recall:.0%})", memory.retrievability),
        ]
    parts += [Text(""), *_parameters(report), *_retention_advice(report, desired)]
    if stats.tags:
        parts += [Text(""), _tags(report)]
    if stats.leeches:
        parts += [Text(""), _leeches(report)]
    return Group(*parts)  # type: ignore[arg-type]


def _true_retention(report: DeckReport) -> Table:
    from quiz.core.console import listing

    table = listing("True retention")
    for column in ("period", "passed", "failed", "retention"):
        table.add_column(column, justify="left" if column == "period" else "right")
    for t in report.stats.true_retention:
        rate = "–" if t.rate is None else f"{t.rate:.1%}"
        table.add_row(t.label, str(t.passed), str(t.failed), rate)
    return table


def _parameters(report: DeckReport) -> list[object]:
    from rich.text import Text

    params = report.parameters
    line = f"FSRS parameters: {set_name(params)}"
    if params.before and params.after:
        line += (
            f", from {answers(params.reviews)}: log loss {params.before.log_loss:.4f}"
            f" → {params.after.log_loss:.4f}, RMSE {params.before.rmse:.2%}"
            f" → {params.after.rmse:.2%}"
        )
    lines: list[object] = [Text(line + ".")]
    if report.fit_suggested:
        since = " since" if params.fitted else ""
        lines.append(
            Text(
                f"{answers(report.to_learn_from)} to learn from{since}: `quiz review --optimize`"
                " fits FSRS to how you remember.",
                style="yellow",
            )
        )
    return lines


def _retention_advice(report: DeckReport, desired: float) -> list[object]:
    from rich.text import Text

    advice = report.advice
    suggested = "no clear minimum" if advice.suggested is None else f"{advice.suggested:.0%}"
    rows = [(f"{r:.0%}", f"{s / 60:.1f} min", s) for r, s in advice.curve]
    notes = {}
    for i, (r, _) in enumerate(advice.curve):
        marks = [m for m, at in (("in use", desired), ("suggested", advice.suggested)) if at == r]
        if marks:
            notes[i] = "← " + ", ".join(marks)
    return [
        Text(
            f"Desired retention: {desired:.0%} in use · {suggested} suggested"
            " (least study time per question remembered)."
        ),
        Text(""),
        chart("Study time per question remembered, simulated year", rows, notes),
    ]


def _tags(report: DeckReport) -> Table:

    from quiz.core.console import listing

    tags = listing("By tag")
    for column in ("tag", "answers", "right", "accuracy"):
        tags.add_column(column, justify="left" if column == "tag" else "right")
    for t in report.stats.tags:
        tags.add_row(cell(t.tag), str(t.answers), str(t.right), f"{t.accuracy:.0%}")
    return tags


def _leeches(report: DeckReport) -> Table:

    from quiz.core.console import listing

    n = report.stats.leech_lapses
    leeches = listing(f"Leeches ({n}+ lapses)")
    leeches.add_column("question")
    leeches.add_column("lapses", justify="right")
    leeches.add_column("prompt")
    for leech in report.stats.leeches:
        leeches.add_row(cell(leech.question), str(leech.lapses), cell(leech.prompt))
    return leeches
