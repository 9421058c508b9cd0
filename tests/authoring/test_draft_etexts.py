"""Project Gutenberg e-texts as they are stored: credits, capitals, illustrations (round 17r)."""

from __future__ import annotations

from draft_texts import draft_of

from quiz.authoring.drafting.document import parse_document
from quiz.authoring.drafting.name_runs import name_spans

ETEXT = """\



Produced by Anna Berg, Tomas Reed and the DP Team



[Illustration: Plate 1--THE HARBOUR. Frontispiece

In the Velden Museum. No. 1601. (0.77 x 0.53)]


RALPH ORME


By MAURICE W. HALE


Illustrated With Eight Reproductions in Colour


LIST OF ILLUSTRATIONS

Plate I. The Harbour, 1822.

Plate II. The Old Pier, 1830.


HIS EARLY WORK

In 1822 Orme founded the Velden Survey Office, which mapped the whole coast.

FROM HIS RETURN TO VELDEN (OCTOBER 2, 1836) TO HIS MARRIAGE (JANUARY 29,
1839.)

In 1837 Orme published the first tide tables of the Velden coast.
"""


def test_an_etexts_credits_illustrations_and_lists_are_set_aside_and_capitals_head():
    doc = parse_document(ETEXT, fallback_title="orme")
    assert doc.title == "RALPH ORME"
    assert doc.sections == (
        "HIS EARLY WORK",
        "FROM HIS RETURN TO VELDEN (OCTOBER 2, 1836) TO HIS MARRIAGE (JANUARY 29, 1839.)",
    )
    text = " ".join(p.text for p in doc.paragraphs)
    for residue in ("Produced", "Museum", "HALE", "Illustrated", "Plate"):
        assert residue not in text, residue
    cited = [c.section for q in draft_of(ETEXT) for c in q.citations]
    assert sorted(set(cited)) == sorted(doc.sections), cited


def test_names_keep_their_particles_and_a_faith_is_no_one():
    sentence = "Gropius chose Ludwig Mies van der Rohe; Beatrice d'Este and Piero della Francesca."
    assert [n for n, _ in name_spans(sentence)] == [
        "Gropius",
        "Ludwig Mies van der Rohe",
        "Beatrice d'Este",
        "Piero della Francesca",
    ]
    text = (
        "# The Society\n\n## Members\n\n"
        "Samuel Galton, a Quaker, joined the society in 1768 and built its first hall.\n\n"
        "Josiah Wedgwood founded the pottery works at Etruria with Thomas Bentley.\n\n"
        "Matthew Boulton built the Soho Manufactory at Handsworth with John Fothergill.\n\n"
        "Erasmus Darwin wrote the poem The Botanic Garden at Lichfield for the society.\n"
    )
    for q in draft_of(text, markdown=True):
        assert "Quaker" not in [str(o) for o in getattr(q, "options", None) or []], q


def test_page_anchors_shillings_and_a_number_set_as_math():
    from quiz.authoring.drafting.myst import read_myst
    from quiz.authoring.drafting.numbers import numeric_facts
    from quiz.authoring.drafting.text import without_footnotes

    assert without_footnotes("a memorable one. [Pg 23] The captain [Pg xii] sailed.") == (
        "a memorable one.  The captain  sailed."
    )
    assert not numeric_facts("The fares are fixed at 4s. for the best cabin, 3s. for the rest.")
    assert [f.unit for f in numeric_facts("The flash lasts 4s and then fades away.")] == ["seconds"]
    assert read_myst("A $1$ in the corner; it cost $20 and $6 billion.") == (
        "A … in the corner; it cost $20 and $6 billion."
    )


def test_a_parts_numeral_heads_it_and_a_spaced_era_is_one_date():
    from quiz.authoring.drafting.dates import date_facts
    from quiz.authoring.drafting.sentences import split_sentences
    from quiz.authoring.drafting.text import normalise

    book = (
        "THE ANCIENT NATIONS\n\nThe nations of the east made music long before the Greeks did.\n\n"
        "                                   I\n\n"
        "A harp from about 1800 B. C. was found in a tomb at Beni-Hassan in Egypt.\n\n"
        "                                   II\n\n"
        "The kinnor of the Hebrews was a lyre of ten strings, played with a plectrum.\n"
    )
    doc = parse_document(book)
    assert doc.sections == ("Introduction", "I", "II")
    (harp,) = date_facts(normalise(doc.paragraphs[1].text))
    assert (harp.text, harp.era) == ("1800", "BC")
    assert len(split_sentences("It uses Rec. 709 chromaticities and a D65 white point.")) == 1


def test_a_case_reports_page_ends_no_sentence():
    from quiz.authoring.drafting.sentences import split_sentences

    text = "In People v. Smith, 102 Ill. 380, the court held it void. The law was then repealed."
    assert split_sentences(text) == [
        "In People v. Smith, 102 Ill. 380, the court held it void.",
        "The law was then repealed.",
    ]


def test_a_tables_label_and_title_and_a_version_note_are_no_headings_and_boiling_is_known():
    text = (
        "FEED WATER\n\n\nAll natural waters contain some impurities which, when brought into a "
        "boiler, appear as solids; the carbonates are precipitated by boiling at 212 degrees.\n\n"
        "                    TABLE 16\n\n"
        "    REAGENTS REQUIRED IN LIME AND SODA PROCESS\n"
        "     FOR TREATING 1000 U. S. GALLONS OF WATER\n\n"
        "The lime process was first used in 1841 by Thomas Clark of Aberdeen to soften water.\n"
    )
    doc = parse_document(text, fallback_title="feed")
    assert doc.sections == ("Introduction",), doc.sections
    asked = {str(getattr(q, "answer", "")) for q in draft_of(text)}
    assert "212" not in asked
    note = "Points\n======\n\nNew in Kit 1.7.1\n\nA point has zero area and zero length in 1998.\n"
    assert parse_document(note, rest=True).sections == ("Introduction",)


def test_a_capitalised_run_in_head_is_a_section_and_greenland_is_no_person():
    from quiz.authoring.drafting.names import NameIndex

    text = (
        "DUTCH PAINTING\n\n\nThe Dutch school began in the sixteenth century and grew rich "
        "in 1650.\n\nTHE GENRE PAINTERS: This heading embraces the painters of daily life, "
        "such as Dou in 1640.\n"
    )
    assert parse_document(text).sections == ("Introduction", "THE GENRE PAINTERS")
    index = NameIndex(["Peary and Henson sailed for Greenland, and he wrote to Bartlett."])
    assert index.kind("Greenland") != "person"
