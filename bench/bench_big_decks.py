"""Big decks open at the speed of reading them: quiz against `json.loads` of the same bank.

For each size (50,000 and 5,000 questions by default) the bank is written as YAML, as
authors write it, and as JSON. In each round, in this one process, it times
`json.loads` of the JSON (the floor), then real quiz processes:

- `quiz check DECK` cold: a fresh, empty deck cache;
- the first question of `quiz run DECK -n 1` and `quiz review DECK -n 1` on a second
  start (the deck was read before): from starting the process until it prints
  "Question 1"; then it is sent q.

It prints the best time of each over the rounds, its ratio to the floor (targets: check
<= 40x, first question <= 10x) and each process's peak memory (target <= 300 MB), and,
for scale, the start of `quiz --version` and a bare libyaml load (`yaml.load` with
CSafeLoader) of the YAML. These machines are noisy: everything is timed in one run,
alternating.

    python bench/bench_big_decks.py [--questions 50000 5000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

TARGETS = {"check": 40, "run": 10, "review": 10}
MEMORY_TARGET_MB = 300
CHILD = """
import atexit, resource, sys

def peak():  # the high-water mark of this program (Linux), else of the process
    try:
        status = open("/proc/self/status").read().split("VmHWM:")[1].split()[0]
    except (OSError, IndexError):
        status = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    sys.stderr.write(f"\\npeak-kib {status}\\n")

atexit.register(peak)
from quiz import main
sys.argv[0] = "quiz"
main()
"""  # ru_maxrss of a child counts the bench process it was forked from


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


def make_deck(folder: Path, count: int) -> tuple[Path, Path]:
    """The bank as block-style YAML, as authors write it, and as JSON."""
    deck = {
        "deck": "bench",
        "title": "Bench",
        "sources": [{"id": "src", "title": "S", "author": "A"}],
        "questions": [question(i) for i in range(count)],
    }
    path = folder / f"bench-{count}.yaml"
    with path.open("w", encoding="utf-8") as f:
        yaml.dump(deck, f, Dumper=yaml.CSafeDumper, sort_keys=False, allow_unicode=True, width=1000)
    as_json = folder / f"bench-{count}.json"
    as_json.write_text(json.dumps(deck), encoding="utf-8")
    return path, as_json


class Quiz:
    """Runs quiz as a real process with its own data and cache folders."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.env = {**os.environ, "QUIZ_HOME": str(folder / "home"), "PYTHONUNBUFFERED": "1"}
        self.env.pop("QUIZ_CACHE", None)

    def run(self, *args: str, cache: Path, until: str | None = None) -> tuple[float, float]:
        """Seconds until the process printed ``until`` (or ended), and its peak MB."""
        env = {**self.env, "QUIZ_CACHE": str(cache)}
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
        )
        assert proc.stdout is not None
        seen = None
        if until is not None:
            for line in proc.stdout:
                if until in line:
                    seen = time.perf_counter() - start
                    break
            else:
                raise SystemExit(f"quiz {' '.join(args)} never printed {until!r}")
        _, err = proc.communicate("q\n")
        ended = time.perf_counter() - start
        if proc.returncode != 0 or "peak-kib" not in err:
            raise SystemExit(f"quiz {' '.join(args)} failed (exit {proc.returncode}): {err}")
        return (seen if seen is not None else ended), int(err.split("peak-kib")[-1]) / 1024


def floor(as_json: Path) -> float:
    text = as_json.read_text(encoding="utf-8")
    start = time.perf_counter()
    json.loads(text)
    return time.perf_counter() - start


def measure(count: int, rounds: int, folder: Path) -> None:
    deck, as_json = make_deck(folder, count)
    quiz = Quiz(folder)
    warm = folder / f"cache-{count}"
    quiz.run("review", str(deck), "-n", "1", cache=warm, until="Question 1")  # first start
    best: dict[str, float] = {}
    peak: dict[str, float] = {}

    def keep(name: str, seconds: float, mb: float = 0.0) -> None:
        best[name] = min(best.get(name, seconds), seconds)
        peak[name] = max(peak.get(name, mb), mb)

    for r in range(rounds):
        keep("json.loads", floor(as_json))
        keep("check", *quiz.run("check", str(deck), cache=folder / f"cold-{count}-{r}"))
        keep("run", *quiz.run("run", str(deck), "-n", "1", cache=warm, until="Question 1"))
        keep("review", *quiz.run("review", str(deck), "-n", "1", cache=warm, until="Question 1"))
        keep("quiz --version", *quiz.run("--version", cache=warm))
    start = time.perf_counter()
    with deck.open(encoding="utf-8") as f:
        yaml.load(f, Loader=yaml.CSafeLoader)
    libyaml = time.perf_counter() - start

    base = best["json.loads"]
    size = deck.stat().st_size / 2**20
    print(f"\n{count} questions: {size:.1f} MiB of YAML; best of {rounds} rounds")
    print(f"  floor, json.loads of the same bank:   {base:7.3f} s")
    for name, label in (
        ("check", "quiz check, cold cache"),
        ("run", "quiz run, first question (2nd start)"),
        ("review", "quiz review, first question (2nd)"),
    ):
        ratio, target = best[name] / base, TARGETS[name]
        verdict = "ok" if ratio <= target else "OVER"
        print(
            f"  {label:<37} {best[name]:7.3f} s  {ratio:6.1f}x (target <= {target}x, {verdict})"
            f"  peak {peak[name]:5.0f} MB"
        )
    print(
        f"  for scale: quiz --version            {best['quiz --version']:7.3f} s"
        f"  {best['quiz --version'] / base:6.1f}x"
    )
    print(f"  for scale: yaml.load(CSafeLoader)     {libyaml:7.3f} s  {libyaml / base:6.1f}x")
    over = [n for n in ("check", "run", "review") if peak[n] > MEMORY_TARGET_MB]
    verdict = f"OVER in {', '.join(over)}" if over else "ok"
    print(f"  peak memory target <= {MEMORY_TARGET_MB} MB: {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--questions", type=int, nargs="+", default=[50_000, 5_000])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for count in args.questions:
            measure(count, args.rounds, Path(tmp))


if __name__ == "__main__":
    main()
