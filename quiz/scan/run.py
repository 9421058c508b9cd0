"""`quiz scan FOLDER SCANS... -o RESPONSES.csv`: from a stack of scans to `quiz grade`'s CSV.

Every page of every file is read (two at a time: OpenCV and the QR reader work outside
Python's lock), the pages are put together by student (:mod:`quiz.scan.stack`), and three
files are written: the responses, the review CSV the teacher fixes, and the review page.
The teacher's fixes from the review CSV of an earlier run are applied first.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from quiz.core.files import Kind, check_target, first_line
from quiz.exams.marking import Response
from quiz.exams.responses import write_responses
from quiz.scan.geometry import ScanExam, load_exam
from quiz.scan.images import Source, is_blank, open_sources, pages
from quiz.scan.read import PageRead, read_page
from quiz.scan.review import PAGE, REVIEW, read_fixes, review_paths, write_page, write_review
from quiz.scan.roster import read_roster
from quiz.scan.stack import assemble

WORKERS = 2
Progress = Callable[[int, int], None]


@dataclass
class ScanResult:
    pages: int = 0
    blank: int = 0
    students: Counter[str] = field(default_factory=Counter)  # per variant
    unknown: int = 0  # rows whose student is not known yet
    open: int = 0  # review items that need a look
    settled: int = 0
    absent: list[str] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)


def _read_all(
    exam: ScanExam, sources: list[Source], progress: Progress | None
) -> tuple[list[PageRead], int, int]:
    """Every page read, in order; the number of pages, and of blank ones left out."""
    total = sum(s.pages for s in sources)
    reads: list[PageRead | None] = []

    def read(name: str, gray: np.ndarray) -> PageRead | None:
        return None if is_blank(gray) else read_page(gray, exam, name)

    def collect() -> None:
        reads.append(waiting.popleft().result())
        if progress:
            progress(len(reads), total)

    with ThreadPoolExecutor(WORKERS) as pool:
        waiting: deque[Future[PageRead | None]] = deque()
        for source in sources:
            for name, gray in pages(source):  # a few pages in memory at a time
                waiting.append(pool.submit(read, name, gray))
                if len(waiting) > 2 * WORKERS:
                    collect()
        while waiting:
            collect()
    found = [r for r in reads if r is not None]
    return found, total, len(reads) - len(found)


def _ours(path: Path) -> bool:
    """Responses written by `quiz scan`: its header, and its review file beside it."""
    header = first_line(lambda line: line.startswith("student,name,variant,"))
    return header(path) and REVIEW.mark is not None and REVIEW.mark(review_paths(path)[0])


RESPONSES = Kind("a scan's responses sheet", (".csv",), _ours)


def scan(
    folder: Path,
    scans: list[Path],
    out: Path,
    roster: Path | None = None,
    force: bool = False,
    progress: Progress | None = None,
) -> ScanResult:
    review_csv, review_html = review_paths(out)
    exam = load_exam(folder)
    students = read_roster(roster) if roster else None
    sources = open_sources(scans)  # every input known before an output is checked
    for path, kind in ((out, RESPONSES), (review_csv, REVIEW), (review_html, PAGE)):
        check_target(path, kind, force=force)
    fixes, earlier = read_fixes(review_csv)
    reads, total, blank = _read_all(exam, sources, progress)
    stack = assemble(reads, exam, fixes, students)
    count = max(len(qs) for qs in exam.questions.values())
    rows = [Response(0, r.name, r.variant, r.answers, r.student) for r in stack.rows]
    write_responses(out, RESPONSES, rows, count, force=force)
    items = list(stack.items.values())
    write_review(review_csv, items, earlier, force)
    write_page(review_html, exam.title, review_csv.name, items, force)
    return ScanResult(
        pages=total,
        blank=blank,
        students=Counter(r.variant for r in stack.rows if r.student != "?"),
        unknown=sum(r.student == "?" for r in stack.rows),
        open=sum(i.open for i in items),
        settled=sum(not i.open for i in items),
        absent=stack.absent,
        files=[out, review_csv, review_html],
    )
