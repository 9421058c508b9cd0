"""How a coverage report looks: aligned plain text for pipes, rich tables for a terminal.

The report itself is computed by :func:`quiz.authoring.coverage.coverage`; these only draw it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quiz.authoring.coverage import Coverage
from quiz.core.console import cell, one_line

if TYPE_CHECKING:
    from rich.console import Console


def render_plain(cov: Coverage) -> list[str]:
    """The report as aligned lines, for pipes and files."""
    rows = [(str(u.locator), len(u.questions), u.facts, u.covered) for u in cov.units]
    width = max([len("part"), *(len(r[0]) for r in rows)])
    lines = [
        f"{cov.title} — deck {cov.deck}, source {cov.source_id}",
        "",
        f"{'part':<{width}}  questions  facts  asked",
        *(f"{name:<{width}}  {qs:>9}  {facts:>5}  {asked:>5}" for name, qs, facts, asked in rows),
    ]
    if cov.uncovered:
        lines += ["", "Facts no question asks about:"]
        lines += [f"  {f.locator}  {f.text}: {f.snippet()}" for f in cov.uncovered]
    if cov.dangling:
        lines += ["", "Citations the source does not have:"]
        lines += [f"  {qid}: {cites}" for qid, cites in cov.dangling]
    lines += ["", cov.summary]
    return lines


def render_rich(cov: Coverage, console: Console) -> None:
    """The report as rich tables, for a terminal: a :func:`quiz.core.console.safe_console`,
    which reads no markup in the data."""
    from rich.table import Table

    table = Table(title=one_line(f"{cov.title} — deck {cov.deck}, source {cov.source_id}"))
    table.add_column("part")
    for name in ("questions", "facts", "asked"):
        table.add_column(name, justify="right")
    for u in cov.units:
        style = "red" if not u.questions else "yellow" if u.covered < u.facts else None
        row = (cell(str(u.locator)), str(len(u.questions)), str(u.facts), str(u.covered))
        table.add_row(*row, style=style)
    console.print(table)
    if cov.uncovered:
        facts = Table(title="Facts no question asks about")
        for name in ("part", "fact", "in the text"):
            facts.add_column(name)
        for f in cov.uncovered:
            facts.add_row(cell(str(f.locator)), cell(f.text), cell(f.snippet()))
        console.print(facts)
    if cov.dangling:
        bad = Table(title="Citations the source does not have")
        bad.add_column("question")
        bad.add_column("cites")
        for qid, cites in cov.dangling:
            bad.add_row(cell(qid), cell(cites), style="red")
        console.print(bad)
    console.print(cell(cov.summary), highlight=False)
