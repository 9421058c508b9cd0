"""What each question becomes in Anki: GUID, fields, tags, deck name and media.

Shared by the ``.apkg`` export (:mod:`quiz.export.anki`) and the Anki CSV export
(:mod:`quiz.export.anki_csv`). No genanki here; the fields themselves are rendered by
:mod:`quiz.export.anki_fields`. The two paths give a question different GUIDs
(:func:`stock_guid` for the CSV's stock note types): one collection cannot hold a note
under two note types, so sharing GUIDs made Anki skip every note of the second import
as "conflicting"; now the second import adds its own notes (the export warns).

Deck names are the bank's title as Anki must read it (:func:`anki_deck_name`): a ``::``
in a title would make nested decks, so it is written with an invisible space between
the colons.

Tags: every note carries the bank's id, the bank's own tags, each question tag
as ``<bank id>::<tag>`` (Anki shows them as a tree under the bank) and ``draft``
for machine-drafted questions. With sub-decks a question goes to
``<title>::<first tag>``; untagged questions stay in the bank's own deck.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from quiz.bank import media
from quiz.bank.citing import background_line
from quiz.bank.cloze import parse_cloze
from quiz.bank.library import refuse_shared_ids
from quiz.bank.model import Deck, Question, SourceRef
from quiz.export import ExportResult
from quiz.export.anki_fields import question_fields
from quiz.export.anki_judging import Judging
from quiz.export.anki_text import esc

_BASE91 = (  # genanki's alphabet for GUIDs
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~"
)
_PAIRS = [high + low for high in _BASE91 for low in _BASE91]
_PAIR_BASE = len(_PAIRS)


@dataclass
class AnkiExportResult(ExportResult):
    """Adds what Anki will show: cards (a reversed card or a cloze makes several) and decks."""

    cards: int = 0
    decks: int = 0


@dataclass(slots=True)
class AnkiNote:
    """One question as an Anki note: ``fields`` holds HTML by field name."""

    kind: str
    fields: dict[str, str]
    guid: str
    deck_name: str
    tags: tuple[str, ...]
    media: tuple[Path, str] | None  # (image file, its name in Anki's media folder)
    question: Question


def card_count(note: AnkiNote) -> int:
    """Cards Anki makes from the note: two for a reversed card, one per cloze number."""
    if note.kind == "cloze":
        return len({d.number for d in parse_cloze(note.question.text)})  # type: ignore[union-attr]
    return 2 if note.kind == "reversed" else 1


def note_guid(deck_id: str, question_id: str) -> str:
    """Same value as ``genanki.guid_for(deck_id, question_id)``: stable across exports."""
    return _base91(_guid_digest(deck_id, question_id))


def stock_guid(deck_id: str, question_id: str) -> str:
    """The question's GUID in the CSV export (stock note types): never the package's."""
    return _base91(_stock_digest(_guid_digest(deck_id, question_id)))


def _stock_digest(digest: bytes) -> bytes:
    return hashlib.sha256(b"stock/" + digest).digest()


def _guid_digest(deck_id: str, question_id: str) -> bytes:
    return hashlib.sha256(f"{deck_id}__{question_id}".encode()).digest()


def _base91(digest: bytes) -> str:
    """genanki's base-91 spelling of the first 8 bytes, two digits per step for speed."""
    number = int.from_bytes(digest[:8], "big")
    out = []
    while number >= _PAIR_BASE:
        number, pair = divmod(number, _PAIR_BASE)
        out.append(_PAIRS[pair])
    if number:
        out.append(_PAIRS[number] if number >= len(_BASE91) else _BASE91[number])
    return "".join(reversed(out))


def stable_id(key: str) -> int:
    """A fixed id in genanki's recommended range [2**30, 2**31) derived from ``key``."""
    digest = hashlib.sha256(key.encode()).digest()
    return (1 << 30) + int.from_bytes(digest[:4], "big") % (1 << 30)


def note_tags(deck: Deck, q: Question) -> tuple[str, ...]:
    """The bank's id and tags, each question tag as ``bank-id::tag``, and ``draft``."""
    tags = [deck.id, *deck.tags, *(f"{deck.id}::{t}" for t in q.tags)]
    if q.draft:
        tags.append("draft")
    return tuple(dict.fromkeys("_".join(t.split()) for t in tags))


NESTING = "::"  # Anki's separator of deck names
_LITERAL = ":\u200b:"  # two colons Anki does not read as nesting


def anki_deck_name(title: str) -> str:
    """A title as an Anki deck name: 'A::B' stays one deck (shown with both colons)."""
    return " ".join(title.split()).replace(NESTING, _LITERAL)


def deck_name(base: str, q: Question, subdecks: bool) -> str:
    """``base`` (the bank's deck name), or ``base::first-tag`` with sub-decks (untagged
    questions stay in the bank's deck)."""
    if subdecks and q.tags:
        return f"{base}{NESTING}{q.tags[0]}"
    return base


def image_file(deck: Deck, q: Question) -> Path:
    """The question's image, which must be a file inside the deck file's folder."""
    return media.image_file(deck.path, str(q.image), f"{deck.path or deck.id}: question {q.id!r}")


def media_name(path: Path) -> str:
    """A collision-free media name: the content hash plus the suffix."""
    return f"quiz-{hashlib.sha256(path.read_bytes()).hexdigest()[:20]}{path.suffix.lower()}"


def retype_warning(where: str, old: str, new: str) -> str:
    """Anki's import never changes a note's type: a note whose type changed since the
    previous export is skipped (reported as conflicting) until the learner deletes it."""
    return (
        f"{where} changed note type ({old} -> {new}): Anki's import skips its note as"
        " conflicting; delete that note in Anki first to get the new one (its review"
        " history goes with it)"
    )


def explanation_html(q: Question) -> str:
    """The Explanation field: the explanation, then any background under its own label."""
    parts = [esc(q.explanation)] if q.explanation else []
    if q.background:
        parts.append(f'<div class="background">{esc(background_line(q))}</div>')
    return "".join(parts)


def question_place(deck: Deck, q: Question) -> str:
    return f"{deck.path or deck.id}: question {q.id!r}"


def anki_notes(
    decks: Sequence[Deck],
    *,
    subdecks: bool = False,
    stock: bool = False,
    names: dict[str, str] | None = None,
) -> Iterator[tuple[Deck, AnkiNote]]:
    """Every question of every deck as an Anki note, in file order.

    ``stock``: for Anki's stock note types (CSV): their own GUIDs, labels written out
    (:func:`quiz.export.anki_fields.question_fields`), no judging data, and no images
    (CSV cannot carry files); otherwise each image is checked and named (``Image`` holds
    its ``<img>``). ``names``: the Anki deck name of a bank by id, where it is not the
    one its title gives (:mod:`quiz.export.anki_record` keeps names stable).
    """
    refuse_shared_ids(decks)  # two banks with one id would give their notes one GUID
    images: dict[Path, str] = {}
    tags: dict[tuple[str, tuple[str, ...], bool], tuple[str, ...]] = {}
    for deck in decks:
        citations: dict[tuple[SourceRef, ...], str] = {}
        base = (names or {}).get(deck.id) or anki_deck_name(deck.title)
        judging = Judging(deck)
        for q in deck.questions:
            digest = _guid_digest(deck.id, q.id)
            guid = _base91(_stock_digest(digest) if stock else digest)
            kind, fields = question_fields(q, digest, stock=stock)
            if kind == "typein" and not stock:
                fields["Accepted"] += judging.html(q)
            media = None
            fields["Image"] = ""
            if q.image and not stock:
                image = image_file(deck, q)
                if image not in images:
                    images[image] = media_name(image)
                media = (image, images[image])
                fields["Image"] = f'<img src="{images[image]}" alt="">'
            fields["Explanation"] = explanation_html(q)
            if q.citations not in citations:
                citations[q.citations] = esc(deck.citation(q))
            fields["Source"] = citations[q.citations]
            key = (deck.id, q.tags, q.draft)
            if key not in tags:
                tags[key] = note_tags(deck, q)
            name = deck_name(base, q, subdecks)
            yield deck, AnkiNote(kind, fields, guid, name, tags[key], media, q)
