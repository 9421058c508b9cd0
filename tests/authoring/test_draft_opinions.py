"""What `quiz draft` leaves out as the writer's view or as too slight to learn, and what
it does not take for a name (quiz/authoring/drafting/opinions.py, name_evidence.not_a_name)."""

from __future__ import annotations

from draft_texts import draft_of

from quiz.authoring.drafting.name_runs import name_spans
from quiz.authoring.drafting.names import NameIndex
from quiz.bank.model import Cloze


def _asked(text: str) -> str:
    """Every question's asking text and answer, one line each, to search."""
    out = []
    for q in draft_of(text):
        answer = getattr(q, "answer", "")
        out.append(f"{q.id} | {q.prompt_text} | {answer}")
    return "\n".join(out)


def test_the_writers_view_is_no_fact_but_a_plain_statement_is():
    text = (
        "Lives of the organists\n\nBrandt\n\n"
        "The first whom I would mention is Carl Brandt, who was born at Lübeck in 1702. "
        "Perhaps Brandt also went to Hamburg in 1721, when the old organist died. "
        "None was more famous in the north than Brandt, organist of St. Mary's from 1731. "
        "Brandt became organist of the cathedral at Schwerin in 1738, after a long search. "
    )
    asked = _asked(text)
    assert "1738" in asked
    for year in ("1702", "1721", "1731"):
        assert year not in asked, asked


def test_an_organisations_we_still_states_a_fact():
    text = (
        "Our programme\n\nThe first years\n\n"
        "In our second year, our rate of valid reports rose to 52 percent of all reports sent. "
    )
    assert "52" in _asked(text)


def test_pay_a_law_named_by_its_year_and_a_count_that_frames_are_too_slight():
    text = (
        "The agency and its staff\n\nRules\n\n"
        "The agency consults its privacy officer under the Privacy Act of 1974 before any survey. "
        "Nuclear weapons of the period were generally divided into two categories by planners. "
        "His salary at Lübeck was soon raised to 500 thalers by the grateful city council. "
        "The city council spent a total of 90,000 thalers on the new harbour wall at Travemünde. "
    )
    asked = _asked(text)
    assert "1974" not in asked and "500" not in asked, asked
    assert "How many categories" not in asked, asked
    assert "90000" in asked, asked


def test_stressed_words_glosses_and_designations_are_no_names():
    sentences = [
        "To reach the level, a claimant SHALL be authenticated by Helen Park of Meridian.",
        "The HyperText Transfer Protocol (Web) was the work of Tim Berners-Lee at CERN.",
        "The controls come from SP 800-53, which Helen Park wrote with Tim Berners-Lee.",
        "Bach's post at the St. Thomas Church in Leipzig paid little, Helen Park wrote.",
    ]
    index = NameIndex(sentences * 3)
    found = {f.text for s in sentences for f in index.facts(s)}
    assert not found & {"SHALL", "Web", "SP", "St"}, found
    assert "Helen Park" in found


def test_two_prompts_that_read_alike_with_different_answers_are_both_left_out():
    text = (
        "Levels\n\nLevel two\n\n"
        "Reauthentication of a subscriber is repeated after any inactivity lasting 30 minutes.\n\n"
        "Level three\n\n"
        "Reauthentication of a subscriber is repeated after any inactivity lasting 15 minutes.\n\n"
        "Level four\n\n"
        "Reauthentication of the subscriber is repeated after any absence lasting 12 hours.\n"
    )
    asked = _asked(text)
    assert "inactivity" not in asked, asked
    assert "absence" in asked, asked


def test_a_scene_setting_date_and_an_anecdotes_time_stamp_are_not_asked():
    text = (
        "The war in the east\n\nThe end\n\n"
        "Although the northern army surrendered on May 7, 1945, the southern army fought on. "
        "In 1749 the English oculist, John Taylor, happened to be staying in Leipzig. "
        "The southern army signed its own surrender at Velden on 2 September 1946. "
    )
    asked = _asked(text)
    assert "1945" not in asked and "1749" not in asked, asked
    assert "1946" in asked, asked


def test_life_dates_are_never_swapped_into_a_false_statement():
    from quiz.bank.model import TrueFalse

    text = (
        "Composers\n\nThe Italians\n\n"
        "Viadana (1566-1645) wrote church concertos with organ for the cathedral of Mantua. "
        "Carl Brandt served at Lübeck from 1702-1731, and left for the court at Schwerin. "
    )
    (statement,) = [q for q in draft_of(text) if isinstance(q, TrueFalse)]
    assert "Viadana (1566-1645)" in statement.statement and statement.answer is True


def test_an_office_before_a_name_is_not_part_of_it():
    spans = {
        "Then Secretary of State Seward bought Alaska from the Tsar.": "Seward",
        "In 1947, Secretary of State George Marshall announced the plan.": "George Marshall",
        "Minister of Finance Hans Luther opened the session at noon.": "Hans Luther",
    }
    for sentence, name in spans.items():
        assert name in [n for n, _ in name_spans(sentence)], name_spans(sentence)


def test_a_place_noun_before_a_name_makes_a_place_but_an_office_does_not():
    sentences = [
        "In June 1947, Secretary of State George Marshall announced the recovery program.",
        "In 1703 the organist accepted a post at a small town, Arnstadt, for two years.",
    ]
    index = NameIndex(sentences)
    kinds = {f.text: f.kind for s in sentences for f in index.facts(s)}
    assert kinds.get("George Marshall") != "place" and kinds["Arnstadt"] == "place", kinds


def test_a_paragraph_indented_on_its_first_line_is_one_paragraph():
    from quiz.authoring.drafting.document import parse_document

    text = (
        "The licence\n\nPreamble\n\n"
        "  The Velden Harbour Licence is a free licence for\n"
        "software and other kinds of works, written by Tomas Reed in 1907.\n"
    )
    sentences = [s for p in parse_document(text).paragraphs for s in p.sentences]
    assert sentences == [
        "The Velden Harbour Licence is a free licence for software and other kinds of works, "
        "written by Tomas Reed in 1907."
    ], sentences


def test_a_title_word_inside_a_documents_name_does_not_make_a_person():
    spans = [n for n, _ in name_spans("The GNU General Public License is a free licence.")]
    assert spans == ["GNU General Public License"], spans
    spans = [n for n, _ in name_spans("The occupied zone's General Lucius Clay reported it.")]
    assert "Lucius Clay" in spans, spans


def test_a_section_number_is_no_count():
    asked = _asked(
        "The licence\n\nTerms\n\nSublicensing is not allowed at all; section 10 makes it "
        "unnecessary for anyone who receives the work. In the following three paragraphs, "
        "a patent licence is any express agreement or commitment of the holder."
    )
    assert "How many" not in asked, asked


def test_captions_designations_small_counts_repeats_and_roles_are_not_asked():
    text = (
        "Crews\n\nThe flights\n\n"
        "Left: Commander Vera Halm, left, checks the airlock of the station Kestrel in 1994. "
        "Halm later joined the Kestrel 14 crews for a stay of more than a month in 1996. "
        "During the mission the crew of the station split into two teams for the work. "
        "For her third and final flight, Halm returned to the station in March 2001. "
        "The flight also carried a U.S. Congressman, Peter Voss, as a guest of the agency. "
        "The station received at least two new docking ports during the mission of 1999. "
        "Halm was selected as the first commander of the Kestrel station in 1990.\n"
    )
    questions = draft_of(text)
    answers = {str(getattr(q, "answer", "")) for q in questions}
    answers |= {d.answer for q in questions if isinstance(q, Cloze) for d in q.deletions}
    assert not answers & {"1994", "14", "2001", "U.S. Congressman"}, answers
    assert not any(q.prompt_text.startswith("How many teams") for q in questions)
    assert "1996" in answers and "2" in answers, answers  # "at least two ports": a rule


def test_the_sun_a_plural_acronym_and_a_compass_letter_are_no_people():
    sentences = [
        "The Chinese also recorded dark spots on the Sun, and he wrote of them in 1054.",
        "New features and new APIs will be flagged, he said, by Helen Park in 2014.",
        "The frontier thence (in 5 deg. 52' S.) goes east, as Helen Park wrote.",
    ]
    index = NameIndex(sentences * 2)
    found = {f.text for s in sentences for f in index.facts(s)}
    assert not found & {"Sun", "APIs", "S.", "S"}, found


def test_a_tally_of_activity_and_a_retirement_year_are_too_slight():
    text = (
        "Crews\n\nThe flights\n\n"
        "During his four flights, Commander Vera Halm logged more than 680 hours in orbit. "
        "The crew of the Kestrel station conducted 44 experiments in materials science. "
        "Halm retired from the agency in 1999 and taught at the naval school at Velden. "
        "The Kestrel station was launched from the coast of Ostmark in 1981 by the agency.\n"
    )
    answers = {str(getattr(q, "answer", "")) for q in draft_of(text)}
    assert not answers & {"680", "44", "1999"}, answers
    assert "1981" in answers, answers


def test_bylines_tweets_and_figures_true_only_today_are_not_asked():
    from quiz.authoring.drafting.checks import states_no_fact

    assert states_no_fact("Authors: Brendan Burns (Distinguished Engineer, Microsoft)")
    assert states_no_fact(
        "Congrats on the award! pic.twitter.com/x1 — Brill (@brill) July 19, 2018"
    )
    text = (
        "Editors\n\nToday\n\n"
        "Today, according to the 2018 survey of the guild, 25.8 percent of writers use Vim. "
        "In 1991, 40 percent of the writers of the guild still used the old ed editor daily.\n"
    )
    answers = {str(getattr(q, "answer", "")) for q in draft_of(text)}
    assert "25.8" not in answers and "40" in answers, answers


def test_a_year_beside_another_year_is_never_swapped_into_a_false_statement():
    from quiz.bank.model import TrueFalse

    text = (
        "The team\n\nEarly days\n\n"
        "The harbour office opened its first branch at Ostmark in 1990. "
        "As 2015 turned into 2016, the small team of the harbour office moved to Velden.\n"
    )
    (statement,) = [q for q in draft_of(text) if isinstance(q, TrueFalse)]
    assert statement.answer is True and "As 2015 turned into 2016" in statement.statement


def test_a_common_word_ending_a_name_is_no_person():
    sentences = [
        "According to the Developer Survey, Bram Moolenaar wrote the editor, he said in 1991.",
        "The Editor Wars went on, and Bill Joy said he wrote vi in 1976 at Berkeley.",
        "Bram Moolenaar said he had an Amiga; Bill Joy said he had a terminal.",
    ]
    index = NameIndex(sentences)
    people = {f.text for s in sentences for f in index.facts(s) if f.kind == "person"}
    assert not people & {"Survey", "Wars"}, people


def test_an_indented_fragment_before_a_blank_line_is_not_joined_to_the_next_paragraph():
    from quiz.authoring.drafting.document import parse_document

    text = "# Some history\n\n  )“\n\nIn 1861 the port of Velden handled 40 percent of trade.\n"
    sentences = [s for p in parse_document(text).paragraphs for s in p.sentences]
    assert sentences == ["In 1861 the port of Velden handled 40 percent of trade."], sentences


def test_a_figure_among_many_an_example_value_and_a_span_to_the_writers_day_are_not_asked():
    text = (
        "The bureau\n\nIts work\n\n"
        "Colonel Marsh ruled over 90,000 settlers, leased 7,000 acres and fed 10,000 paupers. "
        "The flood of 1889 killed 2,200 people, destroyed 1,600 homes and cost 17 million dollars. "
        "Pruning keeps unused space below a limit given as a share (e.g. 15 percent) of the store. "
        "For example, suppose you back up the store every day for 100 years in a row. "
        "After almost 20 years, the idea of the bureau still has not won over its critics. "
        "The bureau of the port of Velden employed 340 clerks at its height in 1881.\n"
    )
    answers = {str(getattr(q, "answer", "")) for q in draft_of(text)}
    assert not answers & {"90000", "7000", "10000", "15", "100", "20"}, answers
    assert answers & {"2200", "1600", "17"} and "340" in answers, answers  # counts the dead


def test_a_title_before_the_gap_takes_options_of_the_same_title_and_bynames_are_no_people():
    from quiz.authoring.drafting.names import NameIndex
    from quiz.bank.model import Choice

    text = (
        "The bureau\n\nIts founding\n\n"
        "Secretary Halvard and Secretary Brune argued over the harbour for a whole year. "
        "Secretary Ostrow signed the harbour lease for the port of Velden that winter. "
        "President Lindqvist opened the harbour at Velden in 1863 before a large crowd. "
        "Petitions came in to President Marwick from the merchants of Velden in 1865. "
        "President Aldane closed the harbour of Velden to foreign ships in 1867. "
        "Soon after the weary Emancipator passed to his rest, the bureau was formed in 1869.\n"
    )
    titled = {"Secretary": {"Halvard", "Brune", "Ostrow"}, "President": {"Lindqvist", "Marwick"}}
    titled["President"].add("Aldane")
    choices = [q for q in draft_of(text) if isinstance(q, Choice)]
    asked = [(t, q) for q in choices for t in titled if f"{t} ____" in q.prompt]
    assert asked, choices
    for title, q in asked:
        assert set(q.options) <= titled[title], q.options
    sentence = "Soon after the weary Emancipator passed to his rest, Marwick left the port."
    people = {f.text for f in NameIndex([sentence] * 2).facts(sentence) if f.kind == "person"}
    assert "Emancipator" not in people, people


def test_pounds_of_cargo_are_a_weight_not_a_sum():
    from quiz.authoring.drafting.numbers import numeric_facts

    facts = numeric_facts("The crew moved 5,000 pounds of cargo and paid 300 pounds in fees.")
    assert [(f.kind, f.value) for f in facts if f.kind == "money"] == [("money", 300)]


def test_stand_ins_of_an_example_and_a_colleges_namesake_are_no_people():
    sentences = [
        "Alice clones the repository that Bob set up on the server at Velden in 2004.",
        "Coulouris wrote the editor on the system installed at Queen Mary's College, London.",
        "Bob and Alice then merge the work, as the developer Linus Torvalds said in 2005.",
    ]
    index = NameIndex(sentences * 2)
    people = {f.text for s in sentences for f in index.facts(s) if f.kind == "person"}
    assert not people & {"Alice", "Bob", "Mary", "Queen Mary"}, people
    titled = "Game Playing said the program was strong, and Game Playing wrote about it in 1970."
    found = NameIndex([titled] * 2).facts(titled)
    assert "Game Playing" not in {f.text for f in found if f.kind == "person"}
    assert "Linus Torvalds" in people, people


def test_an_acknowledgement_the_latest_case_in_an_aside_and_a_list_of_posts_are_not_asked():
    text = (
        "# The office\n\n"
        "Five wardens of the harbour died in office (most recently Warden Karl Brandt in 1962). "
        "Since 1839 the warden of the harbour at Velden has been elected by the whole council. "
        "Maria Kessler and Otto Lind provided helpful comments on the history of the office.\n\n"
        "## Forum Posts\n\n"
        "- Re: The wardens of Velden by Jon Abel, Harbour Forum, March 3, 1999\n"
        "- The old harbour office by Hans Roth, Harbour Forum, April 4, 2005\n"
    )
    answers = {str(getattr(q, "answer", "")) for q in draft_of(text, markdown=True)}
    texts = " ".join(getattr(q, "text", "") for q in draft_of(text, markdown=True))
    assert "1839" in answers or "1839" in texts, answers
    assert not answers & {"1962", "1999", "2005", "Kessler", "Lind"}, answers
    assert "Kessler" not in texts and "1999" not in texts and "2005" not in texts, texts


def test_a_plan_is_no_event_and_a_name_with_a_dot_inside_is_one_name():
    text = (
        "The suite\n\nThe release\n\n"
        "The Velden Harbour Festival will show the new suite to the public in 2016. "
        "The Ostmark Press first printed the manual of the office suite in 2011.\n"
    )
    answers = {str(getattr(q, "answer", "")) for q in draft_of(text)}
    texts = " ".join(getattr(q, "text", "") for q in draft_of(text))
    assert "2016" not in answers and "2016" not in texts, answers
    assert "2011" in answers or "2011" in texts, answers
    sentences = ["The firm OpenOffice.Org said so in 2000, as the firm Krupp AG said."]
    index = NameIndex(sentences * 2)
    found = {f.text for s in sentences for f in index.facts(s)}
    assert not found & {"Org", "OpenOffice"}, found


def test_a_teams_diary_year_is_not_asked_but_its_founding_is():
    text = (
        "# Ten years of Tide\n\n## Community\n\n"
        "In 2020, we launched a community chat server for the users of the Tide editor. "
        "The Tide editor was first released by the Velden Harbour Office in 2013.\n"
    )
    answers = {str(getattr(q, "answer", "")) for q in draft_of(text, markdown=True)}
    texts = " ".join(getattr(q, "text", "") for q in draft_of(text, markdown=True))
    assert "2020" not in answers and "2020" not in texts, answers
    assert "2013" in answers or "2013" in texts, answers


def test_figures_and_dates_as_of_the_writing_are_not_asked():
    text = (
        "# The harbour\n\n## Its size\n\n"
        "The harbour office of Velden will be described as of July 1st, 2004 in this paper. "
        "As of January 1st, 2003, there are an estimated 5500 sailors working in the port. "
        "The harbour office of Velden employed 340 clerks at its height in the year 1881.\n"
    )
    answers = {str(getattr(q, "answer", "")) for q in draft_of(text, markdown=True)}
    texts = " ".join(getattr(q, "text", "") for q in draft_of(text, markdown=True))
    assert not answers & {"2004", "5500", "2003"} and "2004" not in texts, answers
    assert "340" in answers or "1881" in answers or "1881" in texts, answers


def test_a_count_or_a_span_in_a_story_is_not_asked_but_a_record_a_total_or_a_measure_is():
    text = (
        "# The nurse\n\n## Scutari\n\n"
        "At Scutari the nurse Maria Kessler ordered 27,000 shirts for the wounded soldiers. "
        "Maria Kessler wrote to the minister of war Otto Lind three times in the winter of 1855. "
        "The hospital at Scutari held the largest number of beds in the east, 2,400 beds. "
        "The nurses of Velden stayed at the hospital of Scutari for 19 months in all. "
        "The army of Velden marched 30 miles to the coast of Scutari in 1855. "
        "For ten years the old tactics of the Velden generals prevailed in the east. "
        "The new dam at Velden held back 40 million tonnes of water from the river in 1931.\n"
    )
    answers = {str(getattr(q, "answer", "")) for q in draft_of(text, markdown=True)}
    assert not answers & {"27000", "3", "30", "10"}, answers  # shirts, letters, a march, a span
    assert {"2400", "19", "40"} <= answers, answers  # a record, a total, a measure


def test_an_anecdotes_count_and_a_short_delay_in_a_story_are_not_asked():
    text = (
        "# The nurse\n\n## Scutari\n\n"
        "On one occasion 30,000 blankets arrived at the port of Scutari for the wounded men. "
        "The wounded men of the Velden regiment waited three weeks for their beds in 1855. "
        "The hospital at Scutari moved to a schedule of 4 weeks for each ward in 1856.\n"
    )
    answers = {str(getattr(q, "answer", "")) for q in draft_of(text, markdown=True)}
    assert not answers & {"30000", "3"}, answers
    assert "4" in answers or "1856" in answers, answers


def test_the_date_of_a_remark_is_not_asked_but_the_date_of_an_event_is():
    text = (
        "The protocol\n\nOrigins\n\n"
        "Karl Brandt complained back in 2008 that the Velden interface was not what he meant. "
        "During the council elections of 2002, Otto Lind stated that rules should stay short. "
        "Karl Brandt published the first description of the Velden protocol in 2000.\n"
    )
    asked = _asked(text)
    assert "2008" not in asked and "2002" not in asked, asked
    assert "2000" in asked, asked


def test_a_person_is_asked_for_a_deed_not_for_a_walk_on():
    text = (
        "The siege\n\n"
        "General Karl Brandt founded the fortress of Velden on the river in the spring. "
        "A letter for the mayor was carried that morning by General Otto Lind of Ostmark. "
        "The old bridge at Velden was guarded at night by General Hans Roth and his men.\n"
    )
    ids = [q.id for q in draft_of(text)]
    assert not [i for i in ids if "lind" in i or "roth" in i], ids  # who carried, who guarded
    assert [i for i in ids if "karl-brandt" in i], ids  # who founded the fortress


def test_an_age_is_asked_for_a_first_or_a_record_and_hearsay_not_at_all():
    text = (
        "The composer\n\nYouth\n\n"
        "Karl Brandt left the school of Velden when he was thirteen years of age. "
        "Karl Brandt is said to have written a cantata for the court of Velden in 1781. "
        "Karl Brandt became the youngest organist of the court at the age of fourteen.\n"
    )
    asked = _asked(text)
    assert "13" not in asked and "1781" not in asked, asked
    assert "14" in asked, asked


def test_a_work_a_war_or_a_title_is_no_person():
    text = (
        "The general\n\nService\n\n"
        "Karl Brandt served with Otto Lind and Hans Roth in the army of Velden for years. "
        "At the conclusion of World War I he was commanding 20,000 men at Ostmark. "
        "There he met former U.S. Representative Willis Sweet, a businessman of Velden. "
        "He led the first performance of the Waldstein Sonata at the court of Velden.\n"
    )
    asked = {str(getattr(q, "answer", "")) for q in draft_of(text)}
    asked |= {d.answer for q in draft_of(text) if isinstance(q, Cloze) for d in q.deletions}
    assert not asked & {"World War I", "U.S. Representative", "Waldstein Sonata"}, asked


def test_an_examples_figures_and_a_check_your_understanding_box_are_not_asked():
    text = (
        "# Sampling\n\n## Plans\n\n"
        "The Velden harbour became the first to ship grain from every county of the valley in "
        "1971. The council of Ostmark started its own port for the farms in 1985.\n\n"
        "Other surveys were larger. For example, the PURE survey enrolled about 135,000 people.\n\n"
        "## Check Your Understanding: Multistage Sampling\n\n"
        "An insurance foundation of Velden studies 3,500 claims from 35 counties in 1998.\n"
    )
    drafted = draft_of(text, markdown=True)
    asked = " ".join(f"{q.prompt_text} {getattr(q, 'answer', '')}" for q in drafted)
    assert "135000" not in asked and "3500" not in asked and "1998" not in asked, asked
    assert "1971" in asked or "1985" in asked, asked


def test_a_roman_numeral_alone_is_no_name():
    from quiz.authoring.drafting.name_evidence import not_a_name

    sentence = "The letter is printed in Vol. II of the series that IBM sponsored."
    assert not_a_name("II", sentence, sentence.index("II"))
    assert not not_a_name("IBM", sentence, sentence.index("IBM"))


def test_a_notes_source_line_states_nothing():
    from quiz.authoring.drafting.checks import states_no_fact

    assert states_no_fact("Letter of Mrs. W. W. Parker, December 12, 1902.")
    assert not states_no_fact("The letter of the mayor reached Velden in 1902.")


def test_a_term_of_years_in_a_story_is_still_asked():
    from quiz.authoring.drafting.numbers import numeric_facts
    from quiz.authoring.drafting.opinions import slight

    said = "The new law prescribed a copyright term of 14 years, with one renewal for authors."
    (term,) = numeric_facts(said)
    assert not slight(term, said)
    told = "For ten years the two printers fought in the courts, and both lost money."
    assert all(slight(f, told) for f in numeric_facts(told))


def test_a_memoir_tells_its_story_in_the_first_person_and_only_its_musing_is_opinion():
    from quiz.authoring.drafting.opinions import a_memoir, voices_opinion

    story = [
        "In May, 1881, near the close of my first year in teaching, I was sent to Tuskegee.",
        "I reached Tuskegee early in June, 1881, and found a town of two thousand people.",
        "I suppose the people there had never seen a school of that kind before.",
        "The Legislature had granted two thousand dollars a year for the school.",
    ]
    assert a_memoir(story)
    assert not voices_opinion(story[0], memoir=True) and voices_opinion(story[0])
    assert voices_opinion(story[2], memoir=True)
    assert not a_memoir(["I would mention that the port closed in 1931.", *story[3:] * 3])
