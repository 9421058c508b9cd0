"""Facts of a sentence: dates of any era, what is no year, counts that are no facts, and the
checks that keep a fact from being a fair question."""

from __future__ import annotations

import pytest

from quiz.authoring.drafting.checks import states_no_fact
from quiz.authoring.drafting.counts import computable
from quiz.authoring.drafting.dates import date_facts
from quiz.authoring.drafting.numbers import numeric_facts
from quiz.authoring.drafting.referents import STRONG, WEAK, leaning


def _dates(sentence: str) -> list[tuple]:
    return [(f.kind, f.text, f.era, f.when[0] if f.when else None) for f in date_facts(sentence)]


@pytest.mark.parametrize(
    ("sentence", "facts"),
    [
        ("Rome was founded in 753 BC and sacked in AD 410.",
         [("year", "753", "BC", -753), ("year", "410", "", 410)]),
        ("Humans lived there by 13,000 BCE; the temple dates from c. 3500 B.C.",
         [("year", "13,000", "BC", -13000), ("year", "3500", "BC", -3500)]),
        ("The Achaemenid Empire (550–330 BC) ruled three continents.",
         [("period", "550–330", "BC", -550)]),
        ("Estimates run from year 1 C.E. to 1348, and the caliphate began in 730 C.E.",
         [("year", "1", "", 1), ("year", "1348", "", 1348), ("year", "730", "", 730)]),
        ("He was born on January 9, 1878 and wrote between 1942 and 1945 and in the 1950s.",
         [("year", "1878", "", 1878), ("period", "1942 and 1945", "", 1942),
          ("decade", "1950s", "", 1950)]),
        ("RFC 2068 and the Windows 2000 release ran on an IBM 701 (see p. 1954).", []),
        ("In 1929 prices fell, while 1500 people left the town.", [("year", "1929", "", 1929)]),
        ("Suzanne Houk (2000) argued that Behaviorism (1924) was popular.",
         [("year", "1924", "", 1924)]),
        ("In the first half of the 1800s the town grew.", []),
    ],
)  # fmt: skip
def test_dates_of_any_era_and_what_is_no_year(sentence, facts):
    assert _dates(sentence) == facts


@pytest.mark.parametrize(
    ("sentence", "facts"),
    [
        ("They had two sons and twenty-three grandchildren.",
         [("count", "two", 2.0, "sons"), ("count", "twenty-three", 23.0, "grandchildren")]),
        ("These two technologies and the three countries are references back.", []),
        ("Two years later the sum had doubled to 90 million crowns.",
         [("money", "90", 90.0, "million crowns")]),
        ("China, with 1.3 billion people, had 2.4 times the income, at age 80.",
         [("count", "1.3", 1.3, "billion people"), ("ratio", "2.4", 2.4, "times"),
          ("age", "80", 80.0, "years old")]),
        ("Growth rates of 11% to 12% were common.", [("range", "11% to 12%", 11.0, "percent")]),
    ],
)  # fmt: skip
def test_counts_and_quantities(sentence, facts):
    found = [(f.kind, f.text, f.value, f.unit) for f in numeric_facts(sentence)]
    assert found == facts


@pytest.mark.parametrize(
    "sentence",
    [
        "Some notable languages that were developed in this period include:",
        "What were economic conditions like before 1870?",
        "If you have $100, you have the right to use that money.",
        "Visit this website to read about the 1960s.",
        "[link] also shows relative global equality for almost 1,300 years.",
        "Table 3.2 shows the 40 largest ports of 1900.",
        "jasnell - James M Snell <jasnell@gmail.com> (he/him)",
        "Joyee Cheung, the maintainer of the build (she/her), reviews every release branch.",
    ],
)
def test_sentences_that_state_no_fact(sentence):
    assert states_no_fact(sentence)


def test_a_stated_fact_is_a_fact():
    assert not states_no_fact("In 1913 Watson published the article.")
    assert not states_no_fact("One might consider the experiment one of the most controversial.")


def test_numbers_the_sentence_computes_give_themselves_away():
    text = "The fleet of 120 ships lost 17 ships, leaving 103 ships to sail home in 1588."
    facts = {f.text: f for f in numeric_facts(text)}
    assert {t for t, f in facts.items() if computable(f, text)} == {"120", "17", "103"}
    assert not computable(facts["1588"], text)
    share = "The party won 40 percent of the seats and the rest, 60 percent, went to others."
    assert computable(numeric_facts(share)[0], share)
    sons = "They had two sons, William Rayner Watson (1921) and James Watson (1924), in Velden."
    assert computable(numeric_facts(sons)[0], sons)  # the list counts them
    assert not computable(
        numeric_facts("They had two sons in Velden.")[0], "They had two sons in Velden."
    )


def test_texts_that_lean_on_what_came_before():
    assert leaning("This army crossed the river in 1410.") == STRONG
    assert leaning("In 1410 these soldiers crossed the river.") == WEAK
    assert leaning("He left the town in 1410.") == STRONG
    assert leaning("The army of Brill crossed the river in 1410.") == ""


def test_an_amount_in_the_thousands_is_no_year():
    assert date_facts("Boers settled there, the Boer population being about 2000.") == []
    assert [f.text for f in date_facts("The fort was built about 1850 by the Portuguese.")] == [
        "1850"
    ]


def test_a_decades_shorthand_after_a_decade_is_no_seconds():
    from quiz.authoring.drafting.numbers import numeric_facts

    facts = numeric_facts("Improv grew in the 1940s, 50s, and 60s in Chicago.")
    assert [f.unit for f in facts if f.unit] == [], facts
    assert [f.unit for f in numeric_facts("The pulse lasts 50s before the next one.")] == [
        "seconds"
    ]
