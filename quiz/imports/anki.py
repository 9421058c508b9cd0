"""Anki packages to a deck: `quiz import deck.apkg` or `collection.colpkg`.

Note types are recognised by their shape, not only their names (copies such as
"Basic-1a2b" are common): a cloze note type gives cloze questions (its "Back Extra"
the explanation); one with Front and Back fields a card, reversed when a template asks
the back (or "Add Reverse" is filled), a short question when a template types the back
in; quiz's own note types give back their exact question types. Any other note type
needs ``--front FIELD --back FIELD``. Ids come from the note GUID, so a re-import of
an updated collection keeps each question's progress; subdecks below the top deck
become tags.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace
from pathlib import Path, PurePath

from quiz.authoring.drafting.spots import slug
from quiz.bank.media import IMAGE_SUFFIXES
from quiz.bank.model import Cloze, Flashcard, Question, Short
from quiz.imports.anki_collection import Collection, Note, read_collection
from quiz.imports.anki_package import open_package
from quiz.imports.anki_progress import card_history
from quiz.imports.anki_quiz_notes import quiz_kind, quiz_question
from quiz.imports.feedback import split_background
from quiz.imports.html_text import Lost, MalformedHtml, html_to_text, images
from quiz.imports.options import ImportOptions
from quiz.imports.result import BadInput, DeckBuilder, ImportResult, short_hash

_CLOZE_FIELD_RE = re.compile(r"\{\{(?:[^}:]*:)*cloze:([^}]+)\}\}")
_TYPE_FIELD_RE = re.compile(r"\{\{type:(?:[a-z]+:)*([^}]+)\}\}")
EXTRA_FIELDS = ("Back Extra", "Extra")


def read(path: Path, options: ImportOptions) -> ImportResult:
    with open_package(path) as (db, media):
        try:
            col = read_collection(db)
        except (sqlite3.DatabaseError, TypeError, ValueError, KeyError) as e:
            raise BadInput(f"{path}: its collection cannot be read ({e})") from None
    if not col.notes:
        raise BadInput(f"{path}: holds no notes (an empty collection); nothing to import")
    builder = DeckBuilder(path, "Anki package", "Anki", options.media_folder)
    root = _root_deck(col)
    quiz_banks = _quiz_banks(col)
    for note in col.notes:
        try:
            question = _question(note, options, builder.lost)
        except MalformedHtml as e:
            raise BadInput(f"{path}: note {note.guid!r} ({note.notetype.name}): {e}") from None
        except BadInput as e:
            raise BadInput(f"{path}: {e}") from None
        if question is None:
            continue
        question = _with_common(question, note, builder, media, root, quiz_banks)
        kept = builder.add(question, f"note of type {note.notetype.name!r}")
        if kept is not None and options.with_progress:
            history = card_history(kept.id, note.cards, col, builder.lost)
            if history is not None:
                builder.history.append(history)
    result = builder.result(root or path.stem)
    if quiz_banks:
        common = set.intersection(*quiz_banks.values()) - set(quiz_banks) - {"draft"}
        result.deck = replace(result.deck, tags=tuple(sorted(slug(t, 8) for t in common)))
    return result


def _root_deck(col: Collection) -> str:
    """The top deck every note is in, if they share one (its name is the deck's title)."""
    tops = {note.deck.split("::")[0] for note in col.notes}
    return tops.pop() if len(tops) == 1 else ""


def _bank(note: Note) -> str | None:
    """The bank id a note of quiz's own types is tagged with (its tags are ``bank::tag``)."""
    if quiz_kind(note.notetype.name, note.notetype.fields) is None:
        return None
    prefixes = sorted({t.split("::")[0] for t in note.tags if "::" in t})
    return prefixes[0] if prefixes else (note.tags[0] if note.tags else "")


def _quiz_banks(col: Collection) -> dict[str, set[str]]:
    """Each bank id quiz's exports tag notes with -> the plain tags all its notes carry
    (the bank id and the bank's own tags, which are not the questions')."""
    banks: dict[str, set[str]] = {}
    for note in col.notes:
        bank = _bank(note)
        if bank is not None:
            plain = {t for t in note.tags if "::" not in t}
            banks[bank] = banks[bank] & plain if bank in banks else plain | {bank}
    return banks


def _question(note: Note, options: ImportOptions, lost: Lost) -> Question | None:
    qid = "note-" + short_hash(note.guid, 10)
    notetype, fields = note.notetype, note.fields
    kind = quiz_kind(notetype.name, notetype.fields)
    if kind is not None:
        return quiz_question(kind, fields, qid, lost)
    if "image-occlusion" in " ".join(t[1] for t in notetype.templates) or (
        notetype.cloze and "Occlusion" in notetype.fields
    ):
        lost["image occlusion note (masks on an image)"] += 1
        return None
    if notetype.cloze:
        m = _CLOZE_FIELD_RE.search(" ".join(t[1] for t in notetype.templates))
        name = m[1] if m and m[1] in fields else notetype.fields[0]
        _lose_unused(note, {name, *EXTRA_FIELDS}, lost)
        return Cloze(id=qid, text=html_to_text(fields[name], lost))
    front, back = _front_back(note, options)
    _lose_unused(note, {front, back, "Add Reverse"}, lost)
    front_text, back_text = html_to_text(fields[front], lost), html_to_text(fields[back], lost)
    typed = {m[1].strip() for t in notetype.templates for m in _TYPE_FIELD_RE.finditer(t[1])}
    if back in typed:
        return Short(id=qid, prompt=front_text, answer=back_text)
    asks_back = any(f"{{{{{back}}}}}" in qfmt for _, qfmt, _ in notetype.templates)
    reverse = asks_back or bool(fields.get("Add Reverse", "").strip())
    return Flashcard(id=qid, front=front_text, back=back_text, reverse=reverse)


def _front_back(note: Note, options: ImportOptions) -> tuple[str, str]:
    """Front and Back, else the fields named by ``--front``/``--back``."""
    notetype = note.notetype
    if "Front" in notetype.fields and "Back" in notetype.fields:
        return "Front", "Back"
    if options.front or options.back:
        front, back = options.front or "Front", options.back or "Back"
        missing = [f for f in (front, back) if f not in notetype.fields]
        if not missing:
            return front, back
        raise BadInput(
            f"note type {notetype.name!r} has no field {missing[0]!r}"
            f" (its fields: {', '.join(notetype.fields)})"
        )
    raise BadInput(
        f"note type {notetype.name!r} (fields: {', '.join(notetype.fields)}) is not one quiz"
        " knows; say which fields to use with --front FIELD --back FIELD"
    )


def _lose_unused(note: Note, used: set[str], lost: Lost) -> None:
    for name, value in note.fields.items():
        if name not in used and value.strip():
            lost[f"field {name!r} of note type {note.notetype.name!r}"] += 1


def _with_common(
    q: Question,
    note: Note,
    builder: DeckBuilder,
    media: dict[str, bytes],
    root: str,
    banks: dict[str, set[str]],
) -> Question:
    """Explanation, background, sources, tags and image: from quiz's common fields, or the
    note's."""
    fields, lost = note.fields, builder.lost
    bank = _bank(note)
    quiz_note = bank is not None
    bank_tags = banks.get(bank or "", set())
    explanation = next((fields[n] for n in ("Explanation", *EXTRA_FIELDS) if n in fields), "")
    explanation_text, background = split_background(html_to_text(explanation, lost))
    citation = html_to_text(fields.get("Source", ""), lost) if quiz_note else ""
    tags: list[str] = []
    for tag in note.tags:
        prefix, _, rest = tag.partition("::")
        if quiz_note and prefix == bank and rest:
            tags.append(rest)
        elif quiz_note and tag == "draft":
            q = replace(q, draft=True)
        elif tag not in bank_tags:
            tags.append(tag.replace("::", "-"))
    below = note.deck.split("::")[1:] if root else note.deck.split("::")
    if below and not quiz_note:
        tags.append("-".join(below))
    image = _image(note, media, builder, lost)
    return replace(
        q,
        explanation=explanation_text,
        background=background,
        citations=builder.cite(note.deck or builder.path.name, citation),
        tags=tuple(tags),
        image=image,
    )


def _image(note: Note, media: dict[str, bytes], builder: DeckBuilder, lost: Lost) -> str | None:
    """The note's first image, copied beside the deck; images after it are counted lost."""
    found = [src for value in note.fields.values() for src in images(value)]
    kept = None
    for src in found:
        name = PurePath(src).name
        if kept is None and name in media and PurePath(name).suffix.lower() in IMAGE_SUFFIXES:
            kept = name
            builder.media[name] = media[name]
        elif src == kept:
            continue
        else:
            lost["image beyond a note's first" if kept else "image missing from the package"] += 1
    return f"{builder.media_folder}/{kept}" if kept else None
