"""Deck text with line breaks keeps the exam's Markdown whole: a match pair stays one table
row, a title one heading (read back with markdown-it, as an editor would)."""

from __future__ import annotations

from markdown_it import MarkdownIt

from quiz.bank.loader import load_deck
from quiz.exams.build import build_exam
from quiz.exams.markdown import grid_markdown, key_markdown, variant_markdown
from quiz.exams.options import ExamOptions

DECK = """\
deck: lines
title: Lines
questions:
  - id: m
    type: match
    prompt: Match each town to its school.
    pairs:
      "Lipetsk\\n(near Voronezh)": "aviation\\nschool"
      Kazan: "tank | school"
"""


def test_a_line_break_in_a_match_pair_stays_in_its_table_row(tmp_path):
    path = tmp_path / "lines.yaml"
    path.write_text(DECK, encoding="utf-8")
    exam = build_exam([load_deck(path)], ExamOptions(title="Two\nlines"), seed=1)
    variant = exam.variants[0]
    paper = variant_markdown(exam, variant, "Answer all.", {}, None)
    table = [line for line in paper.splitlines() if line.startswith("|")]
    assert len(table) == 4  # header, rule, two pairs
    assert all(line.endswith("|") and line.count(" | ") == 4 for line in table[2:])
    html = MarkdownIt().enable("table").render(paper)
    assert html.count("<tr>") == 3 and "Lipetsk<br>(near Voronezh)" in html
    assert "aviation<br>school" in html and "tank | school" in html
    for markdown in (paper, key_markdown(exam, variant), grid_markdown(exam)):
        assert markdown.startswith("# Two lines — ")
