"""What a scholarly text carries besides its facts: citations, formulas, page references."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from draft_texts import draft_of, sections_of

from quiz.authoring.drafting.checks import unfit_to_swap
from quiz.authoring.drafting.counts import counts_its_list
from quiz.authoring.drafting.distractors import Pools, absurd_swap, pool_of
from quiz.authoring.drafting.document import parse_document
from quiz.authoring.drafting.facts import Fact
from quiz.authoring.drafting.numbers import numeric_facts
from quiz.authoring.drafting.pages import strip_pages
from quiz.authoring.drafting.text import without_citations, without_pointers
from quiz.cli import cli

CITING = """\
# Sleep and Recall

## Spindles

Sleep spindles help bind new memories (Ortega, 1996). Vance and Pole (2004) recorded
spindles in 40 sleepers. Recall improved after naps (Hale & Cord, 2008; Ibsen et al., 2011).
The Treaty of Lund (1873) named the first sleep clinic, and LISP (1958), a language, was
not used. Brandt et al. (2015, p. 12) argued that spindles peak in 1990 studies [Mora 1999].
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Naps help (Ortega, 1996).", "Naps help."),
        ("Naps help (Hale & Cord, 2008; Ibsen et al., 2011) a lot.", "Naps help a lot."),
        ("Vance and Pole (2004) recorded it.", "Vance and Pole recorded it."),
        ("Brandt et al. (2015, p. 12) argued so.", "Brandt et al. argued so."),
        ("as shown [Mora 1999] and [3, 4].", "as shown and ."),
        ("The Treaty of Lund (1873) named it.", "The Treaty of Lund (1873) named it."),
        ("LISP (1958), a language", "LISP (1958), a language"),
        ("Ada Lyle (1921) and Ben Lyle (1924) were", "Ada Lyle (1921) and Ben Lyle (1924) were"),
    ],
)
def test_citations_go_and_dated_things_keep_their_year(text, expected):
    assert without_citations(text) == expected


def test_no_question_asks_a_year_that_only_a_citation_gives():
    questions = draft_of(CITING, markdown=True)
    asked = " ".join(repr(q) for q in questions)
    for year in ("1996", "2004", "2008", "2011", "2015", "1999"):
        assert year not in asked
    sentences = [s for p in parse_document(CITING, markdown=True).paragraphs for s in p.sentences]
    assert "Vance and Pole recorded spindles in 40 sleepers." in sentences


RST = """\
##############
Tidal Mills
##############

.. meta::
   :description: A page about mills.

.. _mills:

Tidal mills ground grain with the
power of the tide. The first mill on the Rance estuary opened in
1180 and was driven by a pond of 20 hectares.

Later Mills
===========

.. note::
   :class: tip

   Millers paid a toll of one sack in
   ten to the abbey.

.. code-block:: python

   print("Opened in 1066")

The mill at Eling runs ``today`` and a :term:`sluice` holds
the water, as `the trust <https://example.org>`__ says::

   opened 1418

.. glossary::

   sluice
      a gate that holds back the water of a
      mill pond

   millrace
      the channel that carries water to the wheel
"""


def test_a_rest_page_keeps_its_sentences_whole_its_glossary_and_drops_its_directives():
    document = parse_document(RST, rest=True)
    assert document.title == "Tidal Mills"
    assert document.sections == ("Introduction", "Later Mills")
    sentences = [s for p in document.paragraphs for s in p.sentences]
    assert sentences == [
        "Tidal mills ground grain with the power of the tide.",
        "The first mill on the Rance estuary opened in 1180 and was driven by a pond of 20"
        " hectares.",
        "Millers paid a toll of one sack in ten to the abbey.",
        "The mill at Eling runs today and a sluice holds the water, as the trust says:",
    ]
    assert {(e.term, e.definition) for e in document.glossary} == {
        ("sluice", "a gate that holds back the water of a mill pond"),
        ("millrace", "the channel that carries water to the wheel"),
    }
    assert not any("1066" in s or "1418" in s or "description" in s for s in sentences)


def test_quiz_draft_takes_a_rest_file(tmp_path):
    (tmp_path / "mills.rst").write_text(RST, encoding="utf-8")
    result = CliRunner().invoke(cli, ["draft", str(tmp_path / "mills.rst")])
    assert result.exit_code == 0, result.output
    assert "front: sluice" in result.output
    assert "section: Later Mills" in result.output


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        ("The Tovar constant, 6.2 × 10⁻¹¹ J, was fixed in 1931.", ["1931"]),
        ("Its ratio (2.4 × 10^12 m/s) was found in 1887.", ["1887"]),
        ("a charge of 4.1 × 10−21 C in 1922", ["1922"]),
        ("10−21 C), two beads (2 times 4.1 ×", []),
        ("The yield fell by 12−15 percent after 1950.", ["12−15 percent", "1950"]),
    ],
)
def test_numbers_of_a_formula_are_never_asked(sentence, asked):
    assert [f.text for f in numeric_facts(sentence)] == asked


def test_a_power_in_sup_is_read_as_a_power_not_a_year():
    text = "# Rays\n\nIn 1911 the ratio 1.8 × 10<sup>11</sup> C/kg was confirmed by Ilse Varga.\n"
    sentences = [s for p in parse_document(text, markdown=True).paragraphs for s in p.sentences]
    assert sentences == ["In 1911 the ratio 1.8 × 10¹¹ C/kg was confirmed by Ilse Varga."]
    assert [f.text for f in numeric_facts(sentences[0])] == ["1911"]


def test_the_page_of_a_quotations_source_is_no_page_to_cite():
    text = (
        "# Rays\n\n## Foil\n\nOrla Kern wrote of the result: “It was like a shell bouncing off"
        " paper” (p. 212). In 1911 she proposed a small dense core.\n"
    )
    (para,) = parse_document(text, markdown=True).paragraphs
    assert (para.page, para.locator.label) == (None, "Foil")
    assert para.sentences[0].endswith("paper”.")
    assert strip_pages("Notes on the fleet (p.12)") == ("Notes on the fleet", "12")


@pytest.mark.parametrize(
    ("sentence", "following", "given_away"),
    [
        ("Three glands take part in it: the thyroid, the adrenal and the pineal.", "", True),
        ("Digestion involves two organs — the stomach and the liver.", "", True),
        ("The guild kept three rules:", "Never sell on Sundays.", True),
        ("The reform brought two changes.", "First, tolls were halved.", True),
        ("Three glands grew larger in 1990, as the survey showed.", "Then they shrank.", False),
        ("Four ships sailed: the Ada and the Bell.", "", False),
        ("Hand each pupil two cards of different shades, e.g., blue and grey.", "", True),
        ("The only two edits to the form are the date and the signature.", "", True),
    ],
)
def test_a_count_whose_items_follow_it_is_not_asked(sentence, following, given_away):
    (count,) = [f for f in numeric_facts(sentence) if f.kind == "count"]
    assert counts_its_list(count, sentence, following) is given_away


def test_a_false_statement_swaps_only_a_name_of_the_same_kind():
    firm = "The board hired a private firm, Varn & Oste, in 1971."
    varn = Fact("firm", "Varn", firm.index("Varn"))
    assert unfit_to_swap(varn, firm)
    since = "In the two centuries since Tomas Egg drew the first chart, maps improved."
    assert unfit_to_swap(Fact("person", "Tomas Egg", since.index("Tomas")), since)
    drew = "Tomas Egg drew the first chart of the bay."
    assert not unfit_to_swap(Fact("person", "Tomas Egg", 0), drew)
    pools = Pools([])
    assert absurd_swap(pools, Fact("firm", "NPRA", 0), Fact("firm", "Varn", 0))
    assert not absurd_swap(pools, Fact("firm", "Oste", 0), Fact("firm", "Varn", 0))
    assert pool_of(Fact("firm", "NPRA", 0)) != pool_of(Fact("firm", "Varn", 0))


def test_a_citation_with_a_page_after_a_colon_and_a_reading_list_ask_nothing():
    assert without_citations("Guitar introductions are Phrygian. (Rossy 1998:92)") == (
        "Guitar introductions are Phrygian."
    )
    text = (
        "# Danza Azteca\n\nThe dance grew in Mexico City in the 1970s, led by teachers of the "
        "Conchero tradition.\n\n"
        "### Recommended Readings\n\nNájera-Ramírez, Olga, and Brenda M. Romero, eds. 2009. "
        "*Dancing Across Borders*. Urbana: University of Illinois Press.\n\n"
        "### Digital Resources\n\nThe archive of the 1985 festival holds 120 recordings.\n"
    )
    assert sections_of(text, markdown=True) == {"Introduction"}


def test_an_html_books_note_calls_section_marks_and_house_numbers_are_no_facts():
    from quiz.authoring.drafting.dates import date_facts

    text = (
        "# Commentaries\n\n"
        '<a id="0001">\n</a>\n<b>\n§ 1.\n</b>\nTHE discovery of America awakened the States of '
        'Europe.\n<a href="#002">\n<b>\n<sup>\n2\n</sup>\n</b>\n</a>\nThe ambition of Henry the '
        "Seventh was roused, and in 1495 he granted a commission to John Cabot. § 6. The Pope "
        "had granted the lands in 1493.\n"
    )
    (para,) = parse_document(text, markdown=True).paragraphs
    assert para.text == (
        "THE discovery of America awakened the States of Europe. The ambition of Henry the "
        "Seventh was roused, and in 1495 he granted a commission to John Cabot. The Pope had "
        "granted the lands in 1493."
    )
    assert not date_facts("Results: 1919 Ymca Lane, Minnetonka, MN, USA")
    assert [f.text for f in date_facts("By 1930 Main Street had changed.")] == ["1930"]


def test_works_cited_in_the_text_r_markdown_chunks_and_odd_note_labels_ask_nothing():
    from quiz.authoring.drafting.boilerplate import is_reference_line
    from quiz.authoring.drafting.myst import read_myst

    assert (
        without_pointers("In 1896, Armstrong [-@armstrong1894] asked.")
        == "In 1896, Armstrong asked."
    )
    assert without_citations("Hoover and Todd (2004) provide a useful discussion.") == (
        "Hoover and Todd provide a useful discussion."
    )
    assert is_reference_line("Cubasch, U., D. Wuebbles, D. Chen, 2013: Introduction. In: AR5.")
    assert not is_reference_line("Lincoln, Nebraska, was founded in 1856 by settlers.")
    assert read_myst('We use `r ttcode("AER")` on `r nrow(CASchools)` rows.') == (
        "We use `AER` on … rows."
    )
    text = (
        "# Regression Models {#rmwmr}\n\nThe model adds a second regressor, as in 1990.\n\n"
        "```{r}\n# load the AER package\nlibrary(AER)\n```\n\n## Omitted Variable Bias\n\n"
        "Omitted variable bias arises when a relevant regressor is left out of the model.\n"
    )
    assert parse_document(text, markdown=True).title == "Regression Models"
    titled = parse_document(
        "# The New York Gold Conspiracy[^/100]\n\nGould bought gold.\n", markdown=True
    )
    assert titled.title == "The New York Gold Conspiracy"
