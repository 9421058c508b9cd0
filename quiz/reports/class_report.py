"""The class report as data: one dict that the PDF and the Markdown both lay out. No I/O.

Numbers are given twice: as numbers, for the figures to draw, and as the text to print,
formatted once here as the CSVs have them (points, percentages and item figures to two
decimals without trailing zeros; class mean, median and spread to one decimal as
`quiz grade` prints them), so the PDF, the Markdown and the sheets agree to the digit.
"""

from __future__ import annotations

from string import ascii_uppercase
from typing import Any

from quiz.bank.model import Choice, Multi, TrueFalse
from quiz.core.csv_cells import safe_cell
from quiz.core.words import plural
from quiz.exams.item_analysis import MIN_STUDENTS_FOR_NOTES, ItemStats
from quiz.exams.manifest_reader import MarkedQuestion
from quiz.exams.marking import Response, StudentScore
from quiz.reports.figures import BANDS, distribution, topics
from quiz.reports.spelled import shown_prompt

SHORT_PROMPT = 64  # characters of a question's text in the items table


def figure(value: float | None) -> str:
    """A figure as the CSVs write it: 0.87, -0.25, 95.42, 1 ('' for none)."""
    return "" if value is None else safe_cell(float(value))


def one_decimal(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


def class_report(
    title: str,
    variants: dict[str, list[MarkedQuestion]],
    scores: list[StudentScore],
    items: list[ItemStats],
    absent: list[Response],
) -> dict[str, Any]:
    d = distribution(scores)
    first = {q.key: q for code in sorted(variants) for q in variants[code]}
    single = len(variants) == 1
    most = max(sum(q.points for q in qs) for qs in variants.values())
    graded = f"{plural(len(scores), 'student')} graded"
    if absent:
        graded += f" ({len(absent)} absent: {', '.join(r.name for r in absent)})"
    lines = [f"{graded}, out of {plural(float(most), 'point')}."]
    if scores:
        lines.append(
            f"Mean {one_decimal(d.mean)}%, median {one_decimal(d.median)}%, standard deviation "
            f"{one_decimal(d.sd) or '—'}, lowest {figure(d.lowest)}%, highest {figure(d.highest)}%."
        )
    return {
        "title": title,
        "lines": lines,
        "summary": {
            "students": len(scores),
            "too-few-for-notes": 0 < len(scores) < MIN_STUDENTS_FOR_NOTES,
            "notes-need": MIN_STUDENTS_FOR_NOTES,
        },
        "histogram": {
            "counts": list(d.counts),
            "bands": [f"{i * 100 // BANDS}–{(i + 1) * 100 // BANDS}" for i in range(BANDS)],
            "mean": d.mean,
            "median": d.median,
            "sd": d.sd,
        },
        "items": [_item(i, first[i.key], single) for i in items],
        "topics": [
            {
                "tag": t.tag,
                "share": t.share,
                "percent": one_decimal(100 * t.share),
                "questions": t.questions,
                "earned": figure(t.earned),
                "possible": figure(t.possible),
            }
            for t in topics(scores)
        ],
        "numbered": any(s.response.student for s in scores),  # student numbers to show
        "students": [
            {
                "student": s.response.student,
                "name": s.response.name,
                "variant": s.response.variant,
                "total": figure(s.total),
                "max": figure(s.max_points),
                "percent": figure(s.percent),
            }
            for s in scores
        ],
    }


def _item(stats: ItemStats, q: MarkedQuestion, single: bool) -> dict[str, Any]:
    prompt = " ".join(shown_prompt(q).split())
    short = prompt if len(prompt) <= SHORT_PROMPT else prompt[: SHORT_PROMPT - 1].rstrip() + "…"
    question = q.question
    options = []
    if isinstance(question, Choice | Multi | TrueFalse):
        options = [
            {"text": text, "count": n, "right": right, "never": n == 0 and not right}
            for text, n, right in stats.picks
        ]
    return {
        "key": stats.key,
        "label": stats.numbers[0].lstrip(ascii_uppercase) if single else stats.numbers[0],
        "numbers": " ".join(stats.numbers),
        "type": stats.type.replace("_", "/"),
        "students": len(stats.scores),
        "facility": stats.facility,
        "discrimination": stats.discrimination,
        "facility-text": figure(stats.facility),
        "discrimination-text": figure(stats.discrimination),
        "note": stats.note,
        "prompt": prompt,
        "short": short,
        "blank": stats.blank,
        "options": options,
    }
