"""Bundled decks and turning command-line deck arguments into files and decks."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

from quiz.bank.builder import Progress
from quiz.bank.loader import read_deck
from quiz.bank.model import Deck
from quiz.core.errors import DeckError, Problem, UsageError
from quiz.core.words import plural

DECK_SUFFIXES = (".yaml", ".yml")
Reading = Callable[[Path], AbstractContextManager[Progress]]  # a progress bar per deck read


def bundled_dir() -> Path:
    """Decks ship inside the package (wheel); in a source checkout they sit beside it."""
    package = Path(__file__).parents[1]
    inside = package / "decks"
    return inside if inside.is_dir() else package.parent / "decks"


def bundled_decks() -> list[Path]:
    return sorted(p for p in bundled_dir().iterdir() if p.suffix in DECK_SUFFIXES)


def deck_files(args: list[str] | tuple[str, ...]) -> list[Path]:
    """Files for each argument: a file, every deck in a folder, or a bundled deck's name;
    a file named twice (or reached twice) is read once."""
    out: list[Path] = []
    for arg in args:
        path = Path(arg)
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix in DECK_SUFFIXES and p.is_file())
            if not found:
                raise UsageError(f"{path}: no .yaml decks in this folder")
            out.extend(found)
        elif path.exists() or path.suffix in DECK_SUFFIXES or "/" in arg:
            out.append(path)
        else:
            bundled = [p for p in bundled_decks() if p.stem == arg]
            out.append(bundled[0] if bundled else path)
    unique: dict[Path, Path] = {}
    for path in out:
        unique.setdefault(path.resolve(), path)
    return list(unique.values())


def read_one(path: Path, reading: Reading | None = None) -> tuple[Deck | None, list[Problem]]:
    """:func:`read_deck`, with a progress bar from ``reading`` while it reads."""
    with reading(path) if reading else nullcontext(None) as progress:
        return read_deck(path, progress)


def load_decks(args: list[str] | tuple[str, ...], reading: Reading | None = None) -> list[Deck]:
    """Load every deck named; raise one DeckError listing every error in all of them."""
    decks: list[Deck] = []
    errors: list[Problem] = []
    for path in deck_files(args):
        deck, problems = read_one(path, reading)
        errors += [p for p in problems if p.severity == "error"]
        if deck is not None:
            decks.append(deck)
    if errors:
        raise DeckError(errors)
    return decks


class CheckReport:
    """What `quiz check` found in one file."""

    def __init__(self, path: Path, deck: Deck | None, problems: list[Problem]):
        self.path = path
        self.deck = deck
        self.errors = [p for p in problems if p.severity == "error"]
        self.warnings = [p for p in problems if p.severity == "warning"]

    @property
    def summary(self) -> str:
        count = f"{len(self.deck.questions)} questions, " if self.deck else ""
        return (
            f"{self.path}: {count}{plural(len(self.errors), 'error')}, "
            f"{plural(len(self.warnings), 'warning')}"
        )

    def to_dict(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "deck": self.deck.id if self.deck else None,
            "questions": len(self.deck.questions) if self.deck else None,
            "errors": [p.to_dict() for p in self.errors],
            "warnings": [p.to_dict() for p in self.warnings],
        }


def check_decks(
    args: list[str] | tuple[str, ...], reading: Reading | None = None
) -> list[CheckReport]:
    return [CheckReport(path, *read_one(path, reading)) for path in deck_files(args)]
