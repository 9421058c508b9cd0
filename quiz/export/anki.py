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
import functools
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
from quiz.export.anki_previous import from_package, previous_db
from quiz.export.anki_templates import CSS, NOTE_TYPES, templates
from quiz.export.anki_text import esc

Progress = Callable[[int, int], None]
MARK = b"Written by quiz export anki"  # the package's zip comment


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


class _Note(genanki.Note):
    """A note that reports when genanki has written it (drives the progress bar)."""

    tick: Callable[[], None]

    def write_to_db(self, cursor, timestamp, deck_id, id_gen):
        super().write_to_db(cursor, timestamp, deck_id, id_gen)
        self.tick()

    @property
    def tags(self) -> tuple[str, ...]:
        """Our tags as they are: genanki checks each for spaces, and ours have none
        (:func:`quiz.export.anki_notes.note_tags`)."""
        return self._tags

    @tags.setter
    def tags(self, tags: tuple[str, ...]) -> None:
        self._tags = tags

    @functools.cached_property
    def cards(self) -> list[genanki.Card]:
        """genanki's cards, cached without the coroutine check of its ``cached_property``
        (a tenth of the notes' writing)."""
        return genanki.Note.cards.func(self)

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
    notes: list[_Note] = []
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
        base = names.get(bank.id) or anki_deck_name(bank.title)
        target = anki_decks.get(note.deck_name)
        if target is None:
            if note.deck_name != base and base not in anki_decks:
                anki_decks[base] = _deck(bank, base, base)
            target = anki_decks[note.deck_name] = _deck(bank, base, note.deck_name)
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
        previous = previous_db(Path(out), work) if Path(out).is_file() else None
        _write_package(package, tmp, work / "collection.anki2", timestamp, previous)
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


# Each note found in the previous export keeps its time if nothing in it changed, and
# is made newer than it was if something did (even when the clock went back).
_KEEP_MODS = """
UPDATE main.notes SET mod = (
    SELECT CASE WHEN p.mid = notes.mid AND p.flds = notes.flds AND p.tags = notes.tags
           THEN p.mod ELSE max(notes.mod, p.mod + 1) END
    FROM prev.notes AS p WHERE p.guid = notes.guid)
WHERE guid IN (SELECT guid FROM prev.notes)
"""

_SAME_MODEL_EXCEPT = ("mod", "usn", "did")  # genanki sets `did` to whichever deck came last


def _keep_unchanged_mods(conn: sqlite3.Connection, previous: Path) -> None:
    """Keep the previous export's times where nothing changed."""
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
    except (sqlite3.DatabaseError, json.JSONDecodeError):
        pass  # not a package we can read: everything simply carries the export time


def _same_model(ours: dict, theirs: dict) -> bool:
    def strip(model: dict) -> dict:
        return {k: v for k, v in model.items() if k not in _SAME_MODEL_EXCEPT}

    return strip(ours) == strip(theirs)


class _Batch:
    """The cursor genanki writes through, keeping the notes' and cards' rows for one
    ``executemany`` per table: genanki executes each row alone. The rows and their ids
    are genanki's (each INSERT names its id, so ``lastrowid`` is the row's first value)."""

    ROWS = ("INSERT INTO notes ", "INSERT INTO cards ")

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self.cursor = cursor
        self.rows: dict[str, list[tuple]] = {}
        self.lastrowid: int | None = None

    def execute(self, sql: str, params: tuple = ()) -> sqlite3.Cursor | _Batch:
        if sql.startswith(self.ROWS):
            self.rows.setdefault(sql, []).append(params)
            self.lastrowid = params[0]
            return self
        self.flush()
        return self.cursor.execute(sql, params)

    def executescript(self, script: str) -> sqlite3.Cursor:
        self.flush()
        return self.cursor.executescript(script)

    def flush(self) -> None:
        for sql, rows in self.rows.items():
            self.cursor.executemany(sql, rows)
        self.rows.clear()


def _write_package(
    package: genanki.Package, out: Path, db: Path, timestamp: float, previous: Path | None
) -> None:
    """genanki's ``write_to_file``, but with the database in our temp folder (genanki
    leaves its own in the system temp dir), times kept where unchanged, and the archive
    compressed."""
    with contextlib.closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA synchronous = OFF")  # a scratch file, zipped next: no fsync
        batch = _Batch(conn.cursor())
        package.write_to_db(batch, timestamp, itertools.count(int(timestamp * 1000)))
        batch.flush()
        conn.commit()
        if previous:
            _keep_unchanged_mods(conn, previous)
            conn.commit()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.comment = MARK
        archive.write(db, "collection.anki2")
        names = {str(i): Path(p).name for i, p in enumerate(package.media_files)}
        archive.writestr("media", json.dumps(names))
        for index, path in enumerate(package.media_files):
            archive.write(path, str(index))
