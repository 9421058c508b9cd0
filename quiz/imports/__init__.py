"""`quiz import`: decks from other tools' files, one module per format.

Each format module has ``read(path, options) -> ImportResult``; :func:`read_import`
picks it from ``--from`` or the file's extension. The readers do no writing:
:mod:`quiz.imports.files` writes the deck and its media, and
:mod:`quiz.imports.progress` carries review history into the progress store.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from quiz.core.errors import UsageError
from quiz.core.inputs import check_input

if TYPE_CHECKING:
    from quiz.imports.options import ImportOptions
    from quiz.imports.result import ImportResult

FORMATS: dict[str, tuple[str, ...]] = {  # format -> file extensions it is told by
    "anki": (".apkg", ".colpkg"),
    "gift": (".gift",),
    "qti": (".zip",),
    "csv": (".csv", ".tsv", ".txt"),
    "markdown": (".md", ".markdown"),
}

_MODULES = {"csv": "table"}  # a module named csv would read like the standard library's


def format_for(path: Path, given: str | None) -> str:
    if given:
        return given
    suffix = path.suffix.lower()
    for name, suffixes in FORMATS.items():
        if suffix in suffixes:
            return name
    raise UsageError(
        f"{path}: cannot tell its format from the name; pass --from {'|'.join(FORMATS)}"
    )


def read_import(path: Path, fmt: str | None, options: ImportOptions) -> ImportResult:
    """The deck in ``path`` (and what could not be carried), read as ``fmt`` or by extension."""
    name = format_for(path, fmt)
    check_input(path, "package" if name in ("anki", "qti") else "import")
    if options.with_progress and name != "anki":
        raise UsageError("--with-progress reads Anki's review history: give an .apkg or .colpkg")
    reader = importlib.import_module(f"quiz.imports.{_MODULES.get(name, name)}")
    return reader.read(path, options)
