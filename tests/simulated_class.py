"""A simulated class sitting a real exam: a response sheet as a teacher would type it.

Each student has an ability and each question a difficulty (from its key, so the
same question is as hard on every variant); the chance of a right answer is the
Rasch model's. A right answer is written as the key has it; a wrong one as students
write them: another option (some distractors attract nobody), one right option too
few for a multi, two items swapped, another number, a blank now and then. Used by
the report tests and bench/bench_report.py; deterministic for a seed.
"""

from __future__ import annotations

import csv
import io
import math
import random
import zlib

from quiz.answers.arrangement import choices_shown, letter
from quiz.bank.model import Choice, Cloze, Match, Multi, Numeric, Order, TrueFalse
from quiz.exams.manifest_reader import MarkedQuestion

FIRST = ["Ann", "Boris", "Chen", "Dee", "Emre", "Fatima", "Gustav", "Hana", "Ivan", "Jules",
         "Kofi", "Lea", "Mateo", "Nadia", "Olu", "Priya", "Quentin", "Rosa", "Sven", "Tomás",
         "Ülkü", "Vera", "Wen", "Xóchitl", "Yusuf", "Zoë"]  # fmt: skip
LAST = ["Weber", "Orlov", "Li", "Brandt", "Yılmaz", "Haddad", "Berg", "Novák", "Petrov",
        "Moreau", "Mensah", "Schulz", "García", "Karimi", "Adeyemi", "Sharma", "Dubois",
        "Rossi", "Lindqvist", "Ruiz"]  # fmt: skip


def difficulty(key: str) -> float:
    """A question's difficulty on the ability scale, fixed by its key (-1.5 .. 2)."""
    return -1.5 + 3.5 * (zlib.crc32(key.encode()) % 1000) / 1000


def names(count: int) -> list[str]:
    """``count`` different names, the first ones plain, later ones with a middle initial."""
    out = [f"{f} {last}" for last in LAST for f in FIRST]
    random.Random(7).shuffle(out)
    return [n if i < len(out) else f"{n} {chr(65 + i // len(out))}." for i, n in
            ((i, out[i % len(out)]) for i in range(count))]  # fmt: skip


def answer(q: MarkedQuestion, right: bool, rng: random.Random) -> str:
    """What a student writes: the key's answer, or a wrong one of the kind students write."""
    if right:
        return q.answer
    question, layout = q.question, q.arrangement
    if rng.random() < 0.06:
        return ""
    shown = [mark for mark, _ in choices_shown(question, layout)]
    if isinstance(question, TrueFalse):
        return "F" if q.answer == "T" else "T"
    if isinstance(question, Choice):  # distractors by attraction; one in three attracts none
        wrong = [m for m in shown if m != q.answer]
        weights = [zlib.crc32(f"{q.key}{m}".encode()) % 3 for m in sorted(wrong)]
        if not any(weights):
            weights[0] = 1
        return rng.choices(sorted(wrong), weights)[0]
    if isinstance(question, Multi):
        rights = q.answer.split()
        kept = rights[:-1] if len(rights) > 1 else []
        others = [m for m in shown if m not in rights]
        return " ".join(kept + others[:1])
    if isinstance(question, Order):
        order = q.answer.split()
        i = rng.randrange(len(order) - 1)
        order[i], order[i + 1] = order[i + 1], order[i]
        return " ".join(order)
    if isinstance(question, Match):
        pairs = q.answer.split()
        pairs[0], pairs[1] = pairs[0][:-1] + pairs[1][-1], pairs[1][:-1] + pairs[0][-1]
        return " ".join(pairs)
    if isinstance(question, Numeric):
        return str(int(question.answer) * 10 + 1)
    if isinstance(question, Cloze):
        blanks = q.answer.split("; ")
        blanks[rng.randrange(len(blanks))] = "no idea"
        return "; ".join(blanks)
    return rng.choice(["I don't know", "Krupp", "Moscow", letter(0)])


def responses_csv(
    variants: dict[str, list[MarkedQuestion]], count: int, seed: int = 1
) -> tuple[str, list[str]]:
    """A response sheet for ``count`` students (CSV text) and their names in sheet order."""
    rng = random.Random(seed)
    codes = sorted(variants)
    width = max(len(qs) for qs in variants.values())
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["name", "variant", *range(1, width + 1)])
    students = names(count)
    for i, name in enumerate(students):
        code = codes[i % len(codes)]
        ability = rng.gauss(0.6, 1.0)
        row = []
        for q in variants[code]:
            p = 1 / (1 + math.exp(-1.7 * (ability - difficulty(q.key))))
            row.append(answer(q, rng.random() < p, rng))
        writer.writerow([name, code, *row, *[""] * (width - len(row))])
    return out.getvalue(), students
