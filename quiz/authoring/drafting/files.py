"""The drafting area's only file I/O: reading a document, writing a draft deck.

Everything else under :mod:`quiz.authoring.drafting` (and :mod:`quiz.authoring.coverage`) takes and
returns text and values, so it tests with strings; these two functions turn a path
into a :class:`~quiz.authoring.drafting.document.Document` and a drafted deck into a file, and
say in one line what is wrong when they cannot.
"""

from __future__ import annotations

from pathlib import Path

from quiz.authoring.drafting.asciidoc import looks_like_asciidoc
from quiz.authoring.drafting.document import Document, parse_document
from quiz.authoring.drafting.restructured import looks_like_rest
from quiz.authoring.drafting.writer import deck_yaml
from quiz.bank.model import Deck
from quiz.core.errors import UsageError
from quiz.core.files import Kind, atomic_path, check_target
from quiz.core.inputs import read_input, text_of

MARKDOWN_SUFFIXES = (".md", ".markdown")
REST_SUFFIXES = (".rst", ".rest")
ASCIIDOC_SUFFIXES = (".adoc", ".asciidoc", ".asc")
TEXT_SUFFIXES = (".txt", ".text", *MARKDOWN_SUFFIXES, *REST_SUFFIXES, *ASCIIDOC_SUFFIXES)
KINDS = "a .txt, .md, .rst or .adoc document"
DRAFT = Kind("a deck", (".yaml", ".yml"))  # no mark: a draft is edited, never replaced
# What a document that is not text starts with, to say what it is instead.
BINARY_STARTS = {
    b"PK\x03\x04": "a zip archive (a .docx, .odt or .epub is one too)",
    b"%PDF": "a PDF",
    b"\xd0\xcf\x11\xe0": "an old Word or Excel file",
    b"{\\rtf": "an RTF file",
    b"\x89PNG": "an image",
    b"\xff\xd8\xff": "an image",
    b"\x1f\x8b": "a gzip archive",
}
SAVE_AS_TEXT = "save it as plain text (.txt) or Markdown (.md) first"


def read_document(path: str | Path, title: str | None = None) -> Document:
    """A .txt, .md, .rst or .adoc file as a parsed document (Markdown, reST and AsciiDoc by
    their suffix, or a .txt by its marks); ``title`` is the one a user gives."""
    path = Path(path)
    data = read_input(path, "document")
    kind = next((what for start, what in BINARY_STARTS.items() if data.startswith(start)), None)
    if kind is not None:
        raise UsageError(f"{path}: is {kind}, not {KINDS}; {SAVE_AS_TEXT}")
    if path.suffix.lower() not in TEXT_SUFFIXES:
        raise UsageError(f"{path}: is not {KINDS}; {SAVE_AS_TEXT}")
    text = text_of(path, data, f"is not a text file; give {KINDS}", legacy=True)
    suffix = path.suffix.lower()
    guessed = suffix not in (*MARKDOWN_SUFFIXES, *REST_SUFFIXES, *ASCIIDOC_SUFFIXES)
    rest = suffix in REST_SUFFIXES or (guessed and looks_like_rest(text))
    asciidoc = suffix in ASCIIDOC_SUFFIXES or (guessed and not rest and looks_like_asciidoc(text))
    return parse_document(
        text,
        markdown=suffix in MARKDOWN_SUFFIXES,
        rest=rest,
        asciidoc=asciidoc,
        fallback_title=path.stem,
        given_title=title,
    )


def write_draft(
    deck: Deck, out: str | Path, *, name: str, force: bool = False, left_out: int = 0
) -> None:
    """Write the draft as YAML to ``out`` (temp name, then rename); never replace a file
    unless ``force``. ``name`` (the document's file name) and ``left_out`` (questions not
    offered) go in the header."""
    check_target(Path(out), DRAFT, force=force)
    text = deck_yaml(deck, name=name, left_out=left_out)
    with atomic_path(Path(out), DRAFT, force=force) as tmp:
        tmp.write_text(text, encoding="utf-8")
