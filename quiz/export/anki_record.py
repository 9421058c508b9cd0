"""What a learner's Anki holds of each bank, and the changes its import will not make.

Anki's import adds notes and updates their fields, but never changes a note's type,
never moves a card to another deck, never deletes a card or a note, and finds decks by
*name*. So once a bank has been imported, Anki keeps:

- the bank's deck under the name it first had (a new title would start a second deck:
  the export keeps the old name, :func:`deck_names`, and says how to rename it);
- each note's first note type (a question whose type changed is skipped as
  "conflicting" at every import until the note is deleted in Anki);
- each card in the deck it first went to (tags moving a question to another sub-deck);
- every cloze deletion's card (a deletion removed from the text leaves an empty card);
- every note of a question removed from the bank;
- the notes of the other Anki export: ``.apkg`` and CSV notes have their own GUIDs, so
  importing both into one collection gives each question twice.

That state is kept per bank in a small record, ``anki-exports/<bank id>.json`` in
quiz's data folder (``$QUIZ_HOME`` or the platform's user data folder, beside the
progress file), not beside the output: Anki knows a bank by its id whatever file it
came from, so every export of the bank, to any path, compares against the same record
and repeats each warning until the learner has made the change in Anki and exports
with ``accept`` (``--accept-changes``), which records the export as what Anki now
holds. Bundled banks live in quiz's install folder, and a deck's own folder is the
author's, so neither is a place to write. A bank with no record yet is compared with
the earlier export at the output path, if there is one (:mod:`quiz.export.anki_previous`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from quiz.bank.cloze import parse_cloze
from quiz.bank.model import Cloze, Deck, Question
from quiz.core.errors import QuizError
from quiz.core.files import Kind, atomic_path, starts_with
from quiz.core.words import plural
from quiz.export.anki_notes import AnkiNote, anki_deck_name, question_place, retype_warning

FORMATS = {"apkg": "quiz export anki", "csv": "quiz export csv"}
VERSION = 1
RECORD = Kind("an Anki export record", (".json",), starts_with(b'{"version":1,'))
ACCEPT = (
    "once you have made these changes in Anki, export with --accept-changes"
    " and quiz stops warning about them"
)


class NoteState(NamedTuple):
    """One note as Anki keeps it: its note type, its cards' deck, its cloze numbers.

    A named tuple: an export compares each of a bank's notes with the record two or
    three times, which a tuple does in C."""

    type: str
    deck: str
    clozes: list[int]


@dataclass
class BankState:
    """A bank as Anki keeps it after importing its exports in one format."""

    deck: str
    notes: dict[str, NoteState] = field(default_factory=dict)


def record_dir() -> Path:
    from quiz.srs.store_file import data_dir  # where quiz keeps what it remembers

    return data_dir() / "anki-exports"


def load(bank_id: str) -> dict[str, BankState]:
    """The bank's states by format ('apkg', 'csv'); empty if none or unreadable.

    An export reads each bank's record twice (:func:`known`, then :func:`review`): the
    file is read both times, and parsed again only if its text changed."""
    path = record_dir() / f"{bank_id}.json"
    try:
        text = path.read_text(encoding="utf-8")
        last = _LAST_READ.get(path)
        if last is None or last[0] != text:
            _LAST_READ.clear()
            last = _LAST_READ[path] = (text, _states(json.loads(text)))
        return dict(last[1])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


_LAST_READ: dict[Path, tuple[str, dict[str, BankState]]] = {}  # (text, states); never changed


def _states(data: dict) -> dict[str, BankState]:
    return {
        fmt: BankState(state["deck"], {q: NoteState(**n) for q, n in state["notes"].items()})
        for fmt, state in data["formats"].items()
        if fmt in FORMATS
    }


def save(bank_id: str, states: dict[str, BankState]) -> str:
    """Write the bank's record; '' or a warning saying it could not be written."""
    folder = record_dir()
    formats = {
        fmt: {"deck": state.deck, "notes": {q: n._asdict() for q, n in state.notes.items()}}
        for fmt, state in states.items()
    }
    data = {"version": VERSION, "bank": bank_id, "formats": formats}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with atomic_path(folder / f"{bank_id}.json", RECORD) as tmp:
            tmp.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), "utf-8")
    except (OSError, QuizError) as e:  # the export is written: say what is lost, don't fail
        return (
            f"could not record this export in {folder} ({e}): later exports cannot"
            " warn about changes Anki will not make"
        )
    return ""


def note_state(note: AnkiNote, type_name: str) -> NoteState:
    q = note.question
    clozes = sorted({d.number for d in parse_cloze(q.text)}) if isinstance(q, Cloze) else []
    return NoteState(type_name, note.deck_name, clozes)


def deck_names(decks: Sequence[Deck], states: dict[str, BankState], accept: bool) -> dict[str, str]:
    """The Anki deck name each bank keeps (the first it had), unless ``accept``."""
    return {} if accept else {d.id: states[d.id].deck for d in decks if d.id in states}


def merged(before: BankState | None, now: BankState, accept: bool) -> BankState:
    """What Anki holds after importing ``now`` over ``before``."""
    if before is None or accept:
        return now
    notes = dict(before.notes)
    for qid, state in now.notes.items():
        old = notes.get(qid)
        if old is None or old == state:
            notes[qid] = state
        else:
            clozes = sorted(set(old.clozes) | set(state.clozes))
            notes[qid] = NoteState(old.type, old.deck, clozes)
    return BankState(before.deck, notes)


def changes(deck: Deck, before: BankState, now: BankState) -> list[str]:
    """Each difference between what Anki keeps of the bank and what it is now, with the
    remedy; the caller adds :data:`ACCEPT` once."""
    questions: dict[str, Question] = {}

    def where(qid: str) -> str:  # the question's place, for a warning (most exports have none)
        if not questions:
            questions.update((q.id, q) for q in deck.questions)
        return question_place(deck, questions[qid])

    bank = f"bank {deck.id!r}"
    out = []
    title = anki_deck_name(deck.title)
    if before.deck != title:
        out.append(
            f"{bank}: its title is now {deck.title!r}, but its Anki deck stays"
            f" {before.deck!r} (Anki finds decks by name: a new name would start a second"
            f" deck and split the bank); to use the new name, rename the deck"
            f" {before.deck!r} to {title!r} in Anki"
        )
    moved: dict[str, tuple[str, str]] = {}
    for qid, state in now.notes.items():
        old = before.notes.get(qid)
        if old is None or old == state:
            continue
        if old.type != state.type:
            out.append(retype_warning(where(qid), old.type, state.type))
        for number in sorted(set(old.clozes) - set(state.clozes)):
            out.append(
                f"{where(qid)}: deletion c{number} is gone, but Anki keeps its card, now"
                " empty; after importing, remove it with Tools > Empty Cards"
            )
        if old.deck != state.deck and old.type == state.type:
            moved[qid] = (old.deck, state.deck)
    if moved:
        pairs = sorted(set(moved.values()))
        old_deck, new_deck = pairs[0]
        where_to = (
            f"deck {new_deck!r}, but Anki leaves their cards in {old_deck!r}"
            if len(pairs) == 1
            else f"other decks than Anki keeps their cards in (e.g. {old_deck!r} -> {new_deck!r})"
        )
        out.append(
            f"{bank}: {plural(len(moved), 'question')} ({_ids(moved)}) now belong in"
            f" {where_to}; Anki's import never moves cards: move them in its Browse window"
            " (Cards > Change Deck)"
        )
    gone = [qid for qid in before.notes if qid not in now.notes]
    if gone:
        out.append(
            f"{bank}: {plural(len(gone), 'question')} ({_ids(gone)}) left the bank, but"
            " Anki's import never deletes: delete their notes in Anki"
        )
    return out


def other_format(deck: Deck, fmt: str, states: dict[str, BankState]) -> list[str]:
    """A warning if the bank was exported in the other Anki format too."""
    return [
        f"bank {deck.id!r}: also exported with `{FORMATS[other]}`;"
        f" its notes there are other notes (other GUIDs and note types), so importing"
        f" both into one collection gives each question twice"
        for other in FORMATS
        if other != fmt and other in states
    ]


def _ids(qids: Iterable[str]) -> str:
    qids = list(qids)
    shown = ", ".join(repr(q) for q in qids[:5])
    return shown + (f" and {len(qids) - 5} more" if len(qids) > 5 else "")


def review(
    decks: Sequence[Deck],
    fmt: str,
    notes: Sequence[tuple[Deck, AnkiNote]],
    type_names: dict[str, str],
    before: dict[str, BankState],
    accept: bool,
) -> list[str]:
    """Warn about every change Anki will not make, then record this export.

    ``before``: what Anki holds of each bank in this format (:func:`known`). Returns
    the warnings, with :data:`ACCEPT` after them when there are any.
    """
    warnings: list[str] = []
    problems: list[str] = []
    for deck in decks:
        now = BankState(before[deck.id].deck if deck.id in before and not accept else "")
        now.deck = now.deck or anki_deck_name(deck.title)
        now.notes = {
            note.question.id: note_state(note, type_names[note.kind])
            for bank, note in notes
            if bank is deck
        }
        recorded = {} if accept else load(deck.id)
        states = dict(recorded)
        if not accept:
            if deck.id in before:
                warnings += changes(deck, before[deck.id], now)
            warnings += other_format(deck, fmt, states)
        states[fmt] = merged(before.get(deck.id), now, accept)
        problem = "" if states == recorded else save(deck.id, states)  # unchanged: kept
        if problem:
            problems.append(problem)
    return warnings + ([ACCEPT] if warnings else []) + problems


def known(
    decks: Sequence[Deck], fmt: str, earlier: Callable[[list[Deck]], dict[str, BankState]]
) -> dict[str, BankState]:
    """What Anki holds of each bank in ``fmt``: its record, or else what ``earlier`` reads
    from the earlier export at the output path (called only for banks with no record)."""
    out = {}
    for deck in decks:
        state = load(deck.id).get(fmt)
        if state is not None:
            out[deck.id] = state
    missing = [d for d in decks if d.id not in out]
    if missing:
        out |= earlier(missing)
    return out
