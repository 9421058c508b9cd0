"""The ``.apkg`` file itself: genanki writes the collection (schema, decks, note types,
notes' and cards' rows); this module makes that fast for large banks and keeps times.

- :class:`PackageNote`: a genanki note that ticks the progress bar, with genanki's
  per-note checks skipped where quiz's notes pass them by construction;
- :class:`_Batch`: genanki executes each note's and card's INSERT alone; the batch keeps
  them for one ``executemany`` per table (the same rows: tests/export/test_genanki_pins.py);
- :func:`write_package`: the database in our temp folder, the earlier export's times kept
  where nothing changed (see :mod:`quiz.export.anki`), the archive compressed.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import genanki

MARK = b"Written by quiz export anki"  # the package's zip comment


_NOTE_ROW = "INSERT INTO notes VALUES(?,?,?,?,?,?,?,?,?,?,?);"  # genanki's statements
_CARD_ROW = "INSERT INTO cards VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?);"


class PackageNote(genanki.Note):
    """A note that reports when it is written (drives the progress bar)."""

    tick: Callable[[], None]

    def write_to_db(self, cursor, timestamp, deck_id, id_gen):
        """genanki's ``Note.write_to_db`` and ``Card.write_to_db``, row for row and id for
        id (tests/export/test_genanki_pins.py), without their calls per note and card, and
        without genanki's regex scan of every field for unescaped tags (a tenth of a large
        export; ours are escaped by construction). Quiz's note types are none of the
        built-in ones genanki rewrites."""
        self._check_number_model_fields_matches_num_fields()
        note_id, mod = next(id_gen), int(timestamp)
        tags, fields = " " + " ".join(self._tags) + " ", "\x1f".join(self.fields)
        guid, model = self.guid, self.model.model_id
        cursor.execute(
            _NOTE_ROW, (note_id, guid, model, mod, -1, tags, fields, self.sort_field, 0, 0, "")
        )
        for card in self.cards:
            queue = -1 if card.suspend else 0
            row = (next(id_gen), note_id, deck_id, card.ord, mod, -1, 0, queue, self.due)
            cursor.execute(_CARD_ROW, (*row, 0, 0, 0, 0, 0, 0, 0, 0, ""))
        self.tick()

    @property
    def tags(self) -> tuple[str, ...]:
        """Our tags as they are: genanki checks each for spaces, and ours have none
        (:func:`quiz.export.anki_notes.note_tags`)."""
        return self._tags

    @tags.setter
    def tags(self, tags: tuple[str, ...]) -> None:
        self._tags = tags

    _cards: list[genanki.Card] | None = None

    @property
    def cards(self) -> list[genanki.Card]:
        """genanki's cards, made once (genanki's ``cached_property`` checks for a
        coroutine at every note: a tenth of the notes' writing)."""
        if self._cards is None:
            self._cards = genanki.Note.cards.func(self)
        return self._cards


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

    ROWS = (_NOTE_ROW, _CARD_ROW)
    HELD = 5000  # rows kept at most (a big bank's rows at once would hold 50 MB more)

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self.cursor = cursor
        self.rows: dict[str, list[tuple]] = {}
        self.lastrowid: int | None = None

    def execute(self, sql: str, params: tuple = ()) -> sqlite3.Cursor | _Batch:
        if sql.startswith(self.ROWS):
            rows = self.rows.setdefault(sql, [])
            rows.append(params)
            self.lastrowid = params[0]
            if len(rows) >= self.HELD:
                self.flush()
            return self
        self.flush()
        result = self.cursor.execute(sql, params)
        self.lastrowid = self.cursor.lastrowid
        return result

    def executescript(self, script: str) -> sqlite3.Cursor:
        self.flush()
        return self.cursor.executescript(script)

    def flush(self) -> None:
        for sql, rows in self.rows.items():
            self.cursor.executemany(sql, rows)
        self.rows.clear()


def write_package(
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
