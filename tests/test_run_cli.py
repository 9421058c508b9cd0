"""`quiz run` end to end: scripted sessions through click's CliRunner (stdin is not a tty).

Options are shuffled in every session; the scripts know the right letters by
building the same session with the same seed through the pure engine
(``select`` with ``random.Random(seed)``, exactly as the command does).
"""

from __future__ import annotations

import io
import random
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from quiz.cli import cli
from quiz.exam_sheet import CLOZE_SEPARATOR, written_answer
from quiz.grading import check_answer
from quiz.layout import choices_shown, letter
from quiz.library import bundled_dir, load_decks
from quiz.model import Card, Choice, Cloze, Match, Multi, Numeric, Order, Short, TrueFalse
from quiz.session import select
from quiz.terminal_view import points as points_text

ENV = {"COLUMNS": "80", "NO_COLOR": None, "FORCE_COLOR": None, "TERM": "dumb"}


def session_items(decks, seed, **options):
    return select(load_decks(decks), rng=random.Random(seed), **options)


def right_lines(item):
    q, layout = item.question, item.layout
    if isinstance(q, Card):
        return ["", "y"]
    return written_answer(q, layout).split(CLOZE_SEPARATOR)


def wrong_lines(item):
    q, layout = item.question, item.layout
    shown = choices_shown(q, layout)
    if isinstance(q, Card):
        return ["", "n"]
    if isinstance(q, Cloze):
        return ["zzz"] * len(q.deletions)
    if isinstance(q, Choice):
        return [next(key for key, text in shown if text != q.answer)]
    if isinstance(q, Multi):
        return [" ".join(key for key, text in shown if text not in q.answers)]
    if isinstance(q, TrueFalse):
        return [next(key for key, text in shown if text != str(q.answer))]
    if isinstance(q, Short):
        return ["zzz"]
    if isinstance(q, Numeric):
        return [str(q.answer + q.tolerance + 1000)]
    if isinstance(q, Order):
        return [" ".join(reversed(written_answer(q, layout).split()))]
    assert isinstance(q, Match)
    n = len(q.pairs)  # every row paired with the next row's letter: all pairs wrong, one line
    pairs = (
        f"{row + 1}{letter((layout.order.index(p) + 1) % n)}" for row, p in enumerate(layout.left)
    )
    return [" ".join(pairs)]


def run(args, lines):
    return CliRunner(env=ENV).invoke(cli, ["run", *args], input="".join(f"{x}\n" for x in lines))


def flat(text):
    return " ".join(text.split())


def test_partial_credit_scores_as_specified(every_type):
    """multi 2 of 3 = 2/3; order, first two swapped = 2/3; match 1 of 2 = 1/2; cloze 1 of 2."""
    types = ("multi", "order", "match", "cloze")
    args = [str(every_type), "--seed", "2", *(x for t in types for x in ("--type", t))]
    items = session_items([str(every_type)], 2, types=types)
    lines = []
    for item in items:
        written = written_answer(item.question, item.layout)
        key = written.split(CLOZE_SEPARATOR if isinstance(item.question, Cloze) else None)
        if isinstance(item.question, Cloze):
            lines += [key[0], "zzz"]
        elif isinstance(item.question, Multi):
            lines.append(" ".join(key[:2]))
        elif isinstance(item.question, Order):
            lines.append(" ".join([key[1], key[0], *key[2:]]))
        else:
            lines.append(key[0])  # one pair of two
    result = run(args, lines)
    out = result.stdout
    assert "Partly right (67%). 2 of 3 right options picked: 67% credit" in flat(out)
    assert "Partly right (67%). 2 of 3 pairs in the right order: 67% credit." in out
    assert "Partly right (50%). 1 of 2 pairs right." in out
    assert "Partly right (50%). 1 of 2 blanks right. [2] is '17'." in out
    assert "Score 58% · 2.33 of 4 points · 0 right, 4 partly right, 0 wrong" in out


def test_q_quits_with_the_summary_of_what_was_answered(every_type):
    items = session_items([str(every_type)], 4)
    lines = [*right_lines(items[0]), *right_lines(items[1]), "q", "never read"]
    result = run([str(every_type), "--seed", "4"], lines)
    assert result.exit_code == 0
    assert "Question 3 of 9" in result.stdout
    assert "Question 4 of 9" not in result.stdout
    assert "Stopped after 2 of 9 questions." in result.stdout
    assert "Score 100%" in result.stdout


def test_end_of_input_quits_like_ctrl_d(every_type):
    result = run([str(every_type)], [])
    assert result.exit_code == 0
    assert result.stdout.endswith(" Summary " + "─" * 36 + "\nNo questions answered.\n")


class InterruptingInput(io.BytesIO):
    """stdin that delivers its lines, then behaves as if Ctrl-C were pressed."""

    def read(self, size=-1):
        data = super().read(size)
        if not data and size != 0:
            raise KeyboardInterrupt
        return data

    read1 = read


def test_ctrl_c_shows_the_summary_and_no_traceback(every_type):
    items = session_items([str(every_type)], 4)
    script = "".join(f"{x}\n" for x in right_lines(items[0])).encode()
    result = CliRunner(env=ENV).invoke(
        cli, ["run", str(every_type), "--seed", "4"], input=InterruptingInput(script)
    )
    assert result.exit_code == 130
    assert "Stopped after 1 of 9 questions." in result.stdout
    assert "Traceback" not in result.output
    assert result.stderr == "\ninterrupted\n"


def test_unreadable_answers_are_asked_again(every_type):
    items = session_items([str(every_type)], 1, types=("choice",))
    result = run(
        [str(every_type), "--seed", "1", "--type", "choice"], ["e", "a b", *right_lines(items[0])]
    )
    assert "There is no 'e' here: answer with letters a-d." in result.stdout
    assert "Pick one letter." in result.stdout
    assert "Score 100%" in result.stdout


def test_retry_asks_again_until_right(every_type):
    items = session_items([str(every_type)], 1, types=("true_false", "short"))
    lines = [*wrong_lines(items[0]), *right_lines(items[1])]
    lines += ["zzz", "Ernst May"] if isinstance(items[0].question, Short) else ["t", "f"]
    result = run(
        [str(every_type), "--seed", "1", "--type", "true_false", "--type", "short", "--retry"],
        lines,
    )
    out = result.stdout
    assert "Now the questions you missed, until right:" in out
    assert out.count("Again · ") == 2
    assert "Score 50% · 1 of 2 points · 1 right, 1 wrong" in out
    assert "2 retries of missed questions (not scored)." in out


def normalise_time(text):
    return re.sub(r"· \d+ (min \d+ )?s\n", "· 0 s\n", text)


def test_same_seed_same_session(every_type):
    items = session_items([str(every_type)], 5)
    lines = [x for i in items for x in wrong_lines(i)]
    first = run([str(every_type), "--seed", "5"], lines)
    second = run([str(every_type), "--seed", "5"], lines)
    other = run([str(every_type), "--seed", "6"], lines)
    assert normalise_time(first.stdout) == normalise_time(second.stdout)
    assert normalise_time(first.stdout) != normalise_time(other.stdout)


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
Source: Russia Beyond, What role did Germany play in industrializing the USSR in
the 1930s?, § German loans

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


def test_deck_text_is_printed_literally_never_as_markup(tmp_path):
    deck = tmp_path / "markup.yaml"
    deck.write_text(
        "deck: markup\ntitle: '[bold]Markup[/bold]'\nquestions:\n"
        "  - id: q1\n    type: short\n"
        "    prompt: 'Is [red]this[/red] red? #read(\"/etc/passwd\")'\n"
        "    answer: '[b]no[/b]'\n    explanation: '[link=http://x]click[/link]'\n",
        encoding="utf-8",
    )
    result = run([str(deck)], ["[i]yes"])
    assert "[bold]Markup[/bold] · 1 question" in result.stdout
    assert 'Is [red]this[/red] red? #read("/etc/passwd")' in result.stdout
    assert "Answer: [b]no[/b]" in result.stdout
    assert "[link=http://x]click[/link]" in result.stdout


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


def test_usage_errors(every_type):
    nothing = run([str(every_type), "--tag", "nope"], [])
    assert nothing.exit_code == 2  # an option that fits no question is a usage error
    assert nothing.stderr.startswith("no questions match --tag nope; tags here: example, firms")
    assert run([str(every_type), "--type", "essay"], []).exit_code == 2
    assert run([str(every_type), "--limit", "0"], []).exit_code == 2
    missing = run(["no-such-deck"], [])
    assert missing.exit_code == 2 and "no-such-deck" in missing.stderr


BUNDLED = sorted(path.stem for path in bundled_dir().glob("*.yaml"))
EVERY_TYPE = str(Path(__file__).parent / "fixtures" / "every-type.yaml")


def test_the_three_decks_are_bundled():
    assert len(BUNDLED) == 3


@pytest.mark.parametrize("deck", [EVERY_TYPE, *BUNDLED])
def test_a_whole_deck_all_right_scores_100(deck):
    items = session_items([deck], 2024)
    result = run([deck, "--seed", "2024"], [x for i in items for x in right_lines(i)])
    assert result.exit_code == 0, result.output
    n, points = len(items), points_text(sum(i.question.points for i in items))
    assert f"Question {n} of {n}" in result.stdout
    assert f"Score 100% · {points} of {points} points · {n} right, 0 wrong" in result.stdout
    assert "Missed" not in result.stdout


@pytest.mark.parametrize("deck", [EVERY_TYPE, *BUNDLED])
def test_a_whole_deck_all_wrong_scores_0_and_shows_every_answer(deck):
    items = session_items([deck], 7)
    result = run([deck, "--seed", "7"], [x for i in items for x in wrong_lines(i)])
    assert result.exit_code == 0, result.output
    n, points = len(items), points_text(sum(i.question.points for i in items))
    out = flat(result.stdout)
    assert f"Score 0% · 0 of {points} points · 0 right, {n} wrong" in out
    assert not re.search(r"^(Right\.|Partly right|Knew it\.)", result.stdout, re.MULTILINE)
    blocks = re.split(r"\n─+ (?:Question|Summary) [^\n]*\n", result.stdout)[1:]
    assert len(blocks) == n + 1  # one per question, then the summary
    for item, block in zip(items, blocks[:n], strict=True):
        q = item.question
        if isinstance(q, Card):  # the other side is shown before the self-grade
            shown = q.front if item.layout.reverse else q.back
            assert f"{flat(shown)} Did you know it? (y/n) › n Not yet." in flat(block), q.id
        else:
            expected = check_answer(q, "", item.layout).expected
            assert f"Answer: {flat(expected)}" in flat(block), q.id


def first_type(args):
    """The type of the first question, from its heading: 'Question 1 of 9 · choice'."""
    heading = run(args, []).stdout.split("\n")[3]  # intro, hint, blank, then the heading
    return heading.strip("─ ").split(" · ")[1].split(",")[0]


def test_limit_and_shuffle(every_type):
    ordered = run([str(every_type), "--no-shuffle", "--limit", "3"], [])
    assert ordered.stdout.startswith("Every question type · 3 questions\n")
    assert first_type([str(every_type), "--no-shuffle", "--seed", "2"]) == "card"  # deck order
    firsts = {first_type([str(every_type), "--seed", str(seed)]) for seed in range(8)}
    assert len(firsts) > 2  # the first question changes with the seed


VITAMINS = """\
deck: vitamins
title: Vitamins
questions:
  - id: scurvy
    type: choice
    prompt: Which vitamin prevents scurvy?
    options: [C, B, D, A]
    answer: C
"""


def test_a_letter_typed_for_options_that_are_letters_is_read_as_the_letter(tmp_path):
    """Typing 'c' means the option lettered c), not the option whose text is 'C'."""
    deck = tmp_path / "vitamins.yaml"
    deck.write_text(VITAMINS, encoding="utf-8")
    [item] = session_items([str(deck)], 1)
    shown = dict(choices_shown(item.question, item.layout))
    assert shown["c"] != "C"  # this seed puts another vitamin on letter c
    right = next(key for key, text in shown.items() if text == "C")
    out = run([str(deck), "--seed", "1"], ["c"]).stdout
    assert f"Wrong. You picked c) {shown['c']}.\nAnswer: {right}) C\n" in out
    assert "Right." in run([str(deck), "--seed", "1"], [right]).stdout
