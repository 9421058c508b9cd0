"""An import's text files read, and its deck YAML and media folder written (never over a
file without --force). The Anki package is read in :mod:`quiz.imports.anki_package`.

Everything is checked before anything is written: the deck must not replace its own
input or an existing file (without ``force``), a media file must not replace a
different one, and the YAML is read back by the loader before it is renamed into place.
"""

from __future__ import annotations

from pathlib import Path

from quiz.bank import writer
from quiz.bank.loader import read_deck
from quiz.core.errors import QuizError, UsageError
from quiz.core.files import Kind, atomic_path, check_target
from quiz.core.inputs import InputError, read_input, text_of
from quiz.imports.result import BadInput, ImportResult

DECK = Kind("a deck", (".yaml", ".yml"))  # no mark: a deck is edited, never replaced
MEDIA = Kind("a media file", ())  # written only when new, or different and --force


def read_text_file(path: Path, what: str) -> str:
    """A text file's content (UTF-8, BOM dropped); ``what`` names the format in errors."""
    data = read_input(path, "import")
    not_text = f"is not a text file, so not {what}"
    if data.startswith((b"PK\x03\x04", b"SQLite format")):
        raise BadInput(f"{path}: {not_text}")
    try:
        return text_of(path, data, not_text)
    except InputError as e:
        raise BadInput(str(e)) from None


def media_folder_name(out: Path) -> str:
    return f"{out.stem}-media"


def write_import(result: ImportResult, source: Path, out: Path, *, force: bool) -> list[Path]:
    """Write the deck to ``out`` and its media beside it; returns the media files written."""
    check_target(out, DECK, force=force)  # not over its own input, nor any file
    folder = out.parent / media_folder_name(out)
    media = {folder / name: data for name, data in sorted(result.media.items())}
    for path, data in media.items():
        if path.is_file() and path.read_bytes() != data and not force:
            raise UsageError(f"{path}: already exists with other content; pass --force")
    header = [
        f"Imported by `quiz import` from {source.name} ({result.format}).",
        "Ids come from the source, so importing an updated file again keeps your progress.",
    ]
    text = writer.deck_yaml(result.deck, header=header)
    written = []
    if media:
        folder.mkdir(exist_ok=True)
    for path, data in media.items():
        if not (path.is_file() and path.read_bytes() == data):
            with atomic_path(path, MEDIA, force=force) as tmp:
                tmp.write_bytes(data)
        written.append(path)
    with atomic_path(out, DECK, force=force) as tmp:
        tmp.write_text(text, encoding="utf-8")
        deck, problems = read_deck(tmp)
        if deck is None:  # a bug in an importer: say so rather than write a broken deck
            first = next(p for p in problems if p.severity == "error")
            raise QuizError(
                f"{out}: the imported deck does not load ({first.field}: {first.message})"
            )
    return written
