"""The review of a scan: a CSV the teacher fixes, and an HTML page showing each doubt.

``RESPONSES-review.csv`` has one row per item (:class:`quiz.scan.stack.Item`): its id,
where it is, the problem, what the scanner saw, and an empty ``fix`` column for the
teacher. The next `quiz scan` with the same output reads the fixes back by id and writes
the file again with every fix kept, including fixes for pages no longer in the scans,
so nothing the teacher typed is lost. ``RESPONSES-review.html`` shows the same items
with the bubbles as they were scanned; all text in it is escaped.
"""

from __future__ import annotations

import base64
import csv
import html
import io
from pathlib import Path

import cv2
import numpy as np

from quiz.core.csv_cells import unprotect, write_sheet
from quiz.core.errors import QuizError
from quiz.core.files import Kind, atomic_path, first_line, starts_with
from quiz.core.inputs import read_input
from quiz.scan.stack import Item

COLUMNS = (
    "id",
    "status",
    "scan",
    "student",
    "variant",
    "page",
    "question",
    "problem",
    "read",
    "fix",
)
NOT_SEEN = "not in these scans; the fix is kept"
PAGE_START = "<!doctype html><!-- quiz scan review -->"
REVIEW = Kind(  # saved back by a spreadsheet, it may have semicolons
    "a scan review",
    (".csv",),
    first_line(lambda line: line.replace(";", ",").startswith("id,status,")),
)
PAGE = Kind("a scan review page", (".html",), starts_with(PAGE_START.encode()))


def review_paths(out: Path) -> tuple[Path, Path]:
    return out.with_name(f"{out.stem}-review.csv"), out.with_name(f"{out.stem}-review.html")


def read_fixes(path: Path) -> tuple[dict[str, str], list[dict[str, str]]]:
    """The teacher's fixes by id, and every earlier row that has one (to keep them); none
    from a file that is no review (the caller replaces it only when told to)."""
    if not path.exists():
        return {}, []
    try:  # our own output, so not remembered as an input: it is written again
        text = read_input(path, "responses", remember=False).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise QuizError(f"{path}: not UTF-8 text; save the review as CSV UTF-8") from None
    rows = list(csv.reader(io.StringIO(text, newline="")))
    delimiter = ";" if rows and len(rows[0]) == 1 and ";" in rows[0][0] else ","
    if delimiter == ";":  # saved back by a spreadsheet set to semicolons
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    header = [c.strip().casefold() for c in rows[0]] if rows else []
    if "id" not in header or "fix" not in header:
        return {}, []
    kept = []
    for row in rows[1:]:
        entry = {
            name: unprotect(row[i].strip()) if i < len(row) else "" for i, name in enumerate(header)
        }
        if entry.get("id") and entry.get("fix"):
            kept.append(entry)
    return {e["id"]: e["fix"] for e in kept}, kept


def write_review(
    path: Path, items: list[Item], earlier: list[dict[str, str]], force: bool = False
) -> None:
    ids = {i.id for i in items}
    rows: list[list[str]] = [list(COLUMNS)]
    for i in items:
        status = "needs a look" if i.open else "settled"
        rows.append(
            [
                i.id,
                status,
                i.scan,
                i.student,
                i.variant,
                i.page,
                i.question,
                i.problem,
                i.read,
                i.fix,
            ]
        )
    for e in earlier:
        if e["id"] not in ids:
            rows.append([e.get(c, "") if c not in ("status", "problem") else "" for c in COLUMNS])
            rows[-1][1], rows[-1][7] = "not seen", NOT_SEEN
    write_sheet(path, REVIEW, rows, force)


def _png(image: np.ndarray) -> str:
    ok, data = cv2.imencode(".png", image)
    return base64.b64encode(data.tobytes()).decode() if ok else ""


STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 70em; color: #222; }
h1 { font-size: 1.5em; margin-bottom: .2em; } .lead { color: #555; margin-top: 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #ddd; padding: .5em .6em; text-align: left; vertical-align: top; }
th { background: #f3f3f3; font-weight: 600; }
tr.open td:first-child { border-left: 4px solid #d9822b; }
tr.settled td:first-child { border-left: 4px solid #4c9a2a; } tr.settled { color: #666; }
code { background: #f3f3f3; padding: 0 .25em; border-radius: 3px; }
img { display: block; max-width: 26em; margin: 0 0 .4em; border: 1px solid #ccc; }
.status { font-weight: 600; white-space: nowrap; } .id { font-size: .8em; color: #777; }
"""


def write_page(
    path: Path, title: str, csv_name: str, items: list[Item], force: bool = False
) -> None:
    e = html.escape
    open_count = sum(i.open for i in items)
    parts = [
        f"{PAGE_START}<html lang=en><meta charset=utf-8><title>{e(title)} — scan review</title>",
        f"<style>{STYLE}</style><h1>{e(title)}: scan review</h1>",
        f"<p class=lead>{open_count} of {len(items)} need a look. Write each fix in the "
        f"<code>fix</code> column of <code>{e(csv_name)}</code> and run the same "
        "<code>quiz scan</code> command again. A fix is the answer as <code>quiz grade</code> "
        "reads it (<code>b</code>, <code>a c</code>, <code>1925</code>, <code>c a b</code>, "
        "<code>1b 2a</code>; <code>1</code>, <code>1/2</code> or <code>0</code> for a "
        "teacher's box) or <code>blank</code>; for a student number the right number or "
        "<code>skip</code>; for a page <code>skip</code>; for a missing page "
        "<code>blank</code>.</p>",
        "<table><tr><th>status</th><th>where</th><th>problem</th><th>scanned</th>"
        "<th>read</th><th>fix</th></tr>",
    ]
    for i in items:
        where = ", ".join(
            x
            for x in (
                i.scan,
                i.student and f"student {i.student}",
                i.variant and f"variant {i.variant}",
                i.page and f"page {i.page}",
                i.question and (f"question {i.question}" if i.question.isdigit() else i.question),
            )
            if x
        )
        pictures = "".join(
            f'<img alt="as scanned" src="data:image/png;base64,{_png(p)}">'
            for p in i.pictures
            if p is not None
        )
        status = "needs a look" if i.open else "settled"
        parts.append(
            f"<tr class={'open' if i.open else 'settled'}><td class=status>{status}</td>"
            f"<td>{e(where)}<div class=id>{e(i.id)}</div></td><td>{e(i.problem)}</td>"
            f"<td>{pictures}</td><td><code>{e(i.read)}</code></td><td><code>{e(i.fix)}</code></td></tr>"
        )
    parts.append("</table></html>\n")
    with atomic_path(path, PAGE, force=force) as tmp:
        tmp.write_text("".join(parts), encoding="utf-8")
