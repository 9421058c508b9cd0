"""Outlines of the bundled decks' source documents: their structure without their text.

The sources themselves (a Russia Beyond article, reading notes quoting Sara Moore's book)
are not ours to copy into the repository. What `quiz coverage` needs to tell a dangling
citation from a good one is only the structure: the title, the section headings and the
page markers, in order. An outline keeps exactly that, with a placeholder for each
paragraph, and parses to the same sections and pages as the source it was made from.

Regenerate the outlines after a source changes (the freshness test says when):

    python tests/authoring/source_outlines.py /path/to/shared/sources
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from quiz.authoring.drafting.document import Document

OUTLINES = Path(__file__).parent.parent / "fixtures" / "sources"
PLACEHOLDER = "Paragraph not reproduced here."
# The document each source of the bundled decks is, by the source's title.
DOCUMENTS = {
    "How Hitler Came To Power": "germany-friendship-lenin-stalin",
    "What role did Germany play in industrializing the USSR in the 1930s?": (
        "germany-soviet-industrialization"
    ),
}


def outline(doc: Document) -> str:
    """The document's title, headings and page markers, each paragraph a placeholder."""
    lines = [doc.title, ""]
    section = None
    for p in doc.paragraphs:
        if p.section != section and p.page is None:
            lines += [p.section, ""]
        section = p.section
        lines += [f"{PLACEHOLDER} p.{p.page}" if p.page else PLACEHOLDER, ""]
    return "\n".join(lines)


def sources_folder() -> Path | None:
    """Where the real source texts are: $QUIZ_SOURCES, or a shared/sources folder above
    the repository (as on the machines the decks are written on); None if neither."""
    if os.environ.get("QUIZ_SOURCES"):
        return Path(os.environ["QUIZ_SOURCES"])
    for parent in Path(__file__).resolve().parents:
        if (parent / "shared" / "sources").is_dir():
            return parent / "shared" / "sources"
    return None


if __name__ == "__main__":
    from quiz.authoring.drafting.files import read_document

    folder = Path(sys.argv[1])
    for name in DOCUMENTS.values():
        text = outline(read_document(folder / f"{name}.txt"))
        (OUTLINES / f"{name}.outline.txt").write_text(text, encoding="utf-8")
        print(f"wrote {OUTLINES / name}.outline.txt")
