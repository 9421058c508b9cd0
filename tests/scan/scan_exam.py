"""An exam with answer sheets, built once for the scan tests (Typst takes a moment).

A test module imports `sheets_exam` from here to use it (no conftest.py: its module name
would clash with the one at tests/ top when test files import from `conftest`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.bank.library import load_decks
from quiz.core.inputs import begin_command
from quiz.exams.build import build_exam
from quiz.exams.folder import write_exam
from quiz.exams.options import ExamOptions
from quiz.exams.sheet import SheetOptions
from quiz.scan.geometry import ScanExam, load_exam

TYPES = ("choice", "multi", "true_false", "order", "match", "numeric", "short", "cloze")
DECKS = ("germany-soviet-industrialization", "german-soviet-relations")


def build(
    folder: Path,
    count: int = 40,
    variants: int = 2,
    seed: int = 3,
    paper: str = "a4",
    numeric_digits: int | None = 4,
    title: str = "Germany and the USSR",
) -> ScanExam:
    begin_command()  # as the command line does: what an earlier call read may be written
    options = ExamOptions(title=title, count=count, variants=variants, types=TYPES)
    exam = build_exam(load_decks(list(DECKS)), options, seed)
    sheets = SheetOptions(numeric_digits=numeric_digits)
    write_exam(exam, folder, paper=paper, sheets=sheets, force=True)
    return load_exam(folder)


@pytest.fixture(scope="session")
def sheets_exam(tmp_path_factory) -> tuple[Path, ScanExam]:
    """A 40-question exam, variants A and B, two sheet pages each."""
    folder = tmp_path_factory.mktemp("scan-exam") / "exam"
    exam = build(folder)
    assert exam.sheet.page_count("A") == 2, "the tests want a sheet of two pages"
    return folder, exam
