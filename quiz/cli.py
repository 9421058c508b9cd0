"""The `quiz` command: parse, call one library function, print, map QuizError to an exit code.

Heavy libraries (genanki, fsrs, typst, rich) are imported inside the commands that
use them, so `quiz --help` starts instantly.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from quiz import __version__
from quiz.errors import QuizError
from quiz.model import QUESTION_TYPES


class QuizGroup(click.Group):
    """Turns our errors into one line on stderr and an exit code, never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except QuizError as e:
            click.echo(str(e) if str(e) else type(e).__name__, err=True)
            ctx.exit(e.exit_code)
        except KeyboardInterrupt:
            click.echo("\ninterrupted", err=True)
            ctx.exit(130)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except Exception as e:  # a bug: one line for the user, the traceback on demand
            if os.environ.get("QUIZ_DEBUG"):
                raise
            click.echo(
                f"internal error: {type(e).__name__}: {e} (QUIZ_DEBUG=1 shows more)", err=True
            )
            ctx.exit(1)


@click.group(cls=QuizGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quiz")
def cli() -> None:
    """Quiz yourself, study in Anki and print exams from one YAML question bank."""


@cli.command()
@click.argument("decks", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the findings as JSON.")
@click.option("--strict", is_flag=True, help="Fail on warnings too.")
def check(decks: tuple[str, ...], as_json: bool, strict: bool) -> None:
    """Check deck files, folders or bundled decks and report every problem."""
    from quiz.library import check_decks

    reports = check_decks(decks)
    if as_json:
        click.echo(json.dumps([r.to_dict() for r in reports], indent=2, ensure_ascii=False))
    else:
        for report in reports:
            for problem in report.errors + report.warnings:
                click.echo(str(problem))
            click.echo(report.summary)
    failed = any(r.errors or (strict and r.warnings) for r in reports)
    sys.exit(2 if failed else 0)


@cli.command("decks")
def list_decks() -> None:
    """List the bundled decks."""
    from quiz.library import bundled_decks
    from quiz.loader import load_deck

    rows = [(p.stem, load_deck(p)) for p in bundled_decks()]
    width = max((len(name) for name, _ in rows), default=4)
    click.echo(f"{'name':<{width}}  questions  title")
    for name, deck in rows:
        click.echo(f"{name:<{width}}  {len(deck.questions):>9}  {deck.title}")


@cli.command()
def schema() -> None:
    """Print the deck JSON Schema (generated from the model)."""
    from quiz.schema import deck_schema

    click.echo(json.dumps(deck_schema(), indent=2))


@cli.group()
def export() -> None:
    """Write decks to other formats (Anki, CSV, GIFT, QTI)."""


class _ProgressBar:
    """A rich progress bar on stderr, shown only on a terminal and for large exports."""

    def __init__(self, label: str, threshold: int = 2000):
        self.label, self.threshold, self.bar, self.task = label, threshold, None, None

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None:
            if total < self.threshold or not sys.stderr.isatty():
                return
            from rich.console import Console
            from rich.progress import Progress

            self.bar = Progress(console=Console(stderr=True), transient=True)
            self.task = self.bar.add_task(self.label, total=total)
            self.bar.start()
        self.bar.update(self.task, completed=done)

    def __enter__(self) -> _ProgressBar:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


_OUT_FILE = click.Path(dir_okay=False, path_type=Path)


@export.command("anki")
@click.argument("decks", nargs=-1, required=True)
@click.option("-o", "--out", required=True, type=_OUT_FILE, help="The .apkg file to write.")
@click.option(
    "--subdecks", is_flag=True, help="One sub-deck per tag (Title::tag), by a question's first tag."
)
def export_anki(decks: tuple[str, ...], out: Path, subdecks: bool) -> None:
    """Write DECKS into one Anki package (.apkg), one Anki deck per bank.

    Import it with File > Import. Importing a newer export of the same banks
    updates the edited notes in place and keeps your review history.
    """
    from quiz.export import anki
    from quiz.library import load_decks

    loaded = load_decks(decks)
    with _ProgressBar("Writing Anki package") as progress:
        result = anki.write(loaded, out, subdecks=subdecks, progress=progress)
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(
        f"wrote {_count(result.count, 'note')} ({_count(result.cards, 'card')}) "
        f"in {_count(result.decks, 'deck')} to {out}"
    )


@export.command("csv")
@click.argument("decks", nargs=-1, required=True)
@click.option("-o", "--out", required=True, type=_OUT_FILE, help="The .csv file to write.")
@click.option(
    "--subdecks", is_flag=True, help="One sub-deck per tag (Title::tag), by a question's first tag."
)
def export_csv(decks: tuple[str, ...], out: Path, subdecks: bool) -> None:
    """Write DECKS as a CSV file for Anki's File > Import, with Anki's stock note types.

    Cards become Basic or Basic (and reversed card) notes, clozes Cloze notes, and
    every other type a Basic note with the options on the front and the answer on
    the back. `quiz export anki` keeps more (images, note types per question type).
    """
    from quiz.export import csv
    from quiz.library import load_decks

    loaded = load_decks(decks)
    with _ProgressBar("Writing CSV") as progress:
        result = csv.write(loaded, out, subdecks=subdecks, progress=progress)
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(
        f"wrote {_count(result.count, 'note')} ({_count(result.cards, 'card')}) "
        f"in {_count(result.decks, 'deck')} to {out}"
    )


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


@cli.command()
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
def run(
    decks: tuple[str, ...],
    limit: int | None,
    tags: tuple[str, ...],
    types: tuple[str, ...],
    shuffle: bool,
    seed: int | None,
    retry: bool,
) -> None:
    """Quiz yourself in the terminal on DECKS (files, folders or bundled deck names).

    Type the letter(s) of your answer, a number, or the words; Enter alone skips a
    question, q or Ctrl-D stops and shows the summary.
    """
    import random

    from quiz.library import load_decks
    from quiz.session import Session, select
    from quiz.terminal import Terminal, run_session

    rng = random.Random(seed)
    items = select(load_decks(decks), rng=rng, tags=tags, types=types, limit=limit, shuffle=shuffle)
    term = Terminal.open()
    run_session(term, Session(items, rng=rng, retry=retry, started=term.clock()))


@cli.command()
@click.argument("decks", nargs=-1, required=True)
@click.option(
    "-o", "--out", required=True, type=click.Path(path_type=Path), help="Folder to write into."
)
@click.option("-n", "--count", type=int, help="Number of questions (default: all eligible).")
@click.option(
    "--pick", "picks", multiple=True, metavar="TAG=N", help="N questions tagged TAG (repeatable)."
)
@click.option("--types", metavar="T,T", help="Question types to use (default: all but card).")
@click.option("--variants", default=1, show_default=True, help="Number of variants, A, B, C ...")
@click.option("--seed", type=int, help="Same seed, same exam (default: a new one, printed).")
@click.option("--title", help="Title on every page (default: the deck's title).")
@click.option("--points", type=float, help="Scale points to this total (default: deck points).")
@click.option(
    "--shuffle-options/--no-shuffle-options",
    default=True,
    help="Shuffle choice options per variant (order and match items are always shuffled).",
)
@click.option("--pool", is_flag=True, help="Different questions of equal weight per variant.")
@click.option("--paper", type=click.Choice(["a4", "us-letter"]), default="a4", show_default=True)
@click.option("--instructions", help="Instructions printed under the header.")
def exam(
    decks: tuple[str, ...],
    out: Path,
    count: int | None,
    picks: tuple[str, ...],
    types: str | None,
    variants: int,
    seed: int | None,
    title: str | None,
    points: float | None,
    shuffle_options: bool,
    pool: bool,
    paper: str,
    instructions: str | None,
) -> None:
    """Build a printable exam from DECKS: PDF variants, keys, Markdown and a manifest.

    Each variant has the same questions in its own order with the options
    shuffled (with --pool, different questions of the same type and points).
    `quiz grade OUT RESPONSES.csv -o SCORES.csv` marks the students' answers.
    """
    import random

    from quiz.exam import build_exam
    from quiz.exam_options import ExamOptions, parse_pick, parse_types
    from quiz.export.exam_folder import write_exam
    from quiz.library import load_decks

    loaded = load_decks(decks)
    if seed is None:
        seed = random.SystemRandom().randrange(1, 1_000_000)
    options = ExamOptions(
        title=title or (loaded[0].title if len(loaded) == 1 else "Exam"),
        count=count,
        picks=tuple(parse_pick(p) for p in picks),
        types=parse_types(types),
        variants=variants,
        total_points=points,
        shuffle_options=shuffle_options,
        pool=pool,
    )
    built = build_exam(loaded, options, seed)
    result = write_exam(built, out, paper=paper, instructions=instructions)
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    first = built.variants[0]
    click.echo(
        f"{options.title}: {len(first.questions)} questions, {first.total_points:g} points, "
        f"variants {' '.join(v.code for v in built.variants)}, seed {seed}"
    )
    for v in built.variants:
        letters = " ".join(f"{k}:{n}" for k, n in v.answer_letters().items())
        click.echo(f"  variant {v.code}: right answers by letter {letters or '(none)'}")
    click.echo(f"wrote {len(result.files)} files to {out}: {', '.join(result.files)}")


@export.command("gift")
@click.argument("decks", nargs=-1, required=True)
@click.option("-o", "--out", required=True, type=_OUT_FILE, help="The .gift file to write.")
def export_gift(decks: tuple[str, ...], out: Path) -> None:
    """Write DECKS as Moodle GIFT (Question bank > Import > GIFT), a category per deck.

    Order questions become matching, clozes one question per blank and cards
    essays; each such change, and points or images GIFT cannot carry, is warned about.
    """
    from quiz.export import gift
    from quiz.library import load_decks

    result = gift.write(load_decks(decks), out)
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(f"wrote {_count(result.count, 'question')} to {out}")


@export.command("qti")
@click.argument("decks", nargs=-1, required=True)
@click.option("-o", "--out", required=True, type=_OUT_FILE, help="The .zip file to write.")
def export_qti(decks: tuple[str, ...], out: Path) -> None:
    """Write DECKS as a QTI 1.2 zip for Canvas (Settings > Import > QTI .zip), a quiz per deck.

    Order questions become matching and cards essays, each with a warning.
    """
    from quiz.export import qti
    from quiz.library import load_decks

    result = qti.write(load_decks(decks), out)
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(f"wrote {_count(result.count, 'question')} to {out}")


@cli.command()
@click.argument("decks", nargs=-1)
@click.option(
    "--new",
    "new_per_day",
    type=click.IntRange(min=0),
    default=10,
    show_default=True,
    help="New questions per deck per day, counting those already started today.",
)
@click.option("-n", "--limit", type=click.IntRange(min=1), help="Answer at most N questions.")
@click.option(
    "--retention",
    type=click.FloatRange(0.7, 0.99),
    default=0.9,
    show_default=True,
    help="Desired chance of still knowing a question when it comes due.",
)
@click.option("--seed", type=int, help="Same seed, same option letters.")
def review(
    decks: tuple[str, ...], new_per_day: int, limit: int | None, retention: float, seed: int | None
) -> None:
    """Spaced repetition: ask what is due in DECKS, most overdue first, then new questions.

    With no DECKS, reviews every deck you have reviewed before. Answers are checked
    as in `quiz run` and rated for the scheduler (FSRS): wrong = again, partly
    right = hard, right = good, right and quick = easy; cards you rate 1-4
    yourself. Each answer is saved as soon as it is given; q or Ctrl-D stops.
    """
    import random

    from quiz.library import load_decks
    from quiz.review import Review, clock, decks_for
    from quiz.review_terminal import run_review
    from quiz.scheduler import Scheduler
    from quiz.store import Store
    from quiz.terminal import Terminal

    named = load_decks(decks) if decks else []
    with Store.open(scheduler=Scheduler(retention)) as store:
        loaded, warnings = (named, []) if named else decks_for((), store)
        for warning in warnings:
            click.echo(f"warning: {warning}", err=True)
        session = Review(store, loaded, clock(), new_per_day=new_per_day, limit=limit)
        run_review(Terminal.open(), session, clock, random.Random(seed))


@cli.command()
@click.argument("decks", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="Print the statistics as JSON.")
def stats(decks: tuple[str, ...], as_json: bool) -> None:
    """Progress in DECKS (default: every deck reviewed before): counts, due, forecast,
    retention, accuracy by tag and leeches."""
    from quiz.library import load_decks
    from quiz.review import clock, decks_for
    from quiz.stats import deck_stats
    from quiz.store import Store

    named = load_decks(decks) if decks else []
    now = clock()
    with Store.open() as store:
        loaded, warnings = (named, []) if named else decks_for((), store)
        for warning in warnings:
            click.echo(f"warning: {warning}", err=True)
        results = [deck_stats(d, store.log(d.id), store.cards(d.id), now) for d in loaded]
    if as_json:
        data = {"now": now.isoformat(), "decks": [s.to_dict() for s in results]}
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    from rich.console import Console

    from quiz.stats_view import render_stats

    console = Console(highlight=False)
    for i, result in enumerate(results):
        if i:
            console.print()
        console.print(render_stats(result))


@cli.command()
@click.argument("document", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--out", type=_OUT_FILE, help="The draft deck to write (default: print it).")
@click.option("--title", help="The document's title (default: its first line or heading).")
@click.option("--author", help="The document's author.")
@click.option("--publisher", help="Its publisher (default: 'unknown' when no --author either).")
@click.option(
    "--source-id", default="source", show_default=True, help="Id the questions cite it by."
)
@click.option("--deck-id", help="Id of the draft deck (default: <file name>-draft).")
@click.option("--force", is_flag=True, help="Overwrite OUT if it exists.")
def draft(
    document: Path,
    out: Path | None,
    title: str | None,
    author: str | None,
    publisher: str | None,
    source_id: str,
    deck_id: str | None,
    force: bool,
) -> None:
    """Draft questions from a .txt or .md DOCUMENT into a deck, each marked draft: true."""
    from collections import Counter

    from quiz.drafting.document import read_document
    from quiz.drafting.writer import DraftOptions, deck_yaml, draft_deck, write_draft
    from quiz.errors import UsageError
    from quiz.model import SLUG_RE

    for option, value in (("--source-id", source_id), ("--deck-id", deck_id)):
        if value is not None and not SLUG_RE.match(value):
            raise UsageError(f"{option} {value!r}: use lowercase letters, digits and dashes")
    options = DraftOptions(source_id, title, author, publisher, deck_id)
    deck = draft_deck(read_document(document), options, name=document.name)
    if out is None:
        click.echo(deck_yaml(deck, name=document.name), nl=False)
        return
    write_draft(deck, out, name=document.name, force=force)
    kinds = Counter(q.type for q in deck.questions).most_common()
    detail = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds, key=lambda kv: (-kv[1], kv[0])))
    click.echo(f"wrote {_count(len(deck.questions), 'draft question')} to {out} ({detail})")
    click.echo("review each one, then remove its draft: true; `quiz check` lists those left")


@cli.command("coverage")
@click.argument("deck")
@click.argument("document", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--source-id", help="Which of the deck's sources DOCUMENT is (default: guessed).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def coverage_command(deck: str, document: Path, source_id: str | None, as_json: bool) -> None:
    """Show which sections, pages and facts of DOCUMENT no question in DECK cites."""
    from quiz.coverage import coverage, render_plain, render_rich
    from quiz.drafting.document import read_document
    from quiz.errors import UsageError
    from quiz.library import load_decks

    decks = load_decks([deck])
    if len(decks) != 1:
        raise UsageError(f"{deck}: holds {len(decks)} decks; give one deck file")
    report = coverage(decks[0], read_document(document), source_id)
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    elif sys.stdout.isatty():
        from rich.console import Console

        render_rich(report, Console())
    else:
        click.echo(render_plain(report))


@cli.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.argument("responses", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--out", required=True, type=_OUT_FILE, help="Scores CSV to write.")
@click.option("--items", type=_OUT_FILE, help="Item analysis CSV (default: OUT-items.csv).")
def grade(folder: Path, responses: Path, out: Path, items: Path | None) -> None:
    """Mark the RESPONSES (CSV) to the exam `quiz exam` wrote into FOLDER.

    RESPONSES has a header row `name,variant,1,2,...` and one row per student with
    what they wrote: letters (`b`, `a c`), T/F, words, numbers, order (`c a b`),
    pairs (`1b 2a`), cloze blanks separated by `;`. Writes each student's points,
    and per question its facility, discrimination and how often each option was picked.
    """
    from quiz.exam_manifest import read_manifest
    from quiz.grade import MIN_STUDENTS_FOR_NOTES, item_analysis
    from quiz.grade import grade as grade_all
    from quiz.grade_csv import read_responses, write_items, write_scores

    _, variants = read_manifest(folder)
    scores, notes = grade_all(variants, read_responses(responses, variants))
    stats = item_analysis(variants, scores)
    items = items or out.with_name(f"{out.stem}-items.csv")
    write_scores(out, scores, max(len(qs) for qs in variants.values()))
    write_items(items, stats)
    for line, note in notes:
        click.echo(f"warning: {responses}:{line}: {note}", err=True)
    if scores:
        marks = sorted(s.percent for s in scores)
        mean = sum(marks) / len(marks)
        click.echo(
            f"graded {_count(len(scores), 'student')}: mean {mean:.1f}%, "
            f"lowest {marks[0]:.1f}%, highest {marks[-1]:.1f}%"
        )
    else:
        click.echo("no students in the responses file")
    for i in stats:
        if i.note:
            click.echo(f"  {i.key} ({' '.join(i.numbers)}): {i.note}")
    if 0 < len(scores) < MIN_STUDENTS_FOR_NOTES:
        click.echo(f"item notes need {MIN_STUDENTS_FOR_NOTES} students or more; figures in {items}")
    click.echo(f"wrote {out} and {items}")


def main() -> None:
    cli(prog_name="quiz")
