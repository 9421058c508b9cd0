"""AsciiDoc read as its markup means: headings, skipped blocks, glossaries, inline text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.authoring.drafting.asciidoc import asciidoc_blocks, looks_like_asciidoc
from quiz.authoring.drafting.asciidoc_inline import inline
from quiz.authoring.drafting.document import parse_document
from quiz.authoring.drafting.files import read_document
from quiz.cli import cli

DOCUMENTS = Path(__file__).parent / "documents"

MILLS = """\
= Tidal Mills of the North Coast
Ada Wren <ada@example.org>
v1.2, 2024-03-01
:toc: left
:abbey: Saint Olaf

// a note for editors: check the dates
Tidal mills ground grain with the power of the tide.
The first mill on the Varn estuary opened in 1180 and was driven by a pond of 20 hectares.
The link:https://example.org/mills[mill register] lists every mill.footnote:[Kept by the county.]

== Early Mills

The miller paid a toll of *one sack in ten* to the abbey of {abbey}, as `toll-book` entries +
show. Each paid by the `toll
book` rule. The abbey kept the book until 1320, by {unset} order.

[source,shell]
----
$ grep 1180 mills.txt
Mills were counted in 1066.
----

NOTE: The abbey burned in 1402, and with it most of the early accounts.

.A sample ledger
....
Year  Sacks
1201  40
....

ifdef::backend-html5[]
A rebuilt mill at Eling has turned since 1418, as https://example.org/eling[its trust] says.
endif::[]

[[later-mills]]
=== Later Mills

* The wheel of Eling was replaced with an iron one in 1790.
. Steam pumps drained the pond at Eling after 1850, see <<early-mills,the early mills>>.

sluice:: a gate that holds back the water of a mill pond
millrace::
  the channel that carries water to the wheel

////
Mills were taxed in 1215.
////

====
Millers were the first engineers of the coast, Ada Wren wrote in 1931.
====

  An indented literal line from 1999.
"""


def test_an_asciidoc_document_keeps_its_prose_headings_and_glossary():
    doc = parse_document(MILLS, asciidoc=True)
    assert doc.title == "Tidal Mills of the North Coast"
    assert doc.sections == ("Introduction", "Early Mills", "Later Mills")
    sentences = [s for p in doc.paragraphs for s in p.sentences]
    assert sentences == [
        "Tidal mills ground grain with the power of the tide.",
        "The first mill on the Varn estuary opened in 1180 and was driven by a pond of 20"
        " hectares.",
        "The mill register lists every mill.",
        "The miller paid a toll of one sack in ten to the abbey of Saint Olaf, as toll-book"
        " entries show.",
        "Each paid by the toll book rule.",
        "The abbey kept the book until 1320, by order.",
        "The abbey burned in 1402, and with it most of the early accounts.",
        "A rebuilt mill at Eling has turned since 1418, as its trust says.",
        "The wheel of Eling was replaced with an iron one in 1790.",
        "Steam pumps drained the pond at Eling after 1850, see the early mills.",
        "Millers were the first engineers of the coast, Ada Wren wrote in 1931.",
    ]
    toll = doc.paragraphs[1]
    assert (toll.code, toll.bold, toll.by_code) == (
        ("toll-book", "toll book"),
        ("one sack in ten",),
        True,
    )
    assert [p.item for p in doc.paragraphs[-3:]] == [True, True, False]
    assert {(e.term, e.definition, e.locator.label) for e in doc.glossary} == {
        ("sluice", "a gate that holds back the water of a mill pond", "Later Mills"),
        ("millrace", "the channel that carries water to the wheel", "Later Mills"),
    }
    dropped = "\n".join(doc.dropped)
    for aside in ("Ada Wren <", ":toc:", "[source,shell]", "1066", ".A sample", "1215", "1999"):
        assert aside in dropped


GIT_STYLE = """\
tide-log(1)
===========

NAME
----
tide-log - Show the tide tables

SYNOPSIS
--------
[verse]
'tide log' [<options>] [<range>]

DESCRIPTION
-----------
Shows the tables of the tide, as linkgit:tide-chart[1] draws them and
linkgit:tide-gauge[1] reads them.

include::tide-options.txt[]

OPTIONS
-------
--follow::
--track::
\tKeep listing the tides of a harbour beyond a change of its name.

--depth=<n>::
\tShow depths in metres, rounded to `n` places.
+
The depth is read from the gauge.

SEE ALSO
--------
linkgit:tide-chart[1]
"""


def test_a_man_page_in_the_old_two_line_style():
    doc = parse_document(GIT_STYLE, asciidoc=True)
    assert doc.title == "tide-log(1)"
    assert doc.sections == ("DESCRIPTION", "OPTIONS")
    assert [p.text for p in doc.paragraphs] == [
        "Shows the tables of the tide, as tide-chart draws them and tide-gauge reads them.",
        "The depth is read from the gauge.",
    ]
    assert [(e.term, e.definition) for e in doc.glossary] == [
        ("--follow, --track", "Keep listing the tides of a harbour beyond a change of its name."),
        ("--depth=<n>", "Show depths in metres, rounded to n places."),
    ]
    assert "'tide log' [<options>] [<range>]" in doc.dropped  # the synopsis is code


@pytest.mark.parametrize(
    ("marked", "text", "code"),
    [
        ("see link:https://a.org/x[the register^] now", "see the register now", ()),
        ("see https://a.org/x[the register,window=_blank]", "see the register", ()),
        ("as xref:eling.adoc#wheel[the wheel] shows", "as the wheel shows", ()),
        ("<<later-mills,the mills>> and <<_steam_pumps>>", "the mills and steam pumps", ()),
        ("run linkgit:git-log[1] first", "run git-log first", ()),
        ("a mill.footnote:[Kept by the county.] Then", "a mill. Then", ()),
        ("_italic_, __mid__word and #marked#", "italic, midword and marked", ()),
        ("*-o, --out*=_OUT_FILE_ or *x*", "-o, --out=OUT_FILE or x", ()),
        ("run `grep -c` or ``x``s, `*a*`", "run grep -c or xs, *a*", ("grep -c", "x", "*a*")),
        ("the +{x}+ form and `+{y}+`", "the {x} form and {y}", ("{y}",)),
        ("about 10^6^ tonnes of H~2~O", "about 10^6 tonnes of H2O", ()),
        ("the 'tide log' command", "the tide log command", ()),
        ("press kbd:[Ctrl+T] then image:x.png[a mill]", "press Ctrl+T then", ()),
        ("snake_case_name and C++ and C#", "snake_case_name and C++ and C#", ()),
    ],
)  # fmt: skip
def test_inline_markup_is_read_as_its_text(marked, text, code):
    assert inline(marked)[:2] == (text, code)


def test_bold_phrases_are_kept_for_terms():
    assert inline("A *sluice* holds **the pond** back.")[2] == ("sluice", "the pond")


def test_a_heading_underline_must_fit_its_title_and_a_listing_is_no_underline():
    text = "Mills\n-----\n\nRun it:\n\n----\nA listing line.\n----\n\nText about mills.\n----\n"
    blocks = asciidoc_blocks(text).blocks
    assert [(b.text, b.heading) for b in blocks if not b.mark] == [
        ("Mills", 2),
        ("Run it:", None),
        ("Text about mills.", None),
    ]


REST = """\
-----------
Tidal Mills
-----------

Mills
-----

The first.

----

The second.

.. note:: Mills ground grain.

See :ref:`mills` and ``pond`` and :meth:`grind`, :class:`Mill`, ``sluice``.
"""


def test_only_asciidoc_looks_like_asciidoc():
    assert looks_like_asciidoc(MILLS)
    assert looks_like_asciidoc(GIT_STYLE)
    listings = "Run it.\n\n[synopsis]\ntide run\n" + "\n----\n$ tide log --all\n----\n" * 4
    assert looks_like_asciidoc(listings)  # listing blocks and an attribute line
    assert not looks_like_asciidoc("Run it.\n" + "\n----\n$ tide log --all\n----\n" * 9)
    assert not looks_like_asciidoc(REST)
    for name in ("carpentries-shell-pipes-and-filters.md", "mdn-web-and-web-standards.md"):
        assert not looks_like_asciidoc((DOCUMENTS / name).read_text(encoding="utf-8")), name
    prose = (DOCUMENTS / "wikipedia-john-b-watson.txt").read_text(encoding="utf-8")
    assert not looks_like_asciidoc(prose)


def test_a_txt_file_in_asciidoc_is_read_as_asciidoc(tmp_path):
    (tmp_path / "mills.txt").write_text(MILLS, encoding="utf-8")
    assert read_document(tmp_path / "mills.txt").sections == (
        "Introduction",
        "Early Mills",
        "Later Mills",
    )


def test_quiz_draft_and_coverage_read_an_adoc_file(tmp_path):
    (tmp_path / "mills.adoc").write_text(MILLS, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(
        cli, ["draft", str(tmp_path / "mills.adoc"), "-o", str(tmp_path / "d.yaml")]
    )
    assert result.exit_code == 0, result.output
    questions = yaml.safe_load((tmp_path / "d.yaml").read_text(encoding="utf-8"))["questions"]
    assert {q["source"]["section"] for q in questions} <= {
        "Introduction",
        "Early Mills",
        "Later Mills",
    }
    cards = {q["front"]: q["back"] for q in questions if q["type"] == "card"}
    assert cards["sluice"] == "A gate that holds back the water of a mill pond."
    shown = json.dumps([q.get("prompt", q.get("text", q.get("back"))) for q in questions])
    for markup in ("----", "link:", "[source", "grep", "1066", "1215", "footnote", "abbey}"):
        assert markup not in shown, markup
    args = ["coverage", str(tmp_path / "d.yaml"), str(tmp_path / "mills.adoc"), "--json"]
    report = json.loads(runner.invoke(cli, args).output)
    assert [u["label"] for u in report["units"]] == ["Introduction", "Early Mills", "Later Mills"]


def test_an_unknown_suffix_names_adoc_among_those_read(tmp_path):
    (tmp_path / "mills.docbook").write_text("Mills.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["draft", str(tmp_path / "mills.docbook")])
    assert result.exit_code == 2
    assert "not a .txt, .md, .rst or .adoc document" in result.output


_PIECES = ["\n", "\n\n", "  ", "= ", "== ", "----", "....", "====", "////", "+", " +", "::", ":",
           "[source]", "[[a]]", ".T", "* ", ". ", "NOTE: ", "`", "*", "_", "#", "{a}", "<<a>>",
           "link:u[", "]", "Mills ground grain in 1180.", "term", "ifdef::x[]", "\t"]  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60))
def test_any_asciidoc_reads_without_error_and_ends_every_block(pieces):
    """Whatever marks a document holds, unclosed or misplaced, it reads; every skipped block
    ends with the text (an unclosed listing swallows the rest, as Asciidoctor does)."""
    doc = parse_document("".join(pieces), asciidoc=True)
    assert all(s.strip() for p in doc.paragraphs for s in p.sentences)
    assert all(e.term.strip() and e.definition.strip() for e in doc.glossary)


def test_a_txt_that_is_rest_stays_rest_though_its_directives_look_like_asciidoc(tmp_path):
    from quiz.authoring.drafting.files import read_document

    lines = ["Harbour lists", "=============", ""]
    for n in range(3):
        lines += [
            f"Section {n}", "---------", "",
            f".. note:: The harbour of Velden kept list {n} of every ship from 1881.", "",
            f"See :ref:`ships-{n}` for how the clerks of Velden counted the ships in 1882.",
            "",
            "Example:: the clerks wrote each name in the ledger of the harbour office.", "",
        ]  # fmt: skip
    path = tmp_path / "lists.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    doc = read_document(path)
    text = " ".join(s for p in doc.paragraphs for s in p.sentences)
    assert ".. note::" not in text and ":ref:" not in text, text
    assert {loc.label for loc in doc.locators} >= {"Section 0", "Section 2"}


def test_front_matter_above_an_asciidoc_document_is_no_text_and_may_title_it(tmp_path):
    from quiz.authoring.drafting.files import read_document

    path = tmp_path / "model.adoc"
    path.write_text(
        "---\ntitle: A model of the harbour office\nauthors:\n  - author: Karl Brandt\n---\n\n"
        "= A model of the harbour office\n:toc: macro\n\n== Overview\n\n"
        "The harbour office of Velden was founded by the merchants of the town in 1312.\n",
        encoding="utf-8",
    )
    doc = read_document(path)
    assert doc.title == "A model of the harbour office"
    assert [str(loc) for loc in doc.locators] == ["§ Overview"]
    assert [s for p in doc.paragraphs for s in p.sentences] == [
        "The harbour office of Velden was founded by the merchants of the town in 1312."
    ]
