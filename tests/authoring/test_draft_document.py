"""`quiz draft` reading a document: title, sections, pages, sentences, and what it drops."""

from __future__ import annotations

import re

import pytest
from draft_texts import ARTICLE, NOTES, draft_of, sections_of

from quiz.authoring.drafting.candidates import draft_questions
from quiz.authoring.drafting.document import parse_document
from quiz.authoring.drafting.numbers import numeric_facts
from quiz.authoring.drafting.pages import page_label
from quiz.authoring.drafting.sentences import split_sentences

MARKDOWN = """\
---
title: ignored front matter
---
# The Canal Company

![A barge on the canal](barge.png)

*Photo: City Archive*

The canal was begun in [1820](https://example.org/1820) by the **Velden Canal Company**.

## Early years

In 1822 the company employed 300 workers. By 1825 it carried 45 percent of the town's freight.

Related articles

- [Subscribe to our newsletter](https://example.org/subscribe)

## Decline

In 1851 the railway reached Velden and the canal lost 60 percent of its trade.
"""


def test_article_sections_captions_and_boilerplate():
    doc = parse_document(ARTICLE)
    assert doc.title == "How the Lakeside Railway was built"
    assert doc.sections == ("Introduction", "Money from the capital", "Engineers from abroad")
    text = " ".join(p.text for p in doc.paragraphs)
    for furniture in ("Photo", "cookies", "Subscribe", "Read more", "Dear readers", "Velden"):
        assert furniture not in text
    assert "The Velden Bridge under construction, 1884" in doc.dropped
    assert "Engineer Tomas Reed at Ostmark station" in doc.dropped
    assert doc.paragraphs[0].sentences == (
        "In the early 1880s the town of Brill had no railway at all.",
        "Its merchants wanted one badly.",
    )


def test_page_markers_claim_the_paragraphs_before_them():
    doc = parse_document(NOTES)
    assert doc.title == "Notes on the river trade"
    assert [(p.page, p.text[:20]) for p in doc.paragraphs] == [
        ("12-13", "The merchants of Ost"),
        ("40", "In 1790 the guild of"),
        ("40", "By 1795 the firm of "),
        ("77-78, 90", "On 3 May 1801 the gu"),
    ]
    assert [str(loc) for loc in doc.locators] == ["p. 12-13", "p. 40", "p. 77-78, 90"]
    assert not any("bookshops" in p.text or "details" in p.text for p in doc.paragraphs)
    assert "(this ends the notes on the guild)" in doc.dropped


def test_a_text_that_opens_with_a_page_marker_starts_each_page_with_its_marker():
    """An e-text's page anchors stand where a page begins, not where it ends."""
    text = (
        '# Stonehenge\n\n<span id="page_34">p. 34</span>\n\n'
        "The stones were raised in 1800 BC by the builders of the plain.\n\n"
        "The avenue runs north-east from the circle for more than two miles.\n\n"
        '<span id="page_35">p. 35</span>\n\n'
        "The heel stone was set up in 1680 BC to mark the midsummer sunrise.\n"
    )
    doc = parse_document(text, markdown=True)
    assert [(p.page, p.text[:14]) for p in doc.paragraphs] == [
        ("34", "The stones wer"),
        ("34", "The avenue run"),
        ("35", "The heel stone"),
    ]


@pytest.mark.parametrize(
    ("marker", "label"),
    [
        ("p.128-9", "128-129"),
        ("p.90-91", "90-91"),
        ("p.139-142 and p.192", "139-142, 192"),
        ("p.201 & 211", "201, 211"),
        ("pp. 5–7", "5-7"),
    ],
)
def test_page_labels(marker, label):
    assert page_label(marker) == label


def test_markdown_headings_links_images_and_front_matter():
    doc = parse_document(MARKDOWN, markdown=True)
    assert doc.title == "The Canal Company"
    assert doc.sections == ("Introduction", "Early years", "Decline")
    assert doc.paragraphs[0].text == "The canal was begun in 1820 by the Velden Canal Company."
    assert "*Photo: City Archive*" not in " ".join(p.text for p in doc.paragraphs)
    assert not any("ubscribe" in p.text or "Related" in p.text for p in doc.paragraphs)
    cited = {q.citations[0].section for q in draft_questions(doc, "canal")}
    assert cited == {"Introduction", "Early years", "Decline"}


def test_sentences_survive_initials_and_abbreviations():
    text = "A letter from K. Matuszak reached the U.S. (in 1923) at No. 4 Main Street. It was long."
    assert split_sentences(text) == [
        "A letter from K. Matuszak reached the U.S. (in 1923) at No. 4 Main Street.",
        "It was long.",
    ]


def test_numeric_facts_kinds_and_units():
    sentence = (
        "On 3 May 1801 the guild paid 40 million crowns, 35 percent of its funds, "
        "for 12 barges during the war (1799-1802), two years later than planned."
    )
    facts = [(f.kind, f.text, f.unit) for f in numeric_facts(sentence)]
    assert facts == [
        ("year", "1801", None),
        ("money", "40", "million crowns"),
        ("percent", "35", "percent"),
        ("count", "12", "barges"),
        ("period", "1799-1802", None),
    ]  # "two years later" dates an event and counts nothing


def test_footnote_markers_are_dropped():
    doc = parse_document(
        "Wiki\n\nThe dam was finished in 1931.[3] It held 40 percent[citation needed] of the "
        "water.\n"
    )
    assert doc.paragraphs[0].sentences == (
        "The dam was finished in 1931.",
        "It held 40 percent of the water.",
    )


def test_superscript_caret_and_wiki_ref_footnotes_are_dropped_but_powers_stay():
    text = (
        "# Wiki\n\nThe dam was finished in 1931.¹ It held 40 percent of the water.^2 "
        "The lake covers 12 km² and the plant gave 10¹¹ joules in 1936.<ref>Smith 1990, "
        'p. 4.</ref> The town grew in 1950.<ref name="s"/>\n'
    )
    for markdown in (True, False):
        doc = parse_document(text, markdown=markdown)
        assert doc.paragraphs[0].sentences == (
            "The dam was finished in 1931.",
            "It held 40 percent of the water.",
            "The lake covers 12 km² and the plant gave 10¹¹ joules in 1936.",
            "The town grew in 1950.",
        ), markdown


def test_navigation_and_share_links_are_dropped():
    text = (
        "Skip to main content\n\nHome | World | History | Contact\n\nMenu\n\n"
        "The old mill of Brill\n\n"
        "The mill ground corn for the town from 1790 until it burned in 1884.\n\n"
        "Share on Facebook\n\n"
        "Home › History › Mills › Brill\n\n"
        "The new mill, built in 1886, was twice as large as the old one.\n\n"
        "Back to top\n"
    )
    doc = parse_document(text)
    assert doc.title == "The old mill of Brill"
    assert [s for p in doc.paragraphs for s in p.sentences] == [
        "The mill ground corn for the town from 1790 until it burned in 1884.",
        "The new mill, built in 1886, was twice as large as the old one.",
    ]
    assert len(doc.dropped) == 6


def test_page_citations_and_ids_for_book_notes():
    questions = draft_of(NOTES)
    assert {q.citations[0].page for q in questions} <= {"12-13", "40", "77-78, 90"}
    assert all(q.citations[0].section is None for q in questions)
    ids = [q.id for q in questions]
    assert "p40-1790-numeric" in ids
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9-]*", i) for i in ids)
    assert len(ids) == len(set(ids))


# -- a page marker labels the text before it, never a list of other works ---------------

BIBLIOGRAPHY = """\
# The port of Velden

## Trade

In 1861 the port handled 40 million tonnes of grain. By 1870 it held 25 percent of the
coast's trade, and 12 shipyards worked along the river.
Sources: A. Berg, *A History of Velden*, London 1990, p.12-14

## Decline

The railway took most of the trade, and the port closed in 1931.

See J. Holm, *Harbours of the North*, p.80 and p.95

## Further reading

- K. Lund, *Ships of the Coast* (1979), p.201
"""


def test_a_sources_line_at_the_end_of_a_section_gives_it_no_page():
    doc = parse_document(BIBLIOGRAPHY, markdown=True)
    assert [(str(p.locator), p.text[:24]) for p in doc.paragraphs] == [
        ("§ Trade", "In 1861 the port handled"),
        ("§ Decline", "The railway took most of"),
    ]
    assert doc.dropped == (
        "Sources: A. Berg, A History of Velden, London 1990, p.12-14",
        "See J. Holm, Harbours of the North, p.80 and p.95",
        "K. Lund, Ships of the Coast (1979), p.201",
    )
    questions = draft_questions(doc, "port")
    assert {(q.citations[0].section, q.citations[0].page) for q in questions} == {
        ("Trade", None),
        ("Decline", None),
    }
    assert not any(year in repr(q) for q in questions for year in ("1990", "1979"))


def test_notes_keep_their_page_markers_beside_reference_lines():
    text = (
        "Notes on the guild\n\n"
        "In 1790 the guild of Ostmark signed a charter.   p.12-3\n\n"
        "By 1795 the guild had bought 12 barges.   see p.40\n\n"
        "In 1800 a fire burned the warehouse of the guild.\n\n"
        "References: Berg 1990, p.300-310\n\n"
        "See how the town grew: in 1801 it had 900 houses.\n\n"
        "See Holm, Harbours, p.99\n"
    )
    doc = parse_document(text)
    assert [(p.page, p.text[:20]) for p in doc.paragraphs] == [
        ("12-13", "In 1790 the guild of"),
        ("40", "By 1795 the guild ha"),
        (None, "In 1800 a fire burne"),  # not claimed by the page of a book it cites
        (None, "See how the town gre"),
    ]
    assert doc.dropped == ("References: Berg 1990, p.300-310", "See Holm, Harbours, p.99")


def test_a_made_up_case_box_goes_and_the_prose_after_objectives_is_the_introduction():
    text = (
        "# Drugs\n\n### Learning Objectives\n\n* Describe the first drugs\n* Compare them\n\n"
        '<div data-type="note" class="book clinical-focus-opener" markdown="1">\n'
        '<div data-type="title">\nPart 1\n</div>\n'
        "Marisa, a 52-year-old woman, had a fever after a visit to Velden.\n\n</div>\n\n"
        "Most people associate the term **chemotherapy** with treatments for cancer today.\n\n"
        "### The first drugs\n\nIn 1909 the first synthetic drug was found in the lab.\n"
    )
    doc = parse_document(text, markdown=True)
    said = {str(p.locator): p.sentences for p in doc.paragraphs}
    assert said == {
        "§ Introduction": (
            "Most people associate the term chemotherapy with treatments for cancer today.",
        ),
        "§ The first drugs": ("In 1909 the first synthetic drug was found in the lab.",),
    }, said


def test_a_bold_breadcrumb_is_no_heading_and_an_empty_link_leaves_no_trace():
    text = (
        "**[Home](Home) \\* [Engines](Engines) \\* Mac Tide**\n\n"
        "# Mac Tide\n\n## History\n\n"
        "[](File:Tide.jpg) The program Mac Tide was written at the harbour school in 1966.\n"
    )
    doc = parse_document(text, markdown=True)
    assert [str(loc) for loc in doc.locators] == ["§ History"]
    assert doc.paragraphs[0].sentences == (
        "The program Mac Tide was written at the harbour school in 1966.",
    )


def test_pandoc_citations_sphinx_roles_and_asciidoc_footnotes_leave_no_trace(tmp_path):
    from quiz.authoring.drafting.files import read_document

    md = tmp_path / "roots.md"
    md.write_text(
        "# Roots\n\nThe first network was built in 1943 [@doi:10.1/abc; @mcculloch1943] by "
        "two scientists (:numref:`fig_koebel`) at the lab in Chicago.\n",
        encoding="utf-8",
    )
    adoc = tmp_path / "ports.adoc"
    adoc.write_text(
        "= Ports\n\n== Growth\n\nThe project grew during one year footnote:[A note.], and "
        "12,600 ports were available footnote:[Another.], ranging widely in 2003.\n",
        encoding="utf-8",
    )
    said = [s for path in (md, adoc) for p in read_document(path).paragraphs for s in p.sentences]
    assert said == [
        "The first network was built in 1943 by two scientists at the lab in Chicago.",
        "The project grew during one year, and 12,600 ports were available, ranging widely "
        "in 2003.",
    ]


def test_a_count_the_title_shows_is_not_asked():
    from draft_texts import draft_of

    text = (
        "# 10 Years of Velden\n\n"
        "The port has served the town of Velden for 10 years since the founders met at the quay. "
        "Its crane lifts 300 crates a day in the busy summer months at the quay.\n"
    )
    answers = {getattr(q, "answer", None) for q in draft_of(text, markdown=True)}
    assert 10 not in answers and 300 in answers, answers


def test_a_decade_as_written_a_half_and_a_name_before_a_dash_are_read_whole():
    from draft_texts import draft_of

    from quiz.authoring.drafting.name_runs import name_spans
    from quiz.authoring.drafting.numbers import numeric_facts

    text = (
        "# Crime\n\n## Trends\n\nViolent crime has fallen in the town of Velden since the 1990’s.\n"
    )
    (cloze,) = draft_of(text, markdown=True)
    assert "{{c1::1990’s::decade}}," not in cloze.text and "{{c1::1990’s::decade}}." in cloze.text
    assert [f.value for f in numeric_facts("She stayed four days and a half at Scutari.")] == []
    spans = name_spans("The ambassador, Lord Stratford--or rather his wife--came to see Jean-Paul.")
    assert [n for n, _ in spans] == ["Lord Stratford", "Jean-Paul"]


def test_a_line_ending_in_an_equals_sign_leads_its_list_and_heads_nothing():
    text = (
        "# Adam Smith\n\n## Early years\n\n"
        "Smith was born at Kirkcaldy in 1723, the son of a customs officer.\n\n"
        "His father was=\n\n- a Writer to the Signet,\n- a Comptroller of the Customs.\n\n"
        "Smith went to the burgh school of Kirkcaldy in 1733 and stayed there four years.\n"
    )
    assert sections_of(text, markdown=True) == {"Early years"}


def test_a_line_ending_in_a_colon_and_a_dash_leads_on_and_heads_nothing():
    text = (
        "Pioneer Work\n\nThe hospital opened its doors to women students in 1857.\n\n"
        "In relation to mischievous gossip it is written:—\n\n"
        "Gossip did great harm to the infirmary in its first years, as the staff recorded.\n"
    )
    assert sections_of(text) == {"Introduction"}
