"""Anki CSV (text import) export for Anki's stock note types.

The file starts with Anki's header lines (``#separator``, ``#html``, ``#notetype
column``, ``#deck column``, ``#guid column``, ``#tags column``), so File > Import
needs no settings. Cards become ``Basic`` or ``Basic (and reversed card)``, clozes
``Cloze`` (explanation and source in ``Back Extra``); every other type becomes a
``Basic`` note with its options or items on the front and the answer, explanation
and source on the back. GUIDs, tags and deck names are those of the ``.apkg``
export, so a re-import updates notes in place.

What the stock note types cannot hold is reported as warnings: images (CSV carries
no files) and the explanation of reversed cards (card 2 shows the Back field as its
question, so an explanation there would give the answer away).
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from pathlib import Path

from quiz.bank.model import Deck
from quiz.core.files import Kind, atomic_path, check_target, starts_with
from quiz.core.words import plural
from quiz.export.anki_notes import (
    AnkiExportResult,
    AnkiNote,
    anki_notes,
    card_count,
    question_place,
    retype_warning,
)

HEADER = (
    "#separator:Comma\n"
    "#html:true\n"
    "#notetype column:1\n"
    "#deck column:2\n"
    "#guid column:3\n"
    "#tags column:6\n"
)
KIND = Kind("an Anki CSV file", (".csv", ".txt"), starts_with(HEADER.encode()))
NOTETYPES = {"basic": "Basic", "reversed": "Basic (and reversed card)", "cloze": "Cloze"}
# note kind -> (fields on the front, fields on the back) of a stock two-field note
LAYOUT: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "basic": (("Front",), ("Back", "Explanation", "Source")),
    "reversed": (("Front",), ("Back",)),
    "cloze": (("Text",), ("Explanation", "Source")),
    "typein": (("Prompt", "Hint"), ("Answer", "Accepted", "Explanation", "Source")),
    "choice": (("Prompt", "Instruction", "Options"), ("Answer", "Explanation", "Source")),
    "list": (("Prompt", "Items"), ("Answer", "Explanation", "Source")),
}


def stock_fields(note: AnkiNote) -> tuple[str, str, str]:
    """The stock note type and its two fields (Front/Back or Text/Back Extra)."""
    front, back = LAYOUT[note.kind]
    return (
        NOTETYPES.get(note.kind, "Basic"),
        _join(note.fields[f] for f in front),
        _join(note.fields[f] for f in back),
    )


def _join(parts: Iterable[str]) -> str:
    parts = [p for p in parts if p]
    return parts[0] if len(parts) == 1 else "".join(f"<div>{p}</div>" for p in parts)


def write(
    decks: Sequence[Deck],
    out: Path,
    *,
    subdecks: bool = False,
    progress: Callable[[int, int], None] | None = None,
    now: datetime | None = None,
    force: bool = False,
) -> AnkiExportResult:
    """Write every question as one CSV row. ``now`` is unused: Anki's CSV import
    compares the fields themselves, so an unchanged note is never touched."""
    check_target(out, KIND, force=force)
    total = sum(len(d.questions) for d in decks)
    every = max(1, total // 200)
    count = cards = images = hidden = 0
    deck_names: set[str] = set()
    before = previous_notetypes(Path(out))
    retyped: list[str] = []
    with (
        atomic_path(out, KIND, force=force) as tmp,
        tmp.open("w", encoding="utf-8", newline="") as f,
    ):
        f.write(HEADER)
        rows = csv.writer(f, lineterminator="\n")
        for deck, note in anki_notes(decks, subdecks=subdecks, with_media=False):
            notetype, first, second = stock_fields(note)
            old = before.get(note.guid, notetype)
            if old != notetype:
                retyped.append(retype_warning(question_place(deck, note.question), old, notetype))
            rows.writerow([notetype, note.deck_name, note.guid, first, second, " ".join(note.tags)])
            images += bool(note.question.image)
            hidden += note.kind == "reversed" and bool(
                note.fields["Explanation"] or note.fields["Source"]
            )
            count += 1
            cards += card_count(note)
            deck_names.add(note.deck_name)
            if progress and (count % every == 0 or count == total):
                progress(count, total)
    warnings = []
    if images:
        warnings.append(
            f"{plural(images, 'image')} left out: CSV carries no files;"
            " `quiz export anki` packs them"
        )
    if hidden:
        warnings.append(
            f"{plural(hidden, 'reversed card')}: explanation and source left out (card 2 of the"
            " stock reversed note type would show them before the answer);"
            " `quiz export anki` keeps them"
        )
    warnings += retyped
    return AnkiExportResult(Path(out), count, warnings, cards=cards, decks=len(deck_names))


def previous_notetypes(out: Path) -> dict[str, str]:
    """GUID -> note type in an earlier export at ``out`` (empty if there is none)."""
    try:
        with out.open(encoding="utf-8", newline="") as f:
            rows = csv.reader(line for line in f if not line.startswith("#"))
            return {row[2]: row[0] for row in rows if len(row) >= 3}
    except (OSError, UnicodeDecodeError, csv.Error):
        return {}
