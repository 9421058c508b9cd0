"""`quiz draft` as a command: the file it writes loads, and bad input gets one clear line."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from draft_texts import ARTICLE, NOTES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.authoring.drafting.document import parse_document
from quiz.authoring.drafting.files import read_document
from quiz.authoring.drafting.writer import DraftOptions, deck_yaml, draft_deck
from quiz.bank.loader import load_deck, read_deck
from quiz.cli import cli
from quiz.core.errors import QuizError


def test_draft_is_deterministic_across_runs_and_hash_seeds(tmp_path):
    first = deck_yaml(
        draft_deck(parse_document(ARTICLE), DraftOptions(), name="a.txt").deck, name="a"
    )
    again = deck_yaml(
        draft_deck(parse_document(ARTICLE), DraftOptions(), name="a.txt").deck, name="a"
    )
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


_ALPHABET = (
    "abcXYZ 019.,;:!?()[]{}#*_-–—'\"“”\n\t$%&<>|^~`=/\\"
    "\x00\x07\x1b\x7f\x85\u2028\ufeff\ufffe\u00a0é中🙂"
)


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
        f"wrote {n} draft questions to {out} (1 choice, 1 cloze, 1 numeric)\n"
        "left out 5 less likely questions; --all offers them\n"
        "review each one, then remove its draft: true; `quiz check` lists those left\n"
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


def test_cli_draft_all_offers_the_questions_left_out_and_the_header_says_so(tmp_path):
    doc = _write(tmp_path, "railway.txt", ARTICLE)
    some = CliRunner().invoke(cli, ["draft", str(doc)])
    every = CliRunner().invoke(cli, ["draft", str(doc), "--all"])
    assert some.exit_code == every.exit_code == 0, some.output + every.output
    note = "# 5 less likely questions left out; `quiz draft --all` offers all.\n"
    assert note in some.output and "left out" not in every.output
    offered, everything = (re.findall(r"^  - id: (\S+)", r.output, re.M)[1:] for r in (some, every))
    assert len(offered) == 3 and len(everything) == 8
    assert set(offered) < set(everything)  # the same ids: --all only adds
    assert "money-capital-40-million-crowns-numeric" in set(everything) - set(offered)


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
        2,
        f"{out}: already exists; choose another name, or --force to replace it\n",
    )
    assert out.read_text() == "edited by hand\n"
    forced = CliRunner().invoke(cli, ["draft", str(doc), "-o", str(out), "--force"])
    assert forced.exit_code == 0 and out.read_text().startswith("# Drafted by")


@pytest.mark.parametrize(
    ("content", "args", "code", "message"),
    [
        (None, [], 2, "{doc}: no such file\n"),
        ("", [], 2, "{doc}: is empty\n"),
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


def test_a_document_saved_as_latin_1_or_windows_1252_is_read(tmp_path):
    text = (
        "Caf\u00e9s\n\nThe Caf\u00e9 Odeon in Z\u00fcrich was founded by Karl Brandt "
        "in 1911 \u2013 on the Limmatquai.\n"
    )
    doc = tmp_path / "cafe.txt"
    doc.write_bytes(text.encode("cp1252"))
    out = tmp_path / "cafe.yaml"
    result = CliRunner().invoke(cli, ["draft", str(doc), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "Caf\u00e9 Odeon in Z\u00fcrich" in out.read_text(encoding="utf-8")
    assert "\u2013" in out.read_text(encoding="utf-8")


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


def test_read_document_reads_markdown_by_its_suffix(tmp_path):
    text = "# The canal\n\n## Early years\n\nIn 1822 the company employed **300** workers.\n"
    md = read_document(_write(tmp_path, "canal.md", text))
    assert (md.title, md.sections) == ("The canal", ("Early years",))
    assert md.paragraphs[0].text == "In 1822 the company employed 300 workers."
    plain = read_document(_write(tmp_path, "canal.txt", text))
    assert plain == parse_document(text, fallback_title="canal") != md


def test_the_writer_keeps_background_and_every_citation(tmp_path, every_type):
    deck = load_deck(every_type)
    text = deck_yaml(deck, name="every-type.yaml")
    assert (
        "    background: Both lay far from Allied inspectors.\n"
        "    source: {id: moore, page: 128-129}\n"
    ) in text
    assert (
        "    source:\n"
        "      - {id: article, section: German loans}\n"
        "      - {id: moore, page: 128-129}\n"
    ) in text
    out = _write(tmp_path, "again.yaml", text)
    assert load_deck(out).questions == deck.questions


def test_control_characters_in_the_document_title_and_file_name_never_reach_the_deck(tmp_path):
    doc = tmp_path / "ctl\x1bname.txt"
    doc.write_text(
        "Title\x1b[31m of the port\n\nIn 1901 the \x07port handled 40 percent of the trade.\n",
        encoding="utf-8",
    )
    out = tmp_path / "draft.yaml"
    args = ["draft", str(doc), "-o", str(out), "--title", "A\x1b[2J title\nnext line"]
    result = CliRunner().invoke(cli, [*args, "--author", "Ann\x07 Example"])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output
    text = out.read_text(encoding="utf-8")
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", text)
    check = CliRunner().invoke(cli, ["check", str(out)])
    assert check.exit_code == 0, check.output
    deck, _ = read_deck(out)
    assert deck is not None and deck.sources[0].title == "A [2J title next line"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list(_ALPHABET)), min_size=1, max_size=400))
def test_any_text_drafts_to_a_deck_quiz_check_accepts(tmp_path_factory, noise):
    """Whatever a document holds (markup, control characters, numbers, names), a draft of it
    loads with nothing but draft warnings (or, when nothing is left to ask, say an
    unclosed code fence swallowed the text, one clear error). Cost: about 2 s."""
    text = f"# Some history\n\n{noise}\n\nIn 1861 the port of Velden handled 40 percent of trade.\n"
    for markdown in (False, True):
        try:
            deck = draft_deck(
                parse_document(text, markdown=markdown), DraftOptions(every=True), name="d"
            ).deck
        except QuizError as e:
            assert "nothing to draft" in str(e) and markdown
            continue
        path = tmp_path_factory.mktemp("d") / "draft.yaml"
        path.write_text(deck_yaml(deck, name="d.md"), encoding="utf-8")
        loaded, problems = read_deck(path)
        assert loaded is not None
        assert {p.severity for p in problems} == {"warning"}, [str(p) for p in problems]


CHAPTER = """\
Chapter 1.

Thomas Kelby was born at Newington in 1791, the son of a blacksmith, and was apprenticed \
to a bookbinder in 1804. He heard the lectures of Humphry Davy at the Royal Institution in \
1812 and wrote them out for Davy, who engaged him as an assistant in 1813.

Footnotes to Chapter 1

[1] The letter was printed in the Philosophical Magazine in 1858.
"""


def test_a_title_given_keeps_the_first_line_a_section_and_a_lone_chapter_cites_its_heading(
    tmp_path,
):
    doc = _write(tmp_path, "kelby.txt", CHAPTER)
    out = tmp_path / "kelby.yaml"
    args = ["draft", str(doc), "-o", str(out), "--title", "Kelby as a Discoverer"]
    assert CliRunner().invoke(cli, args).exit_code == 0
    deck = load_deck(out)
    assert deck.title == "Draft: Kelby as a Discoverer"
    cited = {c.section for q in deck.questions for c in q.citations}
    assert cited == {"Chapter 1."}, cited  # not "Introduction", nor the footnotes
    out.unlink()
    assert CliRunner().invoke(cli, ["draft", str(doc), "-o", str(out)]).exit_code == 0
    deck = load_deck(out)
    assert deck.title == "Draft: Chapter 1."
    assert {c.section for q in deck.questions for c in q.citations} == {"Chapter 1."}
    report = CliRunner().invoke(cli, ["coverage", str(out), str(doc)])
    assert "0 citations to a missing section" in report.output, report.output


def test_two_top_headings_are_two_sections_not_a_title():
    text = (
        "Ring Finding\n============\n\nThe kit finds the smallest rings with a search that "
        "Kelby wrote in 2006 for the first release.\n\nStereochemistry\n===============\n\n"
        "The kit reads stereo centres with a method that Orme added in 2011 to the kit.\n"
    )
    doc = parse_document(text, rest=True, fallback_title="kit-book")
    assert doc.title == "Kit book"
    assert doc.sections == ("Ring Finding", "Stereochemistry")
