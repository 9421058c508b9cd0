"""Fitting FSRS to 100,000 answers: the fit alone, and `quiz review --optimize` on a real file.

A simulated learner (tests/simulated_learner.py: true weights known, scheduled by
quiz's own scheduler) answers daily until the log holds ``--reviews`` answers.
Timed, each ``--rounds`` times in turn (these machines are noisy; medians shown):

- fit: the log to fsrs-rs items, compute_parameters and both evaluations, as
  ``quiz review --optimize`` does (:func:`quiz.srs.fitting.fit`). Target: <= 10 s.
- fit of a tenth of the log: the ratio full / tenth shows how it scales
  (target <= 15x: about linear).
- optimize: ``quiz.srs.optimize.optimize`` on a real progress file holding the log
  (read the log, fit, save, recompute every card's memory), against the store's
  plain rebuild of its cache from the log, timed on the same file (target <= 4x).

Also prints the fit on held-out answers (every fifth question's answers left out
of the fit): log loss and RMSE for the defaults, the fitted and the true weights.
With ``--pyfsrs PYTHON`` (an interpreter with ``fsrs[optimizer]`` and torch), also
runs py-fsrs's own optimizer on the same training answers once, for comparison.
With ``--min-fit``, also checks :data:`~quiz.srs.fitting.MIN_FIT_REVIEWS`: for ten
simulated learners, fits from a learner's first N answers, scored on other
questions' answers of the same weeks, against the defaults.

    python bench/bench_fit.py [--reviews 100000] [--rounds 3] [--pyfsrs PYTHON] [--min-fit]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from simulated_learner import TRUE_WEIGHTS, insert_log, simulate, split

from quiz.srs import fitting
from quiz.srs.optimize import optimize
from quiz.srs.parameters import ALL_DECKS, DEFAULT_WEIGHTS
from quiz.srs.store import Store

PYFSRS = """
import json, sys, time
from datetime import datetime
from fsrs import Rating, ReviewLog
from fsrs.optimizer import Optimizer
rows = json.load(sys.stdin)
ids = {}
logs = [ReviewLog(card_id=ids.setdefault(q, len(ids) + 1), rating=Rating(r),
        review_datetime=datetime.fromisoformat(t), review_duration=ms) for q, t, r, ms in rows]
start = time.perf_counter()
weights = Optimizer(logs).compute_optimal_parameters()
print(json.dumps({"seconds": time.perf_counter() - start, "weights": list(weights)}))
"""


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def first_answers_fit(n: int, seed: int) -> float:
    """Log loss of the defaults minus that of a fit to a learner's first ``n`` answers,
    on other questions' answers up to the same day."""
    train, held = split(simulate(600, 200, seed=100 + seed))
    low, high = 0, len(train)
    while low < high:  # the shortest start of the log with n answers to learn from
        middle = (low + high) // 2
        low, high = (middle + 1, high) if fitting.trainable(train[:middle]) < n else (low, middle)
    fit = fitting.fit(train[:low], DEFAULT_WEIGHTS)
    items = fitting.items([e for e in held if e.reviewed_at <= train[low - 1].reviewed_at])
    return (
        fitting.evaluate(items, DEFAULT_WEIGHTS).log_loss
        - fitting.evaluate(items, fit.weights).log_loss
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reviews", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pyfsrs", metavar="PYTHON", help="also time py-fsrs's optimizer")
    parser.add_argument("--min-fit", action="store_true", help="also check MIN_FIT_REVIEWS")
    args = parser.parse_args()
    if args.min_fit:
        for n in (64, 100, fitting.MIN_FIT_REVIEWS, 2 * fitting.MIN_FIT_REVIEWS):
            gains = [first_answers_fit(n, seed) for seed in range(10)]
            print(f"fit from the first {n} answers: better than the defaults for"
                  f" {sum(g > 0 for g in gains)} of 10 learners,"
                  f" mean log-loss gain {statistics.mean(gains):+.4f}")  # fmt: skip

    start = time.perf_counter()
    cards = max(100, args.reviews // 18)
    log = simulate(cards, 420, new_per_day=max(10, cards // 300))[: args.reviews]
    print(f"simulated {len(log):,} answers to {cards:,} questions in"
          f" {time.perf_counter() - start:.1f} s")  # fmt: skip
    tenth = [e for e in log if int(e.question[1:]) % 10 == 0]

    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "p.sqlite3") as store:
        insert_log(store, log)
        fits, tenths, optimizes, rebuilds = [], [], [], []
        for i in range(args.rounds):
            fits.append(timed(lambda: fitting.fit(log, DEFAULT_WEIGHTS)))
            tenths.append(timed(lambda: fitting.fit(tenth, DEFAULT_WEIGHTS)))
            store.reset_parameters(None, log[-1].reviewed_at)
            now = log[-1].reviewed_at + timedelta(days=1 + i)
            optimizes.append(timed(lambda now=now: optimize(store, ALL_DECKS, "All", now)))
            rebuilds.append(timed(store.rebuild))
    fit_s, tenth_s = statistics.median(fits), statistics.median(tenths)
    opt_s, rebuild_s = statistics.median(optimizes), statistics.median(rebuilds)
    print(f"fit {len(log):,} answers: {fit_s:.2f} s (target <= 10 s)")
    print(f"fit {len(tenth):,} answers (a tenth): {tenth_s:.2f} s;"
          f" full / tenth = {fit_s / tenth_s:.1f}x (target <= 15x)")  # fmt: skip
    print(f"optimize on a progress file: {opt_s:.2f} s; plain rebuild {rebuild_s:.2f} s;"
          f" optimize / rebuild = {opt_s / rebuild_s:.1f}x (target <= 4x)")  # fmt: skip

    train, held = split(log)
    fit = fitting.fit(train, DEFAULT_WEIGHTS)
    items = fitting.items(held)
    print(f"held-out answers ({len(items):,} scored; fit on {fit.reviews:,}):")
    sets = {"defaults": DEFAULT_WEIGHTS, "fitted": fit.weights, "true": TRUE_WEIGHTS}
    if args.pyfsrs:
        rows = [[e.question, e.reviewed_at.isoformat(), int(e.rating), e.duration_ms]
                for e in train]  # fmt: skip
        run = subprocess.run([args.pyfsrs, "-c", PYFSRS], input=json.dumps(rows),
                             capture_output=True, text=True, check=True)  # fmt: skip
        found = json.loads(run.stdout.splitlines()[-1])
        print(f"py-fsrs optimizer on the same {len(train):,} answers: {found['seconds']:.1f} s")
        sets["py-fsrs fitted"] = fitting.schedulable(found["weights"])
    for name, weights in sets.items():
        score = fitting.evaluate(items, weights)
        print(f"  {name:15} log loss {score.log_loss:.4f}  RMSE {score.rmse:.2%}")


if __name__ == "__main__":
    main()
