"""`quiz export qti`: the zip's structure and every item's XML, parsed back."""

from __future__ import annotations

import html
import re
import zipfile
from xml.etree import ElementTree as ET

import pytest
from click.testing import CliRunner
from exam_helpers import write_bank

from quiz.bank.loader import load_deck
from quiz.cli import cli
from quiz.export import qti

NS = {"q": qti.QTI_NS}
CP = {"cp": qti.CP_NS}


def shown(mattext: ET.Element) -> str:
    """What Canvas displays for a mattext: HTML is unescaped, plain text as is."""
    text = mattext.text or ""
    if mattext.get("texttype") == "text/html":
        text = re.fullmatch(r"<div>(.*)</div>", text, re.S)[1]
        text = html.unescape(text.replace("<br>", "\n"))
    return text


def meta(item: ET.Element) -> dict[str, str]:
    fields = item.findall("q:itemmetadata/q:qtimetadata/q:qtimetadatafield", NS)
    return {f.findtext("q:fieldlabel", "", NS): f.findtext("q:fieldentry", "", NS) for f in fields}


def labels(response: ET.Element) -> dict[str, str]:
    return {
        label.get("ident"): shown(label.find("q:material/q:mattext", NS))
        for label in response.findall("q:render_choice/q:response_label", NS)
    }


def read_items(path) -> dict[str, ET.Element]:
    with zipfile.ZipFile(path) as zf:
        manifest = ET.fromstring(zf.read("imsmanifest.xml"))
        hrefs = [f.get("href") for f in manifest.iterfind(".//cp:resource/cp:file", CP)]
        assert sorted(hrefs) == sorted(n for n in zf.namelist() if n != "imsmanifest.xml")
        items = {}
        for href in hrefs:
            root = ET.fromstring(zf.read(href))
            if href.endswith("/assessment_meta.xml"):
                assert root.tag == f"{{{qti.CANVAS_NS}}}quiz"
                continue
            assert root.tag == f"{{{qti.QTI_NS}}}questestinterop"
            for item in root.iterfind(".//q:item", NS):
                items[item.get("title")] = item
    return items


@pytest.fixture
def exported(tmp_path, every_type):
    out = tmp_path / "every.zip"
    result = qti.write([load_deck(every_type)], out)
    return result, read_items(out), out


def right_labels(item: ET.Element) -> list[str]:
    """Texts of the options the scoring condition requires."""
    response = item.find("q:presentation/q:response_lid", NS)
    names = labels(response)
    conditions = item.findall("q:resprocessing/q:respcondition", NS)
    scoring = [c for c in conditions if c.find("q:setvar", NS) is not None]
    test = scoring[0].find("q:conditionvar", NS)
    required = [v.text for v in test.iter(f"{{{qti.QTI_NS}}}varequal")]
    excluded = [v.text for v in test.iterfind(".//q:not/q:varequal", NS)]
    return [names[i] for i in required if i not in excluded]


def test_every_type_has_its_canvas_type_points_and_answers(exported):
    result, items, _ = exported
    assert result.count == len(items) == 9
    assert {k: meta(v)["question_type"] for k, v in items.items()} == {
        "term-inspetsy": "essay_question",
        "may-brigade-cloze": "fill_in_multiple_blanks_question",
        "main-creditor": "multiple_choice_question",
        "siemens-projects": "multiple_answers_question",
        "may-austrian": "true_false_question",
        "may-name": "short_answer_question",
        "loans-1925": "numerical_question",
        "plans-order": "matching_question",
        "schools-match": "matching_question",
    }
    assert meta(items["loans-1925"])["points_possible"] == "2"
    assert right_labels(items["main-creditor"]) == ["Germany"]
    assert right_labels(items["siemens-projects"]) == [
        "Kura River power station",
        "Dnieper hydroelectric station",
        "Kashira power plant",
    ]
    assert right_labels(items["may-austrian"]) == ["False"]
    short = items["may-name"].findall(".//q:respcondition/q:conditionvar/q:varequal", NS)
    assert [v.text for v in short] == ["Ernst May", "May"]
    numeric = items["loans-1925"]
    assert numeric.find(".//q:varequal", NS).text == "100"
    assert numeric.find(".//q:vargte", NS).text == numeric.find(".//q:varlte", NS).text == "100"


def test_matching_and_blanks_score_each_part(exported):
    _, items, _ = exported
    match = items["schools-match"]
    pairs = {}
    for response in match.findall("q:presentation/q:response_lid", NS):
        left = shown(response.find("q:material/q:mattext", NS))
        cond = next(
            c
            for c in match.iterfind(".//q:respcondition", NS)
            if c.find(".//q:varequal", NS) is not None
            and c.find(".//q:varequal", NS).get("respident") == response.get("ident")
        )
        pairs[left] = labels(response)[cond.find(".//q:varequal", NS).text]
        assert cond.find("q:setvar", NS).text == "50"
    assert pairs == {"Lipetsk": "aviation school", "Kazan": "tank school"}
    cloze = items["may-brigade-cloze"]
    text = shown(cloze.find("q:presentation/q:material/q:mattext", NS))
    assert text == "Ernst May came to the USSR in [blank1] with [blank2] (a number) specialists."
    blanks = [labels(r) for r in cloze.findall("q:presentation/q:response_lid", NS)]
    assert blanks == [{"b1": "1930"}, {"b2": "17"}]


def test_feedback_carries_explanation_labelled_background_and_every_source(exported):
    _, items, _ = exported
    path = "q:itemfeedback/q:flow_mat/q:material/q:mattext"
    assert shown(items["schools-match"].find(path, NS)) == (
        "The notes date the agreement to March 1926.\n"
        "Background (not from the source): Both lay far from Allied inspectors.\n"
        "Source: Sara Moore, How Hitler Came To Power, p. 128-129"
    )
    assert shown(items["main-creditor"].find(path, NS)).endswith(
        "\nSources: Russia Beyond, What role did Germany play in industrializing the USSR in "
        "the 1930s?, § German loans; Sara Moore, How Hitler Came To Power, p. 128-129"
    )


def test_what_canvas_cannot_carry_is_warned_about(exported):
    result, _, _ = exported
    assert result.warnings == [
        "every-type/term-inspetsy: QTI for Canvas has no flashcard type; written as an essay",
        "every-type/plans-order: QTI for Canvas has no ordering type; written as matching",
    ]


def test_deck_text_is_escaped_in_the_xml(tmp_path):
    nasty = '<script>alert(1)</script> & "q" ]]> &amp;'
    bank = write_bank(
        tmp_path,
        [
            f"id: c\ntype: choice\nprompt: '{nasty}'\noptions: ['{nasty}', '<b>']\n"
            f"answer: '<b>'\nexplanation: '{nasty}'\nbackground: '{nasty}'",
            f"id: s\ntype: short\nprompt: P\nanswer: '{nasty}'",
        ],
    )
    out = tmp_path / "n.zip"
    qti.write([load_deck(bank)], out)
    items = read_items(out)
    c = items["c"]
    assert shown(c.find("q:presentation/q:material/q:mattext", NS)) == nasty
    assert list(labels(c.find(".//q:response_lid", NS)).values()) == [nasty, "<b>"]
    assert right_labels(c) == ["<b>"]
    assert items["s"].find(".//q:varequal", NS).text == nasty
    with zipfile.ZipFile(out) as zf:
        raw = zf.read(next(n for n in zf.namelist() if n != "imsmanifest.xml")).decode()
    assert "<script>" not in raw and "&lt;div&gt;&amp;lt;script&amp;gt;" in raw
    feedback = shown(c.find("q:itemfeedback/q:flow_mat/q:material/q:mattext", NS))
    assert feedback == f"{nasty}\nBackground (not from the source): {nasty}"


def test_same_decks_same_zip_and_cli(tmp_path, every_type):
    a, b = tmp_path / "a.zip", tmp_path / "b.zip"
    for out in (a, b):
        result = CliRunner().invoke(cli, ["export", "qti", str(every_type), "-o", str(out)])
        assert result.exit_code == 0
    assert a.read_bytes() == b.read_bytes()
    assert result.output.endswith(f"wrote 9 questions to {b}\n")
    assert "warning: every-type/plans-order: QTI for Canvas has no ordering type" in result.output


def test_draft_questions_stay_out_of_canvas_with_a_warning(tmp_path):
    bank = write_bank(
        tmp_path,
        [
            "id: ok\ntype: true_false\nstatement: Checked.\nanswer: true",
            "id: d1\ntype: true_false\nstatement: Machine-drafted.\nanswer: true\ndraft: true",
        ],
    )
    out = tmp_path / "b.zip"
    result = qti.write([load_deck(bank)], out)
    assert list(read_items(out)) == ["ok"] and result.count == 1
    assert result.warnings == [
        "bank/d1: a draft (machine-drafted, not yet checked); left out, "
        "remove its draft: true to export it"
    ]


def test_numeric_ranges_are_written_without_float_noise(tmp_path):
    bank = write_bank(tmp_path, ["id: n\ntype: numeric\nprompt: N?\nanswer: 0.3\ntolerance: 0.1"])
    out = tmp_path / "n.zip"
    qti.write([load_deck(bank)], out)
    item = read_items(out)["n"]
    assert item.find(".//q:vargte", NS).text == "0.2"  # not 0.19999999999999998
    assert item.find(".//q:varlte", NS).text == "0.4"


def test_each_assessment_carries_its_canvas_quiz_settings(tmp_path):
    bank = write_bank(
        tmp_path,
        ["id: a\ntype: short\nprompt: A?\nanswer: a\npoints: 2",
         "id: b\ntype: true_false\nstatement: B <i>.\nanswer: true\npoints: 1.5",
         "id: c\ntype: short\nprompt: C?\nanswer: c\ndraft: true"],
    )  # fmt: skip
    out = tmp_path / "bank.zip"
    qti.write([load_deck(bank)], out)
    name = qti.ident("bank")
    with zipfile.ZipFile(out) as zf:
        quiz = ET.fromstring(zf.read(f"{name}/assessment_meta.xml"))
        manifest = ET.fromstring(zf.read("imsmanifest.xml"))
    canvas = {"c": qti.CANVAS_NS}
    assert quiz.get("identifier") == name
    assert quiz.findtext("c:title", None, canvas) == "Bank bank"
    assert quiz.findtext("c:points_possible", None, canvas) == "3.5"  # drafts do not count
    assert quiz.findtext("c:shuffle_answers", None, canvas) == "true"
    [assessment] = manifest.findall(f".//cp:resource[@identifier='{name}']", CP)
    dependency = assessment.find("cp:dependency", CP).get("identifierref")
    [settings] = manifest.findall(f".//cp:resource[@identifier='{dependency}']", CP)
    assert settings.get("type") == qti.META_RESOURCE
    assert settings.get("href") == f"{name}/assessment_meta.xml"


def test_match_spares_are_offered_in_every_dropdown(tmp_path):
    bank = write_bank(
        tmp_path,
        ["id: m\ntype: match\nprompt: Pair\npairs: {Lipetsk: aviation, Kazan: tanks}\n"
         "spares: [navy]"],
    )  # fmt: skip
    out = tmp_path / "m.zip"
    qti.write([load_deck(bank)], out)
    [match] = read_items(out).values()
    for response in match.findall("q:presentation/q:response_lid", NS):
        assert sorted(labels(response).values()) == ["aviation", "navy", "tanks"]
