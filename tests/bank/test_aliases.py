"""YAML aliases cannot multiply work: each fault is reported once, and a deck that aliases
would blow up past its own size plus 1 MB is one error before anything is built."""

from __future__ import annotations

from click.testing import CliRunner

from quiz.bank.loader import read_deck
from quiz.cli import cli
from quiz.export import gift

HEAD = "deck: d\ntitle: T\nquestions:\n"


def test_a_fault_reached_through_many_aliases_is_reported_once(tmp_path):
    path = tmp_path / "deck.yaml"
    broken = "  - &q {id: a, type: choice, prompt: p, options: &o [x, x], answer: z}\n"
    path.write_text(HEAD + broken + "  - *q\n" * 200, encoding="utf-8")
    deck, problems = read_deck(path)
    assert deck is None
    errors = [p for p in problems if p.severity == "error"]
    assert len(problems) - len(errors) == 2  # no source, no explanation: once each too
    assert [f"{p.line}:{p.col}: {p.message}" for p in errors] == [
        "4:13: duplicate id 'a' (first on line 4); ids must be unique",
        "4:57: duplicate option 'x'",
        "4:69: answer 'z' is not one of the options",
    ]


def test_nested_aliases_that_blow_up_are_one_error_before_any_work(tmp_path):
    """Eight levels of ten aliases: 10^8 copies of a 20-byte list from 600 bytes."""
    lines = ["deck: d", "title: T", "a0: &a0 [x, y, z, w, v]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    lines += ["questions:", "  - {id: q, type: choice, prompt: p, options: *a8, answer: x}"]
    path = tmp_path / "deck.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(path)])
    assert result.exit_code == 2
    assert result.output.count("\n") == 2  # the error and the summary
    assert result.output.startswith(
        f"{path}:11:5: yaml: aliases (*name) repeat this anchor until the deck reads as 3.4 GB"
        " from a file of 586 bytes; aliases may add at most the file's own size plus 1.0 MB:"
        " write the text out, or use fewer aliases\n"
    )


def test_a_valid_deck_whose_aliases_would_export_hundreds_of_mb_is_refused(tmp_path):
    text = "x" * 5000
    path = tmp_path / "deck.yaml"
    questions = [f"  - {{id: q0, type: short, prompt: &p '{text}', answer: a}}"]
    questions += [f"  - {{id: q{i}, type: short, prompt: *p, answer: a}}" for i in range(1, 2000)]
    path.write_text(HEAD + "\n".join(questions) + "\n", encoding="utf-8")
    out = tmp_path / "out.gift"
    result = CliRunner().invoke(cli, ["export", "gift", str(path), "-o", str(out)])
    assert result.exit_code == 2 and "aliases (*name) repeat this anchor" in result.output
    assert not out.exists()


def test_an_alias_inside_itself_is_one_error(tmp_path):
    path = tmp_path / "deck.yaml"
    path.write_text(HEAD + "  - &q {id: a, type: card, front: f, back: b, tags: *q}\n")
    _deck, problems = read_deck(path)
    assert [str(p) for p in problems] == [
        f"{path}:4:5: yaml: an alias inside this list or mapping repeats it, which would never"
        " end; remove the alias"
    ]


def test_aliases_used_as_authors_do_are_fine(tmp_path):
    path = tmp_path / "deck.yaml"
    path.write_text(
        "deck: d\ntitle: T\nsources: [{id: s, title: S, author: A}]\nquestions:\n"
        "  - {id: a, type: choice, prompt: p, options: &towns [Kazan, Lipetsk, Moscow],"
        " answer: Kazan, source: &cite {id: s, page: '3'}}\n"
        "  - {id: b, type: choice, prompt: q, options: *towns, answer: Moscow, source: *cite}\n",
        encoding="utf-8",
    )
    deck, problems = read_deck(path)
    assert deck is not None and [p for p in problems if p.severity == "error"] == []
    assert gift.write([deck], tmp_path / "out.gift").count == 2
