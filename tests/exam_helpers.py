"""Decks and PDF readers shared by the exam, export and grading tests."""

from __future__ import annotations

from pathlib import Path

import pypdf
from click.testing import CliRunner

from quiz.cli import cli

EVERY = str(Path(__file__).parent / "fixtures" / "every-type.yaml")


def write_bank(folder: Path, questions: list[str], deck: str = "bank") -> Path:
    """A deck file of the given YAML question entries."""
    path = folder / f"{deck}.yaml"
    body = "\n".join("  - " + q.strip().replace("\n", "\n    ") for q in questions)
    path.write_text(f"deck: {deck}\ntitle: Bank {deck}\nquestions:\n{body}\n", encoding="utf-8")
    return path


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def pages(path: Path) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(path).pages]


def text(path: Path) -> str:
    return " ".join(pages(path))


def image_count(path: Path) -> int:
    """Image XObjects on all pages (read without pillow)."""
    count = 0
    for page in pypdf.PdfReader(path).pages:
        xobjects = page["/Resources"].get_object().get("/XObject", {})
        for ref in xobjects.values():
            obj = ref.get_object()
            count += obj["/Subtype"] == "/Image"
            if obj["/Subtype"] == "/Form":  # Typst may wrap an image in a form
                inner = obj.get("/Resources", {}).get("/XObject", {})
                count += sum(r.get_object()["/Subtype"] == "/Image" for r in inner.values())
    return count
