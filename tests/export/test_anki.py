"""`quiz export anki`: every package is imported into a fresh collection by real Anki.

Here: note types, fields, escaping, decks and the fixed ids. Re-imports and modification
times are in test_export_anki_updates.py, images in test_export_anki_media.py, the command's
output, errors and progress in test_export_anki_cli.py.
"""

from __future__ import annotations

import genanki
import pytest
from anki_helpers import (
    T1,
    card_decks,
    guid,
    import_apkg,
    log_counts,
    notes_by_guid,
    notes_without_cards,
    per_type,
    write_deck,
)

from quiz.bank.loader import load_deck
from quiz.core.errors import QuizError
from quiz.export import anki
from quiz.export.anki_notes import note_guid

EVERY_TYPE_COUNTS = {
    "Quiz Basic (and reversed card)": (1, 2),
    "Quiz Cloze": (1, 2),
    "Quiz Choice": (3, 3),
    "Quiz Type-in": (2, 2),
    "Quiz List": (2, 2),
}


def test_every_type_imports_with_a_note_type_per_question_type(every_type, tmp_path, col):
    result = anki.write([load_deck(every_type)], tmp_path / "out.apkg", now=T1)

    log = import_apkg(col, tmp_path / "out.apkg")
    assert log_counts(log) == {
        "new": 9,
        "updated": 0,
        "duplicate": 0,
        "conflicting": 0,
        "missing_notetype": 0,
    }
    assert per_type(col) == EVERY_TYPE_COUNTS
    assert (result.count, result.cards, result.decks) == (9, 11, 1)
    assert (col.note_count(), col.card_count()) == (9, 11)
    assert notes_without_cards(col) == 0
    assert all(names == {"Every question type"} for names in card_decks(col).values())
    assert sorted(col.tags.all()) == [
        "every-type",
        "every-type::firms",
        "every-type::five-year-plans",
        "every-type::loans",
        "every-type::military",
        "every-type::specialists",
        "every-type::towns",
        "example",
    ]
    assert not list(tmp_path.glob(".out.apkg.*"))  # the temp file was renamed


def test_fields_hold_the_question_and_the_back_shows_explanation_and_source(
    every_type, tmp_path, col
):
    anki.write([load_deck(every_type)], tmp_path / "out.apkg", now=T1)
    import_apkg(col, tmp_path / "out.apkg")
    notes = notes_by_guid(col)

    choice = notes[guid("main-creditor")]
    assert dict(choice.items()) == {
        "Prompt": "Which country became the USSR's main creditor in the 1920s?",
        "Instruction": "Choose one.",
        # in the card's own order (anki_order), the right option not first; the card
        # script shuffles them again at each review (test_anki_cards_browser.py)
        "Options": '<ol class="options" data-shuffle="77d5fa67e3"><li>Great Britain</li>'
        "<li>Germany</li><li>France</li><li>United States</li></ol>",
        "Answer": '<ol class="options marked" data-shuffle="77d5fa67e3">'
        '<li data-k="1">Great Britain</li><li class="correct" data-k="0"><b>✓ Germany</b></li>'
        '<li data-k="2">France</li><li data-k="3">United States</li></ol>',
        "Image": "",
        "Explanation": "Falling export prices after 1929 made foreign credit essential.",
        "Source": "Russia Beyond, What role did Germany play in industrializing the USSR in the "
        "1930s?, § German loans; Sara Moore, How Hitler Came To Power, p. 128-129",
    }
    assert sorted(choice.tags) == ["every-type", "every-type::loans", "example"]
    cloze = notes[guid("may-brigade-cloze")]
    assert cloze["Text"] == (
        "Ernst May came to the USSR in {{c1::1930}} with {{c2::17::a number}} specialists."
    )
    numeric = notes[guid("loans-1925")]
    assert (numeric["Answer"], numeric["Hint"]) == ("100", "Unit: million marks")
    assert numeric["Accepted"].startswith('<span class="quiz-judging" hidden data-judging="')
    short = notes[guid("may-name")]
    assert short["Answer"] == "Ernst May"
    assert short["Accepted"].startswith('Also accepted: May<span class="quiz-judging" hidden')
    order = notes[guid("plans-order")]
    assert order["Items"] == (
        '<ol class="items" data-shuffle="e6fe6e98f3"><li>Third five-year plan</li>'
        "<li>Second five-year plan</li><li>First five-year plan</li></ol>"
    )
    assert order["Answer"] == (  # the right order, each item with its letter on the front
        '<ol class="order" data-shuffle="e6fe6e98f3"><li data-at="2" data-label="C">First'
        ' five-year plan</li><li data-at="1" data-label="B">Second five-year plan</li>'
        '<li data-at="0" data-label="A">Third five-year plan</li></ol>'
    )
    multi = notes[guid("siemens-projects")]
    assert multi["Instruction"] == "Choose all that apply."
    assert multi["Answer"].count('<li class="correct" data-k="') == 3
    assert notes[guid("may-austrian")]["Options"] == (  # not lettered, never shuffled
        '<ol class="options tf"><li>True</li><li>False</li></ol>'
    )
    assert notes[guid("may-austrian")]["Answer"] == (
        '<ol class="options tf marked"><li>True</li><li class="correct"><b>✓ False</b></li></ol>'
    )
    match = notes[guid("schools-match")]
    assert match["Items"] == (  # numbers and letters come from the stylesheet
        '<table class="match" data-shuffle="845a74eeeb" data-sizes="2 2">'
        '<tr><td class="left">Lipetsk</td><td class="right">tank school</td></tr>'
        '<tr><td class="left">Kazan</td><td class="right">aviation school</td></tr></table>'
    )
    assert match["Answer"] == (
        '<table class="match pairs" data-shuffle="845a74eeeb" data-sizes="2 2">'
        '<tr data-left="0" data-right="1"><td class="left" data-label="1">Lipetsk</td>'
        '<td class="right" data-label="B">aviation school</td></tr>'
        '<tr data-left="1" data-right="0"><td class="left" data-label="2">Kazan</td>'
        '<td class="right" data-label="A">tank school</td></tr></table>'
    )
    assert match["Explanation"] == (
        'The notes date the agreement to March 1926.<div class="background">'
        "Background (not from the source): Both lay far from Allied inspectors.</div>"
    )

    # Anki renders the cards: the question side hides the answer, the back explains.
    second = sorted(cloze.cards(), key=lambda c: c.ord)[1]
    out = second.render_output(reload=True)
    assert "[a number]" in out.question_text and ">17<" not in out.question_text
    assert "1930" in out.question_text
    assert '<div class="source">Russia Beyond' in out.answer_text
    assert "The team became known as the May Brigade." in out.answer_text
    out = choice.cards()[0].render_output(reload=True)
    assert "✓" not in out.question_text and "✓ Germany" in out.answer_text
    out = match.cards()[0].render_output(reload=True)  # background shown, labelled, on the back
    assert "Background (not from the source): Both lay far" not in out.question_text
    assert "Background (not from the source): Both lay far" in out.answer_text
    out = short.cards()[0].render_output(reload=True)
    assert "[[type:Answer]]" in out.question_text
    reverse = notes[guid("term-inspetsy")].cards()[1].render_output(reload=True)
    assert "foreign specialists" in reverse.question_text
    assert "inspetsy" not in reverse.question_text and "inspetsy" in reverse.answer_text


def test_stylesheet_covers_night_mode(every_type, tmp_path, col):
    anki.write([load_deck(every_type)], tmp_path / "out.apkg", now=T1)
    import_apkg(col, tmp_path / "out.apkg")
    for model in col.models.all():
        if model["name"].startswith("Quiz "):
            assert ".nightMode .card" in model["css"] and ".night_mode .card" in model["css"]


HOSTILE = """\
deck: hostile
title: Hostile text
questions:
  - id: script-prompt
    type: choice
    prompt: "What does <script>alert('x')</script> do?"
    options: ["<b>bold</b>", "a & b"]
    answer: "a & b"
    explanation: "Write &lt; in HTML, never a bare <"
    background: "<script>alert('bg')</script>"
  - id: cloze-html
    type: cloze
    text: "A {{c1::<i>tag</i>::<hint>}} and {{c2::x & y}} <br> here"
  - id: card-img
    type: card
    front: '<img src=x onerror="alert(1)">'
    back: "line one\\nline two"
"""


def test_text_is_escaped_and_cloze_markers_survive(tmp_path, col):
    deck = load_deck(write_deck(tmp_path / "bank", HOSTILE))
    anki.write([deck], tmp_path / "out.apkg", now=T1)
    import_apkg(col, tmp_path / "out.apkg")
    notes = notes_by_guid(col)

    choice = notes[guid("script-prompt", "hostile")]
    assert choice["Prompt"] == "What does &lt;script&gt;alert('x')&lt;/script&gt; do?"
    assert choice["Options"] == (
        '<ol class="options" data-shuffle="a1c50a4ea1"><li>a &amp; b</li>'
        "<li>&lt;b&gt;bold&lt;/b&gt;</li></ol>"
    )
    assert choice["Explanation"] == (
        'Write &amp;lt; in HTML, never a bare &lt;<div class="background">Background (not from'
        " the source): &lt;script&gt;alert('bg')&lt;/script&gt;</div>"
    )
    rendered = choice.cards()[0].render_output(reload=True).question_text
    assert "<script>alert" not in rendered and "&lt;script&gt;alert" in rendered

    cloze = notes[guid("cloze-html", "hostile")]
    assert cloze["Text"] == (
        "A {{c1::&lt;i&gt;tag&lt;/i&gt;::&lt;hint&gt;}} and {{c2::x &amp; y}} &lt;br&gt; here"
    )
    assert len(cloze.cards()) == 2
    front = sorted(cloze.cards(), key=lambda c: c.ord)[0].render_output(reload=True)
    assert "[&lt;hint&gt;]" in front.question_text and "<i>" not in front.answer_text

    card = notes[guid("card-img", "hostile")]
    assert card["Front"] == '&lt;img src=x onerror="alert(1)"&gt;'
    assert card["Back"] == "line one<br>line two"


ANKI_SYNTAX = """\
deck: syntax
title: Russia::Germany
questions:
  - id: sound
    type: card
    front: "Play [sound:x.mp3] or [anki:tts lang=en_US]hi[/anki:tts]"
    back: '[latex]x^2[/latex], [$]y[/$] and \\(x^2\\) or \\[z\\]'
  - id: braces
    type: cloze
    text: "Say {{c1::a::b::c}} and {{c2::x } y}} and { {c3::z} }"
  - id: option
    type: choice
    prompt: Which?
    options: ["[sound:a.mp3]", "{{c1::b}}"]
    answer: "[sound:a.mp3]"
"""


def test_deck_text_never_becomes_anki_syntax(tmp_path, col):
    deck = load_deck(write_deck(tmp_path / "bank", ANKI_SYNTAX))
    result = anki.write([deck], tmp_path / "out.apkg", now=T1)
    import_apkg(col, tmp_path / "out.apkg")
    notes = notes_by_guid(col)

    # '::' in a title: one deck, shown with both colons, not Russia > Germany
    assert result.decks == 1 and "Russia:\u200b:Germany" in col.decks.all_names()
    assert not any(name.startswith("Russia::") for name in col.decks.all_names())
    card = notes[guid("sound", "syntax")].cards()[0]
    out = card.render_output(reload=True)
    assert card.question_av_tags() == [] and card.answer_av_tags() == []  # no audio, no TTS
    assert "&#91;sound:x.mp3]" in out.question_text and "[anki:play" not in out.question_text
    assert "latex" in out.answer_text and "<img" not in out.answer_text  # no LaTeX image
    assert "\\<span></span>(x^2\\)" in out.answer_text  # MathJax never sees \(
    assert "\\<span></span>&#91;z\\]" in out.answer_text
    cloze = notes[guid("braces", "syntax")]
    assert cloze["Text"] == (
        "Say {{c1::a::b&#58;&#58;c}} and {{c2::x &#125; y}} and &#123; &#123;c3::z&#125; &#125;"
    )
    assert sorted(c.ord for c in cloze.cards()) == [0, 1]  # c3 was text, not a deletion
    first = sorted(cloze.cards(), key=lambda c: c.ord)[0].render_output(reload=True)
    assert "[b&#58;&#58;c]" in first.question_text  # the hint as quiz reads it: b::c
    choice = notes[guid("option", "syntax")].cards()[0]
    assert choice.question_av_tags() == []
    assert "{{c1::b}}" not in choice.render_output(reload=True).question_text


def test_subdecks_by_first_tag_and_several_banks_in_one_package(every_type, tmp_path, col):
    other = write_deck(
        tmp_path / "other",
        "deck: other\ntitle: Other bank\ntags: [extra]\nquestions:\n"
        "  - {id: q1, type: card, front: one, back: two, tags: [towns, loans]}\n"
        "  - {id: q2, type: card, front: three, back: four}\n",
    )
    result = anki.write(
        [load_deck(every_type), load_deck(other)], tmp_path / "out.apkg", subdecks=True, now=T1
    )
    import_apkg(col, tmp_path / "out.apkg")

    decks = card_decks(col)
    assert decks[guid("main-creditor")] == {"Every question type::loans"}
    assert decks[guid("term-inspetsy")] == {"Every question type::specialists"}
    assert decks[guid("q1", "other")] == {"Other bank::towns"}  # the first tag wins
    assert decks[guid("q2", "other")] == {"Other bank"}  # untagged stays in the bank
    names = {d.name for d in col.decks.all_names_and_ids()} - {"Default"}
    assert len(names) == result.decks == 9
    assert {"Every question type", "Other bank", "Other bank::towns"} <= names
    assert sorted(notes_by_guid(col)[guid("q1", "other")].tags) == [
        "extra",
        "other",
        "other::loans",
        "other::towns",
    ]


def test_banks_sharing_a_title_share_a_deck_with_a_warning(every_type, tmp_path, col):
    twin = write_deck(
        tmp_path / "twin",
        "deck: twin\ntitle: Every question type\nquestions:\n"
        "  - {id: q1, type: card, front: one, back: two}\n",
    )
    result = anki.write([load_deck(every_type), load_deck(twin)], tmp_path / "out.apkg")
    assert result.warnings == [
        "banks every-type, twin share the title 'Every question type', so their notes share"
        " one Anki deck"
    ]
    import_apkg(col, tmp_path / "out.apkg")
    assert card_decks(col)[guid("q1", "twin")] == {"Every question type"}
    assert col.note_count() == 10


def test_two_banks_with_one_id_are_refused(every_type, tmp_path):
    deck = load_deck(every_type)
    with pytest.raises(QuizError, match="deck id 'every-type' is also used by") as caught:
        anki.write([deck, deck], tmp_path / "out.apkg")
    assert caught.value.exit_code == 2
    assert not (tmp_path / "out.apkg").exists()


def test_ids_never_change():
    """Changing these would make Anki duplicate the note types and decks on re-import."""
    models = {kind: model.model_id for kind, model in anki.build_models().items()}
    assert models == {
        "basic": 2084643017,
        "reversed": 1557963306,
        "cloze": 2038642144,
        "typein": 1911752953,
        "choice": 1424255526,
        "list": 1452641721,
    }
    assert note_guid("every-type", "main-creditor") == "uqylW/JT{V"
    assert note_guid("every-type", "main-creditor") == genanki.guid_for(
        "every-type", "main-creditor"
    )
    assert note_guid("a", "é-ü") == genanki.guid_for("a", "é-ü")
