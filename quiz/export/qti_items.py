"""One QTI 1.2 ``<item>`` per question, in the forms Canvas imports (see qti.py)."""

from __future__ import annotations

import html
from xml.etree import ElementTree as ET

from quiz.bank.citing import feedback_lines
from quiz.bank.cloze import parse_cloze
from quiz.bank.model import (
    Choice,
    Cloze,
    Deck,
    Flashcard,
    Match,
    Multi,
    Numeric,
    Order,
    Question,
    Short,
    TrueFalse,
)

ORDER_AS_MATCHING = "Match each item to its place in the order (1 = first)."
CANVAS_TYPES = {
    Choice: "multiple_choice_question",
    Multi: "multiple_answers_question",
    TrueFalse: "true_false_question",
    Short: "short_answer_question",
    Numeric: "numerical_question",
    Match: "matching_question",
    Order: "matching_question",
    Cloze: "fill_in_multiple_blanks_question",
    Flashcard: "essay_question",
}


def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, tag, attrs)
    if text is not None:
        el.text = text
    return el


_sub = sub


def html_text(text: str) -> str:
    """Deck text as the HTML Canvas displays: escaped, line breaks kept."""
    return "<div>" + html.escape(text).replace("\n", "<br>") + "</div>"


def _material(parent: ET.Element, text: str) -> None:
    """Question text or feedback: HTML that we escaped, so tags show as text."""
    _sub(_sub(parent, "material"), "mattext", html_text(text), texttype="text/html")


def _label(parent: ET.Element, text: str) -> None:
    """An option or answer: plain text, as Canvas exports them."""
    _sub(_sub(parent, "material"), "mattext", text, texttype="text/plain")


def _num(value: float) -> str:
    value = round(float(value), 9)  # 0.3 - 0.1 is 0.19999999999999998 in binary
    return str(int(value)) if value.is_integer() else repr(value)


def _score(cond: ET.Element, value: float, action: str = "Set") -> None:
    _sub(cond, "setvar", f"{value:.2f}".rstrip("0").rstrip("."), action=action, varname="SCORE")


def item_for(deck: Deck, q: Question, ident: str, warnings: list[str]) -> ET.Element:
    item = ET.Element("item", {"ident": ident, "title": q.id})
    meta = _sub(_sub(item, "itemmetadata"), "qtimetadata")
    for label, entry in (
        ("question_type", CANVAS_TYPES[type(q)]),
        ("points_possible", _num(q.points)),
    ):
        field = _sub(meta, "qtimetadatafield")
        _sub(field, "fieldlabel", label)
        _sub(field, "fieldentry", entry)
    presentation = _sub(item, "presentation")
    processing = ET.Element("resprocessing")
    outcomes = _sub(processing, "outcomes")
    _sub(outcomes, "decvar", maxvalue="100", minvalue="0", varname="SCORE", vartype="Decimal")
    where = f"{deck.id}/{q.id}"
    if isinstance(q, Choice | Multi | TrueFalse):
        _options(q, presentation, processing)
    elif isinstance(q, Short | Numeric):
        _written(q, presentation, processing)
    elif isinstance(q, Match | Order):
        if isinstance(q, Order):
            warnings.append(f"{where}: QTI for Canvas has no ordering type; written as matching")
        _matching(q, presentation, processing)
    elif isinstance(q, Cloze):
        _blanks(q, presentation, processing)
    elif isinstance(q, Flashcard):
        warnings.append(f"{where}: QTI for Canvas has no flashcard type; written as an essay")
        _material(presentation, q.front)
        response = _sub(presentation, "response_str", ident="response1", rcardinality="Single")
        _sub(_sub(response, "render_fib"), "response_label", ident="answer1", rshuffle="No")
    item.append(processing)
    feedback = feedback_lines(deck, q)
    if isinstance(q, Flashcard):
        feedback.insert(0, q.back)
    text = "\n".join(feedback)
    if text:
        cond = ET.Element("respcondition", {"continue_": "Yes"})
        processing.insert(1, cond)  # after outcomes, before the scoring conditions
        _sub(_sub(cond, "conditionvar"), "other")
        _sub(cond, "displayfeedback", feedbacktype="Response", linkrefid="general_fb")
        fb = _sub(item, "itemfeedback", ident="general_fb")
        _material(_sub(fb, "flow_mat"), text)
    for el in item.iter("respcondition"):  # "continue" is a Python keyword
        if "continue_" in el.attrib:
            el.set("continue", el.attrib.pop("continue_"))
    return item


def _options(q: Choice | Multi | TrueFalse, presentation, processing) -> None:
    if isinstance(q, TrueFalse):
        _material(presentation, q.statement)
        options, right = ["True", "False"], {"True" if q.answer else "False"}
    else:
        _material(presentation, q.prompt)
        options = list(q.options)
        right = {q.answer} if isinstance(q, Choice) else set(q.answers)
    many = "Multiple" if isinstance(q, Multi) else "Single"
    response = _sub(presentation, "response_lid", ident="response1", rcardinality=many)
    choices = _sub(response, "render_choice")
    for i, option in enumerate(options):
        _label(_sub(choices, "response_label", ident=f"a{i + 1}"), option)
    cond = _sub(processing, "respcondition", continue_="No")
    test = _sub(cond, "conditionvar")
    if isinstance(q, Multi):
        test = _sub(test, "and")
    for i, option in enumerate(options):
        if option in right:
            _sub(test, "varequal", f"a{i + 1}", respident="response1")
        elif isinstance(q, Multi):
            _sub(_sub(test, "not"), "varequal", f"a{i + 1}", respident="response1")
    _score(cond, 100)


def _written(q: Short | Numeric, presentation, processing) -> None:
    unit = f" ({q.unit})" if isinstance(q, Numeric) and q.unit and q.unit != "year" else ""
    _material(presentation, q.prompt + unit)
    response = _sub(presentation, "response_str", ident="response1", rcardinality="Single")
    fib = _sub(response, "render_fib")
    if isinstance(q, Numeric):
        fib.set("fibtype", "Decimal")
    _sub(fib, "response_label", ident="answer1")
    cond = _sub(processing, "respcondition", continue_="No")
    test = _sub(cond, "conditionvar")
    if isinstance(q, Short):
        for accepted in q.accepted:
            _sub(test, "varequal", accepted, respident="response1")
    else:
        either = _sub(test, "or")
        _sub(either, "varequal", _num(q.answer), respident="response1")
        span = _sub(either, "and")
        _sub(span, "vargte", _num(q.answer - q.tolerance), respident="response1")
        _sub(span, "varlte", _num(q.answer + q.tolerance), respident="response1")
    _score(cond, 100)


def _matching(q: Match | Order, presentation, processing) -> None:
    """One dropdown per left item; the right-hand options listed sorted, not paired up."""
    if isinstance(q, Order):
        _material(presentation, q.prompt + " " + ORDER_AS_MATCHING)
        pairs = [(item, str(n)) for n, item in enumerate(q.items, start=1)]
        rights = [right for _, right in pairs]
    else:
        _material(presentation, q.prompt)
        pairs, rights = list(q.pairs), list(q.rights)  # spares are distractors
    options = sorted(range(len(rights)), key=lambda j: (rights[j].casefold(), j))
    share = 100 / len(pairs)
    for i, (left, _) in enumerate(pairs):
        response = _sub(presentation, "response_lid", ident=f"response_{i + 1}")
        _label(response, left)
        choices = _sub(response, "render_choice")
        for j in options:
            _label(_sub(choices, "response_label", ident=f"r{j + 1}"), rights[j])
        cond = _sub(processing, "respcondition")
        _sub(_sub(cond, "conditionvar"), "varequal", f"r{i + 1}", respident=f"response_{i + 1}")
        _score(cond, share, action="Add")


def _blanks(q: Cloze, presentation, processing) -> None:
    """Canvas's fill in multiple blanks: [blank1] ... in the text, one response per blank."""
    dels = parse_cloze(q.text)
    text, last = [], 0
    for n, d in enumerate(dels, start=1):
        hint = f" ({d.hint})" if d.hint else ""
        text += [q.text[last : d.start], f"[blank{n}]{hint}"]
        last = d.end
    text.append(q.text[last:])
    _material(presentation, "".join(text))
    share = 100 / len(dels)
    for n, d in enumerate(dels, start=1):
        response = _sub(presentation, "response_lid", ident=f"response_blank{n}")
        _sub(_sub(response, "material"), "mattext", f"blank{n}")
        choices = _sub(response, "render_choice")
        _label(_sub(choices, "response_label", ident=f"b{n}"), d.answer)
        cond = _sub(processing, "respcondition")
        _sub(_sub(cond, "conditionvar"), "varequal", f"b{n}", respident=f"response_blank{n}")
        _score(cond, share, action="Add")
