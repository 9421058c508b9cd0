"""Anki package (``.apkg``) export through genanki.

One Anki deck per bank (named by its title; with ``subdecks`` a question goes to
``Title::tag`` by its *first* tag, untagged ones stay in the bank's deck), all
banks in one package. Each question type has a note type designed for it
(:mod:`quiz.export.anki_templates`); the fields come from :mod:`quiz.export.anki_notes`.

Identity is what makes re-imports update in place: note GUIDs are
``guid_for(deck id, question id)``; note type ids are ``stable_id("quiz/anki/model/
<kind>/v1")`` (the ``v1`` changes only when a note type's fields change); deck ids are
``stable_id("quiz/anki/deck/<deck id>[::<tag>]")``.

Deck names, note types, sub-decks and cloze cards that Anki's import will not change
are tracked by :mod:`quiz.export.anki_record`, which warns at every export.

Anki's default import replaces a note only when the package's note is newer
(``mod``, whole seconds). genanki stamps every note with the export time ``now``.
When ``out`` already holds an earlier export, a note whose type, fields and tags
did not change keeps that export's ``mod``, so re-importing updates exactly the
edited notes and leaves alone the rest (and any edits the learner made to them in
Anki); a changed note gets ``max(now, previous mod + 1)``, so it is always newer.
Note types are treated the same way (Anki replaces a newer one, and with it the
learner's own styling).
"""

from __future__ import annotations

import contextlib
import itertools
import json
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from pathlib import Path

import genanki

from quiz.bank.library import refuse_shared_ids
from quiz.bank.loader import paused_gc
from quiz.bank.model import Deck
from quiz.core.files import Kind, atomic_path, check_target, zip_comment
from quiz.export import anki_record
from quiz.export.anki_fields import COMMON_FIELDS, KIND_FIELDS
from quiz.export.anki_notes import (
    AnkiExportResult,
    AnkiNote,
    anki_deck_name,
    anki_notes,
    stable_id,
)
from quiz.export.anki_package import MARK, PackageNote, write_package
from quiz.export.anki_previous import from_package, previous_db
from quiz.export.anki_templates import CSS, NOTE_TYPES, templates
from quiz.export.anki_text import esc

Progress = Callable[[int, int], None]


def _written_by_quiz(path: Path) -> bool:
    """Quiz's mark: the zip comment, or (packages from before it) quiz's note types."""
    if zip_comment(MARK)(path):
        return True
    ours = {str(stable_id(f"quiz/anki/model/{kind}/v1")) for kind in NOTE_TYPES}
    with tempfile.TemporaryDirectory(prefix="quiz-anki-") as folder:
        db = previous_db(path, Path(folder))
        if db is None:
            return False
        try:
            with contextlib.closing(sqlite3.connect(db)) as conn:
                (models,) = conn.execute("SELECT models FROM col").fetchone()
            return bool(ours & set(json.loads(models)))
        except (sqlite3.DatabaseError, json.JSONDecodeError, TypeError, ValueError):
            return False


KIND = Kind("an Anki package", (".apkg",), _written_by_quiz)


def build_models() -> dict[str, genanki.Model]:
    """The note types, by note kind, with fixed ids (see the module docstring)."""
    models = {}
    for kind, cards in templates().items():
        models[kind] = genanki.Model(
            stable_id(f"quiz/anki/model/{kind}/v1"),
            NOTE_TYPES[kind],
            fields=[{"name": f} for f in KIND_FIELDS[kind] + COMMON_FIELDS],
            templates=[{"name": n, "qfmt": q, "afmt": a} for n, q, a in cards],
            css=CSS,
            model_type=genanki.Model.CLOZE if kind == "cloze" else genanki.Model.FRONT_BACK,
        )
    return models


def write(
    decks: Sequence[Deck],
    out: Path,
    *,
    subdecks: bool = False,
    progress: Progress | None = None,
    now: datetime | None = None,
    force: bool = False,
    accept: bool = False,
) -> AnkiExportResult:
    """Write every deck's questions into one ``.apkg`` at ``out``.

    Warns about every change since the bank's earlier exports that Anki's import will
    not make (:mod:`quiz.export.anki_record`); ``accept`` records this export as what
    the learner's Anki holds instead.
    """
    with paused_gc():  # millions of small objects and no cycles: see paused_gc
        return _write(decks, out, subdecks, progress, now, force, accept)


def _write(
    decks: Sequence[Deck],
    out: Path,
    subdecks: bool,
    progress: Progress | None,
    now: datetime | None,
    force: bool,
    accept: bool,
) -> AnkiExportResult:
    check_target(out, KIND, force=force)
    timestamp = (now or datetime.now(timezone.utc)).timestamp()
    models = build_models()
    field_names = {kind: [f["name"] for f in model.fields] for kind, model in models.items()}
    refuse_shared_ids(decks)
    before = anki_record.known(decks, "apkg", lambda banks: from_package(Path(out), banks))
    names = anki_record.deck_names(decks, before, accept)
    anki_decks: dict[str, genanki.Deck] = {}
    media: dict[str, Path] = {}
    notes: list[PackageNote] = []
    exported: list[tuple[Deck, AnkiNote]] = []
    total = sum(len(d.questions) for d in decks)
    every = max(1, total // 200)
    counter = itertools.count(1)

    def tick() -> None:
        done = next(counter)
        if progress and (done % every == 0 or done == total):
            progress(done, total)

    for bank, note in anki_notes(decks, subdecks=subdecks, names=names):
        exported.append((bank, note))
        target = anki_decks.get(note.deck_name)
        if target is None:
            base = names.get(bank.id) or anki_deck_name(bank.title)
            if note.deck_name != base and base not in anki_decks:
                anki_decks[base] = _deck(bank, base, base)
            target = anki_decks[note.deck_name] = _deck(bank, base, note.deck_name)
        fields = [note.fields[name] for name in field_names[note.kind]]
        n = PackageNote(models[note.kind], fields, tags=note.tags, guid=note.guid, due=len(notes))
        n.tick = tick
        target.add_note(n)
        notes.append(n)
        if note.media:
            media[note.media[1]] = note.media[0]

    warnings = [
        f"banks {', '.join(ids)} share the title {title!r}, so their notes share one Anki deck"
        for title, ids in _shared_titles(decks).items()
    ]
    package = genanki.Package(list(anki_decks.values()))
    with (
        atomic_path(out, KIND, force=force) as tmp,
        tempfile.TemporaryDirectory(prefix="quiz-anki-") as folder,
    ):
        work = Path(folder)
        for name, path in media.items():
            shutil.copyfile(path, work / name)
        package.media_files = [str(work / name) for name in media]
        previous = previous_db(Path(out), work) if Path(out).is_file() else None
        write_package(package, tmp, work / "collection.anki2", timestamp, previous)
    warnings += anki_record.review(decks, "apkg", exported, NOTE_TYPES, before, accept)
    cards = sum(len(n.cards) for n in notes)
    return AnkiExportResult(Path(out), len(notes), warnings, cards=cards, decks=len(anki_decks))


def _shared_titles(decks: Sequence[Deck]) -> dict[str, list[str]]:
    """Banks whose Anki decks would be one: Anki compares deck names ignoring case."""
    by_title: dict[str, list[str]] = {}
    for deck in decks:
        by_title.setdefault(anki_deck_name(deck.title).casefold(), []).append(deck.id)
    titles = {anki_deck_name(d.title).casefold(): d.title for d in decks}
    return {titles[key]: ids for key, ids in by_title.items() if len(ids) > 1}


def _deck(bank: Deck, base: str, name: str) -> genanki.Deck:
    key = bank.id + name.removeprefix(base)
    description = esc(bank.description or "") if name == base else ""
    return genanki.Deck(stable_id(f"quiz/anki/deck/{key}"), name, description)
