"""Who a "he" or "his" means: written in where the paragraph makes it certain, never guessed."""

from __future__ import annotations

import pytest
from draft_texts import draft_of

from quiz.authoring.drafting.antecedents import Antecedents
from quiz.authoring.drafting.document import parse_document
from quiz.authoring.drafting.names import NameIndex
from quiz.authoring.drafting.spots import spots_of

BACH = (
    "The composer Johann Sebastian Bach was born in Eisenach in 1685.",
    "His parents died early, and the boy learned the organ in Ohrdruf.",
)


def named(*sentences: str, topic: str | None = None) -> tuple[list[str], str | None]:
    """The sentences of one paragraph with their pronouns named, and the topic handed on."""
    resolver = Antecedents(NameIndex(sentences))
    out, handed = resolver.paragraph(sentences, topic)
    return [n.text for n in out], handed


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("In 1723 he became Cantor in Leipzig.", "In 1723 [Bach] became Cantor in Leipzig."),
        ("On 28 July 1750 he died in Leipzig.", "On 28 July 1750 [Bach] died in Leipzig."),
        ("Of his works, the Mass in B minor is the best known.", "Of [Bach's] works, the"),
        ("His music was neglected after 1750.", "[Bach's] music was neglected"),
        ("Of his sons, Carl Philipp Emanuel is the best known.", "Of [Bach's] sons, Carl"),
    ],
)
def test_the_paragraphs_one_subject_is_written_in_for_its_pronoun(sentence, written):
    texts, _ = named(BACH[0], sentence)
    assert texts[1].startswith(written)


@pytest.mark.parametrize(
    "paragraph",
    [
        # two people: "he" could be either
        ("The composer Bach met the composer Haendel in Halle.", "In 1723 he moved to Leipzig."),
        # a subject who is not a person the document knows
        ("Much later in life he wrote an opera, in 1732.",),
        # a stranger may be whom the "he" means
        (BACH[0], "By three, the child needed no help with his letters."),
        # the sentence names the person itself: the pronoun points ahead
        (BACH[0], "When he was ten, Bach lost his parents."),
        # the pronoun is the other sex of the person's title
        ("Queen Anne reigned from 1702.", "In 1714 he came to London."),
        # the person named after the pronoun's phrase is whom it means
        (BACH[0], "During his four voyages, the captain Halm logged 680 days."),
        # a name opening the sentence before the pronoun may be whom it means
        (BACH[0], "Morley in his Introduction, printed in 1597, speaks of the dances."),
    ],
)
def test_no_person_is_guessed(paragraph):
    texts, _ = named(*paragraph)
    assert texts == list(paragraph)


def test_a_new_subject_taking_over_from_the_paragraphs_person_stops_the_guess():
    texts, _ = named(
        BACH[0],
        "In 1703 he went to Arnstadt.",
        "The organist Kuhnau wrote the Bible sonatas in 1700.",
        "In 1723 he became cantor.",
    )
    assert texts[1] == "In 1703 [Bach] went to Arnstadt."
    assert texts[3] == "In 1723 he became cantor."


def test_after_a_kinsman_the_next_he_is_not_guessed():
    texts, _ = named(BACH[0], "His son was born in 1714.", "He died in 1788.")
    assert texts[1:] == ["[Bach's] son was born in 1714.", "He died in 1788."]


def test_a_paragraph_about_one_person_hands_them_to_the_next_and_a_mixed_one_does_not():
    _, handed = named(BACH[0], "In 1703 he went to Arnstadt.")
    assert handed == "Johann Sebastian Bach"
    texts, _ = named("In 1723 he became Cantor.", topic=handed)
    assert texts == ["In 1723 [Bach] became Cantor."]
    _, mixed = named(BACH[0], "The composer Haendel was born in Halle in the same year.")
    assert mixed is None


def test_the_name_written_in_is_shown_never_asked_and_the_sentence_stands_alone():
    text = """\
# Lives

The composer Johann Sebastian Bach was born in Eisenach in 1685. The composer Haendel
was born in Halle in 1685. Haendel moved to London in 1712.

The organist Johann Pachelbel taught in Erfurt. The composer Bach was the cantor of
Leipzig. On 28 July 1750 he died there of a stroke, after an operation in 1749.
"""
    spot = next(s for s in spots_of(parse_document(text)) if "1750" in s.sentence)
    assert spot.sentence.startswith("On 28 July 1750 [Bach] died")
    assert all("Bach" not in f.text for f in spot.facts) and spot.has_referent
    asked = [q for q in draft_of(text) if "1750" in q.id]
    assert asked and all("[Bach]" in str(q) for q in asked)
    assert all("Bach" not in str(getattr(q, "answer", "")) for q in asked)


def test_a_paragraph_opening_on_a_pronoun_nobody_can_name_asks_nothing():
    text = """\
# Lives

The composer Bach met the composer Haendel in Halle in 1719. Haendel was then in London.

He became the cantor of the St. Thomas School in 1723, a post he kept to his death.
"""
    assert not [q for q in draft_of(text) if "1723" in q.id]  # "Haendel ... He became"


def test_a_person_of_a_town_is_written_in_by_name_not_by_town():
    text = (
        "The bureau\n\nBeginnings\n\n"
        "It was a Pierce of Boston who pointed out the way to the new bureau in 1863. "
        "He was a firm friend of the Secretary of the Treasury for many years after 1860.\n"
    )
    asked = " ".join(q.prompt_text for q in draft_of(text))
    assert "[Boston]" not in asked, asked


def test_what_the_subject_is_said_to_be_brings_in_no_one_and_a_place_is_no_one_named():
    texts, _ = named(
        "The physicist Robert Hooke was a scientist and a curator of the Royal Society.",
        "His works range from astronomy and physics to biology.",
        "He was born in Freshwater, England on the Isle of Wight in 1635.",
    )
    assert texts[1:] == [
        "[Robert Hooke's] works range from astronomy and physics to biology.",
        "[Robert Hooke] was born in Freshwater, England on the Isle of Wight in 1635.",
    ]
    texts, _ = named(
        "Bach met a stranger in Halle in 1719.",
        "He gave the stranger a letter for Haendel.",
    )
    assert texts[1] == "He gave the stranger a letter for Haendel."


def test_the_person_a_he_succeeds_is_no_topic_nor_is_anyone_after_an_unknown_subject():
    text = (
        "Mark Carney assumed the post of Governor of the Bank of England on 1 July 2013. He "
        "succeeded Mervyn King, who took over on 30 June 2003. Carney, a Canadian, will serve "
        "an initial five-year term. He became the first Governor not to be a UK citizen. At "
        "Government request, his term was extended to 2019, then again to 2020."
    )
    said = " ".join(
        str(getattr(q, "prompt", None) or getattr(q, "text", None) or q.statement)
        for q in draft_of(text)
        if hasattr(q, "prompt") or hasattr(q, "text") or hasattr(q, "statement")
    )
    assert "[Mervyn King" not in said and "[King" not in said, said
