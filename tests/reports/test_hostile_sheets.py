"""Names and answers from the response sheet are data everywhere the reports put them.

A student named ``#read("/etc/passwd")`` is printed as such in the PDFs (never run as
Typst), ``<script>`` stays text in the Markdown, an invisible right-to-left override
shows as its code point instead of reversing the name, and no name reaches a file name
that could leave the feedback folder.
"""

from __future__ import annotations

import csv
import json
import os

import pytest
from exam_helpers import EVERY, run, text
from markdown_it import MarkdownIt

from quiz.core.console import printable
from quiz.exams.fonts import missing

RLO = "\u202e"
NAMES = [
    "<script>alert(1)</script>",
    '#read("/etc/passwd")',
    "$x^2$ *bold* _u_ [link](http://x)",
    f"Ann{RLO}fdp.exe",
    "../../etc/passwd",
    '=HYPERLINK("http://x")',
    "li",
    "Li",
    "Zoe\x1b[2J\x07\x9b31m\x00",
]
FILES = [
    "script-alert-1-script.pdf", "read-etc-passwd.pdf", "x-2-bold-u-link-http-x.pdf",
    "Annfdp-exe.pdf", "etc-passwd.pdf", "HYPERLINK-http-x.pdf", "li.pdf", "Li-2.pdf",
    "Zoe-2J-31m.pdf",
]  # fmt: skip
ANSWERS = ['#read("/etc/passwd")', "<b>bold</b>", "$1$ *a*", f"May{RLO}xe", "\x1b[31mred"]


def test_hostile_names_and_answers_print_literally_and_file_names_stay_in_the_folder(tmp_path):
    exam = tmp_path / "exam"
    run("exam", EVERY, "-o", str(exam), "--seed", "3", "--title", "Hostile")
    questions = json.loads((exam / "manifest.json").read_text())["variants"][0]["questions"]
    short = next(q["number"] for q in questions if q["type"] == "short")
    with (tmp_path / "r.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["name", "variant", *range(1, len(questions) + 1)])
        for i, name in enumerate(NAMES):
            row = ["a"] * len(questions)
            row[short - 1] = ANSWERS[i % len(ANSWERS)]
            writer.writerow([name, "A", *row])
    out = tmp_path / "marked"
    out.mkdir()
    printed = run("grade", str(exam), str(tmp_path / "r.csv"), "-o", str(out / "s.csv"),
                  "--report", "--feedback")  # fmt: skip
    assert "\x1b" not in printed
    assert sorted(p.name for p in (out / "feedback").iterdir()) == sorted([*FILES, "index.csv"])
    assert sorted(p.name for p in tmp_path.rglob("*") if p.suffix == ".pdf" and "exam" not in
                  p.parts) == sorted([*FILES, "report.pdf", "feedback.pdf"])  # fmt: skip
    shown = [printable(n) for n in NAMES]
    for name, file, answer in zip(shown, FILES, ANSWERS * 2, strict=False):
        sheet = text(out / "feedback" / file)
        assert sheet.startswith(f"Hostile Feedback {name} Variant A ")
        assert f"You wrote {answer.replace(RLO, '⟨U+202E⟩').replace(chr(27), '�')} " in sheet
    report = text(out / "report.pdf")
    for name in shown:
        assert f"{name} A " in report
    html = MarkdownIt().render((out / "report.md").read_text(encoding="utf-8"))
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "#read(&quot;/etc/passwd&quot;)" in html and "$x^2$ *bold* _u_ [link](http://x)" in html
    assert "<a " not in html and "<em>" not in html and RLO not in html
    index = (out / "feedback" / "index.csv").read_text(encoding="utf-8")
    assert '"\'=HYPERLINK(""http://x"")",A,HYPERLINK-http-x.pdf' in index
    assert "Zoe\ufffd[2J\ufffd\ufffd31m\ufffd,A,Zoe-2J-31m.pdf" in index
    scores = (out / "s.csv").read_text(encoding="utf-8")
    assert "Zoe\ufffd[2J\ufffd\ufffd31m\ufffd,A," in scores
    for written in (index, scores, (out / "s-items.csv").read_text(encoding="utf-8")):
        assert not any(c in written for c in "\x1b\x07\x9b\x00")


@pytest.mark.skipif(
    bool(missing("陈丽", system_fonts=True)) and not os.environ.get("CI"),
    reason="no CJK font here (.ci/run installs fonts-wqy-microhei)",
)
def test_a_name_in_chinese_prints_on_its_sheet_and_names_its_file(tmp_path):
    exam = tmp_path / "exam"
    run("exam", EVERY, "-o", str(exam), "--seed", "3", "--title", "Hostile")
    (tmp_path / "r.csv").write_text("name,1,2,3,4,5,6,7,8\n陈丽,a,,,,,,,\n", encoding="utf-8")
    out = tmp_path / "marked"
    out.mkdir()
    printed = run("grade", str(exam), str(tmp_path / "r.csv"), "-o", str(out / "s.csv"),
                  "--report", "--feedback")  # fmt: skip
    assert "no font" not in printed
    assert text(out / "feedback" / "陈丽.pdf").startswith("Hostile Feedback 陈丽 Variant A ")
    assert "陈丽 A " in text(out / "report.pdf")
