"""A real exam of the every-type deck graded for a simulated class, for the report tests.

`quiz exam`, then `quiz grade --report --feedback` on a sheet of 24 simulated students
(about a second); tests read the files it wrote and check them against the scores and
items CSVs of the same run.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

from exam_helpers import EVERY, run
from simulated_class import responses_csv

from quiz.exams.manifest_reader import read_manifest

CLASS_SIZE = 24


@dataclass
class Graded:
    folder: Path  # the exam's
    out: Path  # where grade wrote
    manifest: dict
    names: list[str]
    output: str

    def rows(self, name: str) -> list[dict[str, str]]:
        with (self.out / name).open(encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))


def grade_class(root: Path, count: int = CLASS_SIZE, *extra: str) -> Graded:
    folder, out = root / "exam", root / "marked"
    run(
        "exam", EVERY, "-o", str(folder), "--variants", "2", "--seed", "11", "--title", "Every type"
    )
    _, variants = read_manifest(folder)
    sheet, names = responses_csv(variants, count, seed=3)
    (root / "responses.csv").write_text(sheet, encoding="utf-8")
    out.mkdir()
    output = run(
        "grade", str(folder), str(root / "responses.csv"), "-o", str(out / "scores.csv"),
        "--report", "--feedback", *extra,
    )  # fmt: skip
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return Graded(folder, out, manifest, names, output)
