"""`quiz draft` on documents of 0.25, 0.5 and 1 MB: time, and that it grows linearly.

The documents are the unseen test documents (tests/authoring/documents) repeated, each
copy with its numbers shifted so that its facts are new ones, in three shapes: plain
text, Markdown, and one 1 MB line of text (no paragraph breaks at all). Each size is
read, drafted and written as YAML in this process, best of N rounds. Prints seconds per
size, seconds per MB, and the 1 MB / 0.25 MB ratio (linear: about 4; target < 5) and
checks the 1 MB target (<= 10 s).

    python bench/bench_draft.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from quiz.authoring.drafting.document import parse_document
from quiz.authoring.drafting.writer import DraftOptions, deck_yaml, draft_deck

DOCUMENTS = Path(__file__).parent.parent / "tests" / "authoring" / "documents"
SIZES = (250_000, 500_000, 1_000_000)
TARGET_SECONDS = 10.0  # for 1 MB
TARGET_RATIO = 5.0  # 1 MB against 0.25 MB; linear is 4


def document(size: int, *, markdown: bool, one_line: bool = False) -> str:
    """``size`` characters of real text, each copy's numbers shifted to new facts."""
    suffix = ".md" if markdown else ".txt"
    texts = [p.read_text(encoding="utf-8") for p in sorted(DOCUMENTS.glob(f"*{suffix}"))]
    parts, total, copy = [], 0, 0
    while total < size:
        for text in texts:
            shifted = _shift(text, copy)
            parts.append(shifted)
            total += len(shifted)
        copy += 1
    text = "\n\n".join(parts)[:size]
    return " ".join(text.split()) if one_line else text


def _shift(text: str, copy: int) -> str:
    """Years and two-digit numbers moved by the copy's number: new facts, same shapes."""
    text = re.sub(r"\b(1[0-9]{3})\b", lambda m: str(int(m[1]) + copy % 40), text)
    return re.sub(r"\b([2-9][0-9])\b", lambda m: str(int(m[1]) + copy % 7), text)


def draft_seconds(text: str, *, markdown: bool, rounds: int) -> tuple[float, int]:
    best, count = float("inf"), 0
    for _ in range(rounds):
        start = time.perf_counter()
        deck = draft_deck(parse_document(text, markdown=markdown), DraftOptions(), name="b.md").deck
        deck_yaml(deck, name="bench")
        best = min(best, time.perf_counter() - start)
        count = len(deck.questions)
    return best, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    failed = False
    for label, markdown, one_line in (
        ("plain text", False, False),
        ("Markdown", True, False),
        ("one line", False, True),
    ):
        times = []
        for size in SIZES:
            text = document(size, markdown=markdown, one_line=one_line)
            seconds, count = draft_seconds(text, markdown=markdown, rounds=args.rounds)
            times.append(seconds)
            print(
                f"{label:<11} {size / 1e6:4.2f} MB: {seconds:6.2f} s "
                f"({seconds / (size / 1e6):5.2f} s/MB, {count} questions)"
            )
        ratio = times[-1] / times[0]
        ok = times[-1] <= TARGET_SECONDS and ratio < TARGET_RATIO
        failed |= not ok
        print(
            f"{label:<11} 1 MB / 0.25 MB = {ratio:.2f} (linear: 4, target < {TARGET_RATIO}); "
            f"1 MB in {times[-1]:.2f} s (target <= {TARGET_SECONDS:.0f} s): "
            f"{'ok' if ok else 'MISSED'}"
        )
    raise SystemExit(1 if failed else 0)


if __name__ == "__main__":
    main()
