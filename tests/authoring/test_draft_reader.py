"""Reading what real documents carry: Markdown structure and a web page saved as text."""

from __future__ import annotations

from draft_texts import draft_of, sections_of

from quiz.authoring.drafting.document import parse_document
from quiz.authoring.drafting.terms import defined_terms

TEXTBOOK = """\
---
title: "The Rise of the Canal Towns"
layout: page
---

{{TextbookSidebar}}

<div data-type="abstract" markdown="1">
By the end of this section, you will be able to:

* Explain why the canal towns grew in 1820
</div>

The canal opened in 1821, and by 1830 the **lock keepers**{: data-type="term"} collected
tolls at 14 locks. A {{Glossary("toll")}} was paid at each lock.

![Figure 1: the canal](canal.png)
*Figure 1. The canal at Velden, 1901.*

<div data-type="note" class="history" markdown="1">
<div data-type="title">
Why did the towns grow?
</div>
Trade on the canal grew by 40 percent between 1825 and 1835.
</div>

<table><caption>Tolls by year, 1799</caption>
<tr><td>1822</td><td>$40</td></tr>
</table>

| Year | Barges |
|------|--------|
| 1823 | 900    |

### Review Questions

<div data-type="exercise">
<div data-type="problem" markdown="1">
In which year did the canal open, 1821 or 1822?
</div>
</div>

<div data-type="glossary" markdown="1">
### Glossary
{: data-type="glossary-title"}

lock keeper
: the person who opens and closes a canal lock and collects its toll
^
</div>
"""


def test_markdown_textbook_structure_is_read_and_its_furniture_set_aside():
    doc = parse_document(TEXTBOOK, markdown=True)
    assert doc.title == "The Rise of the Canal Towns"  # from the front matter, not a macro
    text = " ".join(s for p in doc.paragraphs for s in p.sentences)
    assert "{{" not in text and "{:" not in text and "data-type" not in text
    assert "A toll was paid at each lock." in text  # the macro kept the term it names
    assert "Trade on the canal grew by 40 percent between 1825 and 1835." in text  # a note
    for aside in ("By the end of this section", "Explain why", "Why did the towns grow",
                  "1799", "1822", "900", "Figure 1", "1821 or 1822"):  # fmt: skip
        assert aside not in text, aside
    assert doc.paragraphs[0].bold == ("lock keepers",)
    (entry,) = doc.glossary
    assert (entry.term, entry.definition) == (
        "lock keeper",
        "the person who opens and closes a canal lock and collects its toll",
    )
    sections = {p.text[:20]: p.section for p in doc.paragraphs}
    assert sections == {
        "The canal opened in ": "Introduction",
        "Trade on the canal g": "Why did the towns grow?",  # the note's title is its section
    }


WEB_PAGE = """\
Battle of Velden - Wikipedia

From Wikipedia, the free encyclopedia
The Battle of Velden was fought in 1402 between the towns of Brill and Ostmark.[1][2]
Contents
1 Background
2 Battle
3 References
Background[edit]
Main article: Velden wars
The quarrel began over river tolls in 1399.[3] The council of Brill raised 900 men.[4][5]
Battle
The armies met on 3 May 1402 at the ford below Velden.[6][28][29]
Ostmark lost 120 of its 400 men, and its captain surrendered two days later.
Aftermath

    Brill kept the ford until 1450.
    Ostmark rebuilt its walls in 1410 and
    again in 1460.
References[edit]

    Jump up ^ Holm, J. (1990). A History of Velden. p. 40.
"""


def test_a_web_page_saved_as_text_keeps_its_headings_despite_footnote_marks():
    doc = parse_document(WEB_PAGE)
    assert doc.title == "Battle of Velden"
    assert doc.sections == ("Introduction", "Background", "Battle", "Aftermath")
    sentences = [s for p in doc.paragraphs for s in p.sentences]
    assert "The armies met on 3 May 1402 at the ford below Velden." in sentences
    assert not any("[" in s or "Main article" in s or "Jump up" in s for s in sentences)
    items = [p.text for p in doc.paragraphs if p.item]
    assert items == [
        "Brill kept the ford until 1450.",
        "Ostmark rebuilt its walls in 1410 and again in 1460.",
    ]
    assert {p.page for p in doc.paragraphs} == {None}  # "p. 40" cites a book under References
    assert "1 Background" in doc.dropped and "Main article: Velden wars" in doc.dropped


def test_defined_terms_from_bold_definitions_glossaries_and_term_lists():
    text = (
        "# Web words\n\n"
        "**Latency** is the time a request takes to travel to the server and back.\n\n"
        "HyperText Markup Language, or **HTML**, is a markup language (made of elements) "
        "that gives a page its structure.\n\n"
        "- **Caching** stores responses for reuse.\n"
        "- lexical scoping: a block can have its own private variables and functions\n\n"
        "Nobody knows what **this** means here.\n"
    )
    doc = parse_document(text, markdown=True)
    assert [(t.term, t.definition, t.locator.label) for t in defined_terms(doc)] == [
        ("Latency", "the time a request takes to travel to the server and back", "Introduction"),
        ("HTML", "a markup language that gives a page its structure", "Introduction"),
        ("lexical scoping", "a block can have its own private variables and functions",
         "Introduction"),
    ]  # fmt: skip


def test_toml_front_matter_titles_the_document_and_page_links_are_footnote_marks():
    from quiz.authoring.drafting.blocks import read_blocks

    text = (
        '+++\npath = "2014/10/30/Stability"\ntitle = "Stability as a Deliverable"\n+++\n\n'
        "The war lasted forty years, undertaken by the most stupid,"
        ' <span id="fr_7"></span>[7](#fn_12.md) maintained by the most dissolute.\n'
    )
    read = read_blocks(text, markdown=True)
    assert read.title == "Stability as a Deliverable"
    assert "stupid, maintained" in " ".join(" ".join(b.text.split()) for b in read.blocks)


def test_an_italic_run_in_head_is_a_heading_and_authorities_are_references():
    from quiz.authoring.drafting.document import parse_document

    text = (
        "ANGOLA\n\n"
        "_Climate._--With the exception of the coast, the climate of the plateau is healthy\n"
        "and the rains fall from October to April in most years.\n\n"
        "AUTHORITIES.--J. C. Feo Cardozo, _Memorias_ (Paris, 1825); H. Capello (Lisbon, 1881).\n"
    )
    doc = parse_document(text)
    assert "Climate" in doc.sections
    sentences = [s for p in doc.paragraphs for s in p.sentences]
    assert sentences[0].startswith("With the exception of the coast"), sentences
    assert not any("Cardozo" in s for s in sentences), sentences


def test_an_encyclopedia_headword_titles_the_article_and_is_its_subject():
    from quiz.authoring.drafting.document import parse_document
    from quiz.authoring.drafting.subjects import protagonists

    text = (
        "VELDEN, the general name of the coastal province north of Ostmark (_q.v._) on the\n"
        "gulf. The population is estimated (1900) at 419,000 people in all.\n"
        "On the north the river Brill forms the boundary separating Velden from Ostmark.\n"
    )
    doc = parse_document(text, fallback_title="eb1911-velden")
    assert doc.title == "Velden"
    assert "Velden" in protagonists(doc)
    sentences = [s for p in doc.paragraphs for s in p.sentences]
    assert "q.v." not in " ".join(sentences)
    asked = draft_of(text)
    assert not any(str(getattr(q, "answer", "")) in ("1900", "Velden") for q in asked), asked


def test_markdown_footnotes_and_bookdown_figure_pointers_leave_no_trace():
    text = (
        "Vim\n\n## Origins\n\nThe editor came from ed in 1976.[^8] It spread fast, as the map "
        "shows (Figure \\@ref(fig:plates)), in 1991.\n\n[^8]: A note written in 1976.\n"
    )
    doc = parse_document(text, markdown=True)
    sentences = [s for p in doc.paragraphs for s in p.sentences]
    assert sentences == [
        "The editor came from ed in 1976.",
        "It spread fast, as the map shows, in 1991.",
    ], sentences


def test_an_initial_before_a_name_in_a_list_ends_no_sentence():
    from quiz.authoring.drafting.sentences import split_sentences

    text = (
        "The epochs were named after geomagnetists: B. Brunhes (who found reversed rocks), "
        "M. Matuyama (who dated them), and K.F. Gauss. A fourth was named after W. Gilbert, "
        "who studied magnets. He took vitamin C. Then he left."
    )
    assert split_sentences(text) == [
        "The epochs were named after geomagnetists: B. Brunhes (who found reversed rocks), "
        "M. Matuyama (who dated them), and K.F. Gauss.",
        "A fourth was named after W. Gilbert, who studied magnets.",
        "He took vitamin C.",
        "Then he left.",
    ]


def test_an_e_texts_italics_and_editorial_blocks_are_read_as_such():
    doc = parse_document(
        "Beethoven\n\nThe _Zeitgeist_ of 1770 showed in his work, and my_var stays as it is.\n\n"
        "[Footnote 2: J. King Merritt, Report on the huacals, 1860.]\n\n"
        "[Illustration: The house at Bonn, 1889.]\n\nHe moved to Vienna in 1792 for good.\n"
    )
    sentences = [s for p in doc.paragraphs for s in p.sentences]
    assert sentences == [
        "The Zeitgeist of 1770 showed in his work, and my_var stays as it is.",
        "He moved to Vienna in 1792 for good.",
    ]


def test_old_prose_abbreviations_end_no_sentence_and_a_pandoc_span_keeps_its_text():
    from quiz.authoring.drafting.sentences import split_sentences
    from quiz.authoring.drafting.text import without_attributes

    text = (
        "The arrival of the Rev. Mr. Hyland in 1851 was welcome. "
        "Governor Geo. L. Woods signed the school law in 1868. "
        "The temple (Figs. 26, 27) consists of a cella and a porch."
    )
    assert split_sentences(text) == [
        "The arrival of the Rev. Mr. Hyland in 1851 was welcome.",
        "Governor Geo. L. Woods signed the school law in 1868.",
        "The temple (Figs. 26, 27) consists of a cella and a porch.",
    ]
    assert without_attributes("The map [大清]{.inline-characters .chinese}.") == "The map 大清."


def test_a_titled_citation_a_pandoc_note_an_endnote_link_and_a_tight_heading():
    from quiz.authoring.drafting.text import without_citations, without_footnotes

    assert (
        without_citations('It opened in 1907 ("Cozy Union Home to be Opened Nov. 9" 1907).')
        == "It opened in 1907."
    )
    assert without_footnotes("It is male.^[Well, now this is awkward.] Then") == "It is male. Then"
    doc = parse_document(
        "# Measurement\n\n##Scales of measurement{#scales}\n\n"
        "The nominal scale was named by Stanley Stevens in 1946.[^11^](/endnotes/#note-11) "
        "It is the simplest scale.\n",
        markdown=True,
    )
    assert doc.sections == ("Scales of measurement",)
    assert (
        doc.paragraphs[0].sentences[0] == "The nominal scale was named by Stanley Stevens in 1946."
    )


def test_an_italic_term_is_defined_only_in_lower_case_and_the_present():
    text = (
        "# Intervals\n\n## Basics\n\n"
        "An _interval_ is the distance between two pitches, measured in steps of a scale.\n\n"
        "A third that spans four semitones is called a _major third_.\n\n"
        "_Principles of Harmony_ is a book that Hale wrote in 1841 about chords.\n\n"
        "The _tonic_ was important to older theorists than Hale and his pupils.\n"
    )
    terms = {t.term: t.definition for t in defined_terms(parse_document(text, markdown=True))}
    assert terms == {
        "interval": "the distance between two pitches, measured in steps of a scale",
        "major third": "A third that spans four semitones",
    }, terms


def test_a_label_is_no_term_an_adaptation_line_cites_and_a_contraction_is_no_name():
    from quiz.authoring.drafting import boilerplate as bp
    from quiz.authoring.drafting.name_runs import name_spans

    text = "# Parameters\n\n## Nodes\n\n- Example: salary_rate is the node that holds the rate.\n"
    assert not defined_terms(parse_document(text, markdown=True))
    assert bp.is_reference_line("Adapted from Simonton, D. K. (2012). Teaching creativity.")
    assert not bp.is_reference_line("Adapting to change was hard for the town.")
    assert [n for n, _ in name_spans("I'm sure that Henslow took his pupils there.")] == ["Henslow"]


def test_a_range_of_figures_defines_no_term():
    text = (
        "# Penicillin\n\n## Susceptibility\n\nSensitivities are:\n\n"
        "- Listeria monocytogenes: from less than or equal to 0.06 μg/ml to 0.25 μg/ml\n"
        "- penicillin G: a narrow-spectrum antibiotic given by injection\n"
    )
    terms = [t.term for t in defined_terms(parse_document(text, markdown=True))]
    assert terms == ["penicillin G"], terms


def test_front_matter_names_the_author_unless_the_command_does():
    from quiz.authoring.drafting.writer import DraftOptions, draft_deck

    text = (
        "---\nauthor: Lynne Fahlquist and Candice Hopkins\ntitle: Why We Use Gage Height\n---\n\n"
        "## Gage height\n\nBy 1990 the agency measured the height of water at 7,000 stream gages "
        "across the country.\n"
    )
    doc = parse_document(text, markdown=True)
    (source,) = draft_deck(doc, DraftOptions(), name="gage.md").deck.sources
    assert (source.author, source.publisher) == ("Lynne Fahlquist and Candice Hopkins", None)
    (source,) = draft_deck(doc, DraftOptions(author="USGS"), name="gage.md").deck.sources
    assert source.author == "USGS"


def test_an_apis_listed_constants_are_no_terms():
    text = (
        "# Bands\n\n## Colour\n\nA band has one of these colour types:\n\n"
        "- GCI_RedBand: this raster is the red portion of an RGB image\n"
        "- GCI_GreenBand: this raster is the green portion of an RGB image\n"
        "- lexical scoping: a block can see the names of the blocks around it\n"
    )
    terms = [t.term for t in defined_terms(parse_document(text, markdown=True))]
    assert terms == ["lexical scoping"], terms


def test_the_titles_concept_defined_in_its_opening_is_a_term_card_but_a_name_or_remark_is_not():
    text = (
        "##########\nLink Budgets\n##########\n\n"
        "This chapter covers link budgets and the power a receiver sees.\n\n"
        "************\nIntroduction\n************\n\n"
        "A link budget is an accounting of all the gains and losses from the transmitter to "
        "the receiver.\n\n"
        "Transmit Power\n##############\n\n"
        "Transmit power is fairly straightforward; it is a value in watts or dBm.\n\n"
        "Either you must lower the loss or raise the power of the transmitter.\n\n"
        "* Parentage: introduction to the institute: earliest work: marriage.\n"
    )
    doc = parse_document(text, rest=True)
    assert doc.title == "Link Budgets"
    assert doc.sections == ("Introduction", "Transmit Power")
    from quiz.authoring.drafting.claims import claims

    terms = {t.term: t.definition for t in defined_terms(doc) + claims(doc)}
    assert terms == {
        "link budget": "an accounting of all the gains and losses from the transmitter to the "
        "receiver"
    }, terms
    named = parse_document(
        "# Elmina Castle\n\nElmina Castle is a fort that the Portuguese built on the coast in "
        "1482.\n\nThe Dutch took Elmina Castle in 1637.\n",
        markdown=True,
    )
    assert defined_terms(named) == []  # a name defined by its article's lead: no term


def test_author_year_citations_of_every_form_and_an_api_entry_that_echoes_its_name():
    from quiz.authoring.drafting.text import without_citations

    assert without_citations("Ceci and colleagues (2009) showed gains.") == (
        "Ceci and colleagues showed gains."
    )
    assert without_citations("IQ rose (Neisser, et al, 1996; Nisbett, et al., 2012).") == (
        "IQ rose."
    )
    assert without_citations("Sternberg’s (1985) theory has three parts.") == (
        "Sternberg’s theory has three parts."
    )
    assert without_citations("The Treaty of Versailles (1919) ended it.") == (
        "The Treaty of Versailles (1919) ended it."
    )
    text = (
        "Shapes\n======\n\n"
        ".. attribute:: object.area\n\n  Returns the area (float) of the object.\n\n"
        ".. attribute:: object.geom_type\n\n  Returns a string specifying the `Geometry Type` "
        "of the object in accordance\n  with [1]_.\n\n"
        "Every shape in the kit is a plain object that is made by its class.\n"
    )
    terms = {t.term: t.definition for t in defined_terms(parse_document(text, rest=True))}
    assert "object.area" not in terms  # the back says only what the front does
    assert (
        terms["object.geom_type"] == "Returns a string specifying the Geometry Type of the object"
    )


def test_an_api_entry_that_spells_out_its_name_is_no_card_and_a_concept_still_is():
    from quiz.authoring.drafting.definitions import echoes

    assert echoes("ndata", "number of data points")
    assert echoes("chisqr", "chi-square statistic")
    assert echoes("param_names", "list of parameter names")
    assert echoes("aborted", "whether the fit was aborted")
    assert not echoes("stdout", "the standard output stream")
    assert not echoes("photosynthesis", "the process by which plants make sugar from light")
    assert not echoes(
        "object.minimum_clearance",
        "Returns the smallest distance by which a node could be moved to produce an invalid "
        "geometry",
    )


def test_r_markdowns_index_entries_crossrefs_and_citation_keys_leave_no_trace():
    from quiz.authoring.drafting.text import without_pointers

    assert without_pointers("Geocomputation\\index{geocomputation!definition} began in 1996.") == (
        "Geocomputation began in 1996."
    )
    assert without_pointers("Orme added the tools @orme_rasp:_2003 to the kit in 2003.") == (
        "Orme added the tools to the kit in 2003."
    )
    assert "@ref" not in without_pointers("The kit came out in 2010 (see Section @ref(raster)).")
    assert (
        without_pointers("Write to orme@example.com today.") == "Write to orme@example.com today."
    )


def test_a_list_item_that_opens_on_a_bold_term_and_colon_is_a_term_card():
    text = (
        "# What is a story?\n\nStories have been told for as long as people have talked.\n\n"
        "* **Story:** A sequence of events. Can occur spatially or temporally.\n"
        "* **Plot:** Creates meaning by connecting story events with context.\n"
    )
    terms = {t.term: t.definition for t in defined_terms(parse_document(text, markdown=True))}
    assert terms.get("Plot") == "Creates meaning by connecting story events with context", terms
    assert terms.get("Story", "").startswith("A sequence of events"), terms


def test_a_bold_opening_of_a_question_defines_no_term():
    text = (
        "# Ethics\n\n## Implications\n\n"
        "**So what then,** are the implications of utilitarianism? It has a number of them.\n"
    )
    assert defined_terms(parse_document(text, markdown=True)) == []


def test_circa_before_a_year_ends_no_sentence():
    from quiz.authoring.drafting.sentences import split_sentences

    assert split_sentences(
        "Babbage began the engine c. 1819 and finished it by 1822. It ran well."
    ) == [
        "Babbage began the engine c. 1819 and finished it by 1822.",
        "It ran well.",
    ]


def test_bare_metadata_lines_at_the_top_are_front_matter():
    text = (
        "title: Secrets of Mobile Network Performance\nauthor: Bryce Howard\n\n"
        "## Latency\n\nA mobile network adds latency at each hop between phone and tower.\n"
    )
    doc = parse_document(text, markdown=True)
    assert (doc.title, doc.author) == ("Secrets of Mobile Network Performance", "Bryce Howard")
    assert all("Bryce" not in p.text for p in doc.paragraphs)


def test_a_scans_stray_underline_or_hash_makes_no_heading_of_a_paragraph_or_a_note():
    text = (
        "# Customs revenue\n\n## Review\n\n"
        "Perhaps the original suggestion of the tenth and\nfifteenth as a trade duty came from "
        "the tax on\nmoveables, a wholly different tax.\n=\n\n"
        "# Hall, Custom-Revenue, vol. 11, p. 83.\n\nThe duty was first levied in 1275 on wool.\n"
    )
    assert sections_of(text, markdown=True) == {"Review"}
