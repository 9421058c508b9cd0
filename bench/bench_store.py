"""The review hot path on a big progress store against a tiny one.

Builds two real progress files: 100,000 questions with a 1,000,000-row review log,
and 100 questions with a 1,000-row log (card states spread from 60 days overdue to
60 days ahead). Then, through the same code `quiz review` runs (``Review.next`` +
``Review.record``: pick the most overdue question, append the answer, update the
card, commit with fsync), times one answer at a time, alternating between the two
stores in rounds because these machines are noisy. Prints the median time per
answer for each and the ratio big / small (target <= 1.5x: indexed lookups, no scan).

    python bench/bench_store.py [--questions 100000] [--log 1000000] [--answers 300]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from quiz.bank.model import Deck, Short
from quiz.srs.cards import Rating, State
from quiz.srs.migrations import to_text
from quiz.srs.queue import Review
from quiz.srs.scheduler import Scheduler
from quiz.srs.store import Store

NOW = datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc)


def deck(questions: int) -> Deck:
    return Deck(
        id="bench",
        title="Bench",
        questions=tuple(
            Short(id=f"q{i:06d}", prompt=f"Question {i}?", answer=f"answer {i}")
            for i in range(questions)
        ),
    )


def build(path: Path, questions: int, log_rows: int) -> float:
    """A progress file with ``questions`` cards and ``log_rows`` answers; seconds taken."""
    start = time.perf_counter()
    rng = random.Random(questions)
    with Store.open(path, scheduler=Scheduler(enable_fuzzing=False)) as store, store.transaction():
        per_card = log_rows // questions
        store.db.executemany(
            "INSERT INTO review_log (deck, question, reviewed_at, rating, state, answer,"
            " duration_ms) VALUES ('bench', ?, ?, ?, ?, 'typed answer', 4200)",
            (
                (
                    f"q{i % questions:06d}",
                    to_text(NOW - timedelta(days=400) + timedelta(minutes=i % 500_000)),
                    rng.randint(1, 4),
                    min(i // questions, 2),
                )
                for i in range(per_card * questions)
            ),
        )
        store.db.executemany(
            "INSERT INTO card_state (deck, question, state, step, stability, difficulty, due,"
            " last_review, reps, lapses, first_review)"
            " VALUES ('bench', ?, ?, NULL, ?, ?, ?, ?, ?, 0, ?)",
            (
                (
                    f"q{i:06d}",
                    int(State.REVIEW),
                    rng.uniform(1, 100),
                    rng.uniform(1, 10),
                    to_text(NOW + timedelta(minutes=rng.randint(-60 * 1440, 60 * 1440))),
                    to_text(NOW - timedelta(days=30)),
                    per_card,
                    to_text(NOW - timedelta(days=400)),
                )
                for i in range(questions)
            ),
        )
        store.db.execute(
            "UPDATE meta SET value = (SELECT max(id) FROM review_log) WHERE key = 'cache_through'"
        )
    return time.perf_counter() - start


class Reviewer:
    """One open store and review session (setup timed: open + sync), one answer per call."""

    def __init__(self, path: Path, questions: int):
        questions_deck = deck(questions)
        start = time.perf_counter()
        self.store = Store.open(path, scheduler=Scheduler(enable_fuzzing=False))
        self.review = Review(self.store, [questions_deck], NOW, new_per_day=0)
        self.setup = time.perf_counter() - start
        self.now = NOW

    def answer(self) -> tuple[float, float]:
        """Seconds to pick the next question, and to pick it and record the answer."""
        start = time.perf_counter()
        due = self.review.next(self.now)
        picked = time.perf_counter() - start
        assert due is not None, "ran out of due questions"
        self.review.record(due, Rating.AGAIN, self.now, answer="x", duration_ms=3000)
        took = time.perf_counter() - start
        self.now += timedelta(minutes=11)  # a missed card is due again in 10 (relearning)
        return picked, took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=100_000)
    parser.add_argument("--log", type=int, default=1_000_000)
    parser.add_argument("--answers", type=int, default=300, help="answers timed per store")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        big, small = Path(tmp) / "big.sqlite3", Path(tmp) / "small.sqlite3"
        built = build(big, args.questions, args.log)
        build(small, 100, 1_000)
        size = big.stat().st_size / 2**20
        print(
            f"built {args.questions:,} questions, {args.log:,} log rows:"
            f" {size:.0f} MiB in {built:.1f} s"
        )
        readers = {"big": Reviewer(big, args.questions), "small": Reviewer(small, 100)}
        times: dict[str, list[float]] = {name: [] for name in readers}
        picks: dict[str, list[float]] = {name: [] for name in readers}
        per_round = max(1, args.answers // args.rounds)
        for _ in range(args.rounds):
            for name, reviewer in readers.items():
                for pick, took in (reviewer.answer() for _ in range(per_round)):
                    picks[name].append(pick)
                    times[name].append(took)
        for reviewer in readers.values():
            reviewer.store.close()

    medians = {name: statistics.median(t) for name, t in times.items()}
    pick_medians = {name: statistics.median(t) for name, t in picks.items()}
    for name, reviewer in readers.items():
        print(
            f"{name:>5}: session setup {reviewer.setup * 1000:7.1f} ms, "
            f"pick + record median {medians[name] * 1000:.3f} ms, "
            f"p90 {statistics.quantiles(times[name], n=10)[-1] * 1000:.3f} ms "
            f"(pick alone {pick_medians[name] * 1000:.3f} ms; {len(times[name])} answers)"
        )
    ratio = medians["big"] / medians["small"]
    print(f"ratio big/small: {ratio:.2f}x (target <= 1.5x) {'OK' if ratio <= 1.5 else 'MISSED'}")
    pick_ratio = pick_medians["big"] / pick_medians["small"]
    print(f"pick alone (no commit, no fsync) big/small: {pick_ratio:.2f}x")


if __name__ == "__main__":
    main()
