"""`quiz review` end to end: CliRunner sessions with exact output, and a SIGKILLed process.

QUIZ_NOW fixes the wall clock (what is due, "today"); answers typed by the runner
are instant, so a right answer is always quick enough for Easy.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap

import pytest
from click.testing import CliRunner

from quiz.cli import cli
from quiz.srs.cards import Rating
from quiz.srs.store import Store

ENV = {"COLUMNS": "80", "NO_COLOR": None, "FORCE_COLOR": None, "TERM": "dumb"}
SAT_9AM = "2025-03-01T09:00:00+00:00"

MINI = """\
deck: mini
title: Mini deck
questions:
  - id: may-name
    type: short
    prompt: Which German architect planned Soviet socialist towns?
    answer: Ernst May
    explanation: His brigade planned some twenty towns.
    tags: [towns]
  - id: may-austrian
    type: true_false
    statement: Ernst May was Austrian.
    answer: false
    tags: [towns]
  - id: inspetsy
    type: card
    front: inspetsy
    back: foreign specialists
    tags: [terms]
"""

RULE = "─"


def rule(title: str) -> str:
    title = f" {title} "
    left = (80 - len(title)) // 2
    return RULE * left + title + RULE * (80 - left - len(title))


@pytest.fixture
def mini(tmp_path):
    path = tmp_path / "mini.yaml"
    path.write_text(MINI)
    return path


def review(args, lines, now=SAT_9AM):
    runner = CliRunner(env={**ENV, "QUIZ_NOW": now})
    return runner.invoke(cli, ["review", *args], input="".join(f"{x}\n" for x in lines))


def test_a_first_review_session(mini):
    lines = ["Ernst May", "t", "", "2", "f", "", "3", "q"]
    result = review([str(mini)], lines)
    assert result.exit_code == 0, result.output
    expected = f"""\
Mini deck · 0 due · 3 new
Type q to stop; each answer is saved as soon as you give it.

{rule("Question 1 · new · short")}
Which German architect planned Soviet socialist towns?
Answer › Ernst May
Right.
His brigade planned some twenty towns.
Saved: Easy · next in 6 days

{rule("Question 2 · new · true/false")}
Ernst May was Austrian.
True or false? (t/f) › t
Wrong. The statement is false.
Answer: False
Saved: Again · next in 1 minute

{rule("Question 3 · new · card")}
inspetsy
Enter shows the answer ›
foreign specialists
How well did you know it? 1 again, 2 hard, 3 good, 4 easy › 2
Knew it.
Saved: Hard · next in 6 minutes

{rule("Question 4 · learning · true/false")}
Ernst May was Austrian.
True or false? (t/f) › f
Right.
Saved: Easy · next in 1 day

{rule("Question 5 · learning · card")}
inspetsy
Enter shows the answer ›
foreign specialists
How well did you know it? 1 again, 2 hard, 3 good, 4 easy › 3
Knew it.
Saved: Good · next in 10 minutes

{rule("Question 6 · learning · card")}
inspetsy
Enter shows the answer › q

{rule("Reviewed")}
Answered 5 questions (3 new): 1 again, 1 hard, 1 good, 2 easy.
Next due in 10 minutes (Sat 1 Mar 09:10); due today 1, tomorrow 1.
"""
    assert result.stdout == expected
    with Store.open() as store:
        log = store.log("mini")
    assert [(e.question, e.rating, e.answer) for e in log] == [
        ("may-name", Rating.EASY, "Ernst May"),
        ("may-austrian", Rating.AGAIN, "t"),
        ("inspetsy", Rating.HARD, "2"),
        ("may-austrian", Rating.EASY, "f"),
        ("inspetsy", Rating.GOOD, "3"),
    ]


def test_coming_back_later_asks_what_is_due_and_says_when_nothing_is(mini):
    review([str(mini)], ["Ernst May", "f", "", "4"])  # all right: nothing in learning
    same_day = review([str(mini)], [], now="2025-03-01T18:00:00+00:00")
    assert same_day.stdout == (
        "Nothing due in Mini deck.\n"
        "Next due in 6 days (Fri 7 Mar 09:00); due today 0, tomorrow 0.\n"
    )
    week_later = review([], ["", "3", "Ernst May"], now="2025-03-08T09:00:00+00:00")  # no deck
    assert week_later.exit_code == 0, week_later.output
    out = week_later.stdout
    assert out.startswith("Mini deck · 2 due · 0 new\n")
    assert rule("Question 1 · due · card") in out and rule("Question 2 · due · short") in out
    assert "Answered 2 questions (0 new): 0 again, 0 hard, 1 good, 1 easy." in out
    assert "Next due in 3 days (Tue 11 Mar 09:00); due today 0, tomorrow 0." in out


def test_new_limit_and_limit_options(mini):
    result = review([str(mini), "--new", "1"], ["Ernst May"])
    assert result.stdout.startswith("Mini deck · 0 due · 1 new\n")
    assert "Answered 1 question (1 new)" in result.stdout
    assert "2 new questions wait for the coming days." in result.stdout
    limited = review(
        [str(mini), "--limit", "1"], ["f", "never read"], now="2025-03-02T09:00:00+00:00"
    )
    assert "Answered 1 question (1 new)" in limited.stdout
    assert "Question 2" not in limited.stdout
    assert "1 new question left for today." in limited.stdout
    only_due = review([str(mini), "--new", "0"], [], now="2025-03-04T09:00:00+00:00")
    assert only_due.stdout.startswith("Nothing due in Mini deck.\n")
    assert only_due.stdout.endswith("\n1 new question waits for the coming days.\n")


def test_desired_retention_is_remembered_for_later_sessions(mini):
    first = review([str(mini), "--retention", "0.8", "--limit", "1"], ["Ernst May"])
    assert first.stdout.startswith(
        "Desired retention is now 80% (was 90%); later sessions keep it.\nMini deck"
    )
    assert "Saved: Easy · next in 30 days" in first.stdout  # at 90%: in 6 days
    later = review([str(mini), "--limit", "1"], ["f"])
    assert later.stdout.startswith("Mini deck · 0 due · 2 new\n")
    stats = CliRunner(env={**ENV, "QUIZ_NOW": SAT_9AM}).invoke(cli, ["stats", "--json"])
    assert json.loads(stats.stdout)["desired_retention"] == 0.8
    with Store.open() as store:
        assert store.scheduler.desired_retention == 0.8


def test_review_with_no_deck_and_no_progress_says_how_to_start():
    result = CliRunner(env=ENV).invoke(cli, ["review"])
    assert result.exit_code == 2
    assert result.output.startswith("no deck reviewed yet: name one to start, e.g. `quiz review")


def test_a_reviewed_deck_that_has_gone_is_skipped_with_a_warning(mini, every_type, tmp_path):
    other = tmp_path / "every-type.yaml"  # a copy: this test deletes it
    other.write_text(every_type.read_text())
    review([str(mini)], ["Ernst May", "q"])
    review([str(other), "--limit", "1"], ["", "1"])
    mini.unlink()
    result = CliRunner(env=ENV).invoke(cli, ["stats", "--json"])
    assert result.exit_code == 0
    assert result.stderr.startswith(f"warning: skipping mini: {mini}:1:1: file: no such file")
    assert [d["deck"] for d in json.loads(result.stdout)["decks"]] == ["every-type"]
    other.unlink()
    result = CliRunner(env=ENV).invoke(cli, ["review"])
    assert result.exit_code == 2
    assert result.output.endswith("\nno deck reviewed before can be loaded: name one\n")


KILL_DECK = "deck: kill\ntitle: Kill test\nquestions:\n" + "".join(
    f"  - {{id: q{i}, type: short, prompt: 'Capital number {i}?', answer: 'city {i}'}}\n"
    for i in range(6)
)


@pytest.mark.parametrize("answers", [1, 3])
def test_sigkill_mid_session_keeps_every_answer_given(tmp_path, quiz_home, answers):
    deck = tmp_path / "kill.yaml"
    deck.write_text(KILL_DECK)
    env = {**os.environ, "QUIZ_HOME": str(quiz_home), "COLUMNS": "80", "TERM": "dumb"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "quiz", "review", str(deck)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True,
    )  # fmt: skip
    typed = [f"city {i}" if i % 2 else "wrong" for i in range(answers)]
    proc.stdin.write("".join(f"{line}\n" for line in typed) + "city 9 half-typ")  # no Enter yet
    proc.stdin.flush()
    saved = 0
    while saved < answers:
        line = proc.stdout.readline()
        assert line, proc.stderr.read()
        saved += line.startswith("Saved: ")
    proc.send_signal(signal.SIGKILL)
    assert proc.wait(timeout=30) == -signal.SIGKILL
    with Store.open() as store:
        log = store.log("kill")
        assert [e.answer for e in log] == typed
        assert sum(card.reps for card in store.cards("kill").values()) == answers


def test_review_is_importable_without_heavy_libraries():
    code = textwrap.dedent(
        """
        import sys
        import quiz.cli, quiz.srs.queue, quiz.srs.store, quiz.srs.stats
        heavy = {"fsrs", "rich", "platformdirs"} & set(sys.modules)
        print(sorted(heavy))
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
