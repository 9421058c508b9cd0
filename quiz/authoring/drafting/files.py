"""The drafting area's only file I/O: reading a document, writing a draft deck.

Everything else under :mod:`quiz.authoring.drafting` (and :mod:`quiz.authoring.coverage`) takes and
returns text and values, so it tests with strings; these two functions turn a path
into a :class:`~quiz.authoring.drafting.document.Document` and a drafted deck into a file, and
say in one line what is wrong when they cannot.
"""

from __future__ import annotations

from pathlib import Path

from quiz.authoring.drafting.document import Document, parse_document
from quiz.authoring.drafting.writer import deck_yaml
from quiz.bank.model import Deck
from quiz.core.errors import QuizError, UsageError
from quiz.core.files import atomic_path

MARKDOWN_SUFFIXES = (".md", ".markdown")


def read_document(path: str | Path) -> Document:
    """A .txt or .md file as a parsed document (Markdown by its suffix)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UsageError(f"{path}: is a folder; give a .txt or .md document") from None
    except PermissionError:
        raise UsageError(f"{path}: cannot be read (permission denied)") from None
    if b"\0" in data:
        raise UsageError(f"{path}: is not a text file; give a .txt or .md document")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise UsageError(f"{path}: is not UTF-8 (byte {e.start}); save it as UTF-8") from None
    if not text.strip():
        raise UsageError(f"{path}: is empty")
    markdown = path.suffix.lower() in MARKDOWN_SUFFIXES
    return parse_document(text, markdown=markdown, fallback_title=path.stem)


def write_draft(deck: Deck, out: str | Path, *, name: str, force: bool = False) -> None:
    """Write the draft as YAML to ``out`` (temp name, then rename); never replace a file
    unless ``force``. ``name`` is the document's file name, for the header."""
    out = Path(out)
    if out.exists() and not force:
        raise QuizError(f"{out}: already exists; choose another name or pass --force")
    text = deck_yaml(deck, name=name)
    with atomic_path(out) as tmp:
        tmp.write_text(text, encoding="utf-8")
