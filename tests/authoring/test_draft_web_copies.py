"""Copies of web pages and Pandoc books as real repositories hold them (round 17q)."""

from __future__ import annotations

from draft_texts import draft_of

from quiz.authoring.drafting.dates import date_facts
from quiz.authoring.drafting.document import parse_document

# A wiki article saved as Markdown: headings as bare lines, image captions cut off at the
# front (", ... 1863]]"), notes as "[n] ..." lines, a bibliography with sub-lists.
WIKI_COPY = """\
RALPH ORME (3 May 1790 – 9 June 1861) was an English surveyor who mapped the Velden coast.[1]

Early life

Orme was born at Kelby in 1790 and trained as a surveyor under Thomas Hale in 1808.[2]

, _The Velden Coast_, 1822, oil on canvas, Kelby Museum]] In 1822 Orme founded the Velden \
Survey Office, which mapped the whole coast by 1830.

, _Orme at work_, 1840, engraving, private collection.

Later work

Orme published the first tide tables of the coast in 1841, and [[Royal Society|the Society]] \
elected him a fellow in 1843.[3]

Bibliography

_Tides of Velden_

Details of publication

-   _Tides of Velden_ 1st edition, 1st vol. Jan. 1841 (Kelby Press).
-   _Tides of Velden_ 2nd edition, 2 vols. 1848

[3] Hale, T. 1870. _A life of Ralph Orme_. Kelby. vol. 1 p. 168
"""


def test_a_wiki_copy_in_markdown_keeps_its_bare_headings_and_sets_its_notes_aside():
    doc = parse_document(WIKI_COPY, markdown=True, fallback_title="orme")
    assert doc.sections == ("Introduction", "Early life", "Later work")
    assert {p.locator.kind for p in doc.paragraphs} == {"section"}  # "p. 168" is a note's
    text = " ".join(p.text for p in doc.paragraphs)
    for residue in ("]]", "[[", "oil on canvas", "engraving", "1st edition", "Hale, T."):
        assert residue not in text, residue
    assert "In 1822 Orme founded the Velden Survey Office" in text
    assert "the Society elected him a fellow in 1843" in text
    drafted = draft_of(WIKI_COPY, markdown=True)
    cited = {c.section for q in drafted for c in q.citations}
    assert cited and cited <= {"Introduction", "Early life", "Later work"}, cited


def test_page_marks_make_pages_only_where_they_mark_the_text():
    notes = "Notes on a book\n\n" + "".join(
        f"Fact {n} of the book was noted in {1900 + n}. p.{n}\n\n" for n in range(1, 5)
    )
    assert [p.locator.label for p in parse_document(notes).paragraphs] == ["1", "2", "3", "4"]
    prose = "A dam\n\n" + "".join(
        f"Paragraph {n} says that the dam was raised in {1900 + n}.\n\n" for n in range(12)
    )
    quoted = prose + 'Hale called it "a wall against the sea" (p. 118).\n'
    assert {p.locator.kind for p in parse_document(quoted).paragraphs} == {"section"}


def test_pandoc_heading_attributes_and_crossrefs_leave_no_trace():
    book = (
        "# Amplifiers\n\n## Gain{ #sec:xtocid15698973 }\n\n"
        "The transistor was invented in 1948 at Bell Labs, as @fig:03375 shows in the "
        "diagram beside it.\n\n## Decibels {-}\n\n"
        "The bel was named after Alexander Graham Bell in 1928 by the Bell System engineers.\n"
    )
    doc = parse_document(book, markdown=True)
    assert doc.sections == ("Gain", "Decibels")
    drafted = draft_of(book, markdown=True)
    shown = " ".join(str(getattr(q, "prompt", "") or getattr(q, "text", "")) for q in drafted)
    assert (
        drafted
        and "@fig" not in shown
        and "03375" not in shown
        and "{" not in shown.replace("{{c1::", "")
    )


def test_a_number_with_a_unit_or_a_bound_is_no_year():
    for sentence in (
        "Its power is 1 kW (1000 Watts) at full load.",
        "Such attenuators work at <1000 MHz in practice.",
        "The line carries 1200 V between the poles.",
        "The hall seats people on 1500 square metres of floor.",
        "Settlers came about 1500 years ago from the north.",
    ):
        assert not [f for f in date_facts(sentence) if f.kind == "year"], sentence
    for sentence in ("In 1850 a treaty was signed.", "In 1922 A. Smith wrote the survey."):
        assert [f.text for f in date_facts(sentence)] == [sentence.split()[1].rstrip(",")]


def test_captions_inside_a_paragraph_a_case_name_and_a_year_counted_from_another():
    from quiz.authoring.drafting.counts import computable
    from quiz.authoring.drafting.sentences import split_sentences
    from quiz.authoring.drafting.text import without_wiki_markup

    text = without_wiki_markup(
        "Crowds came to laugh at the Salon., View of the Canal, Paris, 1870, Musée d'Orsay]] "
        "Petitions for a new Salon were denied., Young Girl, 1885, oil]], Box, ca. 1874, "
        "Paris]] The painters went on."
    )
    assert " ".join(text.split()) == (
        "Crowds came to laugh at the Salon. Petitions for a new Salon were denied. "
        "The painters went on."
    )
    assert split_sentences("The court heard Marbury v. Madison in 1803. It ruled for him.") == [
        "The court heard Marbury v. Madison in 1803.",
        "It ruled for him.",
    ]
    said = "His wife died in 1873, and two years later (in 1875) he died himself."
    (first, _) = date_facts(said)
    assert computable(first, said)
    assert not computable(first, "His wife died in 1873, and in 1875 he died himself.")


def test_a_rest_reference_shows_its_word_and_a_figure_target_is_a_link():
    from quiz.authoring.drafting.document import parse_document as parse

    doc = parse(
        "Zones\n=====\n\nThe zones are named in figure_utm_zones_ after the work of Python_ "
        "users.\n\n.. _figure_utm_zones:\n",
        rest=True,
    )
    assert doc.paragraphs[0].text == "The zones are named in [link] after the work of Python users."


def test_bits_a_bracketed_sentence_a_decade_in_view_and_a_centenary():
    from quiz.authoring.drafting.counts import computable

    assert not date_facts("We divide this by C(x), which corresponds to 1101 in this case.")
    assert [f.text for f in date_facts("In 1100, Henry I was crowned at Westminster.")] == ["1100"]
    note = "# Notes\n\n## Letters\n\n(Tenth in the list of letters of January 1831.)\n"
    assert not draft_of(note, markdown=True)
    said = "To mark the centenary of its founding in 1919, the school opened a museum in 2019."
    assert all(computable(f, said) for f in date_facts(said))


def test_round_17s_a_wiki_remnant_before_text_notes_visits_and_instructions():
    from quiz.authoring.drafting.checks import states_no_fact
    from quiz.authoring.drafting.text import without_footnotes, without_wiki_markup

    copy = (
        "The stethoscope is a medical device for listening to the body.\n\n"
        "History\n\n)]]\n\nThe stethoscope was invented in France in 1816 by René Laennec.\n"
    )
    assert parse_document(copy, markdown=True).sections == ("Introduction", "History")
    assert without_wiki_markup("in Tokyo]] in Kyoto]]") == ""
    assert without_footnotes("THE FRONTIER[1:1]") == "THE FRONTIER"
    assert not date_facts("Jury Instructions No. 520, accessed February 14, 2011, online.")
    census = "The superintendent of the census for 1890 reports that settlement is scattered."
    assert [f.kind for f in date_facts(census)] == ["year"]
    assert states_no_fact("To get your mind into the right time, try to imagine London then.")
    glossary = "# Colour\n\n## Definitions\n\nbrightness\n: How bright an area looks. [^4]\n"
    (entry,) = parse_document(glossary, markdown=True).glossary
    assert entry.definition == "How bright an area looks."


def test_a_libraries_name_opening_its_sentences_is_its_subject():
    from quiz.authoring.drafting.code_subject import subject_of

    text = (
        "# Reading files\n\nGeoPandas can read GeoJSON files and shapefiles with `read_file`.\n\n"
        "GeoPandas can also write GeoJSON with `to_file`.\n\n"
        "GeoPandas reads a URL too, and GeoPandas writes GeoJSON lines.\n"
    )
    assert subject_of(parse_document(text, markdown=True)) == "GeoPandas"


def test_a_bracketed_editors_note_asks_nothing_and_a_lost_captions_end_goes():
    from quiz.authoring.drafting.text import without_wiki_markup

    note = "# Essays\n\n## Delsarte\n\n[From the Atlantic Monthly for May, 1871, by permission.]\n"
    assert not draft_of(note, markdown=True)
    assert without_wiki_markup("He died in 1642.'']]Sir Isaac Newton went on.") == (
        "He died in 1642. Sir Isaac Newton went on."
    )


def test_a_quote_left_of_a_caption_heads_nothing_and_one_sum_is_one_fact():
    copy = (
        "The Velden Purchase was the sale of the coast to the town council in 1803.\n\n"
        'Background\n\n", bounded on the west by the hills]]\n\n'
        "The council offered the Duke all of the coast for $15 million in April 1803.\n\n"
        "The total of $15 million is equal to about $600 billion in the money of the GDP today.\n"
    )
    doc = parse_document(copy, markdown=True)
    assert doc.sections == ("Introduction", "Background")
    sums = [q for q in draft_of(copy, markdown=True) if "$15 million" in (q.explanation or "")]
    asked = [q for q in sums if "15" in f"{getattr(q, 'answer', '')} {getattr(q, 'options', '')}"]
    assert len(asked) == 1, asked


def test_a_wiki_copy_with_one_stray_heading_still_keeps_its_bare_headings():
    copy = (
        "The telegraph sent messages along a wire by electric signals from 1816 on.\n\n"
        "Early work\n\nRonalds built a working telegraph in his garden at Hammersmith in 1816.\n\n"
        "A letter by post from London took\n---\n\n"
        "Morse system\n\nSamuel Morse developed his code and his recording telegraph in 1837.\n"
    )
    sections = parse_document(copy, markdown=True).sections
    assert sections[:2] == ("Introduction", "Early work") and "Morse system" in sections


def test_a_wiki_gallery_line_is_no_text():
    from quiz.authoring.drafting.text import without_wiki_markup

    gallery = "File:Cholera.jpg|Drawing of Death bringing cholera, in Le Petit Journal (1912)."
    assert without_wiki_markup(gallery) == ""
    assert without_wiki_markup("File formats differ.") == "File formats differ."


# A whole wiki page converted by html2text: a hatnote, an infobox under its own heading,
# navigation boxes (each opens on its "v", "t", "e" links) before the lead and after the text.
WHOLE_PAGE = """\
From Wikipedia, the free encyclopedia

Velden Line
---
Map of the coast showing the Velden Line
Characteristics
Length| 740 km (460 mi)
Established| 2 July 1972

  * v
  * t
  * e

Coastal conflicts
---
**Skirmishes**

  * Insurgency on the coast (since 1989)
  * 2016 Velden Line strike

The Velden Line is a boundary between the two halves of the old Velden province, drawn in \
1972 after the second coastal war.

## History

The first ceasefire line was agreed in 1949 under the mediation of the harbour council.

  * v
  * t
  * e

Velden topics
---
  * 1999 harbour shootdown
"""


def test_a_whole_wiki_pages_navigation_boxes_and_infobox_are_no_text():
    doc = parse_document(WHOLE_PAGE, markdown=True)
    assert doc.sections == ("Introduction", "History")
    text = " ".join(p.text for p in doc.paragraphs)
    for residue in ("Length|", "Insurgency", "2016 Velden Line strike", "shootdown", "Map of"):
        assert residue not in text, residue
    assert text.startswith("The Velden Line is a boundary")
    cited = {c.section for q in draft_of(WHOLE_PAGE, markdown=True) for c in q.citations}
    assert cited and cited <= {"Introduction", "History"}, cited


def test_a_caption_remnant_on_the_first_line_is_no_title_and_a_headword_is():
    copy = (
        "a regular venue for the club's meetings]]\n\n"
        "The LUNAR CLUB OF KELBY was a dinner club of surveyors and engineers, who met each "
        "month from 1765 to 1813.\n"
    )
    assert parse_document(copy, markdown=True).title == "Lunar Club of Kelby"
    acronym = "NASA is the space agency of the United States.\n\nIt was founded in 1958.\n"
    assert parse_document(acronym, markdown=True, fallback_title="agency").title == "Agency"


def test_a_pictures_caption_kept_as_a_paragraph_states_nothing():
    from quiz.authoring.drafting.checks import states_no_fact
    from quiz.authoring.drafting.text import without_wiki_markup

    assert states_no_fact("Velden Castle viewed from the sea in 1572, by Georg Braun.")
    assert states_no_fact("“The Castle of Velden, one side of it” in 1704.")
    assert states_no_fact("Notice the ships in the foreground and the houses around the fort.")
    assert not states_no_fact("The bridge was designed in 1931, by John Smith.")
    assert not states_no_fact("The Dutch took the castle in 1637, by Admiral Jol's plan.")
    remnant = "'', an ancient sculpture, rediscovered in 1506; now in the Vatican.[7]]]"
    assert without_wiki_markup(remnant) == ""


def test_a_fact_boxs_title_labels_and_values_are_no_headings():
    page = (
        "# Ada Orme\n\nQuick Facts\n\nPlace of Birth:\n\nKelby, Velden\n\n"
        "Cemetery Name:\n\nOrme Cemetery\n\n"
        "Ada Orme was born in Kelby in 1857 and founded the Velden Mill Company in 1891.\n\n"
        "The mill she built in 1895 made one third of the world's denim.\n"
    )
    doc = parse_document(page, markdown=True)
    assert doc.title == "Ada Orme"
    assert doc.sections == ("Introduction",)
    cited = {c.section for q in draft_of(page, markdown=True) for c in q.citations}
    assert cited == {"Ada Orme"}, cited  # a lone page cites its heading


def test_a_wiki_copys_picture_file_lines_are_no_headings():
    copy = (
        "Tycho Orme (1546 – 1601) was a Danish astronomer who built an observatory in 1576.\n\n"
        "Tychonian_system.svg\n\nObservational astronomy\n\n"
        "Orme measured the positions of a thousand stars with his instruments by 1598.\n"
    )
    assert parse_document(copy, markdown=True).sections == (
        "Introduction",
        "Observational astronomy",
    )


def test_a_headword_with_its_lost_pronunciation_still_names_the_article():
    copy = (
        "LISE ORME (; ; 7 November 1878 – 27 October 1968) was a physicist who split atoms.\n\n"
        "Orme worked in Kelby with Otto Hale from 1907 and became a professor there in 1926.\n"
    )
    doc = parse_document(copy, markdown=True)
    assert doc.title == "Lise Orme"
    answers = {str(getattr(q, "answer", "")) for q in draft_of(copy, markdown=True)}
    texts = " ".join(str(getattr(q, "text", "")) for q in draft_of(copy, markdown=True))
    assert "Orme" not in answers and "c1::Orme" not in texts  # the article's own subject


def test_a_wiki_heading_that_names_a_style_before_its_noun_is_a_heading():
    text = (
        "Baroque\n\nThe Baroque is a style of art and architecture that flourished in Europe.\n\n"
        "Italian Baroque architecture\n\n"
        "(1626–1650)]] The first building in Rome to have a Baroque facade was the Gesù.\n\n"
        "German architect Ernst May\n\n"
        "Spanish Baroque architecture\n\n"
        "The first major work in the style was the San Isidro Chapel in Madrid, begun in 1643.\n"
    )
    doc = parse_document(text)
    assert [p.section for p in doc.paragraphs] == [
        "Introduction",
        "Italian Baroque architecture",
        "Spanish Baroque architecture",
    ]
    assert "German architect Ernst May" in doc.dropped


def test_a_heading_over_a_grid_table_still_heads_the_text_after_it():
    text = (
        "Classical element\n\nThe classical elements were held to make up all matter.\n\n"
        "China\n\nThe Chinese had five elements, which were understood as kinds of energy.\n\n"
        "Greece\n\n+-------------------------+\n| Aristotelian elements   |\n"
        "+-------------------------+\n\n"
        "The ancient Greek concept of five basic elements dates from pre-Socratic times.\n"
    )
    doc = parse_document(text, markdown=True)
    assert [p.section for p in doc.paragraphs] == ["Introduction", "China", "Greece"]
