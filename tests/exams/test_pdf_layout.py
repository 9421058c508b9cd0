"""How exam PDFs are laid out: footers, images, the key grid, long text, paper size."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pypdf
from click.testing import CliRunner
from exam_helpers import EVERY, image_count, pages, run, text, write_bank

from quiz.cli import cli


def test_every_page_has_the_variant_and_page_x_of_y_in_its_footer(tmp_path):
    bank = write_bank(
        tmp_path,
        [
            f"id: s{i}\ntype: short\nprompt: Name thing number {i}.\nanswer: thing {i}"
            for i in range(40)
        ],
    )
    run("exam", str(bank), "-o", str(tmp_path / "out"), "--seed", "1", "--variants", "2")
    for code in "AB":
        texts = pages(tmp_path / "out" / f"variant-{code}.pdf")
        assert len(texts) >= 2
        for n, page in enumerate(texts, start=1):
            assert page.endswith(f"Variant {code} Bank bank page {n}/{len(texts)}")


def test_question_images_go_on_the_paper(tmp_path):
    import typst

    (tmp_path / "map.png").write_bytes(
        typst.compile(b"#set page(width: 2cm, height: 1cm)\nx", format="png")
    )
    bank = write_bank(
        tmp_path,
        [
            "id: m\ntype: short\nprompt: Which city?\nanswer: Kazan\nimage: map.png",
            "id: o\ntype: short\nprompt: Which town?\nanswer: Lipetsk",
        ],
    )
    result = CliRunner().invoke(cli, ["exam", str(bank), "-o", str(tmp_path / "o"), "--seed", "1"])
    assert result.exit_code == 0
    assert image_count(tmp_path / "o" / "variant-A.pdf") == 1
    assert "![image for question" in (tmp_path / "o" / "variant-A.md").read_text()


def test_the_key_grid_puts_at_most_five_variants_side_by_side(every_type, tmp_path):
    from quiz.bank.loader import load_deck
    from quiz.exams.build import build_exam
    from quiz.exams.options import ExamOptions
    from quiz.exams.pdf import compile_pdf, grid_document

    exam = build_exam([load_deck(every_type)], ExamOptions(variants=7), seed=1)
    (tmp_path / "grid.pdf").write_bytes(compile_pdf(grid_document(exam, "a4")))
    grid = text(tmp_path / "grid.pdf")
    assert "No. Pts Variant A Variant B Variant C Variant D Variant E 1 " in grid
    assert "No. Pts Variant F Variant G 1 " in grid


def test_words_too_long_for_a_line_are_broken_not_printed_off_the_page(tmp_path):
    word = "A" * 120  # wider than the text column: Typst alone would let it overflow
    bank = write_bank(
        tmp_path,
        [
            f"id: w\ntype: choice\nprompt: 'Long {word}'\noptions: ['{word}', 'b']\n"
            f"answer: 'b'\nexplanation: 'Why {word}'"
        ],
    )
    run("exam", str(bank), "-o", str(tmp_path / "o"), "--seed", "1")
    for name in ("variant-A.pdf", "key-A.pdf"):
        reader = pypdf.PdfReader(tmp_path / "o" / name)
        lines = reader.pages[0].extract_text().replace("\u200b", "").split("\n")
        assert all("A" * 75 not in line for line in lines), name  # about 68 fit on a line
        assert "".join(lines).count(word) >= 2  # the whole word is still there, only wrapped


def test_the_manifest_keeps_paper_and_instructions_to_rebuild_the_exam(tmp_path):
    run("exam", EVERY, "-o", str(tmp_path / "o"), "--seed", "1", "--paper", "us-letter",
        "--instructions", "Pen only.")  # fmt: skip
    options = json.loads((tmp_path / "o" / "manifest.json").read_text())["options"]
    assert options["paper"] == "us-letter" and options["instructions"] == "Pen only."
    width, height = pypdf.PdfReader(tmp_path / "o" / "variant-A.pdf").pages[0].mediabox[2:]
    assert (round(float(width)), round(float(height))) == (612, 792)  # US letter in points
    assert "Pen only." in text(tmp_path / "o" / "variant-A.pdf")


def test_markdown_card_answer_lines_render_as_three_lines(tmp_path):
    from markdown_it import MarkdownIt

    bank = write_bank(tmp_path, ["id: c\ntype: card\nfront: Define inspetsy.\nback: specialists"])
    run("exam", str(bank), "-o", str(tmp_path / "o"), "--seed", "1", "--types", "card")
    html = MarkdownIt().render((tmp_path / "o" / "variant-A.md").read_text())
    assert html.count("<p>Answer: ______________________________</p>") == 3


def below_the_body(path: Path) -> list[str]:
    """Per page, the text set below the bottom margin (2.2 cm), where only the footer belongs."""
    out = []
    for page in pypdf.PdfReader(path).pages:
        low: list[str] = []

        def visit(text, cm, tm, font, size, low=low):
            if text.strip() and cm[5] + tm[5] < 62:
                low.append(text.strip())

        page.extract_text(visitor_text=visit)
        out.append(" ".join(low))
    return out


def test_a_question_taller_than_a_page_runs_on_to_the_next_instead_of_off_it(tmp_path):
    sentence = "This sentence of a very long cloze text is about German-Soviet relations."
    bank = write_bank(
        tmp_path,
        [
            f"id: c\ntype: cloze\ntext: '{' '.join([sentence] * 100)} The {{{{c1::Treaty}}}} end.'"
            f"\nexplanation: '{' '.join([sentence] * 60)} Explained.'",
            "id: t\ntype: true_false\nstatement: Short one.\nanswer: true",
        ],
    )
    run("exam", str(bank), "-o", str(tmp_path / "o"), "--seed", "1")
    for name, label in (("variant-A.pdf", "Variant A"), ("key-A.pdf", "Key A")):
        low = below_the_body(tmp_path / "o" / name)
        assert low == [f"{label} Bank bank page {n}/{len(low)}" for n in range(1, len(low) + 1)]
    assert "(1) end." in text(tmp_path / "o" / "variant-A.pdf")
    assert "Explained." in text(tmp_path / "o" / "key-A.pdf")


def test_a_long_title_wraps_in_the_footer_beside_the_variant_and_page(tmp_path):
    title = "Germany and the Soviet Union between the wars: " + "Rapallo, loans and plans " * 5
    run("exam", EVERY, "-o", str(tmp_path / "o"), "--seed", "1", "--title", title)
    runs: list[tuple[float, float, str]] = []  # (x, y, text) of the footer

    def visit(text, cm, tm, font, size):
        if text.strip() and cm[5] + tm[5] < 62:
            runs.append((cm[4] + tm[4], cm[5] + tm[5], text.strip()))

    pypdf.PdfReader(tmp_path / "o" / "variant-A.pdf").pages[0].extract_text(visitor_text=visit)
    variant = next(r for r in runs if r[2] == "Variant A")
    page = next(r for r in runs if r[2] == "page 1/1")
    middle = [r for r in runs if r not in (variant, page)]
    assert len({round(y) for _, y, _ in middle}) >= 2  # the title wraps onto a second line
    assert all(variant[0] + 40 < x < page[0] for x, _, _ in middle)  # between, not over them


def _lines(path: Path) -> list[list[str]]:
    return [p.extract_text().splitlines() for p in pypdf.PdfReader(path).pages]


def test_layout_edges_arrows_dashes_names_and_spares(tmp_path):
    long = "a works near Moscow that never met its targets, " * 2
    items = ", ".join(f"Event number {i} of the long chronology" for i in range(12))
    bank = write_bank(
        tmp_path,
        [
            "id: o\ntype: order\nprompt: Order them.\nitems: [" + items + "]",
            *[f"id: c{k}\ntype: cloze\ntext: 'In {1900 + k} at {{{{c1::place {k}}}}} "
              f"{'in the spring ' * k}– as the notes say – {'the claims were waived ' * 2}"
              "– by both sides.'" for k in range(10)],  # some would break before a dash
            "id: m\ntype: match\nprompt: Match.\npairs: {Junkers: '" + long + "', Krupp: farmland,"
            + " Siemens: power stations}\nspares: [the Moscow metro]",
            *[f"id: s{i}\ntype: short\nprompt: Question {i} on the cooperation?\nanswer: x{i}"
              for i in range(25)],
        ],
    )  # fmt: skip
    run("exam", str(bank), "-o", str(tmp_path / "o"), "--seed", "2")
    paper_pdf = tmp_path / "o" / "variant-A.pdf"
    pages = _lines(paper_pdf)
    lines = [line.strip() for page in pages for line in page]
    # every arrow has its answer box after it on the same line: none dangles at a line's end
    score_box = 36  # the points box right of every question, and its gap, in points
    right_edge = float(pypdf.PdfReader(paper_pdf).pages[0].mediabox.width) - 2 / 2.54 * 72
    right_edge -= score_box
    arrows = _arrow_xs(paper_pdf)
    assert len(arrows) == 11
    assert all(x + 12 + 1.1 / 2.54 * 72 <= right_edge for x in arrows)
    assert not [line for line in lines if line.startswith(("–", "—"))]  # no dash first
    assert len(pages) >= 2
    for page in pages[1:]:  # pages come apart: the name is asked on each
        assert page[0].startswith("Name Variant A")
    paper = " ".join(" ".join(page) for page in pages)
    assert "the Moscow metro" in paper  # the spare: 4 letters for 3 rows
    markdown = (tmp_path / "o" / "variant-A.md").read_text()
    assert re.search(r"\n\| \| \| \| d\) \S", markdown)  # the fourth letter has no row


def _arrow_xs(path: Path) -> list[float]:
    """Where each → of an order question's answer line starts (points from the left)."""
    xs: list[float] = []

    def visit(text, cm, tm, font, size):
        if "→" in text:
            xs.append(tm[4] * cm[0] + cm[4])

    for page in pypdf.PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return xs
