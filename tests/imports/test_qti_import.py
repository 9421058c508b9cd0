"""`quiz import` of Canvas QTI 1.2 zips: what `quiz export qti` writes comes back with its
types, answers and options; a Canvas type quiz has not is counted. Cost: < 0.5 s."""

from __future__ import annotations

import itertools
import re
import zipfile

import pytest
from import_helpers import BUNDLED, citations, content, run

from quiz.bank.cloze import CLOZE_RE
from quiz.bank.loader import load_deck
from quiz.bank.model import Cloze, Flashcard, Numeric

QTI_LOSES = ("tags",)  # Canvas QTI has no tags; quiz's export writes none


def numbered_apart(text: str) -> str:
    """A cloze as Canvas holds it: every blank its own, so none are hidden together."""
    n = itertools.count(1)

    def blank(m: re.Match[str]) -> str:
        hint = "" if m[3] is None else f"::{m[3]}"
        return f"{{{{c{next(n)}::{m[2]}{hint}}}}}"

    return CLOZE_RE.sub(blank, text)


def qti_content(q) -> dict:
    out = {k: v for k, v in content(q).items() if k not in QTI_LOSES}
    if isinstance(q, Cloze):
        out["text"] = numbered_apart(q.text)
    if isinstance(q, Flashcard):  # an essay: the back and explanation are one feedback
        out = {"type": "card", "front": q.front}
    if isinstance(q, Numeric) and q.unit == "year":  # not written after a year question
        out["unit"] = None
    return out


@pytest.mark.parametrize("path", [*BUNDLED, None], ids=lambda p: p.stem if p else "every-type")
def test_quiz_qti_exports_come_back(path, every_type, tmp_path):
    path = path or every_type
    archive, out = tmp_path / "deck.zip", tmp_path / "deck.yaml"
    assert run("export", "qti", str(path), "-o", str(archive)).exit_code == 0
    result = run("import", str(archive), "-o", str(out))
    assert result.exit_code == 0, result.output
    original, back = load_deck(path), load_deck(out)
    kept = [q for q in original.questions if not q.draft]
    assert [qti_content(q) for q in back.questions] == [qti_content(q) for q in kept]
    assert [q.id for q in back.questions] == [q.id for q in kept]  # item titles are the ids
    assert [q.points for q in back.questions] == [q.points for q in kept]
    wanted = [c for q, c in zip(original.questions, citations(original), strict=True)
              if not q.draft]  # fmt: skip
    assert citations(back) == wanted
    assert run("check", str(out)).exit_code == 0


CANVAS_ITEM = """<?xml version="1.0" encoding="UTF-8"?>
<questestinterop xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2">
  <assessment ident="i9c1" title="Weimar quiz">
    <section ident="root_section">
      <item ident="i5a3" title="Question">
        <itemmetadata><qtimetadata>
          <qtimetadatafield><fieldlabel>question_type</fieldlabel>
            <fieldentry>multiple_choice_question</fieldentry></qtimetadatafield>
          <qtimetadatafield><fieldlabel>points_possible</fieldlabel>
            <fieldentry>2.0</fieldentry></qtimetadatafield>
        </qtimetadata></itemmetadata>
        <presentation>
          <material><mattext texttype="text/html">&lt;p&gt;Where was the treaty
            signed?&lt;/p&gt;&lt;img src="$IMS-CC-FILEBASE$/map.png"&gt;</mattext></material>
          <response_lid ident="response1" rcardinality="Single"><render_choice>
            <response_label ident="1"><material><mattext texttype="text/plain">Rapallo</mattext>
            </material></response_label>
            <response_label ident="2"><material><mattext texttype="text/plain">Locarno</mattext>
            </material></response_label>
          </render_choice></response_lid>
        </presentation>
        <resprocessing>
          <outcomes><decvar varname="SCORE" vartype="Decimal"/></outcomes>
          <respcondition continue="No"><conditionvar><varequal respident="response1">1</varequal>
            </conditionvar><setvar action="Set" varname="SCORE">100</setvar></respcondition>
        </resprocessing>
        <itemfeedback ident="correct_fb"><flow_mat><material>
          <mattext texttype="text/html">Yes</mattext></material></flow_mat></itemfeedback>
      </item>
      <item ident="i5a4" title="Question">
        <itemmetadata><qtimetadata><qtimetadatafield><fieldlabel>question_type</fieldlabel>
          <fieldentry>text_only_question</fieldentry></qtimetadatafield></qtimetadata>
        </itemmetadata>
      </item>
    </section>
  </assessment>
</questestinterop>
"""


def test_a_canvas_export(tmp_path):
    archive = tmp_path / "canvas.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("imsmanifest.xml", "<manifest/>")
        zf.writestr("i9c1/i9c1.xml", CANVAS_ITEM)
        zf.writestr("non_cc_assessments/i9c1.xml.qti", CANVAS_ITEM)  # Canvas writes it twice
    out = tmp_path / "canvas.yaml"
    result = run("import", str(archive), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1:] == [
        "not carried:",
        "  1 × Canvas text only question",
        "  1 × image",
        "  1 × per-answer feedback",
    ]
    (q,) = load_deck(out).questions
    assert (q.id, q.prompt, q.options, q.answer, q.points) == (
        "i5a3",
        "Where was the treaty signed?",
        ("Rapallo", "Locarno"),
        "Rapallo",
        2,
    )


def test_a_zip_that_holds_no_qti_is_refused(tmp_path):
    archive = tmp_path / "photos.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("a.xml", "<notqti/>")
    result = run("import", str(archive), "-o", str(tmp_path / "out.yaml"))
    assert (result.exit_code, result.output) == (
        2,
        f"{archive}: holds no QTI assessment (questestinterop)\n",
    )
