"""Markdown flashcards in the Obsidian Spaced Repetition plugin's formats to a deck.

``question::answer`` is a card and ``question:::answer`` a reversed one, each on one
line; a multi-line card puts its question, a line ``?`` (``??`` for reversed) and its
answer in one paragraph; a paragraph with ``==highlights==`` or ``{{c1::deletions}}``
is a cloze, each highlight a deletion of its own. The plugin's tags (``#flashcards``,
``#flashcards/history/weimar``) mark decks: the part below ``flashcards`` becomes a
tag; headings above a card are where it is cited from. The plugin's schedule comments
(``<!--SR:...-->``) and images are counted as not carried; wiki links keep their text.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from quiz.bank.model import Cloze, Flashcard, Question
from quiz.imports.cleaning import clean
from quiz.imports.files import read_text_file
from quiz.imports.options import ImportOptions
from quiz.imports.result import DeckBuilder, ImportResult, path_tag, text_id

_TAG_RE = re.compile(r"(?<![\w/])#([\w/-]+)")
_SCHEDULE_RE = re.compile(r"<!--SR:[^>]*-->")
_HIGHLIGHT_RE = re.compile(r"==(.+?)==")
_CLOZE_RE = re.compile(r"\{\{c\d+::")
_EMBED_RE = re.compile(r"!\[\[[^\]]*\]\]|!\[[^\]]*\]\([^)]*\)")
_WIKI_RE = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]")
_HEADING_RE = re.compile(r"^(#{1,6})\s+(.*)$")


def read(path: Path, options: ImportOptions) -> ImportResult:
    text = read_text_file(path, "a Markdown file")
    builder = DeckBuilder(path, "Markdown flashcards", "Obsidian", options.media_folder)
    lines = _without_front_matter(text.split("\n"))
    headings: list[str] = []
    file_tags: list[str] = []
    block: list[str] = []
    fenced = False
    for line in [*lines, ""]:
        if line.strip().startswith("```"):
            fenced = not fenced
            continue
        if fenced:
            continue
        heading = _HEADING_RE.match(line)
        if heading or not line.strip():
            _block(block, builder, headings, file_tags)
            block = []
            if heading:
                level = len(heading[1])
                headings = [*headings[: level - 1], *[""] * (level - 1 - len(headings)), heading[2]]
                headings = headings[:level]
            continue
        block.append(line)
    return builder.result(path.stem)


def _without_front_matter(lines: list[str]) -> list[str]:
    if lines and lines[0].strip() == "---" and "---" in (s.strip() for s in lines[1:]):
        end = next(i for i, s in enumerate(lines[1:], start=1) if s.strip() == "---")
        return lines[end + 1 :]
    return lines


def _tags(text: str, file_tags: list[str]) -> tuple[str, list[str]]:
    """The text without its tags, and the tags: ``flashcards/a/b`` is ``a-b``."""
    tags = []
    for tag in _TAG_RE.findall(text):
        parts = tag.split("/")
        if parts[0].lower() == "flashcards":
            if parts[1:]:
                tags.append(path_tag(parts[1:]))
        else:
            tags.append(path_tag(parts))
    return _TAG_RE.sub("", text), tags


def _plain(text: str, builder: DeckBuilder) -> str:
    embeds = _EMBED_RE.findall(text)
    if embeds:
        builder.lose("image or embed", len(embeds))
    text = _EMBED_RE.sub("", text)
    return clean(
        "\n".join(" ".join(line.split()) for line in _WIKI_RE.sub(r"\1", text).split("\n"))
    )


def _block(
    block: list[str], builder: DeckBuilder, headings: list[str], file_tags: list[str]
) -> None:
    if not block:
        return
    raw = "\n".join(block)
    if found := _SCHEDULE_RE.findall(raw):
        builder.lose("Spaced Repetition schedule (quiz schedules anew)", len(found))
    body, tags = _tags(_SCHEDULE_RE.sub("", raw), file_tags)
    if not body.strip():  # a line of tags alone applies to the file's cards below it
        file_tags[:] = tags
        return
    tags = [*file_tags, *tags]
    where = " > ".join(h for h in headings if h) or "top of file"
    stripped = [line.strip() for line in body.split("\n")]
    questions: list[Question] = []
    if "?" in stripped or "??" in stripped:
        split = next(i for i, s in enumerate(stripped) if s in ("?", "??"))
        front = _plain("\n".join(body.split("\n")[:split]), builder)
        back = _plain("\n".join(body.split("\n")[split + 1 :]), builder)
        questions.append(Flashcard(id="x", front=front, back=back, reverse=stripped[split] == "??"))
    else:
        for line in body.split("\n"):
            single = _CLOZE_RE.sub("", line)
            if ":::" in single or "::" in single:
                sep = ":::" if ":::" in single else "::"
                front, _, back = (_plain(side, builder) for side in line.partition(sep))
                questions.append(Flashcard(id="x", front=front, back=back, reverse=sep == ":::"))
        if not questions and (_HIGHLIGHT_RE.search(body) or _CLOZE_RE.search(body)):
            text, n = _plain(body, builder), 0

            def deletion(m: re.Match) -> str:
                nonlocal n
                n += 1
                return f"{{{{c{n}::{m[1]}}}}}"

            if not _CLOZE_RE.search(text):
                text = _HIGHLIGHT_RE.sub(deletion, text)
            questions.append(Cloze(id="x", text=text))
    for q in questions:
        q = replace(q, id=text_id(q.prompt_text), tags=tuple(tags), citations=builder.cite(where))
        builder.add(q, "Markdown card", f"under {where}")
