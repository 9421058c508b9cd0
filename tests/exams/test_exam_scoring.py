"""The scoring scheme is printed on the paper, the key and the grid, and `quiz grade`
marks by the scheme the manifest records."""

from __future__ import annotations

import json

from exam_helpers import EVERY, run, text


def test_paper_key_and_grid_state_the_scoring(tmp_path):
    out = tmp_path / "exam"
    run("exam", EVERY, "-o", str(out), "--seed", "3", "--instructions", "Pen only.")
    paper = text(out / "variant-A.pdf")
    assert "Pen only. Tick boxes with a clear cross" in paper  # tick guidance stays
    assert "Answer every question." not in paper  # only the general line is replaced
    assert "tick every correct option; each wrong tick cancels a right one" in paper
    assert "each item in its right place +1 share, each misplaced item -1/2 share" in paper
    assert "each right pair +1 share, each wrong pair -1 share, blank 0" in paper
    key = text(out / "key-A.pdf")
    assert "Scoring: each wrong tick cancels a right one; not below 0." in key
    grid = text(out / "key-grid.pdf")
    assert "How answers are marked" in grid
    assert "Order: each item in its right place +1 share, each misplaced item -1/(items-1)" in grid
    assert "Scoring: each wrong tick" in (out / "key-A.md").read_text()
    scoring = json.loads((out / "manifest.json").read_text())["options"]["scoring"]
    assert scoring == {"multi": "right-wrong", "order": "chance", "match": "chance"}


def _order_points(tmp_path, *flags: str) -> str:
    out = tmp_path / "-".join(flags or ("default",))
    run("exam", EVERY, "-o", str(out), "--seed", "3", "--types", "order", *flags)
    question = json.loads((out / "manifest.json").read_text())["variants"][0]["questions"][0]
    right = question["answer"].split()
    swapped = " ".join([right[1], right[0], *right[2:]])  # the first two swapped
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(f"name,1\nAnn,{swapped}\n")
    run("grade", str(out), str(sheet), "-o", str(tmp_path / "scores.csv"))
    return (tmp_path / "scores.csv").read_text().splitlines()[1]


def test_grade_marks_by_the_scheme_the_exam_was_printed_with(tmp_path):
    # three items, the first two swapped: 1 of 3 in place; 2 of 3 pairs kept
    assert _order_points(tmp_path) == "Ann,A,0,0,1,0"
    assert _order_points(tmp_path, "--order-scoring", "pairs") == "Ann,A,0.67,0.67,1,66.67"
