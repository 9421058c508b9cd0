"""`quiz run` end to end: scripted sessions through click's CliRunner (stdin is not a tty).

Here: scoring, quitting, retries, seeds and what is typed. Exact output and colour are in
test_run_cli_output.py, whole decks answered all right or all wrong in test_run_cli_decks.py.
"""

from __future__ import annotations

import io

from click.testing import CliRunner
from run_helpers import ENV, flat, normalise_time, right_lines, run, session_items, wrong_lines

from quiz.answers.arrangement import choices_shown
from quiz.bank.model import Choice, Cloze, Multi, Order, Short
from quiz.cli import cli
from quiz.exams.paper import CLOZE_SEPARATOR, written_answer


def test_partial_credit_scores_as_specified(every_type):
    """multi 2 of 3 = 2/3; order, first two swapped = 2/3; match 1 of 2 = 1/2; cloze 1 of 2."""
    types = ("multi", "order", "match", "cloze")
    args = [str(every_type), "--seed", "2", *(x for t in types for x in ("--type", t))]
    items = session_items([str(every_type)], 2, types=types)
    lines = []
    for item in items:
        written = written_answer(item.question, item.arrangement)
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


def test_piped_unreadable_answers_count_wrong_with_a_note_and_never_loop(every_type):
    """One line is one answer when piped: 'e' is wrong, and the next line answers question 2."""
    items = session_items([str(every_type)], 1, types=("choice", "numeric"))
    lines = ["e" if isinstance(items[0].question, Choice) else "a lot", *right_lines(items[1])]
    result = run([str(every_type), "--seed", "1", "--type", "choice", "--type", "numeric"], lines)
    assert result.exit_code == 0
    assert "Wrong. Not read as an answer, so counted wrong." in result.stdout
    earned = items[1].question.points
    assert f"{earned:g} of 3 points · 1 right, 1 wrong" in result.stdout
    assert "Stopped" not in result.stdout


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


def test_same_seed_same_session(every_type):
    items = session_items([str(every_type)], 5)
    lines = [x for i in items for x in wrong_lines(i)]
    first = run([str(every_type), "--seed", "5"], lines)
    second = run([str(every_type), "--seed", "5"], lines)
    other = run([str(every_type), "--seed", "6"], lines)
    assert normalise_time(first.stdout) == normalise_time(second.stdout)
    assert normalise_time(first.stdout) != normalise_time(other.stdout)


def test_usage_errors(every_type):
    nothing = run([str(every_type), "--tag", "nope"], [])
    assert nothing.exit_code == 2  # an option that fits no question is a usage error
    assert nothing.stderr.startswith("no questions match --tag nope; tags here: example, firms")
    assert run([str(every_type), "--type", "essay"], []).exit_code == 2
    assert run([str(every_type), "--limit", "0"], []).exit_code == 2
    missing = run(["no-such-deck"], [])
    assert missing.exit_code == 2 and "no-such-deck" in missing.stderr


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
    shown = dict(choices_shown(item.question, item.arrangement))
    assert shown["c"] != "C"  # this seed puts another vitamin on letter c
    right = next(key for key, text in shown.items() if text == "C")
    out = run([str(deck), "--seed", "1"], ["c"]).stdout
    assert f"Wrong. You picked c) {shown['c']}.\nAnswer: {right}) C\n" in out
    assert "Right." in run([str(deck), "--seed", "1"], [right]).stdout
