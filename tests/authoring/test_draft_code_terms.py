"""What `quiz draft` asks of a tutorial's code: the element a sentence names in a role it
states, as a cloze in the sentence, and what it leaves alone. The judge takes the code
typed as a learner would. Cost: a few milliseconds."""

from __future__ import annotations

import pytest
from draft_texts import by_id, draft_of

from quiz.answers.arrangement import Arrangement
from quiz.answers.judge import check_answer
from quiz.authoring.drafting.files import read_document
from quiz.bank.model import Cloze

REST = """\
Quickstart
==========

Making a request with Requests is very simple. Requests is a library for HTTP.

Redirection
-----------

We can use the ``history`` property of the Response object to track redirection.

If you're using GET or POST, you can disable redirection handling with the
``allow_redirects`` parameter::

    >>> r = requests.get('http://github.com/', allow_redirects=False)

Timeouts
--------

You can tell Requests to stop waiting for a response after a given number of
seconds with the ``timeout`` parameter.

If a request times out, a :exc:`~requests.exceptions.Timeout` exception is raised.

Content
-------

The ``gzip`` and ``deflate`` transfer-encodings are automatically decoded for you.

In case the JSON decoding fails, ``r.json()`` raises an exception.

You can find the encoding Requests guessed with the ``r.encoding`` property.

Now, we have a :class:`Response <requests.Response>` object called ``r``.

To send your own data, simply pass a dictionary to the ``data`` argument.

Errors
------

:meth:`Response.raise_for_status() <requests.Response.raise_for_status>` will
raise an :exc:`~requests.exceptions.HTTPError` if the request returned an
unsuccessful status code. In the event of a network problem, Requests will raise a
:exc:`~requests.exceptions.ConnectionError` exception. A ``ConnectionError`` exception
is raised by Requests when a network problem occurs.
"""

LESSON = """\
---
title: Errors are values
---

Here's a simple example from the `bufio` package's `Scanner` type. In Go, a
separate method, [`Err`](/pkg/bufio/#Scanner.Err), reports the error value when the
client asks.

The `Write` method of `bufio.Writer` behaves just like our `errWriter.write` method above.

The Console object of Rich has a `log()` method which has a similar interface to
`print()`, but also renders a column for the current time.
"""


def _clozes(text: str, **kw) -> dict[str, str]:
    return {q.id: q.text for q in draft_of(text, **kw) if "code" in q.tags}


def test_a_code_element_in_a_stated_role_is_asked_in_its_sentence_led_by_the_subject():
    clozes = _clozes(REST, rest=True)
    assert clozes["redirection-history-cloze"] == (
        "Requests: We can use the {{c1::history}} property of the Response object to "
        "track redirection."
    )
    assert clozes["timeouts-timeout-cloze"] == (  # it names Requests: no lead needed
        "You can tell Requests to stop waiting for a response after a given number of "
        "seconds with the {{c1::timeout}} parameter."
    )
    # "If you're using GET or POST, you can ...": a condition, not a supposition; the
    # literal block's "::" ends the sentence, not a colon before a list
    assert clozes["redirection-allow-redirects-cloze"].endswith(
        "disable redirection handling with the {{c1::allow_redirects}} parameter."
    )
    # "raise an X" says X is an exception; the role's "~" shows the last name only
    assert "will raise an {{c1::HTTPError}} if" in clozes["errors-httperror-cloze"]


def test_no_gap_that_two_elements_fill_that_the_prompt_spells_or_that_names_a_variable():
    clozes = _clozes(REST, rest=True)
    text = "\n".join(clozes.values())
    assert "gzip" not in text and "deflate" not in text  # listed together: either fits
    assert "Timeout}}" not in text  # "times out" spells it
    assert "json()}}" not in text  # "JSON decoding" spells it
    assert "encoding}}" not in text  # "the encoding Requests guessed" spells it
    assert "{{c1::r}}" not in text and "Response}}" not in text  # the example's variable
    assert "data}}" not in text  # an instruction ("simply pass ..."), not a statement
    # one element, one question: the second sentence on ConnectionError asks nothing
    assert sum("ConnectionError}}" in t for t in clozes.values()) == 1


def test_markdown_code_and_links_give_clozes_and_a_qualifier_stays_shown():
    clozes = _clozes(LESSON, markdown=True)
    assert clozes["introduction-err-cloze"] == (
        "In Go, a separate method, {{c1::Err}}, reports the error value when the client asks."
    )
    assert "{{c1::log()}} method" in clozes["introduction-log-cloze"]
    # two methods in one sentence: the gap would take either
    assert not any("Write}}" in t or "write}}" in t for t in clozes.values())
    # "Here's a simple example": the worked example, no statement
    assert not any("Scanner}}" in t or "bufio}}" in t for t in clozes.values())


def test_a_qualified_member_is_the_gap_and_the_judge_takes_it_typed_with_or_without():
    text = """\
Reading
=======

The Requests library reads the body of a response for you. The decoded body of the
response is at hand in ``r.text``. The ``r.text`` attribute of Requests holds the body
decoded with the guessed character set.
"""
    clozes = _clozes(text, rest=True)
    (cloze,) = [t for t in clozes.values() if "{{c1::" in t]
    assert "r.{{c1::text}} attribute" in cloze
    question = Cloze(id="q", text=cloze)
    for typed in ("text", "r.text", ".text", "TEXT"):
        assert check_answer(question, typed, Arrangement()).correct, typed
    assert not check_answer(question, "content", Arrangement()).correct


@pytest.mark.parametrize("typed", ["timeout", "timeout=", "Timeout"])
def test_the_judge_takes_a_parameter_typed_with_its_equals_sign(typed):
    question = by_id(draft_of(REST, rest=True))["timeouts-timeout-cloze"]
    assert check_answer(question, typed, Arrangement()).correct


def test_a_txt_file_in_restructuredtext_is_read_as_rest(tmp_path):
    body = "\n".join(
        [
            "Data Structures",
            "***************",
            "",
            "There is a way to remove an item from a list given its index instead of its",
            "value: the :keyword:`del` statement.  This differs from the :meth:`pop` method",
            "which returns a value.  The ``del`` statement of Python can also clear a list.",
            "",
            "Use ``x`` and ``y``, :func:`len` and :func:`sorted` as you like.",
        ]
    )
    path = tmp_path / "datastructures.rst.txt"
    path.write_text(body, encoding="utf-8")
    doc = read_document(path)
    assert doc.title == "Data Structures"
    assert doc.paragraphs[0].code == ("del", "pop")
    assert "the del statement" in doc.paragraphs[0].sentences[0]


def test_the_subject_is_the_name_the_prose_keeps_using_not_an_acronym_or_code():
    text = """\
Quickstart
==========

First we imported the ``Flask`` class. An instance of this class is our WSGI application.

We then use the ``route`` decorator to tell Flask what URL should trigger our function.

To access parameters submitted in the URL, use the ``args`` attribute of the request.

With Flask it is easy to serve the files in the static folder of each URL.
"""
    clozes = _clozes(text, rest=True)
    assert clozes["introduction-args-cloze"].startswith("Flask: To access parameters")
    # the document's subject is never the answer ("the ``Flask`` class")
    assert "introduction-flask-cloze" not in clozes
    assert clozes["introduction-route-cloze"].startswith("We then use the {{c1::route}}")


def test_a_lower_case_project_name_its_headings_use_is_the_subject():
    from quiz.authoring.drafting.code_subject import subject_of
    from quiz.authoring.drafting.document import parse_document

    text = (
        "# FAQ\n\n## vexd, general\n\n### What is vexd?\n\n"
        "The store vexd keeps small amounts of data; vexd uses Raft to agree on each write.\n\n"
        "### How do I back up vexd?\n\n"
        "The tool vexd ships a `snapshot` command, and vexd restores from it after a crash.\n"
    )
    assert subject_of(parse_document(text, markdown=True)) == "vexd"


def test_a_two_word_subject_is_named_whole_and_a_note_above_the_title_is_no_title():
    text = (
        "**DO NOT READ THIS FILE HERE, THE GUIDES ARE PUBLISHED ELSEWHERE.**\n\n"
        "Active Record Basics\n====================\n\n## Naming\n\n"
        "Active Record maps each table to a class. Active Record finds the table by name. "
        "Active Record uses the `table_name` attribute when the name of the table differs "
        "from the usual one. Active Record keeps one row per object.\n"
    )
    from quiz.authoring.drafting.code_subject import subject_of
    from quiz.authoring.drafting.document import parse_document

    doc = parse_document(text, markdown=True)
    assert doc.title == "Active Record Basics"
    assert subject_of(doc) == "Active Record"


def test_a_subject_with_an_apostrophe_a_works_title_and_a_main_article_line():
    from quiz.authoring.drafting.code_subject import subject_of
    from quiz.authoring.drafting.document import parse_document

    text = (
        "Quickstart\n==========\n\nThis guide makes *The Question*, a short game, with Ren'Py. "
        'Start the Ren\'Py launcher and open "The Question" from the list.\n\n'
        "Images\n------\n\n*Main article:* :doc:`displaying_images`\n\n"
        "Ren'Py shows a picture with the ``show`` statement. The Question uses Ren'Py for its "
        "pictures, and The Question keeps them in one folder.\n"
    )
    doc = parse_document(text, rest=True)
    assert subject_of(doc) == "Ren'Py"
    assert doc.sections == ("Introduction", "Images")
    assert not any("Main article" in p.text for p in doc.paragraphs)


def test_a_class_named_like_a_common_word_is_no_subject_and_the_texts_own_module_no_gap():
    from quiz.authoring.drafting.code_subject import subject_of
    from quiz.authoring.drafting.document import parse_document

    lines = [
        "Numbers with errors are made by the ``ufloat`` function of ``errs``, which returns "
        "a :class:`Variable`.",
        "A Variable holds a nominal value and a standard deviation for each of the variables.",
        "The ``errs`` module does not handle complex values in any of its variables.",
        "Every Variable keeps the variables it was computed from.",
    ] + [f"The ``errs`` package handles case {n} of the variables the same way." for n in range(8)]
    text = "User Guide\n==========\n\n" + "\n\n".join(lines) + "\n"
    doc = parse_document(text, rest=True)
    assert subject_of(doc) != "Variable"
    clozes = [q.text for q in draft_of(text, rest=True) if hasattr(q, "text")]
    assert not any("{{c1::errs}}" in c for c in clozes), clozes


def test_the_language_a_package_is_written_in_is_not_its_subject():
    from quiz.authoring.drafting.code_subject import subject_of
    from quiz.authoring.drafting.document import parse_document

    text = (
        "Models\n======\n\nThe Python package fitkit wraps curve fitting for Python users.\n\n"
        "In Python you call the ``fit`` method of a model, and Python returns a result.\n\n"
        "Python users may also pass the ``weights`` parameter to weigh the data points.\n"
    )
    assert subject_of(parse_document(text, rest=True)) != "Python"


def test_a_class_the_text_writes_as_code_is_no_subject():
    from quiz.authoring.drafting.code_subject import subject_of
    from quiz.authoring.drafting.document import parse_document

    text = (
        "# Overview: Meters and Time Signatures\n\n"
        "Meters are represented in music21 as nested structures. A music21 `TimeSignature` "
        "object does what you want. TimeSignature objects sit in a Measure.\n\n"
        "## Rebarring in music21\n\nTimeSignature objects can change, and a TimeSignature keeps "
        "its beats. We call the `makeMeasures` method of a Stream to rebar a TimeSignature.\n"
    )
    assert subject_of(parse_document(text, markdown=True)) == "music21"


def test_a_sentence_that_glosses_several_codes_is_one_match_question():
    text = (
        "# Transposition\n\n## Intervals\n\n"
        "For the quality of the interval, `P` means perfect, `M` means major, `m` means minor, "
        "`d` means diminished, `A` means augmented, `dd` means doubly diminished (and so on), "
        "and `AA` means doubly augmented.\n\n"
        "The option `--transpose` takes a chromatic interval such as `M2`.\n"
    )
    (match,) = [q for q in draft_of(text, markdown=True) if q.type == "match"]
    assert match.pairs == (
        ("P", "perfect"),
        ("M", "major"),
        ("m", "minor"),
        ("d", "diminished"),
        ("A", "augmented"),
    )
    assert match.citations[0].section == "Intervals"
    two = "# Flags\n\n## Options\n\nHere `-v` means verbose and `-q` means quiet output.\n"
    assert not any(q.type == "match" for q in draft_of(two, markdown=True))


def test_a_rest_definition_list_gives_cards_and_an_enumerator_is_no_text():
    text = (
        "Harvesting\n==========\n\nThe harvester copies resources from remote services into "
        "the catalogue every night.\n\n"
        "#. Other remote GeoNode instances;\n#. OGC WMS servers.\n\n"
        "It recognizes the following parameters:\n\n"
        "harvest_map_services\n    Whether services of type ``MapServer`` ought to be harvested. "
        "Defaults to ``True``.\n\n"
        "Output\n    This one is tricky, but it will be sRGB in the end.\n\n"
        ">>> print(tr.stats)\n    network: EV\n"
    )
    drafted = draft_of(text, rest=True)
    cards = {q.front: q.back for q in drafted if q.type == "card"}
    assert cards == {
        "harvest_map_services": "Whether services of type MapServer ought to be harvested. "
        "Defaults to True."
    }
    assert not any("#." in (getattr(q, "text", "") or "") for q in drafted)


def test_a_definition_list_entry_cites_its_own_section_not_the_first_mention():
    text = (
        "Selections\n==========\n\nUse not, and or or to combine selections of atoms.\n\n"
        "Boolean\n-------\n\nnot\n    All atoms not in the selection that follows the keyword.\n\n"
        "and\n    All atoms in both the selection before and the selection after it.\n"
    )
    cards = [q for q in draft_of(text, rest=True) if q.type == "card"]
    assert {q.citations[0].section for q in cards} == {"Boolean"}, cards


def test_a_one_letter_variable_is_no_pages_subject():
    from quiz.authoring.drafting.code_subject import subject_of
    from quiz.authoring.drafting.document import parse_document

    text = (
        "# High-Level Interface\n\nT is the temperature in kelvin. T and P fix the state; "
        "give T first.\n\n## Inputs\n\nThe `PropsSI` function takes T, P and the fluid name.\n"
    )
    assert subject_of(parse_document(text, markdown=True)) != "T"
