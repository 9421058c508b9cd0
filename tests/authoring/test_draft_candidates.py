"""The drafting engine: which questions a document gives, and fair distractors for them."""

from __future__ import annotations

import re

import pytest
from draft_texts import ARTICLE, by_id, draft_of

from quiz.authoring.drafting.candidates import draft_questions
from quiz.authoring.drafting.document import parse_document
from quiz.authoring.drafting.names import FIRM, PERSON, PLACE, NameIndex
from quiz.bank.cloze import cloze_answered
from quiz.bank.model import Choice, Cloze, Numeric, TrueFalse


def test_expected_candidates_for_a_known_paragraph():
    q = by_id(draft_of(ARTICLE))
    sum_q = q["money-capital-40-million-crowns-numeric"]
    assert isinstance(sum_q, Numeric)
    assert sum_q.prompt == (
        "What sum is missing? By 1881 the council had raised a total of ____ million crowns"
        " from local banks."
    )
    assert (sum_q.answer, sum_q.unit, sum_q.draft) == (40, "million crowns", True)
    assert (sum_q.citations[0].id, sum_q.citations[0].section) == ("rail", "Money from the capital")
    # "arrived with a team of 12 surveyors": a story's count, no first, total or record
    assert not [i for i in q if "12-surveyors" in i]
    # one fact, one question: the sum is not asked again as a choice or a statement, and
    # a figure's date is not asked with the figure in view ("By 1881 ... 40 million")
    assert [i for i in q if "40-million-crowns" in i] == ["money-capital-40-million-crowns-numeric"]
    assert not [i for i in q if re.search(r"-18(81|83)-", i)]
    # one sentence, one question: "The line opened in 1886, and 3,000 passengers rode it"
    # is asked for one of its two values, never both (each question would show the other)
    assert len([i for i in q if re.search(r"-1886-|-3-000-", i)]) == 1


MILESTONES = "Railway of Brill\n\n" + "".join(
    f"{heading}\n\n{sentence}\n\n"
    for heading, sentence in [
        (
            "The council",
            "The town council of Brill first voted for a railway in 1881, after a long debate.",
        ),
        (
            "The survey",
            "The engineer Tomas Reed mapped the whole route from Brill to Ostmark in 1882.",
        ),
        (
            "The money",
            "The state bank lent the council of Brill its first money for the line in 1883.",
        ),
        (
            "The bridge",
            "The great bridge over the river Velden was finished by the builders in 1885.",
        ),
        ("The opening", "The whole line from Brill to Ostmark was opened to passengers in 1886."),
    ]
)


def test_choice_distractors_are_values_of_the_same_kind():
    choices = [q for q in draft_of(ARTICLE) + draft_of(MILESTONES) if isinstance(q, Choice)]
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
    year_q = by_id(choices)["opening-1886-choice"]
    assert year_q.options == ("1881", "1883", "1885", "1886")  # the nearest years not asked


def test_names_get_distractors_of_their_own_kind():
    text = (
        "Building the line\n\nHistorian Maria Kessler wrote that engineer Tomas Reed came first. "
        "Later the historian Jon Abel praised the work. Sources name engineer Carl Dorn as well. "
        "The firm of Harlow built the engines. The firm of Dunmore made the rails. "
        "The firm of Castell laid the track in Brill. The firm of Pell painted the stations.\n"
    )
    questions = draft_of(text)
    firms = {"Harlow", "Dunmore", "Castell", "Pell"}
    people = {"Maria Kessler", "Tomas Reed", "Jon Abel", "Carl Dorn"}
    name_choices = [q for q in questions if isinstance(q, Choice)]
    assert name_choices
    for q in name_choices:
        kind = firms if q.answer in firms else people
        assert set(q.options) <= kind, q.options


def test_false_statements_swap_one_value_of_the_same_kind():
    text = (
        "Engines and rails\n\nThe first engines of the line were built by the engineer Brandt. "
        "Years later the rails of the line were laid by the engineer Lind.\n"
    )
    doc = parse_document(text)
    sentences = [s for p in doc.paragraphs for s in p.sentences]
    statements = [q for q in draft_questions(doc, "rail") if isinstance(q, TrueFalse)]
    assert False in {q.answer for q in statements}  # one other person: no choice, a statement
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


def test_cloze_answers_read_back_as_the_sentence():
    doc = parse_document(ARTICLE)
    sentences = {s for p in doc.paragraphs for s in p.sentences}
    for q in draft_questions(doc, "rail"):
        if isinstance(q, Cloze):
            assert any(s in cloze_answered(q.text) for s in sentences)


# -- distractors of the right kind, and names the rules can classify ----------------------


def test_a_sum_gets_distractors_in_its_own_currency_only():
    text = (
        "Wages and loans\n\nThe workers were paid 10 roubles a week, more than at home. "
        "In 1925 the bank lent the city 100 million marks for the new mill. "
        "By 1930 the debt had reached 900 million marks, a sum nobody could repay. "
        "In 1931 the bank lent the city 50 million marks more for the harbour. "
    )
    questions = draft_of(text)
    for q in questions:
        if isinstance(q, Choice) and "roubles" in q.answer:
            pytest.fail(f"a choice on roubles can only have mark distractors: {q.options}")
        if isinstance(q, TrueFalse) and "10 roubles" not in q.statement:
            assert "roubles" not in q.statement, q.statement  # no "100 roubles" swapped in
    marks = [q for q in questions if isinstance(q, Choice) and "marks" in q.answer]
    assert marks and all(all(o.endswith("million marks") for o in q.options) for q in marks)


def test_options_write_every_number_in_digits():
    text = (
        "Boats\n\nEach year the north yard builds sixteen boats for the navy of the town. "
        "Each year the east yard builds 20 boats for the merchants of the town. "
        "Each year the south yard builds 12 boats for the fishermen of the coast. "
        "Each year the west yard builds thirty boats for the king of the land. "
    )
    counts = [q for q in draft_of(text) if isinstance(q, Choice) and q.answer.endswith("boats")]
    assert counts
    for q in counts:
        assert all(re.fullmatch(r"\d+ boats", o) for o in q.options), q.options


def test_an_age_is_no_duration():
    text = (
        "Letters home\n\nThe letter\n\nThe war lasted four years and ruined the valley completely. "
        "The peace talks went on for nine years before anyone signed. "
        "Jonas Berg became the first master carpenter of the guild at 41 years old. "
    )
    q = by_id(draft_of(text))
    age = q["letter-41-years-old-numeric"]
    assert (age.answer, age.unit) == (41, "years old")
    assert age.prompt.startswith(
        "How old? Jonas Berg became the first master carpenter of the guild at ____ years old"
    )
    assert not any(isinstance(x, Choice) and "41 years" in x.answer for x in q.values())


def test_firms_known_by_apposition_a_contract_or_a_list():
    text = (
        "Partners\n\nThe country’s steel giant, Halberg, was the mill’s main supplier. "
        "In the same years Halberg built three furnaces at the port of Velden. "
        "Norda and Brightwell were keen to invest in the region but wanted cash. "
        "The largest contract of all was signed with Norda on 3 May at the town hall. "
        "The firm of Castell laid the track from Velden to the sea. "
    )
    doc = parse_document(text)
    names = NameIndex(s for p in doc.paragraphs for s in p.sentences)
    assert {
        n: names.kind(n) for n in ("Halberg", "Norda", "Brightwell", "Castell")
    } == dict.fromkeys(("Halberg", "Norda", "Brightwell", "Castell"), FIRM)
    firm_qs = [q for q in draft_of(text) if "firms" in q.tags]
    assert firm_qs
    for q in firm_qs:
        if isinstance(q, Choice):
            assert set(q.options) <= {"Halberg", "Norda", "Brightwell", "Castell"}


def test_a_deal_with_a_known_person_keeps_him_a_person():

    text = "Deals\n\nThe minister Karl Brandt said no. In 1920 a deal was signed with Brandt.\n"
    doc = parse_document(text)
    names = NameIndex(s for p in doc.paragraphs for s in p.sentences)
    assert names.kind("Brandt") == PERSON


def test_capitals_are_places_and_get_capitals_as_distractors():

    text = (
        "Envoys\n\nThe envoy was born in Velden, a small town on the northern coast. "
        "One winter the envoy stayed in Moscow, waiting for an answer. "
        "For years the envoy travelled between Vienna, Rome and Paris on business. "
        "He retired to Ostmark, a port on the shore of the bay. "
    )
    doc = parse_document(text)
    names = NameIndex(s for p in doc.paragraphs for s in p.sentences)
    capitals = ("Moscow", "Vienna", "Rome", "Paris")
    assert {n: names.kind(n) for n in capitals} == dict.fromkeys(capitals, PLACE)
    from quiz.authoring.drafting.distractors import Pools
    from quiz.authoring.drafting.spots import spots_of

    spots = spots_of(doc, names)
    ((moscow, spot),) = [(f, s) for s in spots for f in s.facts if f.text == "Moscow"]
    others = Pools(spots).distractors(moscow, spot)
    assert {o.text for o in others} == {"Paris", "Rome", "Vienna"}  # no small towns


def test_a_country_is_no_distractor_when_its_people_are_named_in_view():
    text = (
        "Claims\n\nThe border between Spain and Sweden was argued over for years. "
        "At the congress Portugal waived all claims against the Spaniards for good. "
        "In the end Turkey joined the talks, and Switzerland sent an observer. "
    )
    from quiz.authoring.drafting.distractors import Pools
    from quiz.authoring.drafting.document import parse_document
    from quiz.authoring.drafting.spots import spots_of

    spots = spots_of(parse_document(text))
    ((portugal, spot),) = [(f, s) for s in spots for f in s.facts if f.text == "Portugal"]
    others = Pools(spots).distractors(portugal, spot)
    assert {o.text for o in others} == {"Sweden", "Switzerland", "Turkey"}


def test_a_country_or_a_place_is_not_asked():
    text = (
        "Treaty\n\nThe envoys met in Velden, where Norway signed the treaty at last. "
        "The envoys of Denmark and Sweden refused to sign anything at all. "
    )
    assert draft_of(text) == []  # see selection.UNASKED_PLACES


def test_a_river_is_never_offered_towns_nor_a_town_rivers():
    from quiz.authoring.drafting.distractors import Pools
    from quiz.authoring.drafting.document import parse_document
    from quiz.authoring.drafting.spots import spots_of

    text = (
        "Dams\n\nThe first dam was built on the Arlen River near the town. "
        "Engineers came from the town of Velden to plan it. Workers came from the town of "
        "Ostmark to build it. Stone came from the town of Brill by cart. The second dam closed "
        "the Dorne River for good. The third dam held back the Lune River in the hills. "
        "The last dam, on the Teme River, was never finished by the builders.\n"
    )
    spots = spots_of(parse_document(text))
    pools = Pools(spots)
    places = [(f, s) for s in spots for f in s.facts if f.kind == "place"]
    assert len(places) >= 4
    for fact, spot in places:
        river = fact.text.endswith("River")
        others = pools.distractors(fact, spot)
        assert others and all(o.text.endswith("River") == river for o in others), others
