"""`quiz grade --report/--feedback`: from the marks to the files, one call for the CLI.

Works from the marks alone (:class:`~quiz.exams.marking.StudentScore`), however the
responses reached `quiz grade`: typed into a sheet, or read from scanned answer sheets
with the teacher's marks for written answers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quiz.core.words import plural
from quiz.exams.item_analysis import ItemStats
from quiz.exams.manifest_reader import MarkedQuestion, manifest_decks
from quiz.exams.marking import Response, StudentScore
from quiz.exams.options import DEFAULT_PAPER, PAPERS
from quiz.reports.class_report import class_report
from quiz.reports.feedback import student_feedback
from quiz.reports.output import (
    FEEDBACK,
    FEEDBACK_PDF,
    INDEX,
    Progress,
    write_feedback,
    write_report,
)


@dataclass(frozen=True)
class Marked:
    """An exam and its marking, as `quiz grade` has them."""

    manifest: dict[str, Any]
    folder: Path  # the exam's
    variants: dict[str, list[MarkedQuestion]]
    scores: list[StudentScore]
    items: list[ItemStats]
    absent: list[Response]

    @property
    def title(self) -> str:
        title = self.manifest.get("title")
        return title if isinstance(title, str) and title.strip() else "Exam"

    @property
    def paper(self) -> str:
        """The exam's own paper size: the report prints on what the exam printed on."""
        options = self.manifest.get("options")
        paper = options.get("paper") if isinstance(options, dict) else None
        return paper if paper in PAPERS else DEFAULT_PAPER


@dataclass
class Outcome:
    lines: list[str] = field(default_factory=list)  # what was written, to print
    warnings: list[str] = field(default_factory=list)


def write_after_marking(
    marked: Marked, out: Path, report: bool, feedback: bool, force: bool, progress: Progress
) -> Outcome:
    """The class report (``report``) and feedback sheets (``feedback``) in folder ``out``."""
    outcome = Outcome()
    if report:
        data = class_report(
            marked.title, marked.variants, marked.scores, marked.items, marked.absent
        )
        written = write_report(out, data, marked.paper, force)
        outcome.warnings += written.warnings
        outcome.lines.append(f"wrote {written.files[0]} and {written.files[1]}")
    if feedback:
        decks = manifest_decks(marked.manifest, marked.folder)
        sheets = [student_feedback(s, decks) for s in marked.scores]
        written = write_feedback(out, marked.title, sheets, marked.paper, force, progress)
        outcome.warnings += written.warnings
        outcome.lines.append(
            f"wrote {plural(len(sheets), 'feedback sheet')}: {out / FEEDBACK_PDF} to print, "
            f"one file each in {out / FEEDBACK} (who gets which: {out / FEEDBACK / INDEX})"
        )
        if written.removed:
            names = ", ".join(p.name for p in written.removed)
            outcome.lines.append(
                f"removed {plural(len(written.removed), 'sheet')} of an earlier run: {names}"
            )
    return outcome
