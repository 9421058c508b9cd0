"""QTI 1.2 for Canvas: `quiz export qti DECK... -o FILE.zip` (Settings > Import > QTI .zip).

One assessment (a Canvas quiz and its question bank) per deck, in the shape
Canvas itself exports (and text2qti writes): ``imsmanifest.xml``, ``<id>/<id>.xml``
with each item tagged with Canvas's ``question_type`` and ``points_possible``, and
``<id>/assessment_meta.xml`` with the quiz's settings (title, description, points,
answers shuffled). Per type: ``choice``
multiple choice, ``multi`` multiple answers, ``true_false``, ``short`` short
answer with every alternative, ``numeric`` numerical with the tolerance as a
range, ``match`` matching, ``cloze`` fill in multiple blanks. Classic Canvas
quizzes have no ordering or flashcard type: ``order`` becomes matching (item ->
position) and a card an essay question, each with a warning; images are left
out with a warning, and so are drafts.

Escaping: the XML is built with ElementTree, which escapes ``<``, ``&`` and
quotes; displayed text goes in as ``text/html`` that we HTML-escape first, so a
prompt ``<script>`` shows as text in Canvas, as Canvas's own exports do.
"""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.etree import ElementTree as ET

from quiz.bank.model import Deck
from quiz.core.files import Kind, atomic_path, check_target, zip_comment
from quiz.export import ExportResult, without_drafts
from quiz.export.qti_items import html_text, item_for, sub

QTI_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
CP_NS = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
CANVAS_NS = "http://canvas.instructure.com/xsd/cccv1p0"
CANVAS_XSD = "https://canvas.instructure.com/xsd/cccv1p0.xsd"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
META_RESOURCE = "associatedcontent/imscc_xmlv1p1/learning-application-resource"
MD_NS = "http://www.imsglobal.org/xsd/imsmd_v1p2"
ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # fixed, so the same decks give the same zip
MARK = b"Written by quiz export qti"  # the zip's comment
KIND = Kind("a QTI zip", (".zip",), zip_comment(MARK))


def ident(*parts: str) -> str:
    """A stable XML identifier for a deck or question."""
    return "g" + hashlib.sha1("/".join(parts).encode()).hexdigest()[:24]


def assessment_xml(deck: Deck, warnings: list[str]) -> tuple[bytes, int]:
    root = ET.Element("questestinterop", {"xmlns": QTI_NS})
    assessment = sub(root, "assessment", ident=ident(deck.id), title=deck.title)
    meta = sub(assessment, "qtimetadata")
    field = sub(meta, "qtimetadatafield")
    sub(field, "fieldlabel", "cc_maxattempts")
    sub(field, "fieldentry", "1")
    section = sub(assessment, "section", ident="root_section")
    count = 0
    for q in without_drafts(deck, warnings):
        where = f"{deck.id}/{q.id}"
        if q.image:
            warnings.append(f"{where}: the QTI export leaves out the image {q.image!r}")
        section.append(item_for(deck, q, ident(deck.id, q.id), warnings))
        count += 1
    ET.indent(root)
    return _document(root), count


def manifest_xml(decks: Sequence[Deck]) -> bytes:
    root = ET.Element("manifest", {"identifier": ident("manifest", *[d.id for d in decks])})
    root.set("xmlns", CP_NS)
    root.set("xmlns:imsmd", MD_NS)
    metadata = sub(root, "metadata")
    sub(metadata, "schema", "IMS Content")
    sub(metadata, "schemaversion", "1.1.3")
    general = sub(sub(metadata, "imsmd:lom"), "imsmd:general")
    title = " + ".join(d.title for d in decks)
    sub(sub(general, "imsmd:title"), "imsmd:string", title)
    sub(root, "organizations")
    resources = sub(root, "resources")
    for deck in decks:
        name = ident(deck.id)
        res = sub(resources, "resource", identifier=name, type="imsqti_xmlv1p2")
        sub(res, "file", href=f"{name}/{name}.xml")
        sub(res, "dependency", identifierref=ident(deck.id, "meta"))
        meta = sub(resources, "resource", identifier=ident(deck.id, "meta"), type=META_RESOURCE)
        meta.set("href", f"{name}/assessment_meta.xml")
        sub(meta, "file", href=f"{name}/assessment_meta.xml")
    ET.indent(root)
    return _document(root)


def meta_xml(deck: Deck) -> bytes:
    """Canvas's quiz settings: what its own exports and text2qti put in assessment_meta.xml."""
    root = ET.Element("quiz", {"identifier": ident(deck.id), "xmlns": CANVAS_NS})
    root.set("xmlns:xsi", XSI_NS)
    root.set("xsi:schemaLocation", f"{CANVAS_NS} {CANVAS_XSD}")
    points = sum(q.points for q in deck.questions if not q.draft)
    for tag, value in (
        ("title", deck.title),
        ("description", html_text(deck.description) if deck.description else ""),
        ("shuffle_answers", "true"),
        ("scoring_policy", "keep_highest"),
        ("hide_results", ""),
        ("quiz_type", "assignment"),
        ("points_possible", f"{points:.1f}"),
        ("show_correct_answers", "true"),
        ("anonymous_submissions", "false"),
        ("could_be_locked", "false"),
        ("allowed_attempts", "1"),
        ("one_question_at_a_time", "false"),
        ("cant_go_back", "false"),
        ("available", "false"),
        ("one_time_results", "false"),
        ("show_correct_answers_last_attempt", "false"),
        ("only_visible_to_overrides", "false"),
        ("module_locked", "false"),
    ):
        sub(root, tag, value)
    ET.indent(root)
    return _document(root)


def _document(root: ET.Element) -> bytes:
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8")


def write(
    decks: Sequence[Deck], out: Path, *, force: bool = False, **options: object
) -> ExportResult:
    """Write ``decks`` as one QTI 1.2 zip, an assessment per deck."""
    check_target(out, KIND, force=force)
    warnings: list[str] = []
    files = {"imsmanifest.xml": manifest_xml(decks)}
    count = 0
    for deck in decks:
        name = ident(deck.id)
        files[f"{name}/{name}.xml"], n = assessment_xml(deck, warnings)
        files[f"{name}/assessment_meta.xml"] = meta_xml(deck)
        count += n
    with atomic_path(out, KIND, force=force) as tmp, zipfile.ZipFile(tmp, "w") as zf:
        zf.comment = MARK
        for path, data in files.items():
            zf.writestr(zipfile.ZipInfo(path, ZIP_DATE), data, zipfile.ZIP_DEFLATED)
    return ExportResult(Path(out), count, warnings)
