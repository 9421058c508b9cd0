"""`quiz export anki` on a 50,000-question bank against a bare genanki script.

The bare script writes the same notes (same note types and fields, same GUIDs) with
the deck's raw text: no escaping, no media checks, no previous-export comparison.
Prints both times and their ratio (target <= 1.3x). Both run in this one process,
alternating, best of N, because these machines are noisy. The first export of a
process is also printed alone: it builds what later ones reuse (the deck's lexicon, the
near-word indexes), which is what a user's one export per command pays.

    python bench/bench_anki_export.py [--questions 50000] [--rounds 3]

``--only quiz`` (or ``genanki``, or ``deck``: the bank alone) makes one export and
prints nothing, for timing whole processes from outside, each with its cold start
(imports, the word list, the deck's lexicon): ``deck`` is the floor both share.
Exports are recorded in a temporary quiz home, never the user's.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

import genanki

from quiz.bank.model import (
    Choice,
    Cloze,
    Deck,
    Flashcard,
    Match,
    Multi,
    Numeric,
    Order,
    Question,
    Short,
    Source,
    SourceRef,
    TrueFalse,
)
from quiz.export import anki

SOURCE = SourceRef(id="article", section="German loans")
TEXT = "about the German loans & specialists that came to the USSR in the 1930s"


def question(i: int) -> Question:
    """Question ``i`` of the bench bank, cycling through every type."""
    common = {
        "id": f"q-{i}",
        "explanation": f"Explanation {i}: {TEXT}.",
        "citations": (SOURCE,),
        "tags": ("loans", f"t{i % 7}"),
    }
    kind = i % 9
    if kind == 0:
        return Flashcard(front=f"Term {i}", back=f"Meaning {i} {TEXT}", reverse=True, **common)
    if kind == 1:
        return Cloze(text=f"In {{{{c1::19{i % 100:02d}}}}} came {{{{c2::{i}::count}}}}.", **common)
    if kind in (2, 3):
        opts = tuple(f"Option {c} {i}" for c in "abcd")
        if kind == 2:
            return Choice(prompt=f"Which {i} {TEXT}?", options=opts, answer=opts[1], **common)
        return Multi(prompt=f"Which {i} {TEXT}?", options=opts, answers=opts[::2], **common)
    if kind == 4:
        return TrueFalse(statement=f"Statement {i} {TEXT}.", answer=True, **common)
    if kind == 5:
        return Short(prompt=f"Who {i}?", answer=f"Person {i}", alternatives=(f"P{i}",), **common)
    if kind == 6:
        return Numeric(prompt=f"How much {i}?", answer=i, tolerance=1, unit="marks", **common)
    if kind == 7:
        return Order(prompt=f"Order {i}", items=tuple(f"item {n} {i}" for n in range(4)), **common)
    pairs = tuple((f"left {n}", f"right {n} {i}") for n in range(3))
    return Match(prompt=f"Match {i}", pairs=pairs, **common)


def bench_deck(n: int) -> Deck:
    return Deck(
        id="bench",
        title="Bench bank",
        tags=("bench",),
        sources=(Source(id="article", title="Germany and the USSR", publisher="Russia Beyond"),),
        questions=tuple(question(i) for i in range(n)),
    )


def raw_fields(q: Question, citation: str) -> tuple[str, list[str]]:
    """The same fields as our export, from the raw text, with no escaping."""
    tail = ["", q.explanation or "", citation]
    if isinstance(q, Flashcard):
        return ("reversed" if q.reverse else "basic"), [q.front, q.back, *tail]
    if isinstance(q, Cloze):
        return "cloze", [q.text, *tail]
    if isinstance(q, (Short, Numeric)):
        return "typein", [q.prompt, str(q.answer), "", "", *tail]
    if isinstance(q, (Choice, Multi, TrueFalse)):
        opts = getattr(q, "options", ("True", "False"))
        return "choice", [
            q.prompt_text,
            "",
            "<br>".join(opts),
            str(getattr(q, "answer", "")),
            *tail,
        ]
    items = q.items if isinstance(q, Order) else [f"{a} {b}" for a, b in q.pairs]
    return "list", [q.prompt, "<br>".join(items), "<br>".join(items), *tail]


def bare_genanki(deck: Deck, out: Path) -> None:
    models = anki.build_models()
    target = genanki.Deck(1234567890, deck.title)
    for q in deck.questions:
        kind, fields = raw_fields(q, deck.citation(q))
        tags = [deck.id, *deck.tags, *(f"{deck.id}::{t}" for t in q.tags)]
        target.add_note(
            genanki.Note(models[kind], fields, tags=tags, guid=genanki.guid_for(deck.id, q.id))
        )
    genanki.Package(target).write_to_file(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--only", choices=["quiz", "genanki", "deck"])
    args = parser.parse_args()
    deck = bench_deck(args.questions)
    ours, bare, ours_cpu, bare_cpu = [], [], [], []
    with tempfile.TemporaryDirectory() as folder:
        os.environ["QUIZ_HOME"] = str(Path(folder) / "home")  # the export record's folder
        if args.only == "quiz":
            anki.write([deck], Path(folder) / "ours.apkg")
        if args.only == "genanki":
            bare_genanki(deck, Path(folder) / "bare.apkg")
        if args.only:
            return
        for _ in range(args.rounds):
            start, cpu = time.perf_counter(), time.process_time()
            bare_genanki(deck, Path(folder) / "bare.apkg")
            bare.append(time.perf_counter() - start)
            bare_cpu.append(time.process_time() - cpu)
            (Path(folder) / "ours.apkg").unlink(missing_ok=True)  # a first export
            start, cpu = time.perf_counter(), time.process_time()
            result = anki.write([deck], Path(folder) / "ours.apkg")
            ours.append(time.perf_counter() - start)
            ours_cpu.append(time.process_time() - cpu)
        start = time.perf_counter()
        anki.write([deck], Path(folder) / "ours.apkg")  # again, over the previous export
        again = time.perf_counter() - start
        sizes = {p.name: p.stat().st_size for p in Path(folder).iterdir()}
    print(f"{args.questions} questions, {result.cards} cards, best of {args.rounds}")
    print(f"bare genanki:     {min(bare):6.2f} s  ({sizes['bare.apkg'] / 1e6:.1f} MB)")
    print(f"quiz export anki: {min(ours):6.2f} s  ({sizes['ours.apkg'] / 1e6:.1f} MB)")
    print(f"ratio:            {min(ours) / min(bare):6.2f}x  (target <= 1.3x; warm, best of N)")
    print(
        f"CPU time ratio:   {min(ours_cpu) / min(bare_cpu):6.2f}x"
        f"  ({min(ours_cpu):.2f} s vs {min(bare_cpu):.2f} s; warm; steadier on a busy machine)"
    )
    print(
        f"first export (cold: lexicon and indexes built): {ours[0]:.2f} s, {ours_cpu[0]:.2f} s CPU"
        f" ({ours[0] / min(bare):.2f}x wall, {ours_cpu[0] / min(bare_cpu):.2f}x CPU)"
    )
    print(f"re-export over the previous package: {again:.2f} s ({again / min(bare):.2f}x)")


if __name__ == "__main__":
    main()
