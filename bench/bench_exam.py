"""Bench: 30 variants of a 50-question exam from the bundled decks, written to a temp folder.

Reports the total time, the share spent in Typst compiling the 61 PDFs (30 papers,
30 keys, the grid), and our own overhead (selection, layouts, documents, Markdown,
manifest, writing). Run: python bench/bench_exam.py
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from quiz.bank.library import bundled_dir, load_decks
from quiz.exams import folder as exam_folder
from quiz.exams.build import build_exam
from quiz.exams.options import ExamOptions

VARIANTS, QUESTIONS = 30, 50


def main() -> None:
    compile_seconds = 0.0
    compiles = 0
    real_compile = exam_folder.compile_pdf

    def timed_compile(doc):
        nonlocal compile_seconds, compiles
        start = time.perf_counter()
        pdf = real_compile(doc)
        compile_seconds += time.perf_counter() - start
        compiles += 1
        return pdf

    exam_folder.compile_pdf = timed_compile
    decks = load_decks([str(bundled_dir())])
    start = time.perf_counter()
    options = ExamOptions(title="Bench exam", count=QUESTIONS, variants=VARIANTS)
    exam = build_exam(decks, options, seed=1)
    built = time.perf_counter()
    with tempfile.TemporaryDirectory() as out:
        result = exam_folder.write_exam(exam, Path(out))
        size = sum(p.stat().st_size for p in Path(out).iterdir())
    total = time.perf_counter() - start
    ours = total - compile_seconds
    pages = sum(len(v.questions) for v in exam.variants)
    print(f"{VARIANTS} variants x {QUESTIONS} questions ({pages} printed questions), "
          f"{len(result.files)} files, {size / 1e6:.1f} MB")  # fmt: skip
    print(f"total            {total:7.2f} s")
    print(f"typst compile    {compile_seconds:7.2f} s  ({compile_seconds / total:.0%} of total, "
          f"{compiles} PDFs, {compile_seconds / compiles * 1000:.0f} ms each)")  # fmt: skip
    print(f"our own work     {ours:7.2f} s  ({ours / total:.0%}; selection and layouts "
          f"{built - start:.2f} s)")  # fmt: skip


if __name__ == "__main__":
    main()
