"""Scripts beyond Latin: a CJK deck prints its characters, and a character no font has
is reported with its question instead of printing as an empty box."""

from __future__ import annotations

import os

import pytest
from click.testing import CliRunner
from exam_helpers import text, write_bank

from quiz.cli import cli
from quiz.exams.fonts import missing

CJK = "中文 日本語 한국어 🚂"
if missing(CJK.replace(" ", ""), system_fonts=True) and not os.environ.get("CI"):
    pytest.skip(
        "no CJK font here (.ci/run installs fonts-wqy-microhei and fonts-noto-color-emoji)",
        allow_module_level=True,
    )


def test_a_cjk_deck_prints_its_characters(tmp_path):
    bank = write_bank(
        tmp_path,
        [
            "id: zh\ntype: short\nprompt: 拉帕洛条约是哪一年签订的？🚂\nanswer: 一九二二年",
            "id: ja\ntype: choice\nprompt: ラパロ条約の締結地は？\noptions: [ラパロ, ベルリン]\n"
            "answer: ラパロ",
            "id: ko\ntype: true_false\nstatement: 라팔로 조약은 1922년에 체결되었다.\nanswer: true",
        ],
    )
    result = CliRunner().invoke(cli, ["exam", str(bank), "-o", str(tmp_path / "o"), "--seed", "1"])
    assert result.exit_code == 0, result.output
    assert "no font" not in result.output
    paper = text(tmp_path / "o" / "variant-A.pdf")
    for words in ("拉帕洛条约是哪一年签订的", "ラパロ条約の締結地は", "라팔로 조약은 1922년에"):
        assert words in paper
    assert "一九二二年" in text(tmp_path / "o" / "key-A.pdf")
    assert "\x00" not in paper  # what pypdf reads for a glyph drawn as an empty box


def test_a_character_no_font_has_is_reported_with_its_question(tmp_path):
    bank = write_bank(
        tmp_path,
        ["id: odd\ntype: short\nprompt: \"Which sign is \U000f0001?\"\nanswer: 中",
         "id: fine\ntype: short\nprompt: Plain?\nanswer: plain"],
    )  # fmt: skip
    result = CliRunner().invoke(cli, ["exam", str(bank), "-o", str(tmp_path / "o"), "--seed", "1"])
    assert result.exit_code == 0, result.output
    assert (
        "warning: bank/odd: no font on this machine has \U000f0001 (U+F0001); they print as "
        "empty boxes: install a font that covers them (see docs/exams.md#fonts)"
    ) in result.output
    assert "bank/fine" not in result.output


def test_latin_exams_keep_to_the_embedded_fonts():
    assert missing("Ernst Máy, Мосва, Ἀθῆναι – “1922” ±½ № ✓", system_fonts=False) == set()
