"""The class report, read back from the PDF (pypdf) and the Markdown, says what the CSVs say.

Every expected figure here is recomputed from the scores and items sheets of the same
run and the exam's manifest, not taken from the report's own code.
"""

from __future__ import annotations

import re
import statistics
from collections import defaultdict

import pypdf
from exam_helpers import text


def flat(s: str) -> str:
    return " ".join(s.split())


def present(graded):
    return [r for r in graded.rows("scores.csv") if r["percent"] != "absent"]


def test_summary_and_histogram_equal_the_scores_sheet(graded):
    rows = present(graded)
    percents = [float(r["percent"]) for r in rows]
    lowest = next(r["percent"] for r in rows if float(r["percent"]) == min(percents))
    highest = next(r["percent"] for r in rows if float(r["percent"]) == max(percents))
    summary = (
        f"{len(rows)} students graded, out of 9 points. "
        f"Mean {statistics.fmean(percents):.1f}%, median {statistics.median(percents):.1f}%, "
        f"standard deviation {statistics.stdev(percents):.1f}, "
        f"lowest {lowest}%, highest {highest}%."
    )
    pdf = text(graded.out / "report.pdf")
    md = (graded.out / "report.md").read_text(encoding="utf-8")
    assert summary in pdf and summary in flat(md)
    counts = [0] * 10
    for p in percents:
        counts[min(9, int(p // 10))] += 1
    assert counts_drawn(graded.out / "report.pdf") == counts
    for i, n in enumerate(counts):
        assert re.search(rf"^\| {i * 10}–{i * 10 + 10} \| {n} \| █* \|$", md, re.M)


def counts_drawn(path) -> list[int]:
    """The numbers over the histogram's bars, left to right (by where they are drawn)."""
    found: list[tuple[float, int]] = []
    seen_axis = False

    def visit(t, cm, tm, font, size):
        nonlocal seen_axis
        if t.strip() == "percent of the points":
            seen_axis = True
        elif seen_axis is False and t.strip().isdigit():
            found.append((cm[4] + tm[4], int(t)))

    pypdf.PdfReader(path).pages[0].extract_text(visitor_text=visit)
    return (
        [n for _, n in found[-10:]] if [x for x, _ in found] == sorted(x for x, _ in found) else []
    )


def test_items_table_equals_the_items_sheet(graded):
    pdf = text(graded.out / "report.pdf")
    md = (graded.out / "report.md").read_text(encoding="utf-8")
    items = graded.rows("scores-items.csv")
    for i in items:
        kind = i["type"].replace("_", "/")
        figures = f"{kind} {i['students']} {i['facility']} {i['discrimination']} {i['note']}"
        assert re.search(
            re.escape(i["numbers"]) + r" [^|]{5,100}? " + re.escape(figures.strip()), pdf
        )
        cells = [i["numbers"], kind, i["students"], i["facility"], i["discrimination"], i["note"]]
        line = next(x for x in md.splitlines() if x.startswith(f"| {i['numbers']} |"))
        got = [c.strip() for c in line.strip("|").split("|")]
        assert [got[0], *got[2:]] == cells
    flagged = [i for i in items if i["note"]]
    assert flagged, "the simulated class should flag an item"
    for i in flagged:  # listed with their text under "Items to look at"
        assert f"{i['numbers']} — {i['note']}" in pdf
        assert f"**{i['numbers']}: {i['note']}**" in md


def test_options_picked_equal_the_items_sheet(graded):
    pdf = text(graded.out / "report.pdf")
    for i in graded.rows("scores-items.csv"):
        if not i["picks"]:
            continue
        picks = [
            re.fullmatch(r"(.*?)( \(right\))?: (\d+)", p).groups() for p in i["picks"].split("; ")
        ]
        shown = " ".join(f"{'✓ ' if right else ''}{option} {n}" for option, right, n in picks)
        assert f"({i['students']} students, {i['blank']} blank) {shown}" in pdf


def test_topics_equal_the_points_per_question_in_the_scores_sheet(graded):
    earned, possible, cells = defaultdict(float), defaultdict(float), defaultdict(int)
    variants = {v["code"]: v["questions"] for v in graded.manifest["variants"]}
    for row in present(graded):
        for q in variants[row["variant"]]:
            for tag in q["question"]["tags"]:
                earned[tag] += float(row[str(q["number"])])
                possible[tag] += q["points"]
                cells[tag] += 1
    pdf = text(graded.out / "report.pdf")
    md = (graded.out / "report.md").read_text(encoding="utf-8")
    shown = re.findall(r"^\| ([\w-]+) \| ([\d.]+)% \| \d+ \|$", md, re.M)
    assert {tag for tag, _ in shown} == set(possible)
    for tag, share in shown:
        assert f"{tag} {share}% " in pdf
        # the sheet's cells are rounded to 0.01 points: the share is as exact as they allow
        slack = 100 * 0.005 * cells[tag] / possible[tag] + 0.05
        assert abs(float(share) - 100 * earned[tag] / possible[tag]) <= slack, tag
    shares = [float(share) for _, share in shown]
    assert shares == sorted(shares)  # lowest share first: what to re-teach


def test_scores_table_equals_the_scores_sheet(graded):
    pdf = text(graded.out / "report.pdf")
    md = (graded.out / "report.md").read_text(encoding="utf-8")
    for r in present(graded):
        assert f"{r['name']} {r['variant']} {r['total']} {r['percent']}" in pdf
        assert (
            f"| {r['name']} | {r['variant']} | {r['total']} | {r['max']} | {r['percent']} |" in md
        )
    assert [(r["name"], r["file"]) for r in graded.rows("feedback/index.csv")] == [
        (r["name"], r["name"].replace(" ", "-") + ".pdf") for r in present(graded)
    ]
