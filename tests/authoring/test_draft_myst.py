"""MyST markup in Markdown (Jupyter Book, Sphinx): directives, their options, roles, math."""

from __future__ import annotations

from draft_texts import draft_of
from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.authoring.drafting.document import parse_document
from quiz.authoring.drafting.myst import read_myst

BOOK = (
    "# Polarity\n\n## Early work\n\n"
    "The first time scale was published by Allan Cox in 1963 at Menlo Park ({cite:t}`cox1963`).\n\n"
    ":::{figure} ../figures/cox64.png\n:name: fig:cox64\n:alt: Polarity from 1966 lava flows.\n"
    ":width: 80%\n\nMagnetic polarities plotted against age, redrawn in 1964 from lava flows.\n"
    ":::\n\n"
    "(fig-x)=\n"
    "The boundary lies at 65$\\pm$0.3 Ma and the Velden survey of 1971 mapped 34 anomalies in "
    "all.\n\n"
    ":::{quiz} A district has 25 schools and 4 of them are chosen. What plan is this?\n:::\n\n"
    "```{admonition} Example: Nurses\n:class: tip\n\nA hospital has 400 nurses in 1990.\n```\n\n"
    '{% include figure.html\n  width="66%"\n  caption="The fort in 1859."\n%}\n'
)


def test_a_directives_options_figures_quizzes_and_worked_examples_give_no_question():
    drafted = draft_of(BOOK, markdown=True)
    answers = {str(getattr(q, "answer", "")) for q in drafted}
    shown = " ".join(str(getattr(q, "prompt", "") or getattr(q, "text", "")) for q in drafted)
    assert not answers & {"80", "66", "1966", "1964", "25", "400", "1990", "1859"}, answers
    assert "1963" in answers or "1963" in shown, (answers, shown)
    for residue in ("{cite", "()", ":width:", "$", "\\pm", "{%", "fig-x"):
        assert residue not in shown, (residue, shown)


def test_roles_keep_what_they_show_and_money_is_no_math():
    text = (
        "Call `print()` or {term}`json` ({cite:p}`x`; {cite:p}`y`). "
        "Pay $20.8 billion and $6 billion."
    )
    assert read_myst(text) == "Call `print()` or json. Pay $20.8 billion and $6 billion."
    assert read_myst("It is $x^2 + 1$ wide.") == "It is … wide."


def test_a_note_keeps_its_text_without_its_options():
    text = ":::{note}\n:class: important\n\nThe survey was repeated in 1979.\n:::\n"
    assert read_myst(text) == ":::{.note}\n\nThe survey was repeated in 1979.\n:::\n"


_PIECES = [":::", "::::", "```", "{figure}", "{note}", "{cite:t}`a`", ":width: 5%", "\n", "\n\n",
           "$", "$$", "\\pm", "(x)=", "text 1901.", "{term}`b`", " ", "`", "{", "}"]  # fmt: skip


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=50))
def test_any_myst_reads_without_error(pieces):
    """Whatever MyST marks a document holds, unclosed or misplaced, it reads."""
    text = "".join(pieces)
    assert isinstance(read_myst(text), str)
    doc = parse_document(text, markdown=True)
    assert all(s.strip() for p in doc.paragraphs for s in p.sentences)


def test_a_reference_in_running_text_points_elsewhere_and_asks_nothing():
    text = (
        "# Taxes\n\n## Revenue\n\n"
        "According to {numref}`fr_fig5`, tax revenues of France did not recover until 1815.\n\n"
        "The Velden tax office opened in 1791 and the mint of Ostmark followed in 1795.\n"
    )
    assert read_myst("adopted by {cite}`Cagan`, it was") == "adopted by [link], it was"
    answers = {str(getattr(q, "answer", "")) for q in draft_of(text, markdown=True)}
    assert "1815" not in answers, answers


def test_a_code_cells_comments_are_no_headings_and_yaml_options_are_no_text():
    text = (
        "---\njupytext:\n  formats: md:myst\n---\n\n(chap_x)=\n# Microscopes & detectors\n\n"
        "```{code-cell} ipython3\n:tags: [hide-cell]\n\n# Default imports\nimport numpy\n```\n\n"
        "## Detectors\n\nA CCD counts the photons at each pixel, as Boyle found in 1969.\n\n"
        "```{glue:figure} fig_ccd\n---\nalign: center\nname: fig-ccd\n---\n\n"
        "An illustration of the basic operation of a CCD camera from 1975.\n```\n"
    )
    doc = parse_document(text, markdown=True)
    assert doc.title == "Microscopes & detectors"
    assert {p.section for p in doc.paragraphs} == {"Detectors"}
    assert not any("1975" in p.text or "align" in p.text for p in doc.paragraphs)


def test_a_jupytext_cell_break_is_no_paragraph():
    text = (
        "# Climate\n\n## Atmosphere\n\n> The gaseous envelope surrounding the Earth.\n\n"
        '+++ {"slideshow": {"slide_type": "fragment"}}\n\n'
        "## Hydrosphere\n\n> The liquid water of the climate system, such as oceans and lakes.\n\n"
        "+++\n"
    )
    doc = parse_document(text, markdown=True)
    assert [p.text for p in doc.paragraphs] == [
        "The gaseous envelope surrounding the Earth.",
        "The liquid water of the climate system, such as oceans and lakes.",
    ]


def test_a_latex_command_on_a_line_of_its_own_is_no_title():
    text = (
        "\\mainmatter\n\n```{r setup, include=FALSE}\nknitr::opts_chunk$set(echo = TRUE)\n```\n\n"
        "# Introduction to Genomics {#intro}\n\n"
        "Genomics studies the whole genome of an organism.\n\n"
        "## Genes\n\nA gene is a stretch of DNA that codes for a protein.\n"
    )
    assert parse_document(text, markdown=True).title == "Introduction to Genomics"
