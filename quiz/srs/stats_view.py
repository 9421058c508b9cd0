"""`quiz stats` in the terminal: one block per deck, the forecast as a bar chart.

Deck text goes in as ``rich.text.Text`` (never markup); print it on
:func:`quiz.core.console.safe_console` so control characters cannot reach the
terminal. rich is imported inside.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quiz.srs.stats import FORECAST_DAYS, LEECH_FAILURES, RETENTION_DAYS, DeckStats

if TYPE_CHECKING:
    from rich.console import Group

BAR_WIDTH = 30


def bar(n: int, most: int) -> str:
    """A bar of up to BAR_WIDTH blocks; any count above zero gets at least one."""
    if n <= 0 or most <= 0:
        return ""
    return "█" * max(1, round(BAR_WIDTH * n / most))


def render_stats(stats: DeckStats, desired: float) -> Group:
    """One deck's block; ``desired`` is the desired retention the scheduler aims at."""
    from rich.console import Group
    from rich.rule import Rule
    from rich.table import Table
    from rich.text import Text

    from quiz.core.console import listing

    parts: list[object] = [Rule(Text(stats.title), style="bold")]
    parts.append(
        Text(
            f"new {stats.new} · learning {stats.learning} · review {stats.review}"
            f" · due today {stats.due_today}"
        )
    )
    aim = f"desired {desired * 100:g}%"
    if stats.retention is None:
        parts.append(Text(f"Retention, last {RETENTION_DAYS} days: no reviews yet ({aim})"))
    else:
        parts.append(
            Text(
                f"Retention, last {RETENTION_DAYS} days: {stats.retention:.0%}"
                f" ({stats.retention_passed} of {stats.retention_reviews} reviews recalled;"
                f" {aim})"
            )
        )

    chart = Table(
        box=None, show_header=False, title=f"Due, next {FORECAST_DAYS} days", title_justify="left"
    )
    chart.add_column("day")
    chart.add_column("count", justify="right")
    chart.add_column("bar", style="cyan")
    most = max(n for _, n in stats.forecast)
    for i, (day, n) in enumerate(stats.forecast):
        label = "today" if i == 0 else f"{day:%a} {day.day} {day:%b}"
        chart.add_row(label, str(n), bar(n, most))
    parts += [Text(""), chart]

    if stats.tags:
        tags = listing("By tag")
        tags.add_column("tag")
        tags.add_column("answers", justify="right")
        tags.add_column("right", justify="right")
        tags.add_column("accuracy", justify="right")
        for t in stats.tags:
            tags.add_row(Text(t.tag), str(t.answers), str(t.right), f"{t.accuracy:.0%}")
        parts += [Text(""), tags]

    if stats.leeches:
        title = f"Leeches (failed {LEECH_FAILURES}+ times)"
        leeches = listing(title)
        leeches.add_column("question")
        leeches.add_column("failed", justify="right")
        leeches.add_column("prompt")
        for leech in stats.leeches:
            leeches.add_row(Text(leech.question), str(leech.failures), Text(leech.prompt))
        parts += [Text(""), leeches]
    return Group(*parts)  # type: ignore[arg-type]
