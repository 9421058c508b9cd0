"""A life's small milestones are not dated; its works, offices and firsts are."""

from __future__ import annotations

from draft_texts import draft_of

LIFE = """\
# Ralph Orme

## Life

Orme entered Kelby College in 1808 and attended the geological lectures of Thomas Hale.
In 1812 Orme married Anne Dale, the daughter of a Kelby shipowner.
Orme was knighted in 1848, and the Geological Society elected him a fellow in 1850.
A postage stamp in his honour was issued by the Velden post in 1961.
Orme was baptized a Lutheran in 1809, and in 1846 he was named Man of the Year by the Herald.
The Ralph Orme Prize, first given in 1997, is named after him.
Since his 1890 death he has received many naming honours from the coast towns.

## Work

In 1822 Orme published the Tide Tables of Velden, the first printed tables of the coast.
In 1830 the Velden Survey appointed Orme its chief surveyor, a post he held for life.

## Honours

In 1836 Orme became the first surveyor elected a fellow of the Kelby Academy.
"""


def test_a_lifes_milestones_give_no_date_questions_but_its_deeds_do():
    asked = {str(getattr(q, "answer", "")) for q in draft_of(LIFE, markdown=True)}
    shown = " ".join(
        str(getattr(q, "prompt", "") or getattr(q, "text", "") or getattr(q, "statement", ""))
        for q in draft_of(LIFE, markdown=True)
    )
    for year in ("1808", "1812", "1848", "1850", "1961", "1809", "1846", "1997", "1890"):
        assert year not in asked and f"c1::{year}" not in shown, year
    for year in ("1822", "1830", "1836"):
        assert year in asked or f"c1::{year}" in shown, (year, asked, shown)


CHRONICLE = """\
# The Harbour Act

The Harbour Act was passed on 5 April 1710 and gave the town its first harbour board.

## Passage

The merchants urged the council to pass the bill, and it had its second reading on 9 February 1710.
A committee met to amend the bill on 21 February 1710, with further changes made in March.
On 2 March 1711 the harbour board was founded by the merchants of Velden.

## Later history

The harbour board was replaced by a port authority in 1842 after a long dispute.
"""


def test_a_chronicles_steps_past_the_introduction_are_not_dated():
    drafted = draft_of(CHRONICLE, markdown=True)
    said = " ".join(q.explanation or "" for q in drafted)
    assert "second reading" not in said and "committee met" not in said, said
    assert "passed on 5 April 1710" in said  # the introduction's date stays
    assert "harbour board was founded" in said  # an epoch stays
    assert "port authority in 1842" in said  # a year alone stays


def test_a_year_that_opens_or_closes_a_period_asked_is_that_period_again():
    text = (
        "# Velden School\n\nThe Velden School was an art school in Weimar from 1919 to 1933.\n\n"
        "## History\n\nThe school in Weimar was founded in 1919 by Walter Gropius as a merger.\n"
    )
    for q in draft_of(text, markdown=True):
        asked = f"{getattr(q, 'answer', '')} {getattr(q, 'text', '')}"
        assert not ("founded in 1919" in (q.explanation or "") and "1919" in asked), q


def test_a_section_offers_its_first_two_dates_and_the_introduction_all():
    years = [1801, 1812, 1823, 1834, 1845]
    intro = " ".join(
        f"In {y} the town of Velden built harbour wall number {i}." for i, y in enumerate(years, 1)
    )
    body = " ".join(
        f"In {y + 1} the town of Kelby repaired quay number {i}." for i, y in enumerate(years, 1)
    )
    text = f"# Harbours\n\n{intro}\n\n## Kelby\n\n{body}\n"
    dated = [q for q in draft_of(text, markdown=True) if "dates" in q.tags]
    sections = [c.section for q in dated for c in q.citations]
    assert sections.count("Kelby") == 2 and sections.count("Introduction") >= 4, sections


def test_a_sections_dates_of_makings_are_all_offered():
    inventions = " ".join(
        f"In {1800 + 5 * i} the engineer Anna Berg invented machine number {i} at Kelby."
        for i in range(1, 5)
    )
    text = (
        f"# Machines\n\nThe machines of Kelby changed the town.\n\n## Inventions\n\n{inventions}\n"
    )
    dated = [q for q in draft_of(text, markdown=True) if "dates" in q.tags]
    assert len(dated) >= 3, [q.explanation for q in dated]
