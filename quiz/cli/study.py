"""Commands for learners: run (a quiz), review (spaced repetition), stats."""

from __future__ import annotations

import click

from quiz.bank.model import QUESTION_TYPES
from quiz.cli.common import echo_warnings, reading_bar
from quiz.core.console import echo, echo_json, echo_lines
from quiz.core.errors import UsageError
from quiz.core.words import plural
from quiz.srs.cards import DEFAULT_RETENTION, RETENTION_RANGE
from quiz.srs.queue import DEFAULT_NEW_PER_DAY
from quiz.srs.stats import LEECH_LAPSES


@click.command(short_help="Quiz yourself in the terminal on DECKS.")
@click.argument("decks", nargs=-1, required=True)
@click.option(
    "-n", "--limit", type=click.IntRange(min=1), metavar="N", help="Ask at most N questions."
)
@click.option(
    "-t",
    "--tag",
    "tags",
    multiple=True,
    metavar="TAG",
    help="Only questions with this tag (repeat: any of them).",
)
@click.option(
    "--type",
    "types",
    multiple=True,
    type=click.Choice(sorted(QUESTION_TYPES)),
    help="Only questions of this type (repeat: any of them).",
)
@click.option(
    "--shuffle/--no-shuffle",
    default=True,
    help="Ask in random order (default) or in deck order. Options are always shuffled.",
)
@click.option(
    "--seed", type=int, metavar="N", help="Same seed, same questions, order and option letters."
)
@click.option("--retry", is_flag=True, help="Ask missed questions again at the end until right.")
@click.option(
    "--record",
    is_flag=True,
    help="Save each first answer as a spaced-repetition review, rated as `quiz review`"
    " rates it: it reschedules the question and counts in `quiz stats`. Off by default.",
)
def run(
    decks: tuple[str, ...],
    limit: int | None,
    tags: tuple[str, ...],
    types: tuple[str, ...],
    shuffle: bool,
    seed: int | None,
    retry: bool,
    record: bool,
) -> None:
    """Quiz yourself in the terminal on DECKS (files, folders or bundled deck names).

    Type the letter(s) of your answer, a number, or the words; Enter alone skips a
    question, q or Ctrl-D stops and shows the summary.
    """
    import random

    from quiz.bank.library import load_decks
    from quiz.core.clock import timer
    from quiz.practice.asking import run_session
    from quiz.practice.session import Session, select
    from quiz.practice.terminal import Terminal

    rng = random.Random(seed)
    loaded = load_decks(decks, reading_bar)
    items = select(loaded, rng=rng, tags=tags, types=types, limit=limit, shuffle=shuffle)
    term = Terminal.open(timer())
    session = Session(items, rng=rng, retry=retry, started=term.clock())
    if not record:
        run_session(term, session)
        return
    from quiz.core.clock import clock
    from quiz.srs.practice_record import PracticeRecorder
    from quiz.srs.store import Store
    from quiz.srs.tracked import remember_decks

    with Store.open() as store:
        remember_decks(store, loaded)
        recorder = PracticeRecorder(store, clock)
        try:
            run_session(term, session, record=recorder)
        finally:
            saved = plural(recorder.saved, "answer")
            echo(f"{saved} saved as reviews (see `quiz stats`).")


@click.command(short_help="Spaced repetition: answer what is due in DECKS.")
@click.argument("decks", nargs=-1)
@click.option(
    "--new",
    "new_per_day",
    type=click.IntRange(min=0),
    default=DEFAULT_NEW_PER_DAY,
    show_default=True,
    metavar="N",
    help="New questions per deck per day, counting those already started today.",
)
@click.option(
    "-n", "--limit", type=click.IntRange(min=1), metavar="N", help="Answer at most N questions."
)
@click.option(
    "--retention",
    type=click.FloatRange(*RETENTION_RANGE),
    metavar="R",
    help="Desired chance of still knowing a question when it comes due"
    f" (default {DEFAULT_RETENTION}); remembered for later sessions.",
)
@click.option("--seed", type=int, metavar="N", help="Same seed, same option letters.")
@click.option(
    "--optimize",
    is_flag=True,
    help="Fit FSRS's parameters to your answers instead of reviewing: each named deck's"
    " own, or with no DECKS one set for all decks. Shows how well the parameters in use"
    " and the fitted ones predict your answers; keeps the fitted ones if better.",
)
@click.option(
    "--reset",
    is_flag=True,
    help="Go back to FSRS's default parameters (for DECKS, or everywhere) instead of reviewing.",
)
@click.option("--json", "as_json", is_flag=True, help="With --optimize or --reset: print JSON.")
def review(
    decks: tuple[str, ...],
    new_per_day: int,
    limit: int | None,
    retention: float | None,
    seed: int | None,
    optimize: bool,
    reset: bool,
    as_json: bool,
) -> None:
    """Spaced repetition: ask what is due in DECKS, most overdue first, then new questions.

    With no DECKS, reviews every deck you have reviewed before. Answers are checked
    as in `quiz run` and rated for the scheduler (FSRS): wrong = again, partly
    right = hard, right = good, right and quick = easy; cards you rate 1-4
    yourself. Each answer is saved as soon as it is given; q or Ctrl-D stops.
    """
    import random

    if optimize and reset:
        raise UsageError("--optimize and --reset do not go together: pick one")
    if as_json and not (optimize or reset):
        raise UsageError("--json goes with --optimize or --reset (statistics: quiz stats --json)")
    if optimize or reset:
        fit_parameters(decks, reset=reset, as_json=as_json)
        return

    from quiz.bank.library import load_decks
    from quiz.core.clock import clock, timer
    from quiz.practice.terminal import Terminal
    from quiz.srs.queue import Review
    from quiz.srs.store import Store
    from quiz.srs.terminal import run_review
    from quiz.srs.tracked import decks_for, remember_decks

    named = load_decks(decks, reading_bar) if decks else []
    with Store.open() as store:
        loaded, warnings = decks_for(named, store, reading_bar)
        echo_warnings(warnings)
        remember_decks(store, loaded)
        if retention is not None and (was := store.set_retention(retention)) != retention:
            echo(
                f"Desired retention is now {retention * 100:g}% (was {was * 100:g}%);"
                " later sessions keep it."
            )
        session = Review(store, loaded, clock(), new_per_day=new_per_day, limit=limit)
        run_review(Terminal.open(timer()), session, clock, random.Random(seed))


def fit_parameters(decks: tuple[str, ...], *, reset: bool, as_json: bool) -> None:
    """`quiz review --optimize` or `--reset`."""
    from quiz.bank.library import load_decks
    from quiz.core.clock import clock
    from quiz.core.console import safe_console
    from quiz.srs import optimize as fsrs_fit
    from quiz.srs.optimize_view import render_optimized, reset_lines
    from quiz.srs.store import Store

    named = [(d.id, d.title) for d in load_decks(decks, reading_bar)] if decks else []
    with Store.open() as store:
        if reset:
            ids = [deck_id for deck_id, _ in named]
            cleared = fsrs_fit.reset(store, ids, clock())
            lines = reset_lines(cleared, ids)
            if as_json:
                echo_json({"reset": [s or "all decks" for s in cleared]})
            else:
                echo_lines(lines)
            return
        results = fsrs_fit.optimize_decks(store, named, clock())
    if as_json:
        echo_json({"fits": [r.to_dict() for r in results]})
        return
    console = safe_console(highlight=False)
    for i, result in enumerate(results):
        if i:
            console.print()
        console.print(render_optimized(result))


@click.command(short_help="Progress in DECKS: due, forecast, retention, leeches.")
@click.argument("decks", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="Print the statistics as JSON.")
@click.option(
    "--leech-lapses",
    type=click.IntRange(min=1),
    default=LEECH_LAPSES,
    show_default=True,
    metavar="N",
    help="A leech is a question forgotten N times after it had been learnt (Anki's default).",
)
def stats(decks: tuple[str, ...], as_json: bool, leech_lapses: int) -> None:
    """Progress in DECKS (default: every deck reviewed before): counts, the forecast, true
    retention, memory (stability, difficulty, recall), FSRS parameters, the desired
    retention suggested for you, accuracy by tag and leeches."""
    from quiz.bank.library import load_decks
    from quiz.core.clock import clock
    from quiz.srs.report import stats_report
    from quiz.srs.store import Store
    from quiz.srs.tracked import decks_for, nothing_reviewed_yet

    named = load_decks(decks, reading_bar) if decks else []
    now = clock()
    with Store.open() as store:
        if not named and not store.tracked_decks():
            if as_json:
                empty = {"now": now.isoformat(), "desired_retention": store.retention, "decks": []}
                echo_json(empty)
            else:
                echo(nothing_reviewed_yet())
            return
        loaded, warnings = decks_for(named, store, reading_bar)
        echo_warnings(warnings)
        report = stats_report(store, loaded, now, leech_lapses=leech_lapses)
    if as_json:
        echo_json(report.to_dict())
        return
    from quiz.core.console import safe_console
    from quiz.srs.stats_view import render_stats

    console = safe_console(highlight=False)
    for i, deck in enumerate(report.decks):
        if i:
            console.print()
        console.print(render_stats(deck, report.desired_retention))
