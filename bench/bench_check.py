"""`quiz check` on a 50,000-question deck against a bare libyaml load of the same file.

Prints both times, their ratio (target <= 1.3x) and the peak memory of a real
`quiz check` process (target <= 2 GiB). Both timings run in this one process,
alternating, best of N, because these machines are noisy.

    python bench/bench_check.py [--questions 50000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from quiz.bank.loader import read_deck


def question(i: int) -> dict:
    """Question ``i`` of the bench deck, cycling through every type."""
    kind = i % 9
    base = {"id": f"q-{i}"}
    if kind == 0:
        base.update(type="card", front=f"Term {i}", back=f"Meaning {i}", reverse=True)
    elif kind == 1:
        base.update(
            type="cloze", text=f"In {{{{c1::19{i % 100:02d}}}}} came {{{{c2::{i}::count}}}}."
        )
    elif kind == 2:
        opts = [f"{c}{i}" for c in "abcd"]
        base.update(type="choice", prompt=f"Which {i}?", options=opts, answer=opts[1])
    elif kind == 3:
        opts = [f"{c}{i}" for c in "abc"]
        base.update(type="multi", prompt=f"Which {i}?", options=opts, answers=opts[::2])
    elif kind == 4:
        base.update(type="true_false", statement=f"Statement {i} holds.", answer=True)
    elif kind == 5:
        base.update(type="short", prompt=f"Who {i}?", answer=f"Person {i}", alternatives=[f"P{i}"])
    elif kind == 6:
        base.update(type="numeric", prompt=f"How much {i}?", answer=i, tolerance=1, unit="marks")
    elif kind == 7:
        base.update(
            type="order", prompt=f"Order {i}", items=[f"first {i}", f"second {i}", f"third {i}"]
        )
    else:
        base.update(type="match", prompt=f"Match {i}", pairs={f"x{i}": "one", f"y{i}": "two"})
    base.update(
        explanation=f"Context for question {i}.",
        source={"id": "src", "page": str(i)},
        tags=["bench", f"t{i % 7}"],
    )
    return base


def make_deck(path: Path, count: int) -> None:
    """Block-style YAML, as authors write it."""
    deck = {
        "deck": "bench",
        "title": "Bench",
        "sources": [{"id": "src", "title": "S", "author": "A"}],
        "questions": [question(i) for i in range(count)],
    }
    with path.open("w", encoding="utf-8") as f:
        yaml.dump(deck, f, Dumper=yaml.CSafeDumper, sort_keys=False, allow_unicode=True, width=1000)


def best(fn, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--questions", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.yaml"
        make_deck(path, args.questions)
        size = path.stat().st_size / 2**20

        def ours() -> None:
            deck, problems = read_deck(path)
            assert deck is not None and not [p for p in problems if p.severity == "error"]

        def bare() -> None:
            with path.open(encoding="utf-8") as f:
                yaml.load(f, Loader=yaml.CSafeLoader)

        t_bare, t_ours = [], []
        for _ in range(args.rounds):
            t_bare.append(best(bare, 1))
            t_ours.append(best(ours, 1))
        b, o = min(t_bare), min(t_ours)
        subprocess.run(
            [sys.executable, "-m", "quiz", "check", str(path)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 2**20  # KiB -> GiB
        print(f"deck: {args.questions} questions, {size:.1f} MiB of YAML")
        print(f"bare yaml.load(CSafeLoader): {b:.2f} s")
        print(f"quiz check (read_deck):      {o:.2f} s")
        print(f"ratio: {o / b:.2f}x (target <= 1.3x)")
        print(f"peak memory of `quiz check`: {peak:.2f} GiB (target <= 2 GiB)")


if __name__ == "__main__":
    main()
