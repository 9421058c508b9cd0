"""Make the pictures and the scanned stack of docs/scanning.md.

    .venv/bin/python docs/images/scan_images.py

Builds the page's exam exactly as its first transcript does (from the page's own blocks),
fills in two students' sheets with the synthetic hand of the tests (one answer with two
marks, a faint smear, an empty teacher's box), scans them at 150 dpi into one PDF with a
page upside down and a blank back page (``scan-stack.pdf``), then photographs the
review page with headless Chromium (``scan-review.png``) and draws an answer sheet of a
longer exam with pdftoppm (``sheet.png``). Run it again when the sheet layout or the
page's exam changes: the transcripts then need re-recording (docs/index.md says how).
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path[:0] = [str(ROOT / "tests" / "scan"), str(ROOT / "tests" / "docs")]

import cv2  # noqa: E402
from click.testing import CliRunner  # noqa: E402
from doc_transcripts import parse_page  # noqa: E402
from scan_helpers import filled, scanned  # noqa: E402
from synthetic import stack_pdf  # noqa: E402

from quiz.cli import cli  # noqa: E402
from quiz.scan.geometry import load_exam  # noqa: E402

PAGE = ROOT / "docs" / "scanning.md"
DPI = 150


def quiz(*args: str) -> str:
    """Run quiz in this process, in the current folder."""
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def build_page_exam(work: Path) -> None:
    """The files and the `quiz exam` command of the page, in ``work`` (the current folder)."""
    blocks = parse_page(PAGE.read_text(encoding="utf-8"))
    for block in blocks:
        if block.file and not block.copy and block.file != "responses-review.csv":
            (work / block.file).write_text("".join(f"{line}\n" for line in block.body))
    command = next(s.command for b in blocks for s in b.steps if s.command.startswith("quiz exam"))
    quiz(*shlex.split(command)[1:])


def answers(data: dict, variant: str) -> dict[int, str]:
    entry = next(v for v in data["variants"] if v["code"] == variant)
    return {q["number"]: q["answer"] for q in entry["questions"]}


def stack(work: Path) -> Path:
    exam = load_exam(work / "exam")
    data = json.loads((work / "exam" / "manifest.json").read_text())
    kinds = {f.question: f for f in exam.sheet.pages[("A", 1)]}
    ann = answers(data, "A")
    first_choice = min(n for n, f in kinds.items() if f.kind == "one" and n)
    values = [b.value for b in kinds[first_choice].rows[0].bubbles]
    ann[first_choice] = " ".join(values[:2])  # two marks where one is allowed
    for n, f in kinds.items():
        if f.kind == "teacher":
            ann[n] = "1"
    ann[min(n for n, f in kinds.items() if f.kind == "order")] = "b a c"
    boris = answers(data, "B")
    b_kinds = {f.question: f for f in exam.sheet.pages[("B", 1)]}
    teachers = sorted(n for n, f in b_kinds.items() if f.kind == "teacher")
    boris[teachers[0]], boris[teachers[-1]] = "0", ""  # the last box left empty
    true_false = min(
        n for n, f in b_kinds.items() if f.kind == "one" and len(f.rows[0].bubbles) == 2
    )
    boris[true_false] = ""
    multi = min(n for n, f in b_kinds.items() if f.kind == "many")
    boris[multi] = ""
    pages = [filled(work / "exam", exam, "A", "10234567", ann, style="pen", seed=1, dpi=DPI)[0]]
    second = filled(work / "exam", exam, "B", "10234568", boris, style="pencil", seed=2, dpi=DPI)[0]
    spot = b_kinds[true_false].rows[0].bubbles[0]
    k = DPI / 25.4
    cv2.circle(second, (round(spot.x * k), round(spot.y * k)), round(1.6 * k), 222, -1)
    blank = second * 0 + 250
    scans = [
        scanned(pages[0], seed=1),
        scanned(blank, seed=2),
        scanned(second, seed=3, upside_down=True),
    ]
    out = HERE / "scan-stack.pdf"
    out.write_bytes(stack_pdf(scans, DPI, quality=50))
    return out


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        os.chdir(work)
        build_page_exam(work)
        pdf = stack(work)
        (work / "stack.pdf").write_bytes(pdf.read_bytes())
        print(quiz("scan", "exam", "stack.pdf", "-o", "responses.csv"))
        subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--hide-scrollbars",
             "--window-size=1100,1000", f"--screenshot={HERE / 'scan-review.png'}",
             (work / "responses-review.html").as_uri()],
            check=True, capture_output=True,
        )  # fmt: skip
        quiz("exam", "germany-soviet-industrialization", "german-soviet-relations", "--title",
             "Germany and the USSR", "--count", "30", "--seed", "2024", "--sheets",
             "--numeric-digits", "4", "-o", "long")  # fmt: skip
        subprocess.run(
            ["pdftoppm", "-r", "80", "-png", "-singlefile", "-f", "1", "-l", "1",
             str(work / "long" / "sheet-A.pdf"), str(HERE / "sheet")],
            check=True,
        )  # fmt: skip
    print("wrote", pdf, HERE / "scan-review.png", HERE / "sheet.png")


if __name__ == "__main__":
    main()
