"""Canvas QTI 1.2 zips (what `quiz export qti` and Canvas's own quiz export write) to a deck.

Each assessment's items are read by their Canvas ``question_type``: multiple choice,
true/false, multiple answers, short answer, numerical (exact with a margin, or a
range), matching (quiz's order-as-matching turns back into order), fill in multiple
blanks (a cloze) and essay (a card whose back is the general feedback). Other Canvas
types (dropdowns, file upload, text only...) are counted as lost. Points are kept;
with several assessments in the zip each one's title becomes a tag.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import replace
from pathlib import Path
from xml.etree import ElementTree as ET

from quiz.authoring.drafting.spots import slug
from quiz.bank.model import (
    SLUG_RE,
    Choice,
    Cloze,
    Flashcard,
    Multi,
    Numeric,
    Question,
    Short,
    TrueFalse,
)
from quiz.core.numbers import parse_number
from quiz.imports.cleaning import clean
from quiz.imports.feedback import split_feedback
from quiz.imports.html_text import Lost, MalformedHtml, html_to_text, lose_images
from quiz.imports.lms import matching, split_unit
from quiz.imports.options import ImportOptions
from quiz.imports.result import BadInput, DeckBuilder, ImportResult


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _all(el: ET.Element, name: str) -> list[ET.Element]:
    return [e for e in el.iter() if _local(e.tag) == name]


def _first(el: ET.Element, name: str) -> ET.Element | None:
    return next(iter(_all(el, name)), None)


def _children(el: ET.Element, name: str) -> list[ET.Element]:
    return [e for e in el if _local(e.tag) == name]


def read(path: Path, options: ImportOptions) -> ImportResult:
    assessments = []
    try:
        with zipfile.ZipFile(path) as archive:
            for name in sorted(archive.namelist()):
                if not name.endswith((".xml", ".qti")) or name.endswith("imsmanifest.xml"):
                    continue
                root = ET.fromstring(archive.read(name))
                if _local(root.tag) == "questestinterop":
                    assessments += _all(root, "assessment")
    except zipfile.BadZipFile:
        raise BadInput(f"{path}: is not a QTI zip (not a zip archive)") from None
    except ET.ParseError as e:
        raise BadInput(f"{path}: holds XML that cannot be read ({e})") from None
    seen, unique = set(), []
    for a in assessments:  # Canvas writes each quiz twice (QTI and non_cc_assessments)
        key = a.get("ident") or a.get("title")
        if key not in seen:
            seen.add(key)
            unique.append(a)
    if not unique:
        raise BadInput(f"{path}: holds no QTI assessment (questestinterop)")
    builder = DeckBuilder(path, "Canvas QTI", "Canvas", options.media_folder)
    for assessment in unique:
        title = clean(assessment.get("title") or "")
        for item in _all(assessment, "item"):
            where = title or path.name
            try:
                question, feedback = _item(item, builder.lost)
            except MalformedHtml as e:
                raise BadInput(f"{path}: item {item.get('ident')!r}: {e}") from None
            if question is None:
                continue
            context = split_feedback(feedback)
            essay = isinstance(question, Flashcard)  # its explanation went into the back
            tags = (slug(title, 8),) if len(unique) > 1 and title else ()
            question = replace(
                question,
                explanation=None if essay else context.explanation,
                background=context.background,
                citations=builder.cite(where, context.citation),
                tags=tags,
                points=_points(item) or 1,
            )
            builder.add(question, "QTI item")
    titles = {clean(a.get("title") or "") for a in unique}
    return builder.result(titles.pop() if len(titles) == 1 else path.stem)


def _meta(item: ET.Element) -> dict[str, str]:
    out = {}
    for field in _all(item, "qtimetadatafield"):
        label, entry = _first(field, "fieldlabel"), _first(field, "fieldentry")
        if label is not None and entry is not None:
            out[label.text or ""] = entry.text or ""
    return out


def _points(item: ET.Element) -> float | None:
    value = parse_number(_meta(item).get("points_possible", ""))
    return value if value and value > 0 else None


def _text(el: ET.Element | None, lost: Lost) -> str:
    """A material's text: HTML when its type says so (Canvas's question text), else plain."""
    if el is None:
        return ""
    mattext = _first(el, "mattext")
    if mattext is None:
        return ""
    raw = mattext.text or ""
    if mattext.get("texttype", "text/plain") == "text/html":
        lose_images(raw, lost)
        return html_to_text(raw, lost)
    return clean(raw)


def _correct(processing: ET.Element | None) -> list[tuple[str, str]]:
    """(response ident, value) of each varequal that scores, outside any <not>."""
    if processing is None:
        return []
    out = []
    for cond in _children(processing, "respcondition"):
        scores = [s for s in _all(cond, "setvar") if parse_number(s.text or "0") not in (None, 0)]
        if not scores:
            continue
        negated = {id(e) for n in _all(cond, "not") for e in n.iter()}
        out += [(v.get("respident", ""), (v.text or "").strip())
                for v in _all(cond, "varequal") if id(v) not in negated]  # fmt: skip
    return out


def _labels(lid: ET.Element, lost: Lost) -> dict[str, str]:
    return {label.get("ident", ""): _text(label, lost) for label in _all(lid, "response_label")}


def _item(item: ET.Element, lost: Lost) -> tuple[Question | None, str]:
    kind = _meta(item).get("question_type", "")
    title = item.get("title") or ""
    qid = title if SLUG_RE.match(title) else slug(item.get("ident") or title, 8)
    presentation = _first(item, "presentation")
    prompt = _text(presentation, lost)
    processing = _first(item, "resprocessing")
    correct = _correct(processing)
    feedback = ""
    for fb in _all(item, "itemfeedback"):
        if fb.get("ident") == "general_fb":
            feedback = _text(fb, lost)
        else:
            lost["per-answer feedback"] += 1
    lids = _all(presentation, "response_lid") if presentation is not None else []
    if kind in ("multiple_choice_question", "true_false_question", "multiple_answers_question"):
        labels = _labels(lids[0], lost) if lids else {}
        right = [labels[value] for _, value in correct if value in labels]
        if kind == "true_false_question":
            return TrueFalse(id=qid, statement=prompt, answer=right == ["True"]), feedback
        options = tuple(labels.values())
        if kind == "multiple_answers_question":
            return Multi(id=qid, prompt=prompt, options=options, answers=tuple(right)), feedback
        return Choice(id=qid, prompt=prompt, options=options, answer=right[0]), feedback
    if kind == "short_answer_question":
        accepted = [value for _, value in correct if value]
        return Short(
            id=qid, prompt=prompt, answer=accepted[0], alternatives=tuple(accepted[1:])
        ), feedback
    if kind == "numerical_question" and processing is not None:
        return _numeric(qid, prompt, processing), feedback
    if kind == "matching_question":
        chosen = dict(correct)
        pairs = [
            (_text(lid, lost), _labels(lid, lost).get(chosen.get(lid.get("ident", ""), ""), ""))
            for lid in lids
        ]
        return matching(qid, prompt, pairs), feedback
    if kind == "fill_in_multiple_blanks_question":
        chosen = dict(correct)
        text = prompt
        for n, lid in enumerate(lids, start=1):
            blank = _text(lid, lost) or f"blank{n}"
            answer = _labels(lid, lost).get(chosen.get(lid.get("ident", ""), ""), "")
            hint_re = re.compile(re.escape(f"[{blank}]") + r"(?: \(([^()]+)\))?")
            m = hint_re.search(text)
            if m is None:
                continue
            hint = f"::{m[1]}" if m[1] else ""
            text = text[: m.start()] + f"{{{{c{n}::{answer}{hint}}}}}" + text[m.end() :]
        return Cloze(id=qid, text=text), feedback
    if kind == "essay_question":
        back = split_feedback(feedback).explanation  # the back, then any explanation
        if not back:
            lost["essay without feedback to be the card's back"] += 1
            return None, ""
        return Flashcard(id=qid, front=prompt, back=back), feedback
    lost[f"Canvas {kind.replace('_', ' ') or 'item of no type'}"] += 1
    return None, ""


def _numeric(qid: str, prompt: str, processing: ET.Element) -> Question:
    exact = [parse_number(v.text or "") for v in _all(processing, "varequal")]
    low = [
        parse_number(v.text or "") for v in _all(processing, "vargte") + _all(processing, "vargt")
    ]
    high = [
        parse_number(v.text or "") for v in _all(processing, "varlte") + _all(processing, "varlt")
    ]
    answer, tolerance = exact[0] if exact else None, 0.0
    if low and high and low[0] is not None and high[0] is not None:
        if answer is None:
            answer = (low[0] + high[0]) / 2
        tolerance = round(max(answer - low[0], high[0] - answer), 9)
    if answer is None:
        raise BadInput(f"item {qid!r}: a numerical question with no number to read")
    prompt, unit = split_unit(prompt)
    return Numeric(id=qid, prompt=prompt, answer=answer, tolerance=tolerance, unit=unit)
