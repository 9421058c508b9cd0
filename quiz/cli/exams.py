"""Commands for teachers: exam (printable variants and keys) and grade (scan: scans.py)."""

from __future__ import annotations

from pathlib import Path

import click

from quiz.answers.scoring import EXAM, MATCH, MULTI, ORDER
from quiz.cli.common import FORCE, OUT_FILE, echo_warnings, reading_bar
from quiz.core.console import echo
from quiz.core.progress import ProgressBar
from quiz.core.words import plural
from quiz.exams.options import DEFAULT_PAPER, MAX_DIGITS, MAX_VARIANTS, PAPERS


@click.command(short_help="Build a printable exam from DECKS: PDFs, keys, manifest.")
@click.argument("decks", nargs=-1, required=True)
@click.option(
    "-o", "--out", required=True, type=click.Path(path_type=Path), help="Folder to write into."
)
@click.option(
    "-n",
    "--count",
    type=click.IntRange(min=1),
    help="Number of questions (default: all eligible).",
)
@click.option(
    "--pick", "picks", multiple=True, metavar="TAG=N", help="N questions tagged TAG (repeatable)."
)
@click.option("--types", metavar="T,T", help="Question types to use (default: all but card).")
@click.option(
    "--variants",
    type=click.IntRange(1, MAX_VARIANTS),
    default=1,
    show_default=True,
    help="Number of variants, A, B, C ...",
)
@click.option("--seed", type=int, help="Same seed, same exam (default: a new one, printed).")
@click.option("--title", help="Title on every page (default: the deck's title).")
@click.option(
    "--points",
    "total_points",
    type=click.FloatRange(min=0, min_open=True),
    help="Scale points to this total (default: deck points).",
)
@click.option(
    "--shuffle-options/--no-shuffle-options",
    default=True,
    help="Shuffle choice options per variant (order and match items are always shuffled).",
)
@click.option("--pool", is_flag=True, help="Different questions of equal weight per variant.")
@click.option(
    "--paper",
    type=click.Choice(PAPERS),
    default=DEFAULT_PAPER,
    show_default=True,
    help="Page size.",
)
@click.option("--instructions", help="General instructions under the header (how to tick stays).")
@click.option(
    "--multi-scoring",
    type=click.Choice(MULTI),
    default=EXAM.multi,
    show_default=True,
    help="Partial credit on multi questions.",
)
@click.option(
    "--order-scoring",
    type=click.Choice(ORDER),
    default=EXAM.order,
    show_default=True,
    help="Partial credit on order questions (chance: a random order earns ~0).",
)
@click.option(
    "--match-scoring",
    type=click.Choice(MATCH),
    default=EXAM.match,
    show_default=True,
    help="Partial credit on match questions (chance: a random matching earns ~0).",
)
@click.option("--sheets", is_flag=True, help="Also answer sheets for `quiz scan`: sheet-A.pdf ...")
@click.option(
    "--student-digits",
    type=click.IntRange(1, MAX_DIGITS),
    default=8,
    show_default=True,
    help="Digits of the student number on the sheets.",
)
@click.option(
    "--numeric-digits",
    type=click.IntRange(1, MAX_DIGITS),
    metavar="N",
    help="Bubble numeric answers in N digits on the sheets (default: the teacher marks them).",
)
@click.option(
    "--force", is_flag=True, help="Replace another exam already in OUT (its papers may be out)."
)
def exam(
    decks: tuple[str, ...],
    out: Path,
    count: int | None,
    picks: tuple[str, ...],
    types: str | None,
    variants: int,
    seed: int | None,
    title: str | None,
    total_points: float | None,
    shuffle_options: bool,
    pool: bool,
    paper: str,
    instructions: str | None,
    multi_scoring: str,
    order_scoring: str,
    match_scoring: str,
    sheets: bool,
    student_digits: int,
    numeric_digits: int | None,
    force: bool,
) -> None:
    """Build a printable exam from DECKS: PDF variants, keys, Markdown and a manifest.

    Each variant has the same questions in its own order with the options
    shuffled (with --pool, different questions of the same type and points).
    `quiz grade OUT RESPONSES.csv -o SCORES.csv` marks the students' answers.
    With --sheets, students answer on sheet-<V>.pdf and `quiz scan` reads the scans.
    An OUT that holds another exam is refused unless --force.
    """
    import random

    from quiz.answers.scoring import Scoring
    from quiz.bank.library import load_decks
    from quiz.exams.build import build_exam
    from quiz.exams.folder import write_exam
    from quiz.exams.options import ExamOptions, parse_pick, parse_types

    sheet_options = None
    if sheets:
        from quiz.core.extras import require
        from quiz.exams.sheet import SheetOptions

        require("scan", ("segno",), "--sheets")
        sheet_options = SheetOptions(student_digits, numeric_digits)
        sheet_options.check()
    elif numeric_digits is not None or student_digits != 8:
        raise click.UsageError("--student-digits and --numeric-digits shape the --sheets")
    loaded = load_decks(decks, reading_bar)
    if seed is None:
        seed = random.SystemRandom().randrange(1, 1_000_000)
    options = ExamOptions(
        title=title or (loaded[0].title if len(loaded) == 1 else "Exam"),
        count=count,
        picks=tuple(parse_pick(p) for p in picks),
        types=parse_types(types),
        variants=variants,
        total_points=total_points,
        shuffle_options=shuffle_options,
        pool=pool,
        scoring=Scoring(multi_scoring, order_scoring, match_scoring),
    )
    built = build_exam(loaded, options, seed)
    result = write_exam(built, out, paper, instructions, force, sheet_options)
    echo_warnings(result.warnings)
    first = built.variants[0]
    echo(
        f"{options.title}: {plural(len(first.questions), 'question')}, "
        f"{plural(float(first.total_points), 'point')}, "
        f"variants {' '.join(v.code for v in built.variants)}, seed {seed}"
    )
    for v in built.variants:
        letters = " ".join(f"{k}:{n}" for k, n in v.answer_letters().items())
        said = f"right answers by letter {letters}" if letters else "no single-choice question"
        echo(f"  variant {v.code}: {said}")
    echo(f"wrote {len(result.files)} files to {out}: {', '.join(result.files)}")


@click.command(short_help="Mark the students' responses to an exam.")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.argument("responses", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--out", required=True, type=OUT_FILE, help="Scores CSV to write.")
@click.option("--items", type=OUT_FILE, help="Item analysis CSV (default: OUT-items.csv).")
@click.option(
    "--report", is_flag=True, help="Also the class report beside OUT: report.pdf, report.md."
)
@click.option(
    "--feedback", is_flag=True, help="Also a feedback sheet per student: feedback/NAME.pdf."
)
@FORCE
def grade(
    folder: Path,
    responses: Path,
    out: Path,
    items: Path | None,
    report: bool,
    feedback: bool,
    force: bool,
) -> None:
    """Mark the RESPONSES (CSV) to the exam `quiz exam` wrote into FOLDER.

    RESPONSES has a header row `name,variant,1,2,...` and one row per student with
    what they wrote: letters (`b`, `a c`), T/F, words, numbers, order (`c a b`),
    pairs (`1b 2a`), cloze blanks separated by `;`. Writes each student's points,
    and per question its facility, discrimination and how often each option was picked.
    With --report, a class report to look at (PDF) and to paste (Markdown); with
    --feedback, a sheet per student with each missed question explained and its source.
    """
    from quiz.core.errors import UsageError
    from quiz.core.files import check_target
    from quiz.exams.item_analysis import MIN_STUDENTS_FOR_NOTES, item_analysis, summarise
    from quiz.exams.manifest_reader import exam_scoring, read_manifest
    from quiz.exams.marking import grade as grade_all
    from quiz.exams.responses import (
        ITEMS,
        SCORES,
        read_responses,
        sheet_warnings,
        write_items,
        write_scores,
    )

    data, variants = read_manifest(folder)
    scoring = exam_scoring(data, folder)
    rows = read_responses(responses, variants)
    items = items or out.with_name(f"{out.stem}-items.csv")
    if items.resolve() == out.resolve():
        raise UsageError(f"{items}: give the item analysis (--items) its own file")
    check_target(out, SCORES, force=force)
    check_target(items, ITEMS, force=force)
    if report or feedback:  # a file in the way is refused before anything is written
        from quiz.reports.output import check_targets

        present = [r.name for r in rows if not r.absent]
        check_targets(out.parent, report, present if feedback else None, force)
    scores, notes = grade_all(variants, rows, scoring)
    absent = [r for r in rows if r.absent]
    stats = item_analysis(variants, scores)
    width = max(len(qs) for qs in variants.values())
    write_scores(out, scores, width, absent, force=force)
    write_items(items, stats, force=force)
    for line, note in sorted(sheet_warnings(rows) + notes):
        echo(f"warning: {responses}:{line}: {note}", err=True)
    summary = summarise(scores, stats)
    if absent:
        echo(f"absent (nothing written): {', '.join(r.name for r in absent)}")
    if summary.students:
        echo(
            f"graded {plural(summary.students, 'student')}: mean {summary.mean:.1f}%, "
            f"lowest {summary.lowest:.1f}%, highest {summary.highest:.1f}%"
        )
    else:
        echo("no students in the responses file")
    for i in summary.flagged:
        echo(f"  {i.key} ({' '.join(i.numbers)}): {i.note}")
    if summary.too_few_for_notes:
        echo(f"item notes need {MIN_STUDENTS_FOR_NOTES} students or more; figures in {items}")
    echo(f"wrote {out} and {items}")
    if report or feedback:
        from quiz.reports.after_marking import Marked, write_after_marking

        marked = Marked(data, folder, variants, scores, stats, absent)
        with ProgressBar("feedback sheets", threshold=20, delay=0.5) as progress:
            written = write_after_marking(marked, out.parent, report, feedback, force, progress)
        for warning in written.warnings:
            echo(f"warning: {warning}", err=True)
        for line in written.lines:
            echo(line)
