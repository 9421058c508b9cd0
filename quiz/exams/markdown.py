"""Editable Markdown of each exam variant, its key and the key grid.

Teachers reword a question or add a note before printing, so this is meant to
be read and changed by hand: plain CommonMark, one question per paragraph, the
same numbers, letters and points as the PDF. Deck text is backslash-escaped so
that ``*``, ``_``, ``<b>`` or ``[link](x)`` in a prompt stay literal text.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from quiz.exams.build import Exam, Variant
from quiz.exams.paper import (
    HOW_TO_ANSWER,
    grid_row,
    grid_rules,
    key_entry,
    points_label,
    printed,
    questions_label,
)

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~$&])")
BLANK = r"\_\_\_\_\_\_\_\_\_\_"


def escape(text: str) -> str:
    """Deck text as literal Markdown: specials escaped, line starts kept from becoming lists."""
    out = _SPECIAL.sub(r"\\\1", text)
    out = re.sub(r"(?m)^(\s*)([-+=])", r"\1\\\2", out)
    return re.sub(r"(?m)^(\s*\d+)([.)])", r"\1\\\2", out)


def cell(text: str) -> str:
    """Deck text in a table cell: escaped, each line break a <br> (a newline ends the row)."""
    return "<br>".join(escape(line) for line in text.splitlines() or [""])


def heading(text: str) -> str:
    """Deck text in a heading, which is one line: line breaks become spaces."""
    return escape(" ".join(text.split()))


def _points(p: str) -> str:
    return "1 point" if p == "1" else f"{p} points"


def _question(q: dict, image_dir: Path | None, images: dict[str, Path]) -> list[str]:
    head = f"**{q['number']}.** "
    if q["kind"] == "cloze":
        body = "".join(
            escape(p["text"])
            if "text" in p
            else f"({p['blank']}) {BLANK}" + (f" *({escape(p['hint'])})*" if p["hint"] else "")
            for p in q["parts"]
        )
        lines = [head + body]
    else:
        lines = [head + escape(q["prompt"])]
    if q["instruction"]:
        lines[0] += f" *({q['instruction']})*"
    lines[0] += f" — {_points(q['points'])}"
    image = images.get(str(q["number"]))
    if image is not None:
        target = Path(os.path.relpath(image, image_dir)) if image_dir else image
        lines += ["", f"![image for question {q['number']}](<{target.as_posix()}>)"]
    lines.append("")
    kind = q["kind"]
    if kind == "options":
        lines += [f"- [ ] **{mark})** {escape(text)}" for mark, text in q["options"]]
    elif kind == "true_false":
        lines += ["- [ ] True", "- [ ] False"]
    elif kind == "order":
        lines += [f"- **{mark})** {escape(text)}" for mark, text in q["items"]]
        lines += ["", "Order, first to last: " + " → ".join(["\\_\\_\\_"] * len(q["items"]))]
    elif kind == "match":
        lines += ["| No. | | Letter | | Match |", "|---|---|---|---|---|"]
        for i in range(len(q["right"])):  # spares make the right column the longer
            mark, right = q["right"][i]
            if i < len(q["left"]):
                num, left = q["left"][i]
                row = f"| {num}. | {cell(left)} | \\_\\_\\_ "
            else:
                row = "| | | "
            lines.append(f"{row}| {mark}) | {cell(right)} |")
    elif kind == "numeric":
        unit = f" {escape(q['unit'])}" if q["unit"] else ""
        lines.append(f"Answer: {BLANK}{unit}")
    elif kind == "written":
        written = f"Answer: {BLANK}{BLANK}{BLANK}"
        lines += [written, ""] * (q["lines"] - 1) + [written]  # a paragraph each, not one line
    if kind != "cloze":
        lines.append("")
    return lines


def variant_markdown(
    exam: Exam, variant: Variant, instructions: str, images: dict[str, Path], folder: Path | None
) -> str:
    """``images`` maps a question number (as text) to its image file."""
    total = points_label(variant.total_points)
    lines = [
        f"# {heading(exam.options.title)} — Variant {variant.code}",
        "",
        f"Name: {BLANK}{BLANK}  Class: {BLANK}  Date: {BLANK}",
        "",
        f"*{escape(instructions)} {HOW_TO_ANSWER}*  **Total: \\_\\_\\_\\_ / {total}**",
        "",
    ]
    for item in variant.questions:
        lines += _question(printed(item, exam.options.scoring), folder, images)
    return "\n".join(lines).rstrip() + "\n"


def key_markdown(exam: Exam, variant: Variant) -> str:
    total = points_label(variant.total_points)
    lines = [
        f"# {heading(exam.options.title)} — Key {variant.code}",
        "",
        f"{questions_label(len(variant.questions))}, {total}. Seed {exam.seed}.",
        "",
    ]
    for item in variant.questions:
        e = key_entry(item, exam.options.scoring)
        lines.append(f"**{e['number']}.** **{escape(e['answer'])}** — {_points(e['points'])}  ")
        if e["scoring"]:
            lines.append(f"Scoring: {e['scoring']}.  ")
        lines.append(f"{escape(e['prompt'])}  ")
        if e["explanation"]:
            lines.append(f"{escape(e['explanation'])}  ")
        if e["background"]:
            lines.append(f"*{escape(e['background'])}*  ")
        if e["source"]:
            lines.append(f"*{escape(e['source'])}*  ")
        lines += [f"`{e['id']}`", ""]
    return "\n".join(lines).rstrip() + "\n"


def grid_markdown(exam: Exam) -> str:
    codes = [v.code for v in exam.variants]
    lines = [
        f"# {heading(exam.options.title)} — Key grid",
        "",
        "| No. | Pts | " + " | ".join(f"Variant {c}" for c in codes) + " |",
        "|---:|---:|" + "---|" * len(codes),
    ]
    for i, first in enumerate(exam.variants[0].questions):
        points, cells = grid_row([v.questions[i] for v in exam.variants])
        row = [str(first.number), points, *(cell(c) for c in cells)]
        lines.append("| " + " | ".join(row) + " |")
    types = {q.question.type for v in exam.variants for q in v.questions}
    rules = grid_rules(exam.options.scoring, types)
    lines += ["", *(f"- {escape(r)}" for r in rules)] if rules else []
    return "\n".join(lines) + "\n"
