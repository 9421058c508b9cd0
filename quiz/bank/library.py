"""Bundled decks and turning command-line deck arguments into files and decks.

Every command loads its decks here, so the rules across decks hold for all of
them: a file named twice is loaded once, a name that is no file and no bundled
deck is answered with the nearest one, and two decks with one ``deck:`` id are
refused (progress, Anki notes and exam manifests are keyed on it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import replace
from pathlib import Path

from quiz.bank.builder import Progress
from quiz.bank.deck_file import MISSING
from quiz.bank.loader import read_deck
from quiz.bank.model import Deck
from quiz.core.errors import DeckError, Problem, UsageError
from quiz.core.words import closest, plural

DECK_SUFFIXES = (".yaml", ".yml")
Reading = Callable[[Path], AbstractContextManager[Progress]]  # a progress bar per deck read
_DECK_KEY = re.compile(rb"^deck[ \t]*:", re.MULTILINE)


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


def _read(path: Path, reading: Reading | None) -> tuple[Deck | None, list[Problem]]:
    """:func:`read_one`, with a missing file answered by the nearest deck name."""
    deck, problems = read_one(path, reading)
    return deck, [_suggest(p, path) if p.message == MISSING else p for p in problems]


def _suggest(problem: Problem, path: Path) -> Problem:
    """The problem, ending in the nearest bundled deck name or deck file beside ``path``."""
    if path.parent == Path(".") and not path.suffix:  # a bundled deck's name, misspelled?
        choices = {p.stem: p.stem for p in bundled_decks()}
    elif path.parent.is_dir():
        choices = {p.name: str(p) for p in path.parent.iterdir() if p.suffix in DECK_SUFFIXES}
    else:
        return problem
    match = closest(path.name, choices)
    if match is None:
        return problem
    return replace(problem, message=f"{problem.message}; did you mean {choices[match]!r}?")


def read_one(path: Path, reading: Reading | None = None) -> tuple[Deck | None, list[Problem]]:
    """:func:`read_deck`, with a progress bar from ``reading`` while it reads."""
    with reading(path) if reading else nullcontext(None) as progress:
        return read_deck(path, progress)


def load_decks(args: list[str] | tuple[str, ...], reading: Reading | None = None) -> list[Deck]:
    """Load every deck named; raise one DeckError listing every error in all of them."""
    decks: list[Deck] = []
    errors: list[Problem] = []
    for path in deck_files(args):
        deck, problems = _read(path, reading)
        errors += [p for p in problems if p.severity == "error"]
        if deck is not None:
            decks.append(deck)
    errors += shared_ids(decks)
    if errors:
        raise DeckError(errors)
    return decks


def shared_ids(decks: Sequence[Deck]) -> list[Problem]:
    """A problem for each deck whose ``deck:`` id an earlier deck already has."""
    seen: dict[str, Deck] = {}
    problems = []
    for deck in decks:
        if deck.id not in seen:
            seen[deck.id] = deck
            continue
        first = seen[deck.id]
        problems.append(
            Problem(
                str(deck.path or deck.id),
                _id_line(deck.path),
                1,
                "deck",
                f"deck id {deck.id!r} is also used by {first.path or first.id}; give each"
                " deck its own id (progress, Anki notes and exams are keyed on it)",
            )
        )
    return problems


def refuse_shared_ids(decks: Sequence[Deck]) -> None:
    """Raise DeckError if two of ``decks`` have one id (for callers given decks directly)."""
    problems = shared_ids(decks)
    if problems:
        raise DeckError(problems)


def _id_line(path: Path | None) -> int:
    """The line of the deck's top-level ``deck:`` key (1 if it cannot be found)."""
    try:
        with Path(path or "").open("rb") as f:
            head = f.read(65536)
    except OSError:
        return 1
    found = _DECK_KEY.search(head)
    return head.count(b"\n", 0, found.start()) + 1 if found else 1


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
    """One report per deck file; a deck sharing an earlier deck's id is an error in it."""
    read = [(path, *_read(path, reading)) for path in deck_files(args)]
    shared = {p.path: p for p in shared_ids([deck for _, deck, _ in read if deck is not None])}
    reports = []
    for path, deck, problems in read:
        if str(path) in shared:
            problems, deck = [shared[str(path)], *problems], None
        reports.append(CheckReport(path, deck, problems))
    return reports
