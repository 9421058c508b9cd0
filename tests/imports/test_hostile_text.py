"""Hostile text imports the same way from every format: control characters (an ESC from
a terminal paste, a C1 control) are removed, and a question whose prompt is nothing
once its markup is gone is left out and named; what is written passes `quiz check`."""

from __future__ import annotations

import zipfile

import pytest
from click.testing import CliRunner

from quiz.bank.loader import load_deck
from quiz.cli import cli
from quiz.imports.result import short_hash

ESC = "What \x1b[31mis\x1b[0m the \x85treaty?"  # ESC and NEL (a C1 control)
CLEAN = "What [31mis[0m the treaty?"
EMPTY = "<script>alert(1)</script>"
WHY = "is empty once markup and control characters are removed"


def gift(tmp_path):
    path = tmp_path / "in.gift"
    path.write_text(f"::q1::{ESC} {{=Rapallo}}\n\n::q2::{EMPTY} {{=x}}\n", encoding="utf-8")
    return path, "GIFT question left out (prompt: {}): q2"


def markdown(tmp_path):
    path = tmp_path / "in.md"
    path.write_text(f"{ESC}::Rapallo\n\n\x1b\x07::x\n", encoding="utf-8")
    return path, "Markdown card left out (front: {}): under top of file"


def csv(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text(f'front,back\n"{ESC}",Rapallo\n\x1b\x07,x\n', encoding="utf-8")
    return path, "CSV row left out (front: {}): row 3"


def qti(tmp_path):
    item = """<item ident="{ident}" title="Question"><itemmetadata><qtimetadata>
      <qtimetadatafield><fieldlabel>question_type</fieldlabel>
      <fieldentry>short_answer_question</fieldentry></qtimetadatafield></qtimetadata>
      </itemmetadata><presentation><material><mattext texttype="text/html">{prompt}</mattext>
      </material><response_str ident="r1" rcardinality="Single"/></presentation>
      <resprocessing><respcondition><conditionvar><varequal respident="r1">{answer}</varequal>
      </conditionvar><setvar action="Set" varname="SCORE">100</setvar></respcondition>
      </resprocessing></item>"""
    escaped = ESC.replace("\x1b", "").replace("<", "&lt;")  # XML 1.0 cannot hold an ESC
    items = item.format(ident="q1", prompt=escaped, answer="Rapallo") + item.format(
        ident="q2", prompt=EMPTY.replace("<", "&lt;"), answer="x"
    )
    path = tmp_path / "in.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(
            "q/q.xml",
            '<?xml version="1.0"?><questestinterop><assessment ident="a" title="T">'
            f'<section ident="s">{items}</section></assessment></questestinterop>',
        )
    return path, "QTI item left out (prompt: {}): q2"


def anki(tmp_path):
    from anki.collection import Collection
    from anki_builders import add, export_apkg

    col = Collection(str(tmp_path / "col" / "collection.anki2"))
    add(col, "Basic", "Default", [], Front=ESC, Back="Rapallo")
    empty = add(col, "Basic", "Default", [], Front=EMPTY, Back="x")
    path = export_apkg(col, tmp_path / "in.apkg")
    col.close()
    return path, f"note of type 'Basic' left out (front: {{}}): note-{short_hash(empty.guid, 10)}"


@pytest.mark.parametrize("make", [gift, markdown, csv, qti, anki])
def test_control_characters_go_and_an_empty_prompt_is_left_out_and_named(make, tmp_path):
    if make is anki:
        (tmp_path / "col").mkdir()
    source, left_out = make(tmp_path)
    out = tmp_path / "out.yaml"
    result = CliRunner().invoke(cli, ["import", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith(f"imported 1 question from {source.name} to {out}: ")
    assert lines[-2:] == ["not carried:", "  1 × " + left_out.format(WHY)]
    (question,) = load_deck(out).questions
    assert question.prompt_text == CLEAN
    checked = CliRunner().invoke(cli, ["check", str(out)])
    assert checked.exit_code == 0, checked.output
