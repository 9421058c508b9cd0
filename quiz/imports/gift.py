"""Moodle GIFT to a deck, read as Moodle reads it.

Questions are separated by blank lines; ``//`` lines are comments (quiz's own
``// quiz: {...}`` line carries tags and a unit, see :mod:`quiz.export.gift`);
``$CATEGORY:`` sets the category, whose path below the first becomes a tag. Escapes
``\\~ \\= \\# \\{ \\} \\:`` and ``\\\\`` stand for the character, ``\\n`` for a line break.
Text in ``[html]`` (or Moodle's default format) is HTML; short answers and matching
right-hand sides are compared, not shown, so they are taken as written.

Per answer block: ``{}`` essay (a card: its general feedback is the back, then after a
rule the explanation), ``{T}``/``{FALSE}``, ``{#n:tolerance}`` or ``{#min..max}``
numeric, ``{=a -> b ...}`` matching (quiz's order-as-matching turns back into order),
``{=right ~wrong}`` choice, ``~%50%`` weights multi, ``{=a =b}`` short answer; an
answer block with text after it is a missing word (a one-blank cloze, or a choice).
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

from quiz.authoring.drafting.spots import slug
from quiz.bank.model import (
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
from quiz.imports.files import read_text_file
from quiz.imports.html_text import Lost, MalformedHtml, html_to_text, lose_images
from quiz.imports.lms import matching, split_unit
from quiz.imports.options import ImportOptions
from quiz.imports.result import BadInput, DeckBuilder, ImportResult, path_tag, text_id

_ESCAPES = {"\\\\": "\ue000", **{"\\" + c: chr(0xE001 + i) for i, c in enumerate("~=#{}:")}}
_RESTORE = {v: k[1] for k, v in _ESCAPES.items()}
_UNPROTECT = {v: k for k, v in _ESCAPES.items()}  # a comment's text as written (JSON)
_WEIGHT_RE = re.compile(r"^%(-?\d+(?:\.\d+)?)%")
_HINT_RE = re.compile(r"^ \(([^()]+)\)")
BLANK = "_____"


def protect(text: str) -> str:
    for escape, mark in _ESCAPES.items():
        text = text.replace(escape, mark)
    return text.replace("\\n", "\n")


def restore(text: str) -> str:
    return "".join(_RESTORE.get(c, c) for c in text)


class _Reader:
    def __init__(self, builder: DeckBuilder):
        self.builder = builder
        self.lost: Lost = builder.lost
        self.html = True

    def shown(self, text: str) -> str:
        """Displayed text: HTML unless the question is [plain] or [markdown]."""
        text = restore(text)
        if not self.html:
            return clean(text)
        lose_images(text, self.lost)
        return html_to_text(text, self.lost)

    def compared(self, text: str) -> str:
        """A short answer or a matching right side: as written (``\\*`` is a literal *)."""
        text = restore(text).strip()
        if re.search(r"(?<!\\)\*", text):
            self.lost["short answer wildcard (*), kept as a literal *"] += 1
        return text.replace("\\*", "*")


def read(path: Path, options: ImportOptions) -> ImportResult:
    text = protect(read_text_file(path, "a GIFT file"))
    builder = DeckBuilder(path, "Moodle GIFT", "Moodle", options.media_folder)
    reader = _Reader(builder)
    tops: set[str] = set()  # the first name of each category
    category: list[str] = []
    titles: dict[str, str] = {}  # top category -> the deck title quiz exported it from
    for number, block in enumerate(re.split(r"\n[ \t]*\n", text), start=1):
        lines = [line for line in block.split("\n") if line.strip()]
        carried = {}
        body = []
        for line in lines:
            stripped = line.strip()
            if stripped.startswith("// quiz:"):
                carried = _carried(stripped[8:])
            elif stripped.startswith("//"):
                continue
            elif stripped.startswith("$CATEGORY:"):
                category = category_path(restore(stripped[10:]))
                category = category[2:] if category[:2] == ["$course$", "top"] else category
                tops.add(category[0] if category else "")
                if isinstance(title := carried.get("title"), str):
                    titles[category[0] if category else ""] = title
            else:
                body.append(line)
        if not body:
            continue
        where = "/".join(category) or f"question {number}"
        try:
            parsed = _question("\n".join(body).strip(), reader, carried)
        except (MalformedHtml, ValueError) as e:
            raise BadInput(f"{path}: {where}: {e}") from None
        if parsed is None:
            continue
        question, feedback = parsed
        context = split_feedback(feedback)
        tags = [str(t) for t in carried.get("tags", []) if isinstance(t, str)]
        tags += [path_tag(category[1:])] if category[1:] else []
        question = replace(
            question,
            explanation=context.explanation,
            background=context.background,
            tags=tuple(tags),
            citations=builder.cite(where, context.citation),
        )
        builder.add(question, "GIFT question")
    top = tops.pop() if len(tops) == 1 else None
    return builder.result(titles.get(top, top) if top is not None else path.stem)


def category_path(text: str) -> list[str]:
    """A Moodle category path's names: split at a lone ``/``; ``//`` is a ``/`` in a name
    (as Moodle's ``split_category_path`` reads it)."""
    names = re.split(r"(?<!/)/(?!/)", text.strip())
    return [n for n in (name.replace("//", "/").strip() for name in names) if n]


def _carried(text: str) -> dict:
    try:
        value = json.loads("".join(_UNPROTECT.get(c, c) for c in text))
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


def _question(body: str, r: _Reader, carried: dict) -> tuple[Question, str] | None:
    """One question and its general feedback (as text), or None for a description."""
    name = ""
    if body.startswith("::") and (end := body.find("::", 2)) > 0:
        name, body = restore(body[2:end]).strip(), body[end + 2 :].lstrip()
    m = re.match(r"\[(html|moodle|plain|markdown)\]", body)
    r.html = m is None or m[1] in ("html", "moodle")
    body = body[m.end() :] if m else body
    start = body.find("{")
    if start < 0:
        r.lost["description (no question in it)"] += 1
        return None
    end = body.find("}", start)
    if end < 0:
        raise ValueError("an answer block { that never closes with }")
    before, block, after = body[:start], body[start + 1 : end], body[end + 1 :]
    block, _, general = block.partition("####")
    answer = block.strip()
    qid = slug(name, 12) if name and slug(name) != "x" else text_id(restore(before + after))
    if answer == "":
        back, _, extra = general.partition("<hr>")
        if not r.shown(back):
            r.lost["essay without feedback to be the card's back"] += 1
            return None
        front, back_text = r.shown(before + after), r.shown(back)
        reverse = carried.get("reverse") is True
        return Flashcard(id=qid, front=front, back=back_text, reverse=reverse), r.shown(extra)
    feedback = r.shown(general)
    prompt = r.shown(before + (BLANK if after.strip() else "") + after)
    if answer.startswith("#"):
        return _numeric(qid, prompt, answer[1:], r, carried), feedback
    if re.fullmatch(r"(TRUE|FALSE|T|F)(#.*)?", answer, re.DOTALL):
        if "#" in answer and answer.partition("#")[2].strip():
            r.lost["per-answer feedback"] += 1
        return TrueFalse(id=qid, statement=prompt, answer=answer.startswith("T")), feedback
    parts = [_answer(p, r) for p in re.findall(r"[=~][^=~]*", block)]
    if not parts:
        raise ValueError(f"cannot read the answers {restore(answer)[:40]!r}")
    if all(kind == "=" and "->" in text for kind, _, text in parts):
        return _matching(qid, prompt, parts, r), feedback
    if any(kind == "~" for kind, _, _ in parts):
        return _choice(qid, prompt, parts, r), feedback
    accepted = [r.compared(text) for _, weight, text in parts if weight is None or weight >= 100]
    r.lost["partial-credit answer"] += len(parts) - len(accepted)
    if after.strip():
        return _missing_word(qid, before, after, accepted, r), feedback
    return Short(
        id=qid, prompt=prompt, answer=accepted[0], alternatives=tuple(accepted[1:])
    ), feedback


def _answer(part: str, r: _Reader) -> tuple[str, float | None, str]:
    """(``=`` or ``~``, weight in percent or None, text) of one answer; feedback is lost."""
    kind, rest = part[0], part[1:].strip()
    weight = None
    if m := _WEIGHT_RE.match(rest):
        weight, rest = float(m[1]), rest[m.end() :].strip()
    text, _, own_feedback = rest.partition("#")
    if own_feedback.strip():
        r.lost["per-answer feedback"] += 1
    return kind, weight, text


def _choice(qid: str, prompt: str, parts: list, r: _Reader) -> Question:
    options = tuple(r.shown(text) for _, _, text in parts)
    plain = [o for (kind, _, _), o in zip(parts, options, strict=True) if kind == "="]
    weighted = [o for (_, w, _), o in zip(parts, options, strict=True) if w is not None and w > 0]
    if plain:
        r.lost["partial-credit answer"] += len(weighted)
        return Choice(id=qid, prompt=prompt, options=options, answer=plain[0])
    if len(weighted) == 1:
        return Choice(id=qid, prompt=prompt, options=options, answer=weighted[0])
    return Multi(id=qid, prompt=prompt, options=options, answers=tuple(weighted))


def _matching(qid: str, prompt: str, parts: list, r: _Reader) -> Question:
    pairs = []
    for _, _, text in parts:
        left, _, right = text.partition("->")
        pairs.append((r.shown(left), r.compared(right)))
    return matching(qid, prompt, pairs)


def _numeric(qid: str, prompt: str, block: str, r: _Reader, carried: dict) -> Question:
    block = block.partition("####")[0]
    values = re.findall(r"=[^=]*", block) if block.strip().startswith("=") else [block]
    full = []
    for value in values:
        value = value.removeprefix("=").strip()
        weight = None
        if m := _WEIGHT_RE.match(value):
            weight, value = float(m[1]), value[m.end() :].strip()
        if weight is None or weight >= 100:
            full.append(value.partition("#")[0].strip())
    r.lost["partial-credit answer"] += len(values) - len(full)
    spec = restore(full[0]) if full else ""
    if ".." in spec:
        low, high = (parse_number(v) for v in spec.split("..", 1))
        answer, tolerance = (
            ((low + high) / 2, (high - low) / 2)
            if low is not None and high is not None
            else (None, 0.0)
        )
    else:
        value, _, tol = spec.partition(":")
        answer, tolerance = parse_number(value), parse_number(tol) or 0.0
    if answer is None:
        raise ValueError(f"cannot read the number {spec!r}")
    unit = carried.get("unit")
    if unit is None:
        prompt, unit = split_unit(prompt)
    return Numeric(id=qid, prompt=prompt, answer=answer, tolerance=abs(tolerance), unit=unit)


def _missing_word(qid: str, before: str, after: str, accepted: list[str], r: _Reader) -> Question:
    """A short answer with text after it: a one-blank cloze (a hint in brackets after it)."""
    text = r.shown(before + "\ue100" + after)
    head, _, tail = text.partition("\ue100")
    hint = ""
    if m := _HINT_RE.match(tail):
        hint, tail = "::" + m[1], tail[m.end() :]
    r.lost["alternative answer of a missing word"] += len(accepted) - 1
    return Cloze(id=qid, text=f"{head}{{{{c1::{accepted[0]}{hint}}}}}{tail}")
