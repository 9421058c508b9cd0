"""Decks written by the exam, export and grading tests."""

from __future__ import annotations

from pathlib import Path


def write_bank(folder: Path, questions: list[str], deck: str = "bank") -> Path:
    """A deck file of the given YAML question entries."""
    path = folder / f"{deck}.yaml"
    body = "\n".join("  - " + q.strip().replace("\n", "\n    ") for q in questions)
    path.write_text(f"deck: {deck}\ntitle: Bank {deck}\nquestions:\n{body}\n", encoding="utf-8")
    return path
