"""`quiz draft`: documents the tests write themselves become draft decks that load."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from quiz.cli import cli
from quiz.drafting.candidates import draft_questions
from quiz.drafting.document import page_label, parse_document, split_sentences
from quiz.drafting.numbers import numeric_facts
from quiz.drafting.writer import DraftOptions, deck_yaml, draft_deck
from quiz.loader import read_deck
from quiz.model import Choice, Cloze, Numeric, Order, TrueFalse, cloze_answered

ARTICLE = """\
How the Lakeside Railway was built

Northern Herald (Photo: Anna Berg/Archive)
In the early 1880s the town of Brill had no railway at all. Its merchants wanted one badly.

Money from the capital

By 1881 the council had raised 40 million crowns from local banks. Two years later the sum \
grew to 90 million crowns, and in 1885 the state added 25 million crowns.

The Velden Bridge under construction, 1884

According to historian Maria Kessler, the council spent 35 percent of its budget on the line \
in 1883. The firm of Harlow built the engines, the firm of Dunmore supplied the rails and the \
firm of Castell laid the track.

Engineers from abroad

In 1882, engineer Tomas Reed arrived in Brill with a team of 12 surveyors. They mapped the \
ground between Brill and Ostmark in six months.

Engineer Tomas Reed at Ostmark station

Reed wrote that 18 percent of the route ran through marsh. The line opened in 1886, and 3,000 \
passengers rode it in the first week.

Dear readers,

Our website may be blocked soon. To stay up to date with our stories:

  • Subscribe to our weekly newsletter
  • Enable push notifications

Read more

We use cookies on this site. Click here for the details.

Accept all cookies
"""

NOTES = """\
Notes on the river trade


The merchants of Ostmark sold grain to the north.   p.12-3


In 1790 the guild of Ostmark signed a charter with the firm of Harlow.

By 1795 the firm of Dunmore had bought 12 barges.      details   p.40

On 3 May 1801 the guild opened a warehouse at Velden.  p.77-78  and  p.90

(this ends the notes on the guild)

  • Notes on the river trade

    Buy from Example Books
    Also available from all good bookshops.
"""

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


def _draft(text: str, **kw) -> list:
    return draft_questions(parse_document(text, **kw), "rail")


def _by_id(questions: list) -> dict:
    return {q.id: q for q in questions}


# -- reading documents -----------------------------------------------------------------


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
    cited = {q.source.section for q in draft_questions(doc, "canal")}
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


# -- the engine --------------------------------------------------------------------------


def test_expected_candidates_for_a_known_paragraph():
    q = _by_id(_draft(ARTICLE))
    sum_q = q["money-capital-40-million-crowns-numeric"]
    assert isinstance(sum_q, Numeric)
    assert sum_q.prompt == (
        "What sum is missing? By 1881 the council had raised ____ million crowns from local banks."
    )
    assert (sum_q.answer, sum_q.unit, sum_q.draft) == (40, "million crowns", True)
    assert (sum_q.source.id, sum_q.source.section) == ("rail", "Money from the capital")
    year = q["money-capital-1881-numeric"]
    assert year.prompt.startswith("Which year is missing? By ____ the council had raised")
    assert (year.answer, year.unit) == (1881, None)
    cloze = q["money-capital-1883-cloze"]
    assert isinstance(cloze, Cloze)
    assert cloze.text.endswith("of its budget on the line in {{c1::1883::year}}.")
    sums = q["money-capital-40-million-crowns-choice"]
    assert (
        sums.prompt
        == "Which sum fits the gap? By 1881 the council had raised ____ from local banks."
    )
    assert sums.options == ("25 million crowns", "40 million crowns", "90 million crowns")
    assert sums.answer == "40 million crowns"
    survey = q["engineers-abroad-12-surveyors-numeric"]
    assert survey.prompt.startswith("How many surveyors? In 1882, engineer Tomas Reed")
    assert (survey.answer, survey.unit) == (12, "surveyors")


def test_choice_distractors_are_values_of_the_same_kind():
    choices = [q for q in _draft(ARTICLE) if isinstance(q, Choice)]
    assert choices
    years = {"1881", "1882", "1883", "1885", "1886"}
    for q in choices:
        assert len(q.options) >= 3 and q.answer in q.options
        assert "____" in q.prompt
        if q.prompt.startswith("Which year"):
            assert set(q.options) <= years
        elif q.prompt.startswith("Which percentage"):
            assert all(re.fullmatch(r"\d+ percent", o) for o in q.options)
        for wrong in set(q.options) - {q.answer}:
            assert wrong not in q.prompt  # a distractor in plain view helps no one
    year_q = _by_id(choices)["engineers-abroad-1882-choice"]
    assert year_q.options == ("1881", "1882", "1883", "1885")  # the nearest years


def test_names_get_distractors_of_their_own_kind():
    text = (
        "Building the line\n\nHistorian Maria Kessler wrote that engineer Tomas Reed came first. "
        "Later the historian Jon Abel praised the work. Sources name engineer Carl Dorn as well. "
        "The firm of Harlow built the engines. The firm of Dunmore made the rails. "
        "The firm of Castell laid the track in Brill. The firm of Pell painted the stations.\n"
    )
    questions = _draft(text)
    firms = {"Harlow", "Dunmore", "Castell", "Pell"}
    people = {"Maria Kessler", "Tomas Reed", "Jon Abel", "Carl Dorn"}
    name_choices = [q for q in questions if isinstance(q, Choice)]
    assert name_choices
    for q in name_choices:
        kind = firms if q.answer in firms else people
        assert set(q.options) <= kind, q.options


def test_false_statements_swap_one_value_of_the_same_kind():
    doc = parse_document(ARTICLE)
    sentences = [s for p in doc.paragraphs for s in p.sentences]
    statements = [q for q in draft_questions(doc, "rail") if isinstance(q, TrueFalse)]
    assert {q.answer for q in statements} == {True, False}
    for q in statements:
        if q.answer:
            assert any(s in q.statement for s in sentences)
            continue
        original = next(s for s in sentences if _one_word_apart(s, q.statement))
        old, new = _changed(original, q.statement)
        assert old != new and _kind(old) == _kind(new), (old, new)


def _one_word_apart(a: str, b: str) -> bool:
    wa, wb = a.split(), b.split()[-len(a.split()) :]
    return len(wa) == len(wb) and sum(x != y for x, y in zip(wa, wb, strict=True)) == 1


def _changed(a: str, b: str) -> tuple[str, str]:
    wa, wb = a.split(), b.split()[-len(a.split()) :]
    return next((x, y) for x, y in zip(wa, wb, strict=True) if x != y)


def _kind(word: str) -> str:
    word = word.strip(",.")
    return "year" if re.fullmatch(r"1\d{3}", word) else "number" if word[0].isdigit() else "word"


def test_order_puts_the_dated_events_of_a_section_in_sequence():
    text = (
        "Railway history\n\nMilestones\n\nThe line opened to passengers in 1886. "
        "Surveyors first walked the route in 1879. "
        "In 1883 the council approved the budget for the bridge. "
        "The old canal closed in 1891 after years of losses.\n"
    )
    (order,) = [q for q in _draft(text) if isinstance(q, Order)]
    assert order.id == "milestones-order"
    assert order.prompt == "Put these events from “Milestones” in chronological order."
    assert order.items == (
        "Surveyors first walked the route",
        "The council approved the budget for the bridge",
        "The line opened to passengers",
        "The old canal closed after years of losses",
    )


def test_page_citations_and_ids_for_book_notes():
    questions = _draft(NOTES)
    assert {q.source.page for q in questions} <= {"12-13", "40", "77-78, 90"}
    assert all(q.source.section is None for q in questions)
    ids = [q.id for q in questions]
    assert "p40-1790-numeric" in ids
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9-]*", i) for i in ids)
    assert len(ids) == len(set(ids))


def test_cloze_answers_read_back_as_the_sentence():
    doc = parse_document(ARTICLE)
    sentences = {s for p in doc.paragraphs for s in p.sentences}
    for q in draft_questions(doc, "rail"):
        if isinstance(q, Cloze):
            assert any(s in cloze_answered(q.text) for s in sentences)


def test_draft_is_deterministic_across_runs_and_hash_seeds(tmp_path):
    first = deck_yaml(draft_deck(parse_document(ARTICLE), DraftOptions(), name="a.txt"), name="a")
    again = deck_yaml(draft_deck(parse_document(ARTICLE), DraftOptions(), name="a.txt"), name="a")
    assert first == again
    doc = tmp_path / "rail.txt"
    doc.write_text(ARTICLE, encoding="utf-8")
    code = "from quiz import main; main()"
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code, "draft", str(doc)],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(outputs) == 1


# -- the command and the file it writes ------------------------------------------------


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_cli_draft_writes_a_deck_that_loads_with_only_draft_warnings(tmp_path):
    doc = _write(tmp_path, "railway.txt", ARTICLE)
    out = tmp_path / "draft.yaml"
    result = CliRunner().invoke(cli, ["draft", str(doc), "-o", str(out)])
    assert result.exit_code == 0, result.output
    deck, problems = read_deck(out)
    assert deck is not None
    n = len(deck.questions)
    assert result.output == (
        f"wrote {n} draft questions to {out} (10 numeric, 6 true_false, 3 cloze, 2 choice, "
        "1 order)\nreview each one, then remove its draft: true; `quiz check` lists those left\n"
    )
    assert {p.severity for p in problems} == {"warning"}
    assert {p.message for p in problems} == {"draft question; edit it, then remove draft: true"}
    assert deck.id == "railway-draft"
    (source,) = deck.sources
    assert (source.id, source.title, source.publisher) == (
        "source",
        "How the Lakeside Railway was built",
        "unknown",
    )
    assert all(q.draft and q.explanation for q in deck.questions)
    check = CliRunner().invoke(cli, ["check", str(out)])
    assert check.exit_code == 0
    assert check.output.splitlines()[-1] == f"{out}: {n} questions, 0 errors, {n} warnings"


def test_cli_draft_citation_options_and_stdout(tmp_path):
    doc = _write(tmp_path, "notes.txt", NOTES)
    args = ["draft", str(doc), "--author", "Ann Example", "--title", "The River Trade"]
    result = CliRunner().invoke(cli, [*args, "--source-id", "example"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("# Drafted by `quiz draft` from notes.txt.\n")
    assert "  - id: example\n    title: The River Trade\n    author: Ann Example\n" in result.output
    assert "publisher" not in result.output
    assert "    source: {id: example, page: '40'}\n" in result.output


def test_cli_draft_refuses_to_overwrite_without_force(tmp_path):
    doc = _write(tmp_path, "railway.txt", ARTICLE)
    out = _write(tmp_path, "draft.yaml", "edited by hand\n")
    result = CliRunner().invoke(cli, ["draft", str(doc), "-o", str(out)])
    assert (result.exit_code, result.output) == (
        1,
        f"{out}: already exists; choose another name or pass --force\n",
    )
    assert out.read_text() == "edited by hand\n"
    forced = CliRunner().invoke(cli, ["draft", str(doc), "-o", str(out), "--force"])
    assert forced.exit_code == 0 and out.read_text().startswith("# Drafted by")


@pytest.mark.parametrize(
    ("content", "args", "code", "message"),
    [
        (None, [], 2, "{doc}: no such file\n"),
        ("", [], 2, "{doc}: is empty\n"),
        (b"\xff\xfe bad", [], 2, "{doc}: is not UTF-8 (byte 0); save it as UTF-8\n"),
        ("Title\n\nNothing here has a number in it at all.\n", [], 1,
         "doc.txt: found no years, sums, percentages, counts or names to ask about; "
         "nothing to draft\n"),
        (ARTICLE, ["--source-id", "Bad Id"], 2,
         "--source-id 'Bad Id': use lowercase letters, digits and dashes\n"),
    ],
)  # fmt: skip
def test_cli_draft_bad_input(tmp_path, content, args, code, message):
    doc = tmp_path / "doc.txt"
    if isinstance(content, bytes):
        doc.write_bytes(content)
    elif content is not None:
        doc.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(cli, ["draft", str(doc), *args])
    assert (result.exit_code, result.output) == (code, message.format(doc=doc))


def test_yaml_quotes_what_needs_quoting(tmp_path):
    text = (
        'Tricky: quotes\n\nIn 1901 the "Union: North" sold 40 percent #1 of {{c2::x}} shares. '
        "In 1902 it sold 45 percent. In 1903 it sold 50 percent. In 1904: yes, 55 percent.\n"
    )
    doc = _write(tmp_path, "tricky.txt", text)
    out = tmp_path / "tricky.yaml"
    assert CliRunner().invoke(cli, ["draft", str(doc), "-o", str(out)]).exit_code == 0
    deck, problems = read_deck(out)
    assert deck is not None and all(p.severity == "warning" for p in problems)
    prompts = " ".join(q.prompt_text for q in deck.questions)
    assert '"Union: North"' in prompts and "#1" in prompts


# -- distractors of the right kind, and names the rules can classify ----------------------


def test_a_sum_gets_distractors_in_its_own_currency_only():
    text = (
        "Wages and loans\n\nThe workers were paid 10 roubles a week, more than at home. "
        "In 1925 the bank lent the city 100 million marks for the new mill. "
        "By 1930 the debt had reached 900 million marks, a sum nobody could repay. "
        "In 1931 the bank lent the city 50 million marks more for the harbour. "
    )
    questions = _draft(text)
    for q in questions:
        if isinstance(q, Choice) and "roubles" in q.answer:
            pytest.fail(f"a choice on roubles can only have mark distractors: {q.options}")
        if isinstance(q, TrueFalse) and "10 roubles" not in q.statement:
            assert "roubles" not in q.statement, q.statement  # no "100 roubles" swapped in
    marks = [q for q in questions if isinstance(q, Choice) and "marks" in q.answer]
    assert marks and all(all(o.endswith("million marks") for o in q.options) for q in marks)


def test_options_write_every_number_in_digits():
    text = (
        "Boats\n\nIn 1890 the yard built six boats for the navy of the town. "
        "In 1891 the yard built 20 boats for the merchants of the town. "
        "In 1892 the yard built 12 boats for the fishermen of the coast. "
        "In 1893 the yard built three boats for the king of the land. "
    )
    counts = [q for q in _draft(text) if isinstance(q, Choice) and q.answer.endswith("boats")]
    assert counts
    for q in counts:
        assert all(re.fullmatch(r"\d+ boats", o) for o in q.options), q.options


def test_an_age_is_no_duration():
    text = (
        "Letters home\n\nThe letter\n\nThe war lasted four years and ruined the valley completely. "
        "The peace talks went on for nine years before anyone signed. "
        "I am a carpenter by trade, I am 41 years old and married with two children. "
    )
    q = _by_id(_draft(text))
    age = q["letter-41-years-old-numeric"]
    assert (age.answer, age.unit) == (41, "years old")
    assert age.prompt.startswith("How old? I am a carpenter by trade, I am ____ years old")
    assert not any(isinstance(x, Choice) and "41 years" in x.answer for x in q.values())


def test_firms_known_by_apposition_a_contract_or_a_list():
    text = (
        "Partners\n\nThe country’s steel giant, Halberg, was the mill’s main supplier. "
        "In the same years Halberg built three furnaces at the port of Velden. "
        "Norda and Brightwell were keen to invest in the region but wanted cash. "
        "The largest contract of all was signed with Norda on 3 May at the town hall. "
        "The firm of Castell laid the track from Velden to the sea. "
    )
    from quiz.drafting.document import parse_document as parse
    from quiz.drafting.names import FIRM, NameIndex

    doc = parse(text)
    names = NameIndex(s for p in doc.paragraphs for s in p.sentences)
    assert {
        n: names.kind(n) for n in ("Halberg", "Norda", "Brightwell", "Castell")
    } == dict.fromkeys(("Halberg", "Norda", "Brightwell", "Castell"), FIRM)
    firm_qs = [q for q in _draft(text) if "firms" in q.tags]
    assert firm_qs
    for q in firm_qs:
        if isinstance(q, Choice):
            assert set(q.options) <= {"Halberg", "Norda", "Brightwell", "Castell"}


def test_a_deal_with_a_known_person_keeps_him_a_person():
    from quiz.drafting.document import parse_document as parse
    from quiz.drafting.names import PERSON, NameIndex

    text = "Deals\n\nThe minister Karl Brandt said no. In 1920 a deal was signed with Brandt.\n"
    doc = parse(text)
    names = NameIndex(s for p in doc.paragraphs for s in p.sentences)
    assert names.kind("Brandt") == PERSON


def test_capitals_are_places_and_get_capitals_as_distractors():
    from quiz.drafting.document import parse_document as parse
    from quiz.drafting.names import PLACE, NameIndex

    text = (
        "Envoys\n\nThe envoy was born in Velden, a small town on the northern coast. "
        "That winter the envoy stayed in Moscow, waiting for an answer. "
        "For years the envoy travelled between Vienna, Rome and Paris on business. "
        "He retired to Ostmark, a port on the shore of the bay. "
    )
    doc = parse(text)
    names = NameIndex(s for p in doc.paragraphs for s in p.sentences)
    capitals = ("Moscow", "Vienna", "Rome", "Paris")
    assert {n: names.kind(n) for n in capitals} == dict.fromkeys(capitals, PLACE)
    (moscow,) = [q for q in _draft(text) if isinstance(q, Choice) and q.answer == "Moscow"]
    assert moscow.options == ("Moscow", "Paris", "Rome", "Vienna")  # no small towns
    figurative = text.replace("the envoy stayed in Moscow", "Moscow refused to see the envoy")
    for q in _draft(figurative):
        assert getattr(q, "answer", None) != "Moscow" and "::Moscow" not in getattr(q, "text", "")


def test_a_country_is_no_distractor_when_its_people_are_named_in_view():
    text = (
        "Claims\n\nThe border between Spain and Sweden was argued over for years. "
        "At the congress Portugal waived all claims against the Spaniards for good. "
        "In the end Turkey joined the talks, and Switzerland sent an observer. "
    )
    (portugal,) = [q for q in _draft(text) if getattr(q, "answer", None) == "Portugal"]
    assert portugal.options == ("Portugal", "Sweden", "Switzerland", "Turkey")


def test_a_sentence_asks_its_country_before_its_place():
    text = (
        "Treaty\n\nThe envoys met in Velden, where Norway signed the treaty at last. "
        "The envoys of Denmark and Sweden refused to sign anything at all. "
    )
    first = _draft(text)[0]
    assert first.source.section == "Introduction" and "Norway" in repr(first)
    assert "Velden" in first.prompt_text


def test_footnote_markers_are_dropped():
    doc = parse_document(
        "Wiki\n\nThe dam was finished in 1931.[3] It held 40 percent[citation needed] of the "
        "water.\n"
    )
    assert doc.paragraphs[0].sentences == (
        "The dam was finished in 1931.",
        "It held 40 percent of the water.",
    )


def test_order_items_are_the_clauses_that_hold_the_dates():
    text = (
        "Harbour history\n\nBuilding the port\n\n"
        "The bridge had been paid for with the 40 million crowns that the bankers had lent "
        "the town in 1879.\n\n"
        "By 1881, the council's coffers were empty, and even worse the old bridge had collapsed "
        "into the river below the mill.\n\n"
        "In 1883, however, a flood struck - the Great Flood - and the price of grain rose, "
        "ruining many farmers.\n\n"
        "When the railway reached Brill in 1886, the old canal company went bankrupt.\n\n"
        'Right on the quay, we signed the papers for six barges, the best that money could buy," '
        "the mayor wrote in 1887.\n\n"
        "Later years\n\n"
        "In March 1890 the council agreed to build a lighthouse at Velden to guide the "
        "ships and to warn the fishermen of storms.\n\n"
        "The shipyard was beset by strikes, and in 1892 the yard was shut.\n\n"
        "The Harbour Company, in fact, was relatively prosperous, ranking third on the coast in "
        "terms of tonnage handled, with 5.5% of all cargo in 1895.\n"
    )
    orders = {q.id: q.items for q in _draft(text) if isinstance(q, Order)}
    assert orders == {
        "building-port-order": (
            "The bankers had lent the town the 40 million crowns",
            "The council's coffers were empty",
            "A flood struck - the Great Flood",
            "The railway reached Brill",
            "The mayor wrote: “Right on the quay, we signed the papers for six barges …”",
        ),
        "later-years-order": (
            "The council agreed to build a lighthouse at Velden",
            "The shipyard was beset by strikes, and the yard was shut",
            "The Harbour Company was relatively prosperous",
        ),
    }


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


def test_a_river_is_never_offered_towns_nor_a_town_rivers():
    text = (
        "Dams\n\nThe first dam was built on the Arlen River near the town. "
        "Engineers came from Velden to plan it. Workers came from Ostmark to build it. "
        "Stone came from Brill by cart. The second dam closed the Dorne River for good. "
    )
    places = [q for q in _draft(text) if isinstance(q, Choice) and "places" in q.tags]
    assert places
    for q in places:
        river = q.answer.endswith("River")
        assert all(o.endswith("River") == river for o in q.options), q.options
