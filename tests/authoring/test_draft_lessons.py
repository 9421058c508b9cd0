"""What `quiz draft` finds in documents with few names or numbers: a lesson's commands,
an argued post's claims, and the non-facts that such documents carry (nicknames, the
characters of a tale, records). Cost: a few milliseconds."""

from __future__ import annotations

from draft_texts import by_id, draft_of

from quiz.authoring.drafting.document import parse_document
from quiz.bank.model import Flashcard

LESSON = """\
---
title: Pipes
---

## Counting

`wc` is the 'word count' command: it counts the number of lines, words, and characters in files.

If we run `wc -l` instead of just `wc`, the output shows only the number of lines per file:

```bash
$ wc -l *.pdb
```

## Redirecting

The greater than symbol, `>`, tells the shell to redirect the command's output to a file.

Using `-n 1` with `head` tells it that we only want the first line of the file.

The vertical bar, `|`, between the two commands is called a **pipe**.

::::: keypoints

- `wc` counts lines, words, and characters in its inputs.
- `head` displays the first 10 lines of its input by default.
- `command > [file]` redirects a command's output to a file.
- `[first] | [second]` is a pipeline: the output of the first is the input to the second.

:::::
"""


def _cards(text: str, **kw) -> dict[str, str]:
    return {q.front: q.back for q in draft_of(text, **kw) if isinstance(q, Flashcard)}


def test_a_lesson_gives_a_card_for_each_command_it_explains_once():
    cards = _cards(LESSON, markdown=True)
    assert cards["wc"].startswith("The 'word count' command")
    assert cards["wc -l"] == "Shows only the number of lines per file."
    assert cards["head -n 1"] == "Tells head that we only want the first line of the file."
    assert cards["pipe"].startswith("The vertical bar, |, between the two commands")
    assert cards["> (greater than symbol)"].startswith("Tells the shell to redirect")
    # key points restate the lesson: what it never showed in prose is cited where it is
    # shown, and an operator that already has a card ("command > [file]", the pipe) is
    # not carded again
    assert cards["head"].startswith("Displays the first 10 lines")
    assert not {"command > [file]", "[first] | [second]"} & set(cards)


POST = """\
Why we encrypt

## Speed

The most common concern people raise about HTTPS is performance. A more serious concern \
with HTTPS is operational: managing certificates, and not getting it wrong. This is the \
biggest issue with deploying it.
"""


def test_an_argued_post_gives_its_claims_as_cards():
    cards = _cards(POST)
    assert cards == {
        "The most common concern people raise about HTTPS is …": "Performance.",
        "A more serious concern with HTTPS is …": (
            "Operational: managing certificates, and not getting it wrong."
        ),
    }  # "This is the biggest issue" leans on what came before: no claim of its own


def test_nicknames_tale_characters_and_records_are_no_facts():
    text = (
        "Early web\n\nIn 1980, Tim Berners-Lee (often referred to as TimBL) wrote a program "
        "called ENQUIRE at the laboratory. By late 1990, TimBL had built the first web server "
        "at the laboratory.\n\nMemory\n\nWatson tells the tale of Mr. Addison Sims and his "
        "friend to show how memory works. Even after all of this, Mr. Sims cannot remember "
        "the name of the man.\n\nHighlights\n\nReport: #265528, Reported: 9/2/2019, Asset: "
        "data.gov, Bounty: $300, Researcher: Dr. Jones.\n"
    )
    q = by_id(draft_of(text))
    asked = " ".join(q)
    assert "timbl" not in asked and "sims" not in asked and "300" not in asked
    assert "introduction-1980-numeric" in q  # the year of the sentence that names the alias


def test_one_sentence_gives_one_question_and_its_lead_none():
    text = (
        "Growth\n\nBy 1960, the richest economies had 4.2 times the income of the poorest. "
        "In the 1970s, some East Asian economies saw rapid growth. In these countries, "
        "growth rates of 11 percent per year were not uncommon.\n"
    )
    ids = list(by_id(draft_of(text)))
    assert len([i for i in ids if "-1960-" in i or "-4-2-" in i]) == 1
    # the 11 percent question would show the 1970s sentence as its lead: one claim
    assert len([i for i in ids if "-1970s-" in i or "-11-percent-" in i]) == 1


def test_a_command_on_a_cards_back_is_written_as_it_is_typed():
    text = (
        "# Persistence\n\n## Switching\n\n"
        "- **Enable AOF**: redis-cli config set appendonly yes\n"
        '- **Disable RDB**: redis-cli config set save ""\n'
        "- **Snapshot**: a point-in-time copy of the data set, written to disk.\n"
    )
    from draft_texts import draft_of as draft

    from quiz.bank.model import Flashcard

    backs = {q.front: q.back for q in draft(text, markdown=True) if isinstance(q, Flashcard)}
    assert backs.get("Enable AOF") == "redis-cli config set appendonly yes", backs


def test_a_command_line_back_stays_as_typed_and_a_list_lead_is_no_card():
    from quiz.bank.model import Flashcard

    text = (
        "# tidy\n\n## Upgrading\n\n"
        "- brew: `brew update; brew upgrade tidy`\n"
        "- git: `cd ~/.tidy && git pull && ./install`\n"
        "- macports: `sudo port upgrade tidy`\n\n"
        "## Cleaning\n\n"
        "The `clean` command accepts the following policy options:\n\n"
        "- `--keep-last n`: never delete the n last snapshots of the store at Velden\n"
    )
    cards = {q.front: q.back for q in draft_of(text, markdown=True) if isinstance(q, Flashcard)}
    assert cards.get("brew") == "brew update; brew upgrade tidy", cards
    assert cards.get("git") == "cd ~/.tidy && git pull && ./install", cards
    assert cards.get("macports") == "sudo port upgrade tidy", cards
    assert not any("following" in back for back in cards.values()), cards


def test_a_term_named_in_passing_gets_a_card_and_a_choice_does_not():
    text = (
        "# Fresco\n\n## Technique\n\n"
        "In a wall-sized fresco there may be twenty or more _giornate_, or separate areas of "
        "plaster, each painted in one day.\n\n"
        "The painter first lays down a coarse bottom layer of lime called the _arriccio_ and "
        "lets it dry for days.\n\n"
        "Beginners may use _gesso_, or the ready-made boards sold in shops, instead.\n"
    )
    assert _cards(text, markdown=True) == {
        "giornate": "Separate areas of plaster.",
        "arriccio": "A coarse bottom layer of lime.",
    }


def test_a_plain_term_a_sentence_ends_on_after_is_called_gets_a_card():
    text = (
        "# Iris data structures\n\n## Cubes\n\n"
        "The top level object in Iris is called a cube. The city on the river is called "
        "Paris. This is called a pipe.\n"
    )
    assert _cards(text, markdown=True) == {"cube": "The top level object in Iris."}


def test_a_list_lead_in_that_names_the_following_things_leads_its_cards_with_them_alone():
    text = (
        "# Flamenco\n\n## Melody\n\n"
        "Dionisio Preciado, quoted by Sabas de Hoces, established the following "
        "characteristics for the melodies of flamenco singing:\n\n"
        "- Microtonality: presence of intervals smaller than the semitone.\n"
        "- Portamento: a smooth slide from one note to the next instead of a leap.\n"
    )
    fronts = {q.front for q in draft_of(text, markdown=True) if q.type == "card"}
    assert fronts == {
        "Characteristics for the melodies of flamenco singing: Microtonality",
        "Characteristics for the melodies of flamenco singing: Portamento",
    }


def test_a_heading_over_a_lone_gloss_is_a_term_and_over_a_sentence_is_not():
    text = (
        "# The climate system\n\n## Atmosphere\n\n> The gaseous envelope surrounding the Earth.\n\n"
        "## Cryosphere\n\n> All regions of the Earth where water is in solid form, such as sea "
        "ice.\n\n## Harbour\n\nThe small harbour of the town closed down in the winter.\n\n"
        "## Costs\n\nA kiosk costs a lot to keep running in the rain.\n"
    )
    assert _cards(text, markdown=True) == {
        "Atmosphere": "The gaseous envelope surrounding the Earth.",
        "Cryosphere": "All regions of the Earth where water is in solid form.",
    }


def test_two_cards_of_one_back_are_one_card_and_a_connective_is_no_claims_subject():
    text = (
        "# Collisions\n\n## The collision structure\n\n"
        "It holds which particles collide:\n\n"
        "`int p1`\n:   Index corresponding to one of the colliding particles\n\n"
        "`int p2`\n:   Index corresponding to one of the colliding particles\n\n"
        "`double time`\n:   Time of the collision in the units of the simulation\n\n"
        "## Gravity\n\nAnd again our moon must be controlled by a force from the earth.\n"
    )
    fronts = [q.front for q in draft_of(text, markdown=True) if q.type == "card"]
    assert fronts == ["int p1", "double time"]


def test_a_loose_definition_list_under_bold_terms_gives_cards_without_restating_the_term():
    text = (
        "# Minilogic\n\nPhilosophy has its own vocabulary; here are its most basic terms.\n\n"
        "**Position**\n\n:     A position (or a thesis) is a claim or set of claims held true.\n\n"
        "**Objection**\n\n:    An objection is an argument designed to show that a position "
        "is false.\n"
    )
    assert _cards(text, markdown=True) == {
        "Position": "A claim or set of claims held true.",
        "Objection": "An argument designed to show that a position is false.",
    }


def test_an_item_that_restates_its_term_defines_nothing_and_a_lost_colon_heads_nothing():
    text = (
        "# Parallel computation\n\n## Objects\n\nTwo-dimensional objects are built in chunks:\n\n"
        "* **Projections**: projections are parallelized utilizing a quad-tree approach.\n"
        "* **Slices**: a cut through the data along one axis at a chosen coordinate.\n\n"
        "Take the following example\n\n```python\nimport yt\n```\n\n"
        "The chunks are then combined on the root processor at the end of the run.\n"
    )
    assert _cards(text, markdown=True) == {
        "Two-dimensional objects are built in chunks: Slices": (
            "A cut through the data along one axis at a chosen coordinate."
        )
    }
    doc = parse_document(text, markdown=True)
    assert {p.section for p in doc.paragraphs} == {"Objects"}
