"""Anki package (``.apkg``) export through genanki.

One Anki deck per bank (named by its title; with ``subdecks`` a question goes to
``Title::tag`` by its *first* tag, untagged ones stay in the bank's deck), all
banks in one package. Each question type has a note type designed for it
(:mod:`quiz.export.anki_templates`); the fields come from :mod:`quiz.export.anki_notes`.

Identity is what makes re-imports update in place: note GUIDs are
``guid_for(deck id, question id)``; note type ids are ``stable_id("quiz/anki/model/
<kind>/v1")`` (the ``v1`` changes only when a note type's fields change); deck ids are
``stable_id("quiz/anki/deck/<deck id>[::<tag>]")``.

Anki's default import replaces a note only when the package's note is newer
(``mod``, whole seconds). genanki stamps every note with the export time ``now``.
When ``out`` already holds an earlier export, a note whose type, fields and tags
did not change keeps that export's ``mod``, so re-importing updates exactly the
edited notes and leaves alone the rest (and any edits the learner made to them in
Anki); a changed note gets ``max(now, previous mod + 1)``, so it is always newer.
Note types are treated the same way (Anki replaces a newer one, and with it the
learner's own styling). A note whose type changed (``reverse`` toggled, a question
given another type) is one Anki's import will not update: it is warned about.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from pathlib import Path

import genanki

from quiz.bank.model import Deck
from quiz.core.files import Kind, atomic_path, check_target, zip_comment
from quiz.export.anki_fields import COMMON_FIELDS, KIND_FIELDS, esc
from quiz.export.anki_notes import (
    AnkiExportResult,
    anki_notes,
    note_guid,
    question_place,
    retype_warning,
    stable_id,
)
from quiz.export.anki_templates import CSS, TEMPLATES

Progress = Callable[[int, int], None]
MARK = b"Written by quiz export anki"  # the package's zip comment
MAX_PREVIOUS = 2**30  # bytes of an earlier export's collection that are read back


def _written_by_quiz(path: Path) -> bool:
    """Quiz's mark: the zip comment, or (packages from before it) quiz's note types."""
    if zip_comment(MARK)(path):
        return True
    ours = {str(stable_id(f"quiz/anki/model/{kind}/v1")) for kind in TEMPLATES}
    with tempfile.TemporaryDirectory(prefix="quiz-anki-") as folder:
        db = _previous_db(path, Path(folder))
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
    for kind, (name, cards) in TEMPLATES.items():
        models[kind] = genanki.Model(
            stable_id(f"quiz/anki/model/{kind}/v1"),
            name,
            fields=[{"name": f} for f in KIND_FIELDS[kind] + COMMON_FIELDS],
            templates=[{"name": n, "qfmt": q, "afmt": a} for n, q, a in cards],
            css=CSS,
            model_type=genanki.Model.CLOZE if kind == "cloze" else genanki.Model.FRONT_BACK,
        )
    return models


class _Note(genanki.Note):
    """A note that reports when genanki has written it (drives the progress bar)."""

    tick: Callable[[], None]

    def write_to_db(self, cursor, timestamp, deck_id, id_gen):
        super().write_to_db(cursor, timestamp, deck_id, id_gen)
        self.tick()

    def _check_invalid_html_tags_in_fields(self) -> None:
        """Skipped: our fields are escaped by construction, and genanki's regex scan of
        every field for unescaped tags took a tenth of a large export."""


def write(
    decks: Sequence[Deck],
    out: Path,
    *,
    subdecks: bool = False,
    progress: Progress | None = None,
    now: datetime | None = None,
    force: bool = False,
) -> AnkiExportResult:
    """Write every deck's questions into one ``.apkg`` at ``out``."""
    check_target(out, KIND, force=force)
    timestamp = (now or datetime.now(timezone.utc)).timestamp()
    models = build_models()
    field_names = {kind: [f["name"] for f in model.fields] for kind, model in models.items()}
    anki_decks: dict[str, genanki.Deck] = {}
    media: dict[str, Path] = {}
    notes: list[_Note] = []
    total = sum(len(d.questions) for d in decks)
    every = max(1, total // 200)
    counter = itertools.count(1)

    def tick() -> None:
        done = next(counter)
        if progress and (done % every == 0 or done == total):
            progress(done, total)

    for bank, note in anki_notes(decks, subdecks=subdecks):
        target = anki_decks.get(note.deck_name)
        if target is None:
            if note.deck_name != bank.title and bank.title not in anki_decks:
                anki_decks[bank.title] = _deck(bank, bank.title)
            target = anki_decks[note.deck_name] = _deck(bank, note.deck_name)
        fields = [note.fields[name] for name in field_names[note.kind]]
        n = _Note(models[note.kind], fields, tags=note.tags, guid=note.guid, due=len(notes))
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
        previous = _previous_db(Path(out), work) if Path(out).is_file() else None
        retyped = _write_package(package, tmp, work / "collection.anki2", timestamp, previous)
    if retyped:
        names = {model.model_id: model.name for model in models.values()}
        where = {note_guid(d.id, q.id): question_place(d, q) for d in decks for q in d.questions}
        warnings += [
            retype_warning(where[guid], names.get(old, "another note type"), names[new])
            for guid, old, new in retyped
        ]
    cards = sum(len(n.cards) for n in notes)
    return AnkiExportResult(Path(out), len(notes), warnings, cards=cards, decks=len(anki_decks))


def _shared_titles(decks: Sequence[Deck]) -> dict[str, list[str]]:
    by_title: dict[str, list[str]] = {}
    for deck in decks:
        by_title.setdefault(deck.title, []).append(deck.id)
    return {title: ids for title, ids in by_title.items() if len(ids) > 1}


def _deck(bank: Deck, name: str) -> genanki.Deck:
    key = bank.id + name.removeprefix(bank.title)
    description = esc(bank.description or "") if name == bank.title else ""
    return genanki.Deck(stable_id(f"quiz/anki/deck/{key}"), name, description)


def _previous_db(out: Path, work: Path) -> Path | None:
    """The collection inside the package at ``out`` (an earlier export), if there is one."""
    db = work / "previous.anki2"
    try:
        with zipfile.ZipFile(out) as archive:
            if archive.getinfo("collection.anki2").file_size > MAX_PREVIOUS:
                return None
            with archive.open("collection.anki2") as src, db.open("wb") as dst:
                shutil.copyfileobj(src, dst)
    except (OSError, KeyError, zipfile.BadZipFile, ValueError, EOFError):
        return None
    return db


# Each note found in the previous export keeps its time if nothing in it changed, and
# is made newer than it was if something did (even when the clock went back).
_KEEP_MODS = """
UPDATE main.notes SET mod = (
    SELECT CASE WHEN p.mid = notes.mid AND p.flds = notes.flds AND p.tags = notes.tags
           THEN p.mod ELSE max(notes.mod, p.mod + 1) END
    FROM prev.notes AS p WHERE p.guid = notes.guid)
WHERE guid IN (SELECT guid FROM prev.notes)
"""


_RETYPED = """
SELECT notes.guid, p.mid, notes.mid FROM main.notes JOIN prev.notes AS p USING (guid)
WHERE p.mid != notes.mid ORDER BY notes.id
"""
_SAME_MODEL_EXCEPT = ("mod", "usn", "did")  # genanki sets `did` to whichever deck came last


def _keep_unchanged_mods(conn: sqlite3.Connection, previous: Path) -> list[tuple[str, int, int]]:
    """Keep the previous export's times where nothing changed; return the notes whose
    note type changed as (GUID, old type id, new type id)."""
    try:
        conn.execute("ATTACH DATABASE ? AS prev", (str(previous),))
        conn.execute("CREATE INDEX prev.quiz_guid ON notes (guid)")
        conn.execute(_KEEP_MODS)
        (ours,) = conn.execute("SELECT models FROM main.col").fetchone()
        (theirs,) = conn.execute("SELECT models FROM prev.col").fetchone()
        models, before = json.loads(ours), json.loads(theirs)
        if not isinstance(before, dict):
            before = {}  # not note types as Anki writes them: none is kept
        for key, model in models.items():
            old = before.get(key)
            if isinstance(old, dict) and _same_model(model, old) and "mod" in old:
                model["mod"] = old["mod"]
        conn.execute("UPDATE main.col SET models = ?", (json.dumps(models),))
        return list(conn.execute(_RETYPED))
    except (sqlite3.DatabaseError, json.JSONDecodeError):
        return []  # not a package we can read: everything simply carries the export time


def _same_model(ours: dict, theirs: dict) -> bool:
    def strip(model: dict) -> dict:
        return {k: v for k, v in model.items() if k not in _SAME_MODEL_EXCEPT}

    return strip(ours) == strip(theirs)


def _write_package(
    package: genanki.Package, out: Path, db: Path, timestamp: float, previous: Path | None
) -> list[tuple[str, int, int]]:
    """genanki's ``write_to_file``, but with the database in our temp folder (genanki
    leaves its own in the system temp dir), times kept where unchanged, and the archive
    compressed. Returns the notes whose note type changed since ``previous``."""
    retyped = []
    with contextlib.closing(sqlite3.connect(db)) as conn:
        package.write_to_db(conn.cursor(), timestamp, itertools.count(int(timestamp * 1000)))
        conn.commit()
        if previous:
            retyped = _keep_unchanged_mods(conn, previous)
            conn.commit()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.comment = MARK
        archive.write(db, "collection.anki2")
        names = {str(i): Path(p).name for i, p in enumerate(package.media_files)}
        archive.writestr("media", json.dumps(names))
        for index, path in enumerate(package.media_files):
            archive.write(path, str(index))
    return retyped
