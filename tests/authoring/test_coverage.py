"""`quiz coverage`: what a known deck leaves out of a document the tests write."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quiz.authoring.coverage import coverage
from quiz.authoring.coverage_view import render_plain, render_rich
from quiz.authoring.drafting.document import parse_document
from quiz.bank.loader import load_deck
from quiz.cli import cli
from quiz.core.console import safe_console
from quiz.core.errors import UsageError

HARBOUR = """\
A history of Velden harbour

The harbour stayed small until 1850, when the first pier was built.

Trade

In 1861 the port handled 40 million tonnes of grain. By 1870 it held 25 percent of the \
coast's trade, and 12 shipyards worked along the river.

Decline

The railway took most of the trade, and the port closed in 1931.
"""

NOTES = """\
Notes on the river trade

In 1790 the guild of Ostmark signed a charter.   p.12-3

By 1795 the guild had bought 12 barges.   p.40
"""

DECK = """\
deck: harbour
title: Velden harbour
sources:
  - id: harbour
    title: A history of Velden harbour
    publisher: Example Press
  - id: notes
    title: Guild notes
    author: Ann Example
questions:
  - id: trade-1861
    type: numeric
    prompt: In which year did the port handle 40 million tonnes of grain?
    answer: 1861
    source: {id: harbour, section: Trade}
  - id: trade-share
    type: choice
    prompt: What share of the coast's trade did the port hold by 1870?
    options: ["10 percent", "25 percent", "50 percent"]
    answer: "25 percent"
    source: {id: harbour, section: trade}
  - id: decline-cause
    type: short
    prompt: What took most of the trade from the port?
    answer: the railway
    source: {id: harbour, section: Decline}
  - id: wrecks
    type: true_false
    statement: Three ships sank at the pier.
    answer: true
    source: {id: harbour, section: Shipwrecks}
  - id: guild-charter
    type: cloze
    text: "The guild signed a charter in {{c1::1790}}."
    source: {id: notes, page: "12-3"}
  - id: guild-barges
    type: numeric
    prompt: How many barges had the guild bought by 1795?
    answer: 12
    source: {id: notes, page: "40"}
"""


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    out = {}
    for name, text in (("harbour.txt", HARBOUR), ("notes.txt", NOTES), ("deck.yaml", DECK)):
        out[name] = tmp_path / name
        out[name].write_text(text, encoding="utf-8")
    return out


def _deck(files, text: str | None = None):
    if text is not None:
        files["deck.yaml"].write_text(text, encoding="utf-8")
    return load_deck(files["deck.yaml"])


def test_coverage_of_a_known_deck(files):
    deck = _deck(files)
    cov = coverage(deck, parse_document(HARBOUR))
    assert cov.source_id == "harbour"  # picked by title among two sources
    assert [(str(u.locator), u.questions, u.facts, u.covered) for u in cov.units] == [
        ("§ Introduction", (), 1, 0),
        ("§ Trade", ("trade-1861", "trade-share"), 5, 4),
        ("§ Decline", ("decline-cause",), 1, 0),
    ]
    assert [(str(f.locator), f.text) for f in cov.uncovered] == [
        ("§ Introduction", "1850"),
        ("§ Trade", "12 shipyards"),
        ("§ Decline", "1931"),
    ]
    assert cov.dangling == (("wrecks", "§ Shipwrecks"),)
    assert cov.summary == (
        "2 of 3 sections cited; 4 of 7 facts asked; 1 citation to a missing section or page"
    )


def test_a_fact_is_asked_only_by_a_question_citing_its_section(files):
    moved = DECK.replace("section: trade}", "section: Decline}")  # trade-share now cites Decline
    cov = coverage(_deck(files, moved), parse_document(HARBOUR))
    assert [(str(f.locator), f.text) for f in cov.uncovered] == [
        ("§ Introduction", "1850"),
        ("§ Trade", "1870"),
        ("§ Trade", "25 percent"),
        ("§ Trade", "12 shipyards"),
        ("§ Decline", "1931"),
    ]


def test_page_citations_match_abbreviated_ranges_and_pages_inside_them(files):
    deck = _deck(files, DECK)
    cov = coverage(deck, parse_document(NOTES), "notes")
    assert [(str(u.locator), u.questions, u.facts, u.covered) for u in cov.units] == [
        ("p. 12-13", ("guild-charter",), 1, 1),
        ("p. 40", ("guild-barges",), 2, 2),
    ]
    assert cov.uncovered == () and cov.dangling == ()
    moved = DECK.replace('page: "12-3"', 'page: "13"').replace('page: "40"', 'page: "41"')
    cov = coverage(_deck(files, moved), parse_document(NOTES), "notes")
    assert cov.units[0].questions == ("guild-charter",)
    assert cov.dangling == (("guild-barges", "p. 41"),)


def test_a_question_citing_two_sources_counts_for_each_and_each_citation_is_checked(files):
    both = DECK.replace(
        '    source: {id: notes, page: "40"}',
        '    source:\n      - {id: notes, page: "40"}\n      - {id: harbour, section: Trade}\n'
        "      - {id: harbour, section: Wrecks}",
    )
    deck = _deck(files, both)
    harbour = coverage(deck, parse_document(HARBOUR), "harbour")
    notes = coverage(deck, parse_document(NOTES), "notes")
    assert harbour.units[1].questions == ("trade-1861", "trade-share", "guild-barges")
    assert harbour.units[1].covered == 5  # guild-barges asks the 12 shipyards' 12 too
    assert notes.units[1].questions == ("guild-barges",)
    assert harbour.dangling == (("wrecks", "§ Shipwrecks"), ("guild-barges", "§ Wrecks"))
    assert notes.dangling == ()


def test_the_source_is_guessed_by_fit_and_otherwise_asked_for(files):
    deck = _deck(files, DECK)
    notes = parse_document(NOTES)  # its title matches no source; its pages fit "notes"
    assert coverage(deck, notes).source_id == "notes"
    untitled = parse_document("Something else\n\nNo pages and no sections at all in 1900.\n")
    with pytest.raises(UsageError, match=r"pass --source-id \(harbour, notes\)"):
        coverage(deck, untitled)
    with pytest.raises(UsageError, match="declares no source 'nope'"):
        coverage(deck, notes, "nope")


def test_cli_coverage_plain_table(files):
    files["deck.yaml"].write_text(DECK, encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["coverage", str(files["deck.yaml"]), str(files["harbour.txt"])]
    )
    assert result.exit_code == 0, result.output
    assert result.output == (
        "A history of Velden harbour — deck harbour, source harbour\n"
        "\n"
        "part            questions  facts  asked\n"
        "§ Introduction          0      1      0\n"
        "§ Trade                 2      5      4\n"
        "§ Decline               1      1      0\n"
        "\n"
        "Facts no question asks about:\n"
        "  § Introduction  1850: The harbour stayed small until 1850, when the first pier "
        "was built.\n"
        "  § Trade  12 shipyards: … percent of the coast's trade, and 12 shipyards worked "
        "along the …\n"
        "  § Decline  1931: The railway took most of the trade, and the port closed in 1931.\n"
        "\n"
        "Citations the source does not have:\n"
        "  wrecks: § Shipwrecks\n"
        "\n"
        "2 of 3 sections cited; 4 of 7 facts asked; 1 citation to a missing section or page\n"
    )


def test_cli_coverage_json(files):
    files["deck.yaml"].write_text(DECK, encoding="utf-8")
    args = ["coverage", str(files["deck.yaml"]), str(files["notes.txt"]), "--json"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["source"] == "notes"
    assert data["units"] == [
        {
            "kind": "page",
            "label": "12-13",
            "questions": ["guild-charter"],
            "facts": 1,
            "covered": 1,
        },
        {"kind": "page", "label": "40", "questions": ["guild-barges"], "facts": 2, "covered": 2},
    ]
    assert data["uncovered"] == [] and data["dangling"] == []


def test_cli_coverage_bad_deck_exits_2(files):
    _deck(files)
    files["deck.yaml"].write_text(DECK.replace("answer: 12", "answer: twelve"), encoding="utf-8")
    args = ["coverage", str(files["deck.yaml"]), str(files["notes.txt"])]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    assert "questions[5].answer: expected a number, got 'twelve'" in result.output


def test_render_plain_is_the_cli_output(files):
    deck = _deck(files, DECK)
    cov = coverage(deck, parse_document(HARBOUR))
    assert render_plain(cov)[0] == ("A history of Velden harbour — deck harbour, source harbour")


def test_render_rich_draws_the_same_report(files):
    console = safe_console(file=io.StringIO(), record=True, width=120, color_system=None)
    render_rich(coverage(_deck(files), parse_document(HARBOUR)), console)
    text = console.export_text()
    assert "│ § Trade        │         2 │     5 │     4 │" in text
    assert "│ § Decline      │ 1931         │ The railway took most of the trade" in text
    assert "│ wrecks   │ § Shipwrecks │" in text
    assert text.rstrip().endswith(
        "2 of 3 sections cited; 4 of 7 facts asked; 1 citation to a missing section or page"
    )


def test_render_rich_prints_brackets_in_the_text_literally(files):
    files["harbour.txt"].write_text(
        "Notes [red]on[/red] the harbour\n\nThe pier was built in 1850 [bold]at last.\n\n"
        "[Part 2] trade\n\nIn 1861 the port handled 40 million tonnes [of grain].\n",
        encoding="utf-8",
    )
    moved = DECK.replace("section: Trade}", "section: '[Part 2] trade'}").replace(
        "section: Shipwrecks}", "section: '[bold]Shipwrecks'}"
    )
    deck = _deck(files, moved)
    console = safe_console(file=io.StringIO(), record=True, width=200, color_system=None)
    render_rich(
        coverage(deck, parse_document(files["harbour.txt"].read_text()), "harbour"), console
    )
    text = console.export_text()
    assert "Notes [red]on[/red] the harbour" in text
    assert "│ § [Part 2] trade │" in text
    assert "built in 1850 [bold]at last." in text
    assert "│ wrecks        │ § [bold]Shipwrecks │" in text


ANCIENT = """\
# The city of Velden

Velden was founded in 753 BC by settlers from Ostmark. The historian Karl Brandt says the
settlers came from Ostmark in 753 BC.

## Walls

**Ramparts** are earth walls built around a town. The ramparts of Velden were finished in
AD 79, and in AD 79 the town held 12 temples.

## Glossary

temple
: a building for the worship of a god
"""

ANCIENT_DECK = """\
deck: velden
title: Velden
sources:
  - {id: v, title: The city of Velden, publisher: Example}
questions:
  - {id: founded, type: numeric, prompt: When was Velden founded (BC)?, answer: 753,
     source: {id: v, section: Introduction}}
  - {id: from, type: choice, prompt: Where did the settlers come from?, options: [Ostmark, Brill],
     answer: Ostmark, source: {id: v, section: Introduction}}
  - {id: ramparts, type: card, front: Ramparts, back: earth walls around a town,
     source: {id: v, section: Walls}}
"""


def test_coverage_counts_dates_of_any_era_names_and_terms_once_each(tmp_path):
    path = tmp_path / "velden.yaml"
    path.write_text(ANCIENT_DECK, encoding="utf-8")
    cov = coverage(load_deck(path), parse_document(ANCIENT, markdown=True))
    assert [(str(u.locator), u.facts, u.covered) for u in cov.units] == [
        ("§ Introduction", 2, 2),  # 753 BC (said twice) and Ostmark (twice); Brandt is a source
        ("§ Walls", 4, 1),  # AD 79 (twice), 12 temples, and the terms ramparts and temple
    ]
    assert [f.text for f in cov.uncovered] == ["79", "12 temples", "temple"]
