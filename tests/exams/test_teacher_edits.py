"""Teacher edits to the Markdown survive running the same `quiz exam` again."""

from __future__ import annotations

import json

from click.testing import CliRunner
from exam_helpers import EVERY

from quiz.cli import cli


def exam(out, *flags: str):
    result = CliRunner().invoke(cli, ["exam", EVERY, "-o", str(out), "--seed", "5", *flags])
    assert result.exit_code == 0, result.output
    return result.output


def test_an_edited_variant_is_kept_and_the_teacher_told(tmp_path):
    out = tmp_path / "exam"
    exam(out)
    paper = out / "variant-A.md"
    reworded = paper.read_text().replace("Which", "Which one", 1)
    paper.write_text(reworded)
    for _ in range(2):  # and again: it still reads as edited
        said = exam(out)
        assert f"warning: kept {paper}: edited by hand since quiz wrote it; delete it or use " \
               "--force to rewrite it" in said  # fmt: skip
        assert "variant-A.md," not in said.splitlines()[-1]  # not among the files written
        assert paper.read_text() == reworded
    hashes = json.loads((out / "manifest.json").read_text())["hashes"]
    assert set(hashes) >= {"variant-A.md", "key-A.md", "variant-A.pdf", "key-grid.pdf"}
    exam(out, "--force")
    assert paper.read_text() != reworded
    assert "warning: kept" not in exam(out)
