"""`quiz export FORMAT`: one subcommand per module in quiz/export/."""

from __future__ import annotations

from pathlib import Path

import click

from quiz.cli.common import FORCE, OUT_FILE, echo_warnings, reading_bar
from quiz.core.console import echo
from quiz.core.progress import ProgressBar
from quiz.core.words import plural


@click.group()
def export() -> None:
    """Write decks to other formats (Anki, CSV, GIFT, QTI)."""


SUBDECKS = click.option(
    "--subdecks", is_flag=True, help="One sub-deck per tag (Title::tag), by a question's first tag."
)
ACCEPT_CHANGES = click.option(
    "--accept-changes",
    "accept",
    is_flag=True,
    help="Record this export as what your Anki holds, once you have made the changes"
    " earlier warnings asked for; they are not repeated.",
)


@export.command("anki")
@click.argument("decks", nargs=-1, required=True)
@click.option("-o", "--out", required=True, type=OUT_FILE, help="The .apkg file to write.")
@SUBDECKS
@ACCEPT_CHANGES
@FORCE
def export_anki(
    decks: tuple[str, ...], out: Path, subdecks: bool, accept: bool, force: bool
) -> None:
    """Write DECKS into one Anki package (.apkg), one Anki deck per bank.

    Import it with File > Import. Importing a newer export of the same banks
    updates the edited notes in place and keeps your review history; what Anki's
    import will not change (a new title, a new question type, a removed cloze
    deletion, a question moved to another sub-deck) is warned about at every export.
    """
    from quiz.export import anki

    _write_notes(anki, "Writing Anki package", decks, out, subdecks, accept, force)


@export.command("csv", short_help="Write DECKS as a CSV file for Anki's File > Import.")
@click.argument("decks", nargs=-1, required=True)
@click.option("-o", "--out", required=True, type=OUT_FILE, help="The .csv file to write.")
@SUBDECKS
@ACCEPT_CHANGES
@FORCE
def export_csv(
    decks: tuple[str, ...], out: Path, subdecks: bool, accept: bool, force: bool
) -> None:
    """Write DECKS as a CSV file for Anki's File > Import, with Anki's stock note types.

    Cards become Basic or Basic (and reversed card) notes, clozes Cloze notes, and
    every other type a Basic note with the options on the front and the answer on
    the back. `quiz export anki` keeps more (images, note types per question type).
    """
    from quiz.export import anki_csv

    _write_notes(anki_csv, "Writing CSV", decks, out, subdecks, accept, force)


def _write_notes(
    module,
    label: str,
    decks: tuple[str, ...],
    out: Path,
    subdecks: bool,
    accept: bool,
    force: bool,
) -> None:
    """The Anki paths (.apkg and CSV): load, write with a progress bar, summarise."""
    from quiz.bank.library import load_decks

    loaded = load_decks(decks, reading_bar)
    with ProgressBar(label, threshold=2000) as progress:
        result = module.write(
            loaded, out, subdecks=subdecks, progress=progress, accept=accept, force=force
        )
    echo_warnings(result.warnings)
    echo(
        f"wrote {plural(result.count, 'note')} ({plural(result.cards, 'card')}) "
        f"in {plural(result.decks, 'deck')} to {out}"
    )


@export.command("gift", short_help="Write DECKS as Moodle GIFT, a category per deck.")
@click.argument("decks", nargs=-1, required=True)
@click.option("-o", "--out", required=True, type=OUT_FILE, help="The .gift file to write.")
@FORCE
def export_gift(decks: tuple[str, ...], out: Path, force: bool) -> None:
    """Write DECKS as Moodle GIFT (Question bank > Import > GIFT), a category per deck.

    Order questions become matching, clozes one question per blank and cards
    essays; each such change, and points or images GIFT cannot carry, is warned about.
    """
    from quiz.bank.library import load_decks
    from quiz.export import gift

    result = gift.write(load_decks(decks, reading_bar), out, force=force)
    echo_warnings(result.warnings)
    echo(f"wrote {plural(result.count, 'question')} to {out}")


@export.command("qti", short_help="Write DECKS as a QTI 1.2 zip for Canvas, a quiz per deck.")
@click.argument("decks", nargs=-1, required=True)
@click.option("-o", "--out", required=True, type=OUT_FILE, help="The .zip file to write.")
@FORCE
def export_qti(decks: tuple[str, ...], out: Path, force: bool) -> None:
    """Write DECKS as a QTI 1.2 zip for Canvas (Settings > Import > QTI .zip), a quiz per deck.

    Order questions become matching and cards essays, each with a warning.
    """
    from quiz.bank.library import load_decks
    from quiz.export import qti

    result = qti.write(load_decks(decks, reading_bar), out, force=force)
    echo_warnings(result.warnings)
    echo(f"wrote {plural(result.count, 'question')} to {out}")
