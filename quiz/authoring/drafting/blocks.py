"""A document as blocks: the one shape both readers (Markdown and plain text) produce.

A block is a paragraph, a heading, a list item, a caption or a glossary entry. Blocks
carry no page or section yet: :mod:`quiz.authoring.drafting.document` builds those.
A box (a textbook's note, a tutorial's callout) may carry its own title: the title is a
heading inside the box, and the section it opens ends with the box.
``dropped`` keeps, in order, what the reader set aside (code, tables, exercises, page
furniture) so that a user can see why a passage gave no questions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quiz.authoring.drafting.text import normalise


@dataclass(frozen=True)
class Block:
    text: str
    heading: int | None = None  # a certain heading, with its level
    item: bool = False  # a list item
    caption: bool = False  # an image, figure or table caption
    group: int = 0  # the list an item belongs to (items of one list share it)
    term: str | None = None  # a glossary entry: ``term`` is defined by ``text``
    bold: tuple[str, ...] = ()  # strongly emphasised phrases (candidate terms)
    emphasis: tuple[str, ...] = ()  # italic phrases (a textbook's terms as it defines them)
    paragraph: bool = False  # known to be a paragraph (Markdown says so), never a heading
    code: tuple[str, ...] = ()  # inline code spans ("wc -l", ">")
    box: int = 0  # a heading: how many boxes (notes, callouts) it titles from inside
    summary: bool = False  # in a box that sums up the text (a lesson's key points)
    mark: str = ""  # an empty block that marks a place: GAP or END_BOX (``box`` boxes stay open)


GAP = "gap"  # code, a table or a figure stood here: the text after it does not follow on
END_BOX = "end box"  # a box closed: the section it titled ends


@dataclass
class Read:
    """What a reader makes of a document."""

    blocks: list[Block] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    title: str | None = None  # a title the document declares (Markdown front matter)
    author: str | None = None  # the author(s) it declares there


_FRONT_MATTER = re.compile(  # YAML between "---" lines, TOML between "+++" lines (Hugo, Zola),
    # or MultiMarkdown's bare "title: ..." lines up to the first blank line
    r"\A(?:---[ \t]*\n(.*?)\n(?:---|\.\.\.)|\+\+\+[ \t]*\n(.*?)\n\+\+\+"
    r"|(title[ \t]*:[^\n]*(?:\n[A-Za-z][\w-]*[ \t]*:[^\n]*)*)(?=\n[ \t]*\n))[ \t]*(?:\n|\Z)",
    re.S,
)
_TITLE_KEY = re.compile(r"^title[ \t]*[:=][ \t]*(.+?)[ \t]*$", re.M)
_AUTHOR_KEY = re.compile(r"^authors?[ \t]*[:=][ \t]*(\S.*?)[ \t]*$", re.M)


def front_matter(text: str) -> tuple[str, str | None, str | None]:
    """The text without its front matter (``---`` ... ``---``, or TOML's ``+++`` ... ``+++``),
    the title it declares (``title: X`` or ``title = "X"``) and the author(s) it names."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return text, None, None
    declared = m[1] or m[2] or m[3]
    title = _TITLE_KEY.search(declared)
    value = title[1].strip() if title else None
    if value and value[0] == value[-1] and value[0] in "\"'" and len(value) > 1:
        value = value[1:-1].replace("\\" + value[0], value[0])
    author = _AUTHOR_KEY.search(declared)
    return text[m.end() :], value or None, (author[1].strip("\"'[] ") if author else "") or None


def read_blocks(text: str, *, markdown: bool, rest: bool = False, asciidoc: bool = False) -> Read:
    """The blocks of a document; Markdown by markdown-it-py, plain text,
    reStructuredText and AsciiDoc line by line."""
    text = normalise(text)
    if asciidoc:
        from quiz.authoring.drafting.asciidoc import asciidoc_blocks

        return asciidoc_blocks(text)
    if rest:
        from quiz.authoring.drafting.restructured import rest_blocks

        return rest_blocks(text)
    if markdown:
        from quiz.authoring.drafting.markdown import markdown_blocks

        return markdown_blocks(text)
    from quiz.authoring.drafting.plaintext import plain_blocks

    return plain_blocks(text)
