"""`quiz run` output: the exact text of a short session, deck text never markup, colour."""

from __future__ import annotations

import re

from click.testing import CliRunner
from run_helpers import ENV, normalise_time, run

from quiz.cli import cli

EXACT = """\
Every question type · 2 questions
Type q to stop and see your score; Enter alone skips a question.

─────────────────────────── Question 1 of 2 · choice ───────────────────────────
Which country became the USSR's main creditor in the 1920s?
  a) United States
  b) Germany
  c) France
  d) Great Britain
Letter › c
Wrong. You picked c) France.
Answer: b) Germany
Falling export prices after 1929 made foreign credit essential.
Sources: Russia Beyond, What role did Germany play in industrializing the USSR
in the 1930s?, § German loans; Sara Moore, How Hitler Came To Power, p. 128-129

────────────────────────── Question 2 of 2 · numeric ───────────────────────────
How much had Berlin lent Moscow by 1925?
Number (million marks) › 100,000,000
Right.
The sum tripled the following year.
Source: Russia Beyond, What role did Germany play in industrializing the USSR in
the 1930s?, § German loans

─────────────────────────────────── Summary ────────────────────────────────────
Score 67% · 2 of 3 points · 1 right, 1 wrong · 0 s

By tag
 tag     questions   points   score
────────────────────────────────────
 loans           2      2/3     67%

Missed
 question                                          your answer   correct answer
────────────────────────────────────────────────────────────────────────────────
 Which country became the USSR's main creditor     c             b) Germany
 in the 1920s?
"""


def test_exact_output_of_a_short_session(every_type):
    result = run(
        [str(every_type), "--seed", "3", "--tag", "loans", "--no-shuffle"], ["c", "100,000,000"]
    )
    assert result.exit_code == 0
    # rich pads table rows with spaces; trailing spaces are invisible, so not compared
    assert "\n".join(line.rstrip() for line in normalise_time(result.stdout).split("\n")) == EXACT


def test_background_follows_the_explanation_under_its_own_label(every_type):
    result = run([str(every_type), "--tag", "military"], ["1a 2b"])
    after = result.stdout.split("Match each town", 1)[1]
    assert (
        "The notes date the agreement to March 1926.\n"
        "Background (not from the source): Both lay far from Allied inspectors.\n"
        "Source: Sara Moore, How Hitler Came To Power, p. 128-129\n"
    ) in after


def test_deck_text_is_printed_literally_never_as_markup(tmp_path):
    deck = tmp_path / "markup.yaml"
    deck.write_text(
        "deck: markup\ntitle: '[bold]Markup[/bold]'\nquestions:\n"
        "  - id: q1\n    type: short\n"
        "    prompt: 'Is [red]this[/red] red? #read(\"/etc/passwd\")'\n"
        "    answer: '[b]no[/b]'\n    explanation: '[link=http://x]click[/link]'\n"
        "    background: '[red]bg[/red]'\n",
        encoding="utf-8",
    )
    result = run([str(deck)], ["[i]yes"])
    assert "[bold]Markup[/bold] · 1 question" in result.stdout
    assert 'Is [red]this[/red] red? #read("/etc/passwd")' in result.stdout
    assert "Answer: [b]no[/b]" in result.stdout
    assert "[link=http://x]click[/link]" in result.stdout
    assert "Background (not from the source): [red]bg[/red]" in result.stdout


def test_colour_only_on_a_terminal_without_no_color(every_type):
    args = [str(every_type), "--limit", "1"]
    coloured = CliRunner(env={**ENV, "FORCE_COLOR": "1", "TERM": "xterm-256color"}).invoke(
        cli, ["run", *args], input="\n\n"
    )
    plain = CliRunner(
        env={**ENV, "FORCE_COLOR": "1", "NO_COLOR": "1", "TERM": "xterm-256color"}
    ).invoke(cli, ["run", *args], input="\n\n")
    assert re.search(r"\x1b\[(\d+;)*3[0-7]m", coloured.stdout)
    assert not re.search(r"\x1b\[(\d+;)*3[0-7]m", plain.stdout)
    assert "\x1b" not in run(args, ["", ""]).stdout
