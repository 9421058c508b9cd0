"""Judging speed per answer, against the cost of recording a review in the progress store.

Judges every typed answer of the judgement corpus (tests/answers/judgements.csv: short
answers, cloze blanks, numbers, options by text, across the bundled decks) through
``check_answer`` with the deck's lexicon, as `quiz run` and `quiz review` do, in rounds.
Alternating with it, records answers in a real progress file (``Review.record``: append
to the log, update the card, commit with fsync) as `quiz review` does after each answer.
Prints microseconds per judged answer, the per-answer cost of recording, their ratio and
what 1,000 answers cost each way; and the one-off cost of the first answer (loading the
word list and building the deck's lexicon). Target: judging well under recording, so a
review of 1,000 answers does not notice it.

    python bench/bench_judge.py [--rounds 5] [--records 200]
"""

from __future__ import annotations

import argparse
import csv
import statistics
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from quiz.answers import lexicon as lexicon_module
from quiz.answers.arrangement import deck_order
from quiz.answers.judge import check_answer
from quiz.answers.lexicon import deck_lexicon
from quiz.answers.text import _tokens, words_of
from quiz.answers.transliteration import sound_keys
from quiz.bank.library import bundled_dir
from quiz.bank.loader import load_deck
from quiz.bank.model import Cloze, Deck, Short
from quiz.core.numbers import as_number
from quiz.srs.cards import Rating
from quiz.srs.queue import Review
from quiz.srs.scheduler import Scheduler
from quiz.srs.store import Store

ROOT = Path(__file__).parent.parent
CORPUS = ROOT / "tests" / "answers" / "judgements.csv"
FIXTURE = ROOT / "tests" / "fixtures" / "judging.yaml"
NOW = datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc)


def answers() -> list[tuple[Deck, object, str | list[str]]]:
    """(deck, question, what was typed) for every corpus row."""
    decks = {d.id: d for d in map(load_deck, [*bundled_dir().glob("*.yaml"), FIXTURE])}
    out = []
    with CORPUS.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            deck = decks[row["deck"]]
            q = next(q for q in deck.questions if q.id == row["question"])
            typed: str | list[str] = row["typed"]
            if isinstance(q, Cloze):
                typed = [d.answer for d in q.deletions]
                typed[int(row["blank"]) - 1] = row["typed"]
            out.append((deck, q, typed))
    return out


def judge_all(items) -> float:
    """Seconds to judge every item once."""
    start = time.perf_counter()
    for deck, q, typed in items:
        check_answer(q, typed, deck_order(q), deck_lexicon(deck))
    return time.perf_counter() - start


def first_answer(items) -> float:
    """Seconds for the first answer of a session: word list and deck lexicon built cold."""
    lexicon_module.english.cache_clear()
    lexicon_module._DECKS.clear()
    for cached in (_tokens, words_of, as_number, sound_keys):
        cached.cache_clear()
    deck, q, typed = items[0]
    start = time.perf_counter()
    check_answer(q, typed, deck_order(q), deck_lexicon(deck))
    return time.perf_counter() - start


class Recorder:
    """A real progress file with 100 due questions; one recorded answer per call."""

    def __init__(self, path: Path):
        questions = tuple(Short(id=f"q{i}", prompt=f"Q{i}?", answer=f"a{i}") for i in range(100))
        deck = Deck(id="bench", title="Bench", questions=questions)
        self.store = Store.open(path, scheduler=Scheduler(enable_fuzzing=False))
        self.review = Review(self.store, [deck], NOW, new_per_day=100)
        self.now = NOW

    def record(self) -> float:
        due = self.review.next(self.now)
        assert due is not None
        start = time.perf_counter()
        self.review.record(due, Rating.AGAIN, self.now, answer="x", duration_ms=3000)
        took = time.perf_counter() - start
        self.now += timedelta(minutes=11)
        return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--records", type=int, default=200, help="answers recorded in all")
    args = parser.parse_args()
    items = answers()
    cold = first_answer(items)
    judge_all(items)  # warm: the word list and each deck's lexicon are built once
    judged: list[float] = []
    recorded: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        recorder = Recorder(Path(tmp) / "progress.sqlite3")
        for _ in range(args.rounds):
            judged.append(judge_all(items) / len(items))
            recorded += [recorder.record() for _ in range(max(1, args.records // args.rounds))]
        recorder.store.close()
    per_answer = statistics.median(judged)
    per_record = statistics.median(recorded)
    print(f"judged {len(items)} corpus answers x {args.rounds} rounds")
    print(
        f"judge: {per_answer * 1e6:.0f} µs per answer (rounds {min(judged) * 1e6:.0f}"
        f"-{max(judged) * 1e6:.0f} µs); first answer of a session {cold * 1000:.0f} ms"
        " (word list and deck lexicon)"
    )
    print(f"record a review (commit + fsync): {per_record * 1e6:.0f} µs per answer")
    ratio = per_answer / per_record
    print(f"ratio judge/record: {ratio:.2f}x (target < 1: judging is not what a review waits on)")
    print(
        f"1,000 answers: judging {per_answer * 1000:.2f} s + {cold:.2f} s once,"
        f" recording {per_record * 1000:.2f} s"
    )


if __name__ == "__main__":
    main()
