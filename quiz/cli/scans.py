"""The teacher's scanner: `quiz scan` reads answer sheets into a responses CSV."""

from __future__ import annotations

from pathlib import Path

import click

from quiz.cli.common import FORCE, OUT_FILE
from quiz.core.console import echo
from quiz.core.progress import ProgressBar
from quiz.core.words import plural


@click.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.argument("scans", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--out", required=True, type=OUT_FILE, help="Responses CSV to write.")
@click.option(
    "--roster",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Class list CSV: number, name.",
)
@FORCE
def scan(
    folder: Path, scans: tuple[Path, ...], out: Path, roster: Path | None, force: bool
) -> None:
    """Read scanned answer sheets into responses for `quiz grade`.

    Reads the sheets of the exam in FOLDER (`quiz exam --sheets`) into OUT. SCANS are
    PDFs (a whole stack in one file), photos or images (PNG, JPEG, TIFF), in any order.
    Whatever is uncertain (a faint mark, two marks where one is allowed, an unreadable
    student number, a missing or twice-scanned page, a page of another exam) is not
    guessed: it is listed in OUT-review.csv and OUT-review.html and written `?`.
    Write your fixes in the review CSV's `fix` column and run the same command again.
    """
    from quiz.core.extras import require

    require("scan", ("cv2", "numpy", "pypdfium2", "zxingcpp"), "quiz scan")
    from quiz.scan.run import scan as read_scans

    with ProgressBar("reading pages", threshold=2) as progress:
        result = read_scans(folder, list(scans), out, roster, force, progress)
    students = sum(result.students.values())
    per_variant = ", ".join(f"variant {v} {n}" for v, n in sorted(result.students.items()))
    blank = f", {plural(result.blank, 'blank page')} left out" if result.blank else ""
    echo(
        f"read {plural(result.pages, 'page')}{blank}: {plural(students, 'student')}"
        + (f" ({per_variant})" if per_variant else "")
    )
    if result.absent:
        shown = ", ".join(result.absent[:5]) + (" ..." if len(result.absent) > 5 else "")
        echo(f"no sheet from {plural(len(result.absent), 'student')} on the roster: {shown}")
    review_csv, review_html = result.files[1], result.files[2]
    if result.open:
        echo(
            f"{plural(result.open, 'item')} {'needs' if result.open == 1 else 'need'} a look: "
            f"see {review_html}; write each fix in "
            f"the fix column of {review_csv} and run this command again"
        )
    else:
        echo(f"nothing needs a look: quiz grade {folder} {out} -o SCORES.csv")
    echo(f"wrote {', '.join(str(f) for f in result.files)}")
