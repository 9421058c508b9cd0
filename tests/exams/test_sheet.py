"""Answer sheets (`quiz exam --sheets`): what is printed, and that the manifest says where."""

from __future__ import annotations

import json
from collections import Counter

import pypdf
import pytest
from click.testing import CliRunner
from exam_helpers import EVERY, pages, write_bank

from quiz.cli import cli
from quiz.exams.sheet import read_code
from quiz.exams.sheet_layout import INSET, MARKER, PAGE_SIZES, PITCH, RADIUS, STUDENT

MM = 72 / 25.4  # PDF points per millimetre
TYPES = "choice,multi,true_false,short,numeric,cloze,order,match"


def make(tmp_path, *args: str, deck: str = EVERY):
    out = tmp_path / "exam"
    result = CliRunner().invoke(
        cli, ["exam", deck, "--types", TYPES, "--seed", "1", "--sheets", *args, "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    return out, json.loads((out / "manifest.json").read_text()), result


def bubbles(page: dict) -> list[tuple[float, float, str, int, str]]:
    return [
        (x, y, value, f["question"], f["kind"])
        for f in page["fields"]
        for r in f["rows"]
        for x, y, value in r["bubbles"]
    ]


@pytest.mark.parametrize("paper", ["a4", "us-letter"])
def test_each_variant_gets_a_sheet_of_its_paper_with_every_bubble_in_the_manifest(tmp_path, paper):
    out, data, result = make(tmp_path, "--variants", "2", "--numeric-digits", "4", "--paper", paper)
    assert "sheet-A.pdf, sheet-B.pdf" in result.output
    sheets = data["sheets"]
    w, h = PAGE_SIZES[paper]
    assert sheets["size"] == [w, h] and sheets["paper"] == paper and len(sheets["id"]) == 10
    for code in ("A", "B"):
        reader = pypdf.PdfReader(out / f"sheet-{code}.pdf")
        box = reader.pages[0].mediabox
        assert (round(float(box.width) / MM, 1), round(float(box.height) / MM, 1)) == (w, h)
        laid = sheets["variants"][code]
        assert len(laid) == len(reader.pages)
        spots = [b for p in laid for b in bubbles(p)]
        side = INSET + RADIUS  # inside the markers' margin, below the header, above the markers
        assert all(side < x < w - side and 34 < y < h - INSET - MARKER for x, y, *_ in spots)
        for p in laid:  # no two bubbles of a page touch
            xy = sorted((x, y) for x, y, *_ in bubbles(p))
            close = [
                (a, b)
                for a in xy
                for b in xy
                if a < b and abs(a[0] - b[0]) < PITCH - 0.01 and abs(a[1] - b[1]) < PITCH - 0.01
            ]
            assert not close
        kinds = {q: k for *_, q, k in spots}
        assert kinds[STUDENT] == "digits"
        numbers = {
            q["number"]: q["type"] for q in data["variants"][0 if code == "A" else 1]["questions"]
        }
        want = {
            "choice": "one",
            "true_false": "one",
            "multi": "many",
            "order": "order",
            "match": "match",
            "numeric": "digits",
            "short": "teacher",
            "cloze": "teacher",
        }
        assert {n: kinds[n] for n in numbers} == {n: want[t] for n, t in numbers.items()}
        student = [v for *_, v, q, _ in [(0, 0, *s[2:]) for s in spots] if q == STUDENT]
        assert Counter(student) == {str(d): 8 for d in range(10)}  # 8 digits, 0-9 each


def test_the_sheet_names_exam_variant_and_page_and_its_code_says_so(tmp_path):
    import numpy as np
    import pypdfium2 as pdfium
    import zxingcpp

    out, data, _ = make(tmp_path, "--title", 'Soviet #read("/etc/passwd") $x$ <b>')
    text = pages(out / "sheet-A.pdf")[0]
    assert 'Soviet #read("/etc/passwd") $x$ <b>' in text
    assert "Answer sheet · Variant A · Page 1 of 1" in text and data["sheets"]["id"] in text
    assert "Student number" in text and "for the teacher" in text
    image = pdfium.PdfDocument(out / "sheet-A.pdf")[0].render(scale=2, grayscale=True).to_numpy()
    [code] = zxingcpp.read_barcodes(
        np.ascontiguousarray(image[:, :, 0] if image.ndim == 3 else image)
    )
    assert read_code(code.text) == (data["sheets"]["id"], "A", 1)


def test_the_same_exam_gives_the_same_sheets_and_another_layout_another_code(tmp_path):
    _, first, _ = make(tmp_path)
    (tmp_path / "exam" / "sheet-A.pdf").rename(tmp_path / "first.pdf")
    _, again, _ = make(tmp_path)
    assert again["sheets"] == first["sheets"]
    assert (tmp_path / "exam" / "sheet-A.pdf").read_bytes() == (tmp_path / "first.pdf").read_bytes()
    _, other, _ = make(tmp_path, "--student-digits", "6")
    assert other["sheets"]["id"] != first["sheets"]["id"]


def test_a_long_exam_runs_onto_more_pages_with_every_question_once(tmp_path):
    questions = [
        f"{{id: q{i}, type: choice, prompt: 'Question {i}?', options: [a, b, c, d, e], answer: a}}"
        for i in range(150)
    ]
    deck = write_bank(tmp_path, questions)
    _, data, _ = make(tmp_path, deck=str(deck))
    laid = data["sheets"]["variants"]["A"]
    assert len(laid) >= 2
    numbers = [f["question"] for p in laid for f in p["fields"] if f["question"] != STUDENT]
    assert sorted(numbers) == list(range(1, 151))
    assert all(any(f["question"] == STUDENT for f in p["fields"]) for p in laid)


def test_a_number_that_does_not_fit_the_digits_is_marked_by_the_teacher(tmp_path):
    deck = write_bank(
        tmp_path,
        [
            "{id: big, type: numeric, prompt: 'How many?', answer: 123456}",
            "{id: small, type: numeric, prompt: 'Which year?', answer: 1925}",
            "{id: half, type: numeric, prompt: 'How much?', answer: 1.5}",
        ],
    )
    _, data, result = make(tmp_path, "--numeric-digits", "4", deck=str(deck))
    kinds = {
        q["id"]: f["kind"]
        for q in data["variants"][0]["questions"]
        for f in data["sheets"]["variants"]["A"][0]["fields"]
        if f["question"] == q["number"]
    }
    assert kinds == {"big": "teacher", "small": "digits", "half": "teacher"}
    assert result.output.count("the teacher marks it on the sheet") == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--student-digits", "0"], "'--student-digits': 0 is not in the range 1<=x<=10."),
        (["--numeric-digits", "11"], "'--numeric-digits': 11 is not in the range 1<=x<=10."),
    ],
)
def test_bad_sheet_options_are_usage_errors(tmp_path, args, message):
    result = CliRunner().invoke(cli, ["exam", EVERY, "--sheets", *args, "-o", str(tmp_path / "x")])
    assert result.exit_code == 2 and message in result.output
    plain = CliRunner().invoke(
        cli, ["exam", EVERY, "--numeric-digits", "3", "-o", str(tmp_path / "y")]
    )
    assert plain.exit_code == 2 and "shape the --sheets" in plain.output


def test_sheets_without_their_extra_say_how_to_install_it(tmp_path, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda n, *a: None if n == "segno" else real(n, *a)
    )
    result = CliRunner().invoke(cli, ["exam", EVERY, "--sheets", "-o", str(tmp_path / "x")])
    assert result.exit_code == 1
    assert result.output == "--sheets needs segno, not installed: pip install 'quiz[scan]'\n"
    assert not (tmp_path / "x").exists()
