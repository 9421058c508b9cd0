"""Anki CSV (text import) export for Anki's stock note types.

The file starts with Anki's header lines (``#separator``, ``#html``, ``#notetype
column``, ``#deck column``, ``#guid column``, ``#tags column``), so File > Import
needs no settings. Cards become ``Basic`` or ``Basic (and reversed card)``, clozes
``Cloze`` (explanation and source in ``Back Extra``); every other type becomes a
``Basic`` note with its options or items on the front and the answer, explanation
and source on the back. Tags and deck names are those of the ``.apkg`` export; GUIDs
are the CSV's own (:func:`quiz.export.anki_notes.stock_guid`), stable across exports,
so a re-import updates notes in place and never collides with the package's notes.

What the stock note types cannot hold is reported as warnings: images (CSV carries
no files) and the explanation of reversed cards (card 2 shows the Back field as its
question, so an explanation there would give the answer away).
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from pathlib import Path

from quiz.bank.library import refuse_shared_ids
from quiz.bank.model import Deck
from quiz.core.csv_cells import anki_cell
from quiz.core.files import Kind, atomic_path, check_target, starts_with
from quiz.core.words import plural
from quiz.export import anki_record
from quiz.export.anki_notes import AnkiExportResult, AnkiNote, anki_notes, card_count
from quiz.export.anki_previous import from_csv

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
NOTETYPES |= {"typein": "Basic", "choice": "Basic", "list": "Basic"}
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
        NOTETYPES[note.kind],
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
    accept: bool = False,
) -> AnkiExportResult:
    """Write every question as one CSV row. ``now`` is unused: Anki's CSV import
    compares the fields themselves, so an unchanged note is never touched. Warns about
    the changes Anki will not make, as the package export does (``accept``: see there)."""
    check_target(out, KIND, force=force)
    total = sum(len(d.questions) for d in decks)
    every = max(1, total // 200)
    count = cards = images = hidden = 0
    deck_names: set[str] = set()
    refuse_shared_ids(decks)
    legacy: set[str] = set()

    def earlier(banks: Sequence[Deck]) -> dict[str, anki_record.BankState]:
        states, old = from_csv(Path(out), banks)
        legacy.update(old)
        return states

    before = anki_record.known(decks, "csv", earlier)
    names = anki_record.deck_names(decks, before, accept)
    exported = []
    with (
        atomic_path(out, KIND, force=force) as tmp,
        tmp.open("w", encoding="utf-8", newline="") as f,
    ):
        f.write(HEADER)
        rows = csv.writer(f, lineterminator="\n")
        for deck, note in anki_notes(decks, subdecks=subdecks, stock=True, names=names):
            exported.append((deck, note))
            notetype, first, second = stock_fields(note)
            row = [notetype, note.deck_name, note.guid, first, second, " ".join(note.tags)]
            rows.writerow([anki_cell(c) for c in row])
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
    warnings += [
        f"{out}: written by an older quiz, whose CSV notes had the package's GUIDs; this"
        f" file gives bank {bank!r} its own, so importing it adds each question again:"
        " delete the bank's older CSV notes in Anki first"
        for bank in sorted(legacy)
    ]
    warnings += anki_record.review(decks, "csv", exported, NOTETYPES, before, accept)
    return AnkiExportResult(Path(out), count, warnings, cards=cards, decks=len(deck_names))
