"""The scanned stack docs/scanning.md reads was made for the exam that page builds."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from synthetic import render

from quiz.exams.sheet import read_code as parse_code
from quiz.scan.geometry import load_exam
from quiz.scan.locate import read_code

ROOT = Path(__file__).resolve().parent.parent.parent
SCRIPT = ROOT / "docs" / "images" / "scan_images.py"


def test_the_docs_stack_belongs_to_the_docs_exam(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("scan_images", SCRIPT)
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    monkeypatch.chdir(tmp_path)
    script.build_page_exam(tmp_path)
    exam = load_exam(tmp_path / "exam")
    first = render((ROOT / "docs" / "images" / "scan-stack.pdf").read_bytes(), 150)[0]
    [(text, _)] = read_code(first)
    assert parse_code(text)[0] == exam.sheet.exam_id, (
        "docs/images/scan-stack.pdf was made for another exam than docs/scanning.md builds "
        "(the exam or the sheet layout changed): run .venv/bin/python docs/images/scan_images.py, "
        "then QUIZ_RECORD_DOCS=1 .venv/bin/python -m pytest tests/docs"
    )
