"""What `quiz review --optimize` prints: the fit before and after, as Anki shows it.

Log loss with 4 decimals and RMSE over bins as a percentage, for the set in use and
the fitted one. rich is imported inside; deck titles go in as ``Text``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quiz.core.console import one_line
from quiz.core.words import noun
from quiz.srs.fitting import MIN_FIT_REVIEWS
from quiz.srs.optimize import Optimized
from quiz.srs.parameters import Evaluation, ParameterSet

if TYPE_CHECKING:
    from rich.console import Group


def set_name(params: ParameterSet) -> str:
    """'defaults', or 'fitted 2025-05-06 (all decks)'."""
    if not params.fitted or params.set_at is None:
        return "defaults"
    whose = "all decks" if not params.scope else "this deck"
    return f"fitted {params.set_at:%Y-%m-%d} ({whose})"


def answers(n: int) -> str:
    """'1 answer', '1,805 answers'."""
    return f"{n:,} {noun(n, 'answer', 'answers')}"


def weights_text(weights: tuple[float, ...]) -> str:
    return ", ".join(f"{w:g}" for w in weights)


def render_optimized(result: Optimized) -> Group:
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    head = Text(one_line(result.title), style="bold")
    fit = result.fit
    if fit is None:
        head.append(
            f": {answers(result.trainable)} given a day or more after the one before;"
            f" a fit needs {MIN_FIT_REVIEWS:,}. Nothing changed: keep reviewing.",
            style="",
        )
        return Group(head)
    head.append(f": FSRS fitted to {answers(fit.reviews)}.", style="")
    table = Table(box=None, padding=(0, 2))
    table.add_column("parameters")
    table.add_column("log loss", justify="right")
    table.add_column("RMSE (bins)", justify="right")
    table.add_row(f"in use: {set_name(result.in_use)}", *_scores(fit.before))
    table.add_row("fitted now", *_scores(fit.after))
    lines: list[object] = [head, table]
    if result.saved:
        gain = 1 - fit.after.log_loss / fit.before.log_loss
        lines += [
            Text(
                f"They predict your answers {gain:.1%} better (log loss): saved; reviews"
                " are scheduled with them from now on. Due dates stay as they are;"
                " `quiz review --reset` goes back to the defaults."
            ),
            Text(f"Parameters: {weights_text(fit.weights)}", style="dim"),
        ]
    else:
        lines.append(Text("The parameters in use predict these answers as well: kept them."))
    return Group(*lines)  # type: ignore[arg-type]


def _scores(evaluation: Evaluation) -> tuple[str, str]:
    return f"{evaluation.log_loss:.4f}", f"{evaluation.rmse:.2%}"


def reset_lines(cleared: list[str], named: list[str]) -> list[str]:
    if not cleared:
        where = ", ".join(named) if named else "any deck"
        return [f"No fitted parameters for {where}: already on FSRS's defaults."]
    names = [scope or "all decks" for scope in cleared]
    return [
        f"Back to FSRS's default parameters for {', '.join(names)}.",
        "Answers from now on are scheduled with them; due dates stay as they are.",
    ]
