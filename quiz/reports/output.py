"""Writing the class report and the feedback sheets beside the scores sheet.

``quiz grade ... -o DIR/scores.csv --report --feedback`` writes into DIR:

- ``report.pdf`` and ``report.md``: the class report, to look at and to paste;
- ``feedback.pdf``: every student's feedback sheet, to print in one go (each starts on
  a fresh sheet of paper when printed on both sides);
- ``feedback/<student>.pdf`` (names made safe: :mod:`quiz.reports.file_names`) and
  ``feedback/index.csv``: who gets which sheet, with their score (to send each one, or
  for a mail merge).

Every PDF is compiled before anything is written, and every file goes through
:mod:`quiz.core.files`: written to a temporary name and renamed, and never over a file
quiz did not write unless ``force`` (quiz knows its own by a keyword in the PDF's
metadata, the Markdown's first line, the index's header). Sheets an earlier run listed
in ``feedback/index.csv`` that this run does not write again (a student since renamed or
taken off the sheet) are removed, so the folder never mixes two runs.
"""

from __future__ import annotations

import contextlib
import csv
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quiz.core.csv_cells import write_sheet
from quiz.core.files import Kind, atomic_path, check_folder, check_target, first_line, make_folder
from quiz.exams.folder import strings_in
from quiz.exams.fonts import fonts_needed
from quiz.exams.pdf import Document, compile_pdf
from quiz.reports.documents import (
    FEEDBACK_KEYWORD,
    REPORT_KEYWORD,
    feedback_document,
    feedback_stack,
)
from quiz.reports.documents import report_document as report_pdf_document
from quiz.reports.feedback import Feedback
from quiz.reports.file_names import unique_stems
from quiz.reports.markdown import MD_TITLE, report_markdown

REPORT_PDF, REPORT_MD, FEEDBACK_PDF = "report.pdf", "report.md", "feedback.pdf"
FEEDBACK, INDEX = "feedback", "index.csv"
INDEX_HEADER = ("name", "variant", "file", "points", "max", "percent")
MARK_BYTES = 64 * 1024 * 1024  # a PDF larger than this is not one of ours
Progress = Callable[[int, int], None]


def pdf_with_keyword(keyword: str) -> Callable[[Path], bool]:
    """A mark: a PDF whose metadata carries ``keyword`` (Typst writes it as is)."""

    def mark(path: Path) -> bool:
        with contextlib.suppress(OSError):
            if path.stat().st_size <= MARK_BYTES:
                return f"/Keywords({keyword})".encode() in path.read_bytes()
        return False

    return mark


REPORT = Kind("a class report", (".pdf",), pdf_with_keyword(REPORT_KEYWORD))
REPORT_TEXT = Kind("a class report", (".md",), first_line(lambda s: s.startswith(MD_TITLE)))
SHEETS = Kind("a feedback sheet", (".pdf",), pdf_with_keyword(FEEDBACK_KEYWORD))
SHEET_INDEX = Kind(
    "a feedback index",
    (".csv",),
    first_line(lambda s: s.removeprefix("student,") == ",".join(INDEX_HEADER)),
)


@dataclass
class Written:
    files: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def plan_fonts(docs: list[Document], texts: dict[str, str]) -> list[str]:
    """Give the system's fonts to the documents whose text needs them (``texts``: where ->
    text, one per document, in order), and warn of characters no font here has."""
    needing, warnings = fonts_needed(texts)
    for doc, where in zip(docs, texts, strict=True):
        doc.system_fonts = where in needing
    return warnings


def compile_all(docs: list[Document], progress: Progress) -> list[bytes]:
    """Every document's PDF, in order (one after another: Typst holds the GIL)."""
    out: list[bytes] = []
    for doc in docs:
        out.append(compile_pdf(doc))
        progress(len(out), len(docs))
    return out


def sheet_names(names: list[str]) -> list[str]:
    """The file of each student's sheet in the feedback folder, in sheet order."""
    return [f"{stem}.pdf" for stem in unique_stems(names)]


def check_targets(folder: Path, report: bool, names: list[str] | None, force: bool) -> None:
    """Refuse, before any work, what may not be written: the report's files (if
    ``report``), and the feedback of students called ``names`` (if given)."""
    if report:
        check_target(folder / REPORT_PDF, REPORT, force=force)
        check_target(folder / REPORT_MD, REPORT_TEXT, force=force)
    if names is None:
        return
    check_target(folder / FEEDBACK_PDF, SHEETS, force=force)
    where = folder / FEEDBACK
    if where.exists() or where.is_symlink():
        check_folder(where)
        for name in sheet_names(names):
            check_target(where / name, SHEETS, force=force)
        check_target(where / INDEX, SHEET_INDEX, force=force)


def write_report(folder: Path, report: dict[str, Any], paper: str, force: bool) -> Written:
    """``report.pdf`` and ``report.md`` in ``folder``."""
    check_targets(folder, True, None, force)
    pdf_path, md_path = folder / REPORT_PDF, folder / REPORT_MD
    doc = report_pdf_document(report, paper)
    warnings = plan_fonts([doc], {"the class report": " ".join(strings_in(doc.data))})
    (pdf,) = compile_all([doc], lambda done, total: None)
    with atomic_path(pdf_path, REPORT, force=force) as tmp:
        tmp.write_bytes(pdf)
    with atomic_path(md_path, REPORT_TEXT, force=force) as tmp:
        tmp.write_text(report_markdown(report), encoding="utf-8")
    return Written([pdf_path, md_path], [], warnings)


def write_feedback(
    folder: Path,
    title: str,
    sheets: list[Feedback],
    paper: str,
    force: bool,
    progress: Progress = lambda done, total: None,
) -> Written:
    """``feedback/<student>.pdf`` per sheet and ``feedback/index.csv`` in ``folder``."""
    check_targets(folder, False, [s.name for s in sheets], force)
    where = folder / FEEDBACK
    names = sheet_names([s.name for s in sheets])
    earlier = _listed(where / INDEX)
    docs = [feedback_document(title, s, paper) for s in sheets]
    texts = {
        f"feedback for {s.name} (line {s.line})": " ".join(strings_in(d.data))
        for s, d in zip(sheets, docs, strict=True)
    }
    warnings = plan_fonts(docs, texts)
    stack = feedback_stack(title, sheets, paper)
    stack.system_fonts = any(d.system_fonts for d in docs)
    *pdfs, stack_pdf = compile_all([*docs, stack], progress)
    make_folder(where)
    for name, pdf in zip(names, pdfs, strict=True):
        with atomic_path(where / name, SHEETS, force=force) as tmp:
            tmp.write_bytes(pdf)
    _write_index(where / INDEX, sheets, names, force)
    with atomic_path(folder / FEEDBACK_PDF, SHEETS, force=force) as tmp:
        tmp.write_bytes(stack_pdf)
    removed = []
    for name in sorted(earlier - set(names)):
        stale = where / name
        if stale.is_symlink() or not (SHEETS.mark and SHEETS.mark(stale)):
            continue  # the index is only a list of names: the file must be a sheet of ours
        try:
            stale.unlink()
            removed.append(stale)
        except OSError as e:
            warnings.append(f"kept {stale}: could not remove it ({e.strerror or e})")
    written = [folder / FEEDBACK_PDF, *[where / n for n in names], where / INDEX]
    return Written(written, removed, warnings)


def _listed(index: Path) -> set[str]:
    """The sheet files an earlier run listed in its index (plain names in the folder)."""
    if not (SHEET_INDEX.mark and SHEET_INDEX.mark(index)):
        return set()
    try:
        with index.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
    except (OSError, UnicodeDecodeError, csv.Error):
        return set()
    files = {row.get("file") or "" for row in rows}
    return {
        n
        for n in files
        if n.endswith(".pdf") and n == Path(n).name and n[0] != "." and "\0" not in n
    }


def _write_index(path: Path, sheets: list[Feedback], names: list[str], force: bool) -> None:
    numbered = any(s.student for s in sheets)  # as the scores sheet: student numbers first
    rows: list[list[object]] = [[*(["student"] if numbered else []), *INDEX_HEADER]]
    for s, name in zip(sheets, names, strict=True):
        row = [s.name, s.variant, name, s.total, s.max_points, s.percent]
        rows.append(([s.student] if numbered else []) + row)
    write_sheet(path, SHEET_INDEX, rows, force)
