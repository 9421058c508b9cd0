"""`quiz scan` speed and accuracy on synthetic scans.

1. Speed: a stack of filled-in, scanned-looking sheets is written as one PDF at 200 dpi
   (as a document scanner saves it) and read by the real `quiz scan` library call, once
   with two reading threads and once with one; prints pages per second and the ratio.
   Target: at least 5 pages a second on 2 cores.
2. Accuracy: --sheets sheets filled at random in every style (pen, pencil, tick, cross,
   light tick, erasures), each page damaged at random (turned up to 5 degrees, phone
   perspective, blur, uneven light, noise, JPEG quality 40-85, upside down), at 150-300
   dpi; prints bubbles read right, flagged for review, and wrong without a flag.
   Target: >= 99.9 % right and 0 wrong unflagged.

    .venv/bin/python bench/bench_scan.py [--pages 60] [--sheets 150] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "scan"))  # the synthetic scans the tests use


def build_exam(folder: Path):
    from conftest import build

    return build(folder)


def speed(folder: Path, exam, pages: int, seed: int) -> None:
    from scan_helpers import DPI, answers_for, filled, scanned
    from synthetic import stack_pdf

    import quiz.scan.run as run

    rng = random.Random(seed)
    images = []
    while len(images) < pages:
        variant = rng.choice("AB")
        answers = answers_for(exam, variant, rng.randrange(10**6))
        number = f"{rng.randrange(10**8):08d}"
        sheet = filled(folder, exam, variant, number, answers, seed=rng.randrange(10**6))
        images += [scanned(p, seed=rng.randrange(10**6)) for p in sheet]
    stack = folder.parent / "stack.pdf"
    stack.write_bytes(stack_pdf(images[:pages], DPI))
    timings = {}
    for workers in (2, 1, 2, 1):
        run.WORKERS = workers
        start = time.perf_counter()
        result = run.scan(folder, [stack], folder.parent / "responses.csv")
        elapsed = time.perf_counter() - start
        timings[workers] = min(timings.get(workers, elapsed), elapsed)
        assert result.pages == pages and result.open == 0, (result.pages, result.open)
    two, one = pages / timings[2], pages / timings[1]
    print(
        f"speed: {pages} pages at {DPI} dpi in one PDF: {two:.1f} pages/s with 2 threads, "
        f"{one:.1f} with 1 ({two / one:.2f}x); target >= 5 pages/s"
    )


def accuracy(folder: Path, exam, sheets: int, seed: int) -> None:
    from accuracy import measure_sheets

    tally = measure_sheets(folder, exam, seed, sheets)
    print(f"accuracy: {tally.line()}")
    for example in tally.examples[:10]:
        print("  " + example)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=60)
    parser.add_argument("--sheets", type=int, default=150)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "exam"
        exam = build_exam(folder)
        speed(folder, exam, args.pages, args.seed)
        accuracy(folder, exam, args.sheets, args.seed)


if __name__ == "__main__":
    main()
