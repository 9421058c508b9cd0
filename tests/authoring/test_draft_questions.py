"""Which questions a document gives: each fact once, in a fitting form, with fair options."""

from __future__ import annotations

import re

from draft_texts import by_id, draft_of

from quiz.bank.model import Choice, Cloze, Flashcard, Match, Numeric, Order, TrueFalse


def _asked(questions: list) -> list[str]:
    return [q.prompt_text for q in questions]


def test_a_fact_repeated_by_the_text_is_asked_once():
    text = (
        "Anna Berg\n\n"
        "Anna Berg (3 March 1901 – 1 May 1980) was a Swedish engineer who built the Velden dam "
        "in 1931.\n\n"
        "Early life\n\n"
        "Berg was born in Brill on 3 March 1901, the daughter of a miller.\n\n"
        "Work\n\n"
        "The dam at Velden, finished in 1931, held back 40 million tonnes of water. "
        "Its 40 million tonnes of water fed 12 mills in the valley.\n"
    )
    questions = draft_of(text)
    ids = [q.id for q in questions]  # <section>-<the fact asked>-<type>
    assert sum("-1901-" in i for i in ids) == 1  # the lead and the body state one birth year
    assert sum("-1931-" in i for i in ids) <= 1  # one question a sentence: 1901 and 40 million
    assert sum("-40-million-tonnes-" in i for i in ids) == 1
    assert not any("Berg" in repr(getattr(q, "options", ())) for q in questions)  # her own life


def test_true_false_only_where_a_false_variant_is_plausible_and_nothing_else_is_asked():
    text = (
        "Generals\n\nGeneral Karl Brandt held the bridge over the river for a whole week. "
        "The fort on the hill was later taken by General Otto Lind after a long siege. "
        "In 1850 the fort burned down, and 300 soldiers lost their lives in the fire.\n"
    )
    questions = draft_of(text)
    statements = [q for q in questions if isinstance(q, TrueFalse)]
    assert statements
    for q in statements:
        others = [x for x in questions if x is not q and x.explanation == q.explanation]
        assert not others, "a statement repeats what another question of its sentence asks"


def test_people_are_offered_people_of_their_role_and_never_another_form_of_themselves():
    text = (
        "The siege\n\n"
        "General Karl Brandt led the army north in 1410. "
        "The army of Ostmark was led by General Otto Lind, an old rival. "
        "General Hans Roth held the bridge at Velden for three weeks. "
        "Historian Maria Kessler, writing in 1990, blamed General Franz Weil for the loss. "
        "Later the historian Jon Abel praised Brandt for his patience at the ford. "
        "General Otto Lind surrendered the town to Brandt after the winter.\n"
    )
    generals = {
        "Karl Brandt",
        "Otto Lind",
        "Hans Roth",
        "Franz Weil",
        "Brandt",
        "Lind",
        "Roth",
        "Weil",
    }
    historians = {"Maria Kessler", "Jon Abel", "Kessler", "Abel"}
    choices = [q for q in draft_of(text) if isinstance(q, Choice) and "people" in q.tags]
    assert choices
    for q in choices:
        group = generals if q.answer in generals else historians
        assert set(q.options) <= group, q.options
        lasts = [o.split()[-1] for o in q.options]
        assert len(lasts) == len(set(lasts)), q.options  # "Otto Lind" and "Lind" never both


def test_a_distractor_that_the_text_also_says_is_never_offered():
    text = (
        "Languages\n\n"
        "FORTRAN was first developed in 1954 by a team at IBM. "
        "The first FORTRAN manual for IBM customers appeared in 1956. "
        "LISP was invented by John McCarthy in 1958 at a university. "
        "COBOL was created by a committee in 1959 for business users. "
        "ALGOL was described in a report by a committee in 1960.\n"
    )
    (fortran,) = [q for q in draft_of(text) if "1954" in repr(q)]
    assert "1956" not in repr(getattr(fortran, "options", ()))  # FORTRAN in 1956 is true too


def test_options_fit_the_grammar_of_the_gap():
    text = (
        "Standards\n\n"
        "The United States government standardized the language in 1983. "
        "The United Kingdom government adopted it in 1985 for its own projects. "
        "The Soviet Union government ignored it for a decade. "
        "Japan spent vast sums on other languages. France built its own compilers. "
        "Italy bought compilers from abroad.\n"
    )
    for q in draft_of(text):
        if isinstance(q, Choice) and "places" in q.tags and "The ____ government" in q.prompt:
            assert set(q.options) <= {"United States", "United Kingdom", "Soviet Union"}
        if isinstance(q, TrueFalse):
            assert not re.search(r"\bThe (?:Japan|France|Italy)\b", q.statement), q.statement


def test_a_roster_becomes_match_questions_and_a_dated_list_an_order_question():
    text = (
        "Languages\n\nMilestones\n\n"
        "    Speakeasy, developed in 1964 at a laboratory, is a numerical package.\n"
        "    C, an early systems language, was developed at Bell Labs in 1972.\n"
        "    Prolog, designed in 1973 by three researchers, was a logic language.\n"
        "    ML, built in 1975 on top of Lisp, pioneered typed functional languages.\n\n"
        "People\n\nSome people who helped:\n\n"
        "    Alan Cooper, developer of Visual Basic.\n"
        "    Bertrand Meyer, inventor of Eiffel.\n"
        "    Bjarne Stroustrup, developer of C++.\n"
        "    Guido van Rossum, creator of Python.\n"
    )
    questions = draft_of(text)
    (order,) = [q for q in questions if isinstance(q, Order)]
    assert order.items == ("Speakeasy", "C", "Prolog", "ML")
    (match,) = [q for q in questions if isinstance(q, Match)]
    assert match.pairs == (
        ("Alan Cooper", "developer of Visual Basic"),
        ("Bertrand Meyer", "inventor of Eiffel"),
        ("Bjarne Stroustrup", "developer of C++"),
        ("Guido van Rossum", "creator of Python"),
    )
    assert not any(isinstance(q, Choice) and "Bjarne Stroustrup" in q.options for q in questions)


def test_prompts_are_clean_clauses():
    text = (
        "# Growth\n\n"
        "[\\[link\\]](#Table_1) shows that 1,300 years passed before growth began.\n\n"
        "Over the past one hundred and twenty-three years the town grew by 40 percent, "
        "see [the census](https://example.org/census) of 1900.\n\n"
        "**Growth** is the rise in what an economy produces in a year.\n"
    )
    questions = draft_of(text, markdown=True)
    shown = " ".join(_asked(questions))
    assert "[link]" not in shown and "](" not in shown and "1,300" not in shown
    assert "one hundred and twenty-three" in shown or "123" in shown
    assert not re.search(r"\bone \d", shown)  # never "over the past one 23 years"
    card = next(q for q in questions if isinstance(q, Flashcard))
    assert (card.front, card.back) == ("Growth", "The rise in what an economy produces in a year.")


def test_each_kind_of_fact_gets_its_own_form():
    text = (
        "Trade\n\n"
        "In 1861 the port of Velden handled 40 million tonnes of grain and 12 percent of all "
        "the coal of the region.\n\n"
        "In the 1870s the trade moved to the railway between 1872 and 1875.\n"
    )
    kinds = {q.id.rsplit("-", 1)[-1]: type(q) for q in draft_of(text)}
    assert kinds.get("numeric") is Numeric
    assert {Numeric} <= set(kinds.values()) and all(
        t in (Numeric, Choice, Cloze, TrueFalse) for t in kinds.values()
    )
    ids = by_id(draft_of(text))
    assert len(ids) == len(draft_of(text))


def test_a_persons_cloze_gaps_the_family_name_so_the_judge_takes_it_alone():
    from quiz.answers.arrangement import deck_order
    from quiz.answers.judge import check_answer

    text = (
        "The letter\n\nWashington\n\n"
        "Leo Szilard took a draft of the warning letter to President Franklin Roosevelt in 1939. "
        "Franklin Roosevelt founded the Briggs committee, which first met in October 1939. "
        "Roosevelt signed the order that set up the research office in June 1941, said Szilard. "
    )
    clozes = [q for q in draft_of(text) if isinstance(q, Cloze) and "who?" in q.text]
    assert clozes and all("Franklin {{c1::Roosevelt::who?}}" in q.text for q in clozes), clozes
    for typed in ("Roosevelt", "Franklin Roosevelt", "roosevelt"):
        assert check_answer(clozes[0], [typed], deck_order(clozes[0])).correct, typed


def test_a_surname_answer_is_offered_among_surnames():
    text = (
        "The siege\n\n"
        "General Karl Brandt led the army north in 1410 and took the ford at Velden. "
        "The army of Ostmark was led by General Otto Lind, an old rival of the house. "
        "General Hans Roth held the bridge at Velden for three weeks in the spring. "
        "In the winter the town was surrendered to Brandt by the last of its captains.\n"
    )
    (choice,) = [q for q in draft_of(text) if isinstance(q, Choice) and q.answer == "Brandt"]
    assert choice.options == ("Brandt", "Lind", "Roth")


def test_a_heading_that_its_first_sentence_defines_is_a_term_card():
    from quiz.bank.model import Flashcard

    text = (
        "Harbour words\n\nTide gauges\n\n"
        "A tide gauge is an instrument that records the height of the sea at a harbour. "
        "The first gauge at Velden was set up by the harbour office in 1881.\n\n"
        "Chief ports\n\n"
        "The chief ports are Velden, Ostmark and Brill, on the northern coast of the sea.\n"
    )
    cards = {q.front: q.back for q in draft_of(text) if isinstance(q, Flashcard)}
    assert cards == {"tide gauge": "An instrument that records the height of the sea at a harbour."}


def test_a_dated_list_is_ordered_and_its_items_and_a_cards_sentence_give_no_other_question():
    text = (
        "# Velden Harbour\n\n"
        "**Velden Harbour** is a port on the northern coast, founded in 1312 by merchants.\n\n"
        "## History\n\n"
        "Karl Brandt designed the lighthouse at Brill in 1893. "
        "A fire destroyed the old customs house in 1906. "
        "The city council bought the harbour company in 1921 for 4.5 million marks.\n\n"
        "## Ships of the line\n\n"
        "- Aurora, launched in 1902 at the Brill yard\n"
        "- Seagull, launched in 1887 for the ferry service\n"
        "- Northern Star, launched in 1895 as a mail steamer\n"
        "- Velden, launched in 1910 as the last sailing ship\n"
    )
    drafted = draft_of(text, markdown=True)
    (order,) = [q for q in drafted if isinstance(q, Order)]  # the list, not the history's prose
    assert order.id == "ships-line-order"
    assert (
        order.prompt
        == "Put these from the list in “Ships of the line” in the order of their dates."
    )
    assert order.items == ("Seagull", "Northern Star", "Aurora", "Velden")
    answers = {str(getattr(q, "answer", "")) for q in drafted}
    assert not answers & {"1312", "1887", "1895", "1902", "1910"}, answers
    assert {"1893", "1906"} <= answers, answers  # the prose's dates are asked one at a time


def test_a_programs_units_are_counts_and_a_named_acronym_defined_is_a_term():
    from quiz.authoring.drafting.numbers import numeric_facts

    facts = numeric_facts("The file is 1.5 GB, loads in 250 ms and is cleaned every 24 hours.")
    assert [(f.value, f.unit) for f in facts] == [
        (1.5, "GB"), (250, "milliseconds"), (24, "hours")
    ]  # fmt: skip
    assert numeric_facts("It scored 3 h-index points in the 10s of tests.") == []
    text = (
        "Tidy\n\nSafety\n\n"
        "Cross-site scripting (XSS) is an attack in which a page runs a script from an attacker. "
        "The cache of the tool is limited to 500 MB on every machine of the office.\n"
    )
    drafted = draft_of(text)
    cards = {q.front: q.back for q in drafted if isinstance(q, Flashcard)}
    assert cards == {
        "Cross-site scripting (XSS)": "An attack in which a page runs a script from an attacker."
    }
    (size,) = [q for q in drafted if isinstance(q, Numeric)]
    assert (size.answer, size.unit) == (500, "MB")
