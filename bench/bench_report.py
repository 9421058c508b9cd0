"""Bench: `quiz grade --report --feedback` for a class of 150 on a 40-question exam.

The exam: 40 questions of the bundled decks in 3 variants. The class: 150 simulated
students (tests/simulated_class.py). Timed in one run, alternating, as CPU seconds of
this process (Typst runs in it; the machines are shared and wall time is noisy) and as
wall time:

- grade: marking and the two CSVs alone (the baseline);
- report: grade --report (report.pdf and report.md);
- feedback: grade --feedback (150 sheets, feedback.pdf with all of them, index.csv);
- plain: the same words as the feedback PDFs (every sheet, then all of them in one),
  set by Typst as plain paragraphs: what the words alone cost, without our layout.

Target: report and feedback together within 15 s of CPU for 150 students (a tenth
of a second per student), and the feedback sheets within 3x the plain words. Last, the
peak memory of one whole `quiz grade --report --feedback` process.
Run: python bench/bench_report.py [--students 150] [--rounds 3]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from simulated_class import responses_csv

from quiz.cli import cli
from quiz.exams.manifest_reader import read_manifest

PLAIN = b"""#set text(font: "Libertinus Serif", size: 10.5pt)
#for s in json(bytes(sys.inputs.data)) { par(text(s)) }
"""


def timed(action) -> tuple[float, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    action()
    return time.process_time() - cpu, time.perf_counter() - wall


def quiz(*args: str) -> None:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output


def plain_words(exam: Path, sheet: Path) -> list[str]:
    """The words of every feedback PDF (each sheet, then the stack), as JSON lists."""
    from quiz.exams.folder import strings_in
    from quiz.exams.manifest_reader import exam_scoring, manifest_decks
    from quiz.exams.marking import grade
    from quiz.exams.responses import read_responses
    from quiz.reports.documents import feedback_document
    from quiz.reports.feedback import student_feedback

    data, variants = read_manifest(exam)
    scores, _ = grade(variants, read_responses(sheet, variants), exam_scoring(data, exam))
    decks = manifest_decks(data, exam)
    words = [strings_in(feedback_document("x", student_feedback(s, decks)).data) for s in scores]
    return [json.dumps(w) for w in [*words, [s for w in words for s in w]]]


def plain(documents: list[str]) -> None:
    import typst

    for words in documents:
        typst.compile(PLAIN, format="pdf", sys_inputs={"data": words}, ignore_system_fonts=True)


def peak_memory(command: list[str]) -> float | None:
    """MB at the most of one whole process (Linux: its VmHWM, read until it ends; the
    kernel's figure after exec, not the forking parent's)."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = None
    status = Path(f"/proc/{process.pid}/status")
    while process.poll() is None:
        with contextlib.suppress(OSError):
            for line in status.read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak = int(line.split()[1]) / 1024
        time.sleep(0.05)
    return peak


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=150)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        exam, sheet = root / "exam", root / "responses.csv"
        quiz("exam", "german-soviet-relations", "germany-soviet-industrialization", "-n", "40",
             "--variants", "3", "--seed", "1", "-o", str(exam))  # fmt: skip
        _, variants = read_manifest(exam)
        sheet.write_text(responses_csv(variants, args.students)[0], encoding="utf-8")
        out = root / "marked"
        out.mkdir()
        grade = ["grade", str(exam), str(sheet), "-o", str(out / "scores.csv")]
        words = plain_words(exam, sheet)
        runs: dict[str, list[tuple[float, float]]] = {}
        actions = {
            "grade": lambda: quiz(*grade),
            "report": lambda: quiz(*grade, "--report"),
            "feedback": lambda: quiz(*grade, "--feedback"),
            "plain": lambda: plain(words),
        }
        plain(words[:3])  # Typst's first compile loads its fonts: not part of any figure
        for _ in range(args.rounds):
            for name, action in actions.items():
                runs.setdefault(name, []).append(timed(action))
        size = sum(p.stat().st_size for p in out.rglob("*.pdf"))
        peak = peak_memory([sys.executable, "-m", "quiz", *grade, "--report", "--feedback"])
    cpu = {name: statistics.median(c for c, _ in r) for name, r in runs.items()}
    wall = {name: statistics.median(w for _, w in r) for name, r in runs.items()}
    report, feedback = cpu["report"] - cpu["grade"], cpu["feedback"] - cpu["grade"]
    n = args.students
    print(f"{n} students, 40 questions, 3 variants; {args.rounds} rounds (medians); "
          f"{size / 1e6:.1f} MB of PDF")  # fmt: skip
    for name in actions:
        print(f"{name:9} {cpu[name]:6.2f} s CPU  {wall[name]:6.2f} s wall")
    print(f"report + feedback beyond grading: {report + feedback:.2f} s CPU "
          f"(target <= 15 s): {1000 * (report + feedback) / n:.0f} ms per student")  # fmt: skip
    print(f"feedback vs its words set plain: {feedback / cpu['plain']:.1f}x (target <= 3x)")
    if peak is not None:
        print(f"peak memory of the whole command: {peak:.0f} MB (Typst laying out feedback.pdf)")


if __name__ == "__main__":
    main()
