"""The class report as Markdown, to paste into an LMS page or an email.

The same data as the PDF (:func:`quiz.reports.class_report.class_report`), the same
numbers to the digit; figures become tables (the histogram a column of ``█`` bars).
Every text from the sheet or the bank is made :func:`~quiz.reports.documents.literal`
and backslash-escaped (:mod:`quiz.exams.markdown`), so ``<script>``, ``*`` or
``[link](x)`` in a name or a question stay text, and a line break inside a table cell
does not break the table.
"""

from __future__ import annotations

from typing import Any

from quiz.exams.markdown import cell, escape, heading
from quiz.reports.documents import literal

MD_TITLE = "# Class report: "  # the first line's start: the mark of a report.md quiz wrote
BAR_WIDTH = 30  # characters of the longest histogram bar


def table(header: list[str], rows: list[list[object]], align: str) -> list[str]:
    """A pipe table of cells already made Markdown (:func:`cell` for texts; figures as
    they are); ``align`` is one letter per column: l(eft), r(ight) or c(enter)."""
    rule = {"l": "---", "r": "---:", "c": ":---:"}
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(rule[a] for a in align) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return [*lines, ""]


def report_markdown(report: dict[str, Any]) -> str:
    r = literal(report)
    s, hist = r["summary"], r["histogram"]
    out = [MD_TITLE + heading(r["title"]), ""]
    out += [escape(line) for line in r["lines"]] + [""]
    if s["students"]:
        out += ["## Score distribution", ""]
        most = max(hist["counts"]) or 1
        bars = [
            [band, n, "█" * round(BAR_WIDTH * n / most)]
            for band, n in zip(hist["bands"], hist["counts"], strict=True)
        ]
        out += table(["Percent", "Students", ""], bars, "lrl")
    if r["topics"]:
        out += ["## Topics, lowest share first", ""]
        rows = [[cell(t["tag"]), t["percent"] + "%", t["questions"]] for t in r["topics"]]
        out += table(["Topic", "Share of the points", "Questions"], rows, "lrr")
    out += ["## Items", ""]
    rows = [
        [i["numbers"], cell(i["short"]), i["type"], i["students"], i["facility-text"],
         i["discrimination-text"], i["note"]]
        for i in r["items"]
    ]  # fmt: skip
    head = ["No.", "Question", "Type", "Students", "Facility", "Discrimination", "Note"]
    out += table(head, rows, "lllrrrl")
    out += _flagged(r["items"], s) + _picks(r["items"])
    if r["students"]:
        out += ["## Scores", ""]
        numbered = r["numbered"]
        rows = [
            [*([cell(x["student"])] if numbered else []), cell(x["name"]), cell(x["variant"]),
             x["total"], x["max"], x["percent"]]
            for x in r["students"]
        ]  # fmt: skip
        head = [*(["Student"] if numbered else []), "Name", "Variant", "Points", "Max", "%"]
        out += table(head, rows, "l" * numbered + "lcrrr")
    return "\n".join(out).rstrip("\n") + "\n"


def _flagged(items: list[dict[str, Any]], summary: dict[str, Any]) -> list[str]:
    out = ["## Items to look at", ""]
    marked = [i for i in items if i["note"]]
    if summary["too-few-for-notes"] or not summary["students"]:
        return [*out, f"Items are judged from {summary['notes-need']} students on.", ""]
    if not marked:
        return [*out, "None.", ""]
    for i in marked:
        out += [
            f"**{i['numbers']}: {i['note']}** ({i['type']}, facility "
            f"{i['facility-text']}, discrimination {i['discrimination-text']}, "
            f"{i['students']} students)",
            "",
            escape(i["prompt"]),
            "",
        ]
        if i["options"]:
            out += [f"- {'✓ ' if o['right'] else ''}{heading(o['text'])}" for o in i["options"]]
            out.append("")
    return out


def _picks(items: list[dict[str, Any]]) -> list[str]:
    chosen = [i for i in items if i["options"] and i["students"]]
    if not chosen:
        return []
    out = ["## Options picked, per choice question", ""]
    for i in chosen:
        out += [f"**{i['numbers']}**: {escape(i['short'])} ({i['blank']} blank)", ""]
        rows = [
            ["✓" if o["right"] else "", cell(o["text"]), "0 (never)" if o["never"] else o["count"]]
            for o in i["options"]
        ]
        out += table(["Right", "Option", "Picked"], rows, "clr")
    return out
