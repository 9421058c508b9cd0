"""A student's feedback, worked out by hand from the hand-made exam (marking_helpers.py).

Ben (variant A) wrote: a, b c, T, Ersnt May, 1 000, c b a, 1b 2b, 1930 | 18.
"""

from __future__ import annotations

import json

import pytest

from quiz.bank.loader import load_deck
from quiz.exams.manifest import deck_entry
from quiz.exams.manifest_reader import ManifestError, manifest_decks, read_manifest
from quiz.exams.marking import grade
from quiz.exams.responses import read_responses
from quiz.reports.feedback import Entry, ReviewTopic, student_feedback


def sheets(folder):
    data, variants = read_manifest(folder / "exam")
    scores, _ = grade(variants, read_responses(folder / "responses.csv", variants))
    decks = manifest_decks(data, folder / "exam")
    return {s.response.name: student_feedback(s, decks) for s in scores}


def test_every_question_not_fully_right_with_the_answer_spelled_from_the_paper(exam_dir):
    ben = sheets(exam_dir)["Ben"]
    assert (ben.variant, ben.line, ben.max_points, ben.percent) == ("A", 3, 9, 37.04)
    assert ben.total == pytest.approx(3.33, abs=0.01)
    plans = "First five-year plan", "Second five-year plan", "Third five-year plan"
    towns = "Socialist cities"
    assert ben.entries == (
        Entry(1, 0.0, 1.0, "Which country became the USSR's main creditor in the 1920s?",
              "a) Great Britain", "b) Germany", "",
              "Falling export prices after 1929 made foreign credit essential.", "",
              "Sources: article, § German loans; moore, p. 128-129"),
        Entry(2, 0.6667, 1.0, "Which projects did Siemens work on?",
              "b) Kura River power station, c) Dnieper hydroelectric station",
              "b) Kura River power station, c) Dnieper hydroelectric station, "
              "d) Kashira power plant",
              "2 of 3 right options picked: 67% credit (right picks minus wrong picks).",
              "Siemens had already worked in Russia before the revolution.", "",
              "Source: article, § Equipment and construction"),
        Entry(3, 0.0, 1.0, "Ernst May was an Austrian architect.", "True", "False", "",
              "May was German and had built much of Weimar-era Frankfurt.", "",
              f"Source: article, § {towns}"),
        Entry(5, 0.0, 2.0, "How much had Berlin lent Moscow by 1925?", "1 000",
              "100 million marks", "Too low.", "The sum tripled the following year.", "",
              "Source: article, § German loans"),
        Entry(6, 0.6667, 1.0, "Put the five-year plans in order.",
              f"c b a: {plans[1]} → {plans[0]} → {plans[2]}",
              f"b c a: {plans[0]} → {plans[1]} → {plans[2]}",
              "2 of 3 pairs in the right order: 67% credit.",
              "The third plan was cut short by the war.", "", f"Source: article, § {towns}"),
        Entry(7, 0.5, 1.0, "Match each town to the German military school agreed in 1926.",
              "1b 2b (Kazan: tank school; Lipetsk: tank school)",
              "1b 2a (Kazan: tank school; Lipetsk: aviation school)", "1 of 2 pairs right.",
              "The notes date the agreement to March 1926.",
              "Background (not from the source): Both lay far from Allied inspectors.",
              "Source: moore, p. 128-129"),
        Entry(8, 0.5, 1.0, "Ernst May came to the USSR in [1] with [2: a number] specialists.",
              "[1] 1930 [2] 18", "Ernst May came to the USSR in 1930 with 17 specialists.",
              "1 of 2 blanks right. [2] is '17'.", "The team became known as the May Brigade.",
              "", f"Source: article, § {towns}"),
    )  # fmt: skip
    assert ben.right == (4,) and ben.forgiven == ((4, "spelled 'Ernst'"),)
    # points lost per tag: loans 3 (1 + 2), towns 1.5 (T, cloze half), military, firms, plans
    assert [(t.tag, t.possible - t.earned) for t in ben.topics] == [
        ("loans", 3), ("towns", 1.5), ("military", 0.5),
        ("firms", pytest.approx(0.3333)), ("five-year-plans", pytest.approx(0.3333)),
    ]  # fmt: skip
    assert ben.topics[0] == ReviewTopic("loans", 0.0, 3.0)


def test_blank_and_unreadable_answers_say_so(exam_dir):
    third = sheets(exam_dir)['=HYPERLINK("http://x")']  # variant B: the deck order reversed
    by_number = {e.number: e for e in third.entries}
    assert by_number[5].answer == "(no answer)" and by_number[5].note == ""
    assert by_number[8].answer == "z" and by_number[8].note == (
        "Not read as an answer, so counted wrong. There is no 'z' here (letters a-d)."
    )
    assert sheets(exam_dir)["Ann"].entries == ()


def test_citations_are_spelled_from_the_sources_the_manifest_keeps(exam_dir, every_type):
    path = exam_dir / "exam" / "manifest.json"
    data = json.loads(path.read_text())
    data["decks"] = [deck_entry(load_deck(every_type))]
    path.write_text(json.dumps(data))
    first = sheets(exam_dir)["Ben"].entries[0]
    assert first.source == (
        "Sources: Russia Beyond, What role did Germany play in industrializing the USSR in the "
        "1930s?, § German loans; Sara Moore, How Hitler Came To Power, p. 128-129"
    )
    data["decks"][0]["sources"][0] = {"id": "article"}  # no title: not as quiz writes it
    path.write_text(json.dumps(data))
    with pytest.raises(ManifestError, match="damaged manifest"):
        manifest_decks(data, path)
