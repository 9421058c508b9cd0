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

## Work

In 1822 Orme published the Tide Tables of Velden, the first printed tables of the coast.
In 1830 the Velden Survey appointed Orme its chief surveyor, a post he held for life.
In 1836 Orme became the first surveyor elected a fellow of the Kelby Academy.
"""


def test_a_lifes_milestones_give_no_date_questions_but_its_deeds_do():
    asked = {str(getattr(q, "answer", "")) for q in draft_of(LIFE, markdown=True)}
    shown = " ".join(
        str(getattr(q, "prompt", "") or getattr(q, "text", "") or getattr(q, "statement", ""))
        for q in draft_of(LIFE, markdown=True)
    )
    for year in ("1808", "1812", "1848", "1850", "1961"):
        assert year not in asked and f"c1::{year}" not in shown, year
    for year in ("1822", "1830", "1836"):
        assert year in asked or f"c1::{year}" in shown, (year, asked, shown)
