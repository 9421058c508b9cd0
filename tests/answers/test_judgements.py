"""The judgement corpus: typed answers with the verdict a careful teacher gives, and why.

``judgements.csv`` (beside this file) is plain data, one row per typed answer, so other
judges (the JavaScript one in Anki cards) can run the same table. Columns:

- ``deck``, ``question``: where the question lives (a bundled deck or tests/fixtures);
  ``blank``: the cloze blank (1 = first), the other blanks being answered right;
- ``type``, ``key``, ``alternatives``, ``options``, ``unit``, ``tolerance``, ``hint``,
  ``context`` (the words after a cloze blank): the question as the judge sees it, so a
  row can be judged without the deck; lists are separated by `` | ``; options are in
  deck order, so letter a is the first. They are checked against the decks here;
  ``python tests/answers/test_judgements.py --refresh`` rewrites them after a deck edit;
- ``typed``: what was typed; ``verdict``: right, wrong, partial or unreadable (asked
  again at a terminal, counted wrong elsewhere); ``rule``: the rule the row tests;
  ``reason``: the teacher's reason.

Rows a reasonable teacher could judge either way are left out. Cost: about 1 s.
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from pathlib import Path

from quiz.answers.arrangement import deck_order
from quiz.answers.judge import check_answer
from quiz.answers.lexicon import deck_lexicon
from quiz.answers.typed import words_after
from quiz.bank.library import bundled_dir
from quiz.bank.loader import load_deck
from quiz.bank.model import Choice, Cloze, Deck, Multi, Numeric, QuestionBase, Short
from quiz.core.numbers import plain_number

CORPUS = Path(__file__).with_name("judgements.csv")
FIXTURES = Path(__file__).parents[1] / "fixtures"
COLUMNS = ("deck", "question", "blank", "type", "key", "alternatives", "options", "unit")
COLUMNS += ("tolerance", "hint", "context", "typed", "verdict", "rule", "reason")
DERIVED = ("type", "key", "alternatives", "options", "unit", "tolerance", "hint", "context")
MIN_ROWS, MIN_AGREEMENT = 200, 0.98
SEP = " | "


def decks() -> dict[str, Deck]:
    paths = [*sorted(bundled_dir().glob("*.yaml")), FIXTURES / "judging.yaml"]
    loaded = [load_deck(p) for p in paths]
    return {d.id: d for d in loaded}


def rows() -> list[dict[str, str]]:
    with CORPUS.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def find(all_decks: dict[str, Deck], row: dict[str, str]) -> tuple[Deck, QuestionBase]:
    deck = all_decks[row["deck"]]
    return deck, next(q for q in deck.questions if q.id == row["question"])


def derived(q: QuestionBase, blank: str) -> dict[str, str]:
    """The question as a row records it."""
    out = dict.fromkeys(DERIVED, "")
    out["type"] = q.type
    if isinstance(q, Short):
        out.update(key=q.answer, alternatives=SEP.join(q.alternatives))
    elif isinstance(q, Numeric):
        out.update(key=plain_number(q.answer), unit=q.unit or "")
        out["tolerance"] = plain_number(q.tolerance)
    elif isinstance(q, Choice | Multi):
        key = q.answer if isinstance(q, Choice) else SEP.join(q.answers)
        out.update(key=key, options=SEP.join(q.options))
    elif isinstance(q, Cloze):
        d = q.deletions[int(blank) - 1]
        out.update(key=d.answer, hint=d.hint or "", context=words_after(q, d.end))
    return out


def judged(deck: Deck, q: QuestionBase, row: dict[str, str]) -> str:
    """The judge's verdict on the row: right, partial, wrong or unreadable."""
    typed: str | list[str] = row["typed"]
    if isinstance(q, Cloze):
        typed = [d.answer for d in q.deletions]
        typed[int(row["blank"]) - 1] = row["typed"]
    verdict = check_answer(q, typed, deck_order(q), deck_lexicon(deck))
    if not verdict.understood:
        return "unreadable"
    return "right" if verdict.correct else "wrong" if isinstance(q, Cloze) else verdict.outcome


def test_the_judge_agrees_with_the_teacher():
    all_decks, table = decks(), rows()
    misses = []
    for n, row in enumerate(table, start=2):
        deck, q = find(all_decks, row)
        got = judged(deck, q, row)
        if got != row["verdict"]:
            misses.append(
                f"line {n}: {row['question']} {row['typed']!r}: {got}, not {row['verdict']}"
            )
    agreement = 1 - len(misses) / len(table)
    print(f"\njudgement corpus: {len(table)} rows, agreement {agreement:.1%}")
    print("\n".join(misses))
    assert len(table) >= MIN_ROWS
    assert agreement >= MIN_AGREEMENT, "\n".join(misses)


def test_rows_describe_their_questions_as_the_decks_have_them():
    all_decks = decks()
    stale = []
    for n, row in enumerate(rows(), start=2):
        _, q = find(all_decks, row)
        want = derived(q, row["blank"])
        if any(row[c] != want[c] for c in DERIVED):
            stale.append(f"line {n}: {row['deck']}/{row['question']}")
    assert stale == [], "run: python tests/answers/test_judgements.py --refresh"


def test_every_rule_is_tried_both_ways():
    ways: dict[str, set[str]] = defaultdict(set)
    for row in rows():
        ways[row["rule"]].add("accepted" if row["verdict"] == "right" else "refused")
    one_way = sorted(rule for rule, seen in ways.items() if len(seen) < 2)
    assert one_way == []
    assert {r["verdict"] for r in rows()} <= {"right", "partial", "wrong", "unreadable"}


def refresh() -> None:
    """Rewrite the columns that describe each question from the decks as they are now."""
    all_decks, table = decks(), rows()
    for row in table:
        _, q = find(all_decks, row)
        row.update(derived(q, row["blank"]))
    with CORPUS.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(table)


if __name__ == "__main__" and sys.argv[1:] == ["--refresh"]:
    refresh()
