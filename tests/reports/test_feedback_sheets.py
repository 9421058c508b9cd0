"""Each feedback sheet, read back with pypdf, holds what the marking gave that student.

Expected entries come from the scores sheet (which questions lost points), the response
sheet (what the student wrote) and the manifest (the paper's letters, explanations,
sources): every question not fully right has an entry, none other does.
"""

from __future__ import annotations

import csv
import re

from exam_helpers import pages, text

from quiz.answers.arrangement import Arrangement
from quiz.answers.judge import check_answer
from quiz.exams.manifest_reader import question_from_dict


def citation(manifest: dict, q: dict) -> str:
    sources = {s["id"]: s for d in manifest["decks"] for s in d["sources"]}
    refs = q["source"] if isinstance(q["source"], list) else [q["source"]]
    places: dict[str, list[str]] = {}
    for ref in refs:
        places.setdefault(ref["id"], []).append(
            f"p. {ref['page']}" if "page" in ref else f"§ {ref['section']}"
        )
    spelled = [
        f"{sources[i].get('author') or sources[i]['publisher']}, {sources[i]['title']}, "
        + ", ".join(p)
        for i, p in places.items()
    ]
    return ("Sources: " if len(places) > 1 else "Source: ") + "; ".join(spelled)


def written(q: dict, answer: str) -> str:
    """A piece of the spelled answer the sheet must show for what the student wrote."""
    if not answer.strip():
        return "(no answer)"
    data = q["question"]
    if data["type"] in ("choice", "multi"):
        shown = [data["options"][i] for i in q["layout"]["order"]]
        letters = answer.split()
        return ", ".join(f"{x}) {shown[ord(x) - ord('a')]}" for x in sorted(letters))
    if data["type"] == "true_false":
        return {"T": "True", "F": "False"}[answer]
    if data["type"] == "cloze":
        return " ".join(f"[{n}] {b}" for n, b in enumerate(answer.split("; "), start=1))
    return answer  # order and match start with the letters as written; text as written


def test_each_sheet_has_an_entry_for_every_question_that_lost_points_and_no_other(graded):
    with (graded.folder.parent / "responses.csv").open(encoding="utf-8", newline="") as f:
        wrote = {r["name"]: r for r in csv.DictReader(f)}
    files = {r["name"]: r["file"] for r in graded.rows("feedback/index.csv")}
    variants = {v["code"]: v["questions"] for v in graded.manifest["variants"]}
    checked = 0
    for row in graded.rows("scores.csv"):
        sheet = text(graded.out / "feedback" / files[row["name"]])
        score = f"{row['total']} / {row['max']} points ({row['percent']}%)"
        assert sheet.startswith(
            f"Every type Feedback {row['name']} Variant {row['variant']} {score}"
        )
        missed = [q for q in variants[row["variant"]] if float(row[str(q["number"])]) < q["points"]]
        right = [str(q["number"]) for q in variants[row["variant"]] if q not in missed]
        assert sheet.count("You wrote ") == len(missed)
        at = 0
        for q in missed:  # in paper order, each with all it needs
            question = question_from_dict(q["question"])
            expected = check_answer(question, "", Arrangement.from_dict(q["layout"])).expected
            earned = row[str(q["number"])]
            at = re.compile(rf"(?<![\d.]){q['number']}\. ").search(sheet, at).start()
            entry = sheet[at : sheet.find("You wrote ", sheet.find("You wrote ", at) + 1)]
            assert f" {earned} / {q['points']:g} You wrote " in entry
            assert f"You wrote {written(q, wrote[row['name']][str(q['number'])])}" in entry
            assert f"Right answer {expected}" in entry
            assert q["question"]["explanation"] in entry
            assert citation(graded.manifest, q["question"]) in entry
            if q["question"].get("background"):
                assert f"Background (not from the source): {q['question']['background']}" in entry
            checked += 1
        assert (f"Questions {', '.join(right)}." in sheet) == bool(right)
        assert sheet.endswith(f"{row['name']} Every type page 1/1") or "page 1/2" in sheet
    assert checked > 50


def test_topics_to_review_are_where_the_most_points_were_lost(graded):
    variants = {v["code"]: v["questions"] for v in graded.manifest["variants"]}
    files = {r["name"]: r["file"] for r in graded.rows("feedback/index.csv")}
    for row in graded.rows("scores.csv")[:6]:
        lost: dict[str, float] = {}
        for q in variants[row["variant"]]:
            for tag in q["question"]["tags"]:
                lost[tag] = lost.get(tag, 0) + q["points"] - float(row[str(q["number"])])
        worst = max(lost.values())
        sheet = text(graded.out / "feedback" / files[row["name"]])
        if worst <= 0.01:
            assert "Topics to review" not in sheet
            continue
        first = sheet.split("Topics to review • ")[1].split(" — ")[0]
        assert lost[first] >= worst - 0.02  # the CSV's cells are rounded to 0.01


def test_the_stack_to_print_holds_every_sheet_each_starting_on_a_fresh_sheet_of_paper(graded):
    stack = pages(graded.out / "feedback.pdf")
    at = 0
    for row in graded.rows("feedback/index.csv"):
        own = pages(graded.out / "feedback" / row["file"])
        assert at % 2 == 0  # page at + 1 is odd: the front of a sheet of paper
        assert stack[at : at + len(own)] == own  # the same pages, footers and all
        at += len(own)
        if at % 2 and at < len(stack):
            assert stack[at] == ""  # the blank back of its last page: no footer either
            at += 1
    assert at == len(stack)
