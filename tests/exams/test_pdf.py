"""`quiz exam`: real PDFs read back with pypdf, the Markdown, the manifest and the folder."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from exam_helpers import EVERY, run, text, write_bank

from quiz.bank.model import Cloze
from quiz.cli import cli
from quiz.exams.markdown import escape
from quiz.exams.paper import cloze_parts

EVIL = '#read("/etc/passwd") $x^2$ *bold* _u_ @ref <lab> back\\slash // c #let x = 1 ]'


def printed_prompt(q: dict) -> str:
    """A piece of a question's text that the paper must show."""
    data = q["question"]
    if data["type"] == "cloze":
        return cloze_parts(Cloze(id="x", text=data["text"]))[0]["text"].strip()
    return data.get("prompt") or data.get("statement")


@pytest.fixture(scope="module")
def every_exam(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("exam") / "out"
    run("exam", EVERY, "-o", str(out), "--variants", "2", "--seed", "7")
    return out


@pytest.fixture(scope="module")
def manifest(every_exam) -> dict:
    return json.loads((every_exam / "manifest.json").read_text())


def test_the_folder_holds_papers_keys_grid_markdown_and_manifest(every_exam, manifest):
    names = sorted(p.name for p in every_exam.iterdir())
    assert names == sorted(manifest["files"])
    assert names == [
        "key-A.md", "key-A.pdf", "key-B.md", "key-B.pdf", "key-grid.md", "key-grid.pdf",
        "manifest.json", "variant-A.md", "variant-A.pdf", "variant-B.md", "variant-B.pdf",
    ]  # fmt: skip
    assert not list(every_exam.glob(".*"))  # no temporary files left behind


def test_each_variant_prints_its_questions_in_its_order(every_exam, manifest):
    for variant in manifest["variants"]:
        paper = text(every_exam / f"variant-{variant['code']}.pdf")
        positions = []
        for q in variant["questions"]:
            match = re.search(re.escape(f"{q['number']}. ") + r".{0,40}?" + re.escape(
                printed_prompt(q)[:30]), paper)  # fmt: skip
            assert match, (q["number"], printed_prompt(q))
            positions.append(match.start())
        assert positions == sorted(positions)
        assert f"Total / {manifest['total_points']:g} points" in paper
        assert "inspetsy" not in paper  # the card is not an eligible type
    a, b = ([q["id"] for q in v["questions"]] for v in manifest["variants"])
    assert sorted(a) == sorted(b) and a != b


def test_papers_show_shuffled_options_with_their_letters(every_exam, manifest):
    for variant in manifest["variants"]:
        paper = text(every_exam / f"variant-{variant['code']}.pdf")
        for q in variant["questions"]:
            data = q["question"]
            if data["type"] in ("choice", "multi"):
                shown = [data["options"][i] for i in q["layout"]["order"]]
                for letter, option in zip("abcd", shown, strict=False):
                    assert f"{letter}) {option}" in paper


def test_keys_and_grid_match_the_manifest(every_exam, manifest):
    grid = text(every_exam / "key-grid.pdf")
    for variant in manifest["variants"]:
        key = text(every_exam / f"key-{variant['code']}.pdf")
        at = 0
        for q in variant["questions"]:
            at = key.index(f"{q['number']}. {q['key']}", at)
            assert f"{q['deck']}/{q['id']}" in key
        assert variant["questions"][0]["question"]["explanation"] in key
        flat = " ".join(key.split())  # the key shows background labelled, and every source
        assert (
            "The notes date the agreement to March 1926. Background (not from the source): "
            "Both lay far from Allied inspectors. Source: Sara Moore, How Hitler Came To Power"
        ) in flat
        assert "§ German loans; Sara Moore, How Hitler Came To Power, p. 128-129" in flat
    a, b = manifest["variants"]
    varied = 0

    def cell(q):  # numbers with their tolerance and unit, short answers with alternatives
        if q["type"] == "numeric":
            return q["key"]
        alternatives = q["question"].get("alternatives") or []
        return " / ".join([q["answer"], *alternatives])

    for qa, qb in zip(a["questions"], b["questions"], strict=True):
        if qa["points"] == qb["points"]:
            row = f"{qa['number']} {qa['points']:g} {cell(qa)} {cell(qb)}"
        else:
            varied += 1
            pts = [f"{x['points']:g} pt" + "s" * (x["points"] != 1) for x in (qa, qb)]
            row = f"{qa['number']} varies {cell(qa)} ({pts[0]}) {cell(qb)} ({pts[1]})"
        assert row in grid
    assert varied == 2  # the 2-point question sits at different numbers in A and B


def test_pool_variants_print_only_their_own_questions(tmp_path):
    bank = write_bank(
        tmp_path,
        [
            f"id: t{i}\ntype: true_false\nstatement: Claim {i} holds.\nanswer: true"
            for i in range(8)
        ],
    )
    run(
        "exam",
        str(bank),
        "-o",
        str(tmp_path / "o"),
        "-n",
        "4",
        "--pool",
        "--variants",
        "2",
        "--seed",
        "3",
    )
    data = json.loads((tmp_path / "o" / "manifest.json").read_text())
    for v in data["variants"]:
        paper = text(tmp_path / "o" / f"variant-{v['code']}.pdf")
        mine = {q["question"]["statement"] for q in v["questions"]}
        assert {f"Claim {i} holds." for i in range(8) if f"Claim {i} holds." in paper} == mine


def test_the_same_seed_rebuilds_the_exam_byte_for_byte(tmp_path):
    for name, seed in (("one", "5"), ("two", "5"), ("three", "6")):
        run("exam", EVERY, "-o", str(tmp_path / name), "--seed", seed,
            "--variants", "2")  # fmt: skip
    one, two, three = (tmp_path / n for n in ("one", "two", "three"))
    for f in sorted(one.iterdir()):
        assert f.read_bytes() == (two / f.name).read_bytes(), f.name
    assert (one / "variant-A.pdf").read_bytes() != (three / "variant-A.pdf").read_bytes()


def test_deck_text_prints_literally_and_reads_no_file(tmp_path):
    bank = write_bank(
        tmp_path,
        [
            f"id: evil\ntype: choice\nprompt: '{EVIL}'\noptions: ['$$', '#image(\"x.png\")']\n"
            f"answer: '$$'\nexplanation: '{EVIL} again'\nbackground: '{EVIL} in the background'",
            "id: cl\ntype: cloze\ntext: 'Cloze #sym.arrow {{c1::$y$::#hint}} end'",
        ],
    )
    run(
        "exam",
        str(bank),
        "-o",
        str(tmp_path / "o"),
        "--seed",
        "1",
        "--title",
        'T #read("/etc/hosts")',
    )
    paper, key = text(tmp_path / "o" / "variant-A.pdf"), text(tmp_path / "o" / "key-A.pdf")
    assert EVIL in paper and f"{EVIL} again" in key
    assert f"Background (not from the source): {EVIL} in the background" in key
    assert "in the background" not in paper  # background is for the key, not the paper
    assert '#image("x.png")' in paper and "$$" in paper
    assert "Cloze #sym.arrow (1) (#hint) end" in paper
    assert 'T #read("/etc/hosts") Variant A' in paper
    passwd = Path("/etc/passwd").read_text().split(":")[0]  # "root"
    for name in ("variant-A.pdf", "key-A.pdf", "key-grid.pdf"):
        assert f"{passwd}:x:" not in text(tmp_path / "o" / name)


def test_markdown_escapes_deck_text():
    from markdown_it import MarkdownIt

    html = MarkdownIt().render(escape("*a* <script>x</script> [l](u) `c` # h _u_ $m$"))
    assert html == "<p>*a* &lt;script&gt;x&lt;/script&gt; [l](u) `c` # h _u_ $m$</p>\n"
    assert MarkdownIt().render(escape("- not a list\n1. nor this")) == (
        "<p>- not a list\n1. nor this</p>\n"
    )


def test_markdown_variant_and_key_follow_the_manifest(every_exam, manifest):
    for v in manifest["variants"]:
        paper = (every_exam / f"variant-{v['code']}.md").read_text()
        key = (every_exam / f"key-{v['code']}.md").read_text()
        numbers = [int(n) for n in re.findall(r"^\*\*(\d+)\.\*\*", paper, re.M)]
        assert numbers == [q["number"] for q in v["questions"]]
        for q in v["questions"]:
            assert f"**{q['number']}.** **{escape(q['key'])}**" in key
        assert (
            "The notes date the agreement to March 1926.  \n"
            "*Background (not from the source): Both lay far from Allied inspectors.*  \n"
            "*Source: Sara Moore, How Hitler Came To Power, p. 128-129*  \n"
        ) in key
        assert "*Sources: Russia Beyond, What role" in key
        assert paper.startswith(f"# Every question type — Variant {v['code']}\n")


def test_a_rebuild_removes_its_own_stale_files_only(tmp_path):
    out = tmp_path / "o"
    run("exam", EVERY, "-o", str(out), "--variants", "3", "--seed", "1")
    (out / "notes.txt").write_text("mine")
    run("exam", EVERY, "-o", str(out), "--variants", "2", "--seed", "1", "--force")
    assert not (out / "variant-C.pdf").exists() and not (out / "key-C.md").exists()
    assert (out / "notes.txt").read_text() == "mine"


def test_cli_summary(tmp_path):
    every, out_dir = EVERY, str(tmp_path / "o")
    out = run("exam", every, "-o", out_dir, "--variants", "2", "--seed", "7", "--points", "18")
    assert out == (
        "Every question type: 8 questions, 18 points, variants A B, seed 7\n"
        "  variant A: right answers by letter a:0 b:0 c:1 d:0\n"  # the one single choice
        "  variant B: right answers by letter a:0 b:0 c:0 d:1\n"
        f"wrote 11 files to {tmp_path / 'o'}: variant-A.pdf, variant-A.md, variant-B.pdf, "
        "variant-B.md, key-A.pdf, key-A.md, key-B.pdf, key-B.md, key-grid.pdf, key-grid.md, "
        "manifest.json\n"
    )


def test_cli_errors_are_one_line(tmp_path):
    (tmp_path / "file").write_text("x")
    for args, message, code in (
        (["-o", str(tmp_path / "file")], f"{tmp_path / 'file'}: is a file; give a folder", 2),
        (["-o", str(tmp_path / "o"), "--pick", "loans"], "--pick loans: write TAG=N", 2),
        (["-o", str(tmp_path / "o"), "--types", "essay"], "--types: unknown type 'essay'", 2),
    ):
        result = CliRunner().invoke(cli, ["exam", EVERY, *args])
        assert result.exit_code == code
        assert result.output.startswith(message) and result.output.count("\n") == 1


def test_an_earlier_exam_in_the_folder_is_not_replaced_without_force(tmp_path):
    """Its papers may be printed and handed out: grading them needs its manifest."""
    out = tmp_path / "o"
    run("exam", EVERY, "-o", str(out), "--seed", "1")
    first = (out / "manifest.json").read_bytes()
    run("exam", EVERY, "-o", str(out), "--seed", "1")  # the same exam again: harmless
    assert (out / "manifest.json").read_bytes() == first
    for other in (["--seed", "2"], ["--seed", "1", "--variants", "2"], ["--seed", "1", "-n", "3"]):
        result = CliRunner().invoke(cli, ["exam", EVERY, "-o", str(out), *other])
        assert (result.exit_code, result.output) == (
            2,
            f"{out / 'manifest.json'}: an exam with another seed or options is already here "
            f"(seed 1); its papers may be out: choose another folder, or --force to replace it\n",
        )
    assert (out / "manifest.json").read_bytes() == first
    assert sorted(p.name for p in out.iterdir()) == sorted(json.loads(first)["files"])
    run("exam", EVERY, "-o", str(out), "--seed", "2", "--force")
    assert json.loads((out / "manifest.json").read_text())["seed"] == 2


def test_a_foreign_manifest_json_is_not_replaced_without_force(tmp_path):
    out = tmp_path / "o"
    out.mkdir()
    (out / "manifest.json").write_text('{"name": "my web app"}')
    result = CliRunner().invoke(cli, ["exam", EVERY, "-o", str(out), "--seed", "1"])
    assert (result.exit_code, result.output) == (
        2,
        f"{out / 'manifest.json'}: not a quiz exam manifest; choose another folder, "
        "or --force to replace it\n",
    )
    assert (out / "manifest.json").read_text() == '{"name": "my web app"}'


def test_drafts_are_left_out_with_one_warning(tmp_path):
    bank = write_bank(
        tmp_path,
        [
            "id: t1\ntype: true_false\nstatement: Checked.\nanswer: true",
            "id: d1\ntype: true_false\nstatement: Draft one.\nanswer: true\ndraft: true",
            "id: d2\ntype: true_false\nstatement: Draft two.\nanswer: true\ndraft: true",
        ],
    )
    result = CliRunner().invoke(cli, ["exam", str(bank), "-o", str(tmp_path / "o"), "--seed", "1"])
    assert result.exit_code == 0
    assert result.stderr == (
        "warning: left out 2 draft questions (draft: true, not yet checked): "
        "check them and remove draft: true to use them\n"
    )
    assert "Draft" not in text(tmp_path / "o" / "variant-A.pdf")


def test_one_point_and_one_question_are_singular(tmp_path):
    bank = write_bank(tmp_path, ["id: t1\ntype: true_false\nstatement: Alone.\nanswer: true"])
    out = tmp_path / "o"
    assert run("exam", str(bank), "-o", str(out), "--seed", "1").startswith(
        "Bank bank: 1 question, 1 point, variants A, seed 1\n"
    )
    assert "Total / 1 point 1. Alone." in text(out / "variant-A.pdf")
    assert "key for variant A: 1 question, 1 point. Seed 1." in text(out / "key-A.pdf")
    assert "**Total: \\_\\_\\_\\_ / 1 point**\n" in (out / "variant-A.md").read_text()
    assert "\n1 question, 1 point. Seed 1.\n" in (out / "key-A.md").read_text()
    run("exam", str(bank), "-o", str(tmp_path / "half"), "--seed", "1", "--points", "0.5")
    assert "Total / 0.5 points" in text(tmp_path / "half" / "variant-A.pdf")
