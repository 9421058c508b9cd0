"""`quiz import`: a deck from another tool's file (Anki, Moodle GIFT, Canvas QTI, CSV, Markdown)."""

from __future__ import annotations

from pathlib import Path

import click

from quiz.cli.common import OUT_FILE
from quiz.core.console import echo
from quiz.core.words import plural
from quiz.imports import FORMATS


@click.command("import", short_help="Import a deck from Anki, Moodle, Canvas, CSV or Markdown.")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--out", type=OUT_FILE, required=True, help="The deck to write (.yaml).")
@click.option(
    "--from",
    "fmt",
    type=click.Choice(list(FORMATS)),
    help="FILE's format (default: its extension).",
)
@click.option("--front", help="Field (Anki) or column (CSV) holding the question.")
@click.option("--back", help="Field (Anki) or column (CSV) holding the answer.")
@click.option(
    "--with-progress", is_flag=True, help="Carry Anki's review history into quiz's progress."
)
@click.option("--force", is_flag=True, help="Overwrite OUT (and its media) if they exist.")
def import_deck(
    file: Path,
    out: Path,
    fmt: str | None,
    front: str | None,
    back: str | None,
    with_progress: bool,
    force: bool,
) -> None:
    """Import FILE (.apkg .colpkg .gift .zip .csv .tsv .txt .md) as a deck at OUT."""
    from quiz.imports import read_import
    from quiz.imports.files import media_folder_name, write_import
    from quiz.imports.options import ImportOptions

    options = ImportOptions(front, back, with_progress, media_folder_name(out))
    result = read_import(file, fmt, options)
    media = write_import(result, file, out, force=force)
    kinds = ", ".join(f"{n} {kind}" for kind, n in result.type_counts())
    count = plural(len(result.deck.questions), "question")
    echo(f"imported {count} from {file.name} to {out}: {kinds}")
    if media:
        echo(f"copied {plural(len(media), 'media file')} to {media[0].parent}/")
    if result.lost:
        echo("not carried:")
        for kind, n in sorted(result.lost.items(), key=lambda kv: (-kv[1], kv[0])):
            echo(f"  {n} × {kind}")
    if with_progress:
        _carry(out, result)


def _carry(out: Path, result) -> None:
    from quiz.bank.loader import load_deck
    from quiz.imports.progress import carry_progress
    from quiz.srs.store import Store

    with Store.open() as store:
        cards, answers = carry_progress(load_deck(out), result.history, store)
    echo(
        f"progress: {plural(cards, 'card')} scheduled as in Anki"
        f" ({plural(answers, 'answer')} added to the review log)"
    )
