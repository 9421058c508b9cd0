"""Opening the progress database safely: never touch a file that is not ours.

Checks, in order, before anything is written: the folder can be created and
written; an existing file starts with the SQLite header; SQLite can read it; it
carries our ``application_id`` (or is empty). Only then are migrations applied
and WAL mode switched on. Every failure is one line saying what to do.

Several quiz processes may create the same new file at the same moment: the ids
are read in one statement (one snapshot), a file is called foreign only after a
re-check under the write lock, and the switch to WAL is retried while another
process reads the file.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from quiz.core.errors import QuizError
from quiz.srs.migrations import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, run_script

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_SECONDS = 10.0
ADVICE = "set QUIZ_HOME to another folder to use a different progress file"


def data_dir() -> Path:
    """Where progress lives: ``$QUIZ_HOME``, else the platform's user data folder."""
    home = os.environ.get("QUIZ_HOME")
    if home:
        return Path(home).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("quiz", appauthor=False))


def connect(path: Path) -> sqlite3.Connection:
    """A connection to a checked, migrated progress database in WAL mode."""
    _check_folder(path.parent)
    _check_header(path)
    if path.exists() and not os.access(path, os.W_OK):
        raise QuizError(f"{path}: the progress file is read-only; quiz saves every answer there")
    try:
        db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    except sqlite3.Error as e:
        raise QuizError(explain(path, e)) from None
    try:
        _check_owner(db, path)
        _migrate(db, path)
        _use_wal(db)
        db.execute("PRAGMA synchronous = FULL")  # an answer survives a power cut too
        db.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as e:
        db.close()
        raise QuizError(explain(path, e)) from None
    except QuizError:
        db.close()
        raise
    return db


def explain(path: Path, error: sqlite3.Error) -> str:
    """One line for a SQLite failure on the progress file."""
    text = str(error)
    if "readonly" in text or "read-only" in text:
        return f"{path}: cannot save progress: the file or its folder is read-only ({ADVICE})"
    if "unable to open" in text:
        return f"{path}: cannot open the progress file ({ADVICE})"
    if "locked" in text or "busy" in text:
        return f"{path}: the progress file stayed locked by another quiz for too long; try again"
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return (
            f"{path}: the progress file is damaged ({text}); it was left untouched. "
            f"Move it aside to start afresh, or {ADVICE}"
        )
    return f"{path}: progress database error: {text}"


def _check_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise QuizError(
            f"{folder}: cannot create the progress folder: {e.strerror} ({ADVICE})"
        ) from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise QuizError(
            f"{folder}: the progress folder is read-only; quiz saves every answer there. "
            f"Make it writable or {ADVICE}"
        )


def _check_header(path: Path) -> None:
    if path.is_dir():
        raise QuizError(f"{path}: expected the progress file, found a folder ({ADVICE})")
    try:
        with path.open("rb") as f:
            head = f.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return
    except OSError as e:
        raise QuizError(f"{path}: cannot read the progress file: {e.strerror}") from None
    if head and head != SQLITE_MAGIC:
        raise QuizError(
            f"{path}: not a quiz progress file (not an SQLite database); it was left "
            f"untouched. Move it aside, or {ADVICE}"
        )


def _use_wal(db: sqlite3.Connection) -> None:
    """Switch a new file to WAL mode. SQLite refuses at once ("locked", no busy wait)
    while another connection reads the file, e.g. a second quiz opening it too, so
    retry until the busy timeout."""
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    while True:
        try:
            db.execute("PRAGMA journal_mode = WAL").fetchall()
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def _ids(db: sqlite3.Connection) -> tuple[int, int, int]:
    """application_id, user_version and the schema's object count, read in ONE statement:
    one snapshot, so another quiz creating the file cannot commit between the reads."""
    return db.execute(
        "SELECT application_id, user_version, (SELECT count(*) FROM sqlite_master)"
        " FROM pragma_application_id, pragma_user_version"
    ).fetchall()[0]  # fetchall: the statement is done and its read lock gone


def _check_owner(db: sqlite3.Connection, path: Path) -> None:
    if _ours(db, path):
        return
    db.execute("BEGIN IMMEDIATE")  # re-check under the write lock before calling the file
    try:  # foreign: another quiz may be creating it right now
        ours = _ours(db, path)
    finally:
        db.execute("ROLLBACK")
    if not ours:
        raise _foreign(path)


def _foreign(path: Path) -> QuizError:
    return QuizError(
        f"{path}: not a quiz progress file (an SQLite database of another program); it "
        f"was left untouched. Move it aside, or {ADVICE}"
    )


def _ours(db: sqlite3.Connection, path: Path) -> bool:
    """Whether the file is ours (or still empty); refuses one from a newer quiz."""
    app, version, objects = _ids(db)
    if app != APPLICATION_ID and (app, version, objects) != (0, 0, 0):
        return False
    if version > SCHEMA_VERSION:
        raise QuizError(
            f"{path}: this progress file was written by a newer quiz (schema {version}, "
            f"this quiz knows {SCHEMA_VERSION}); upgrade quiz to use it"
        )
    return True


def _migrate(db: sqlite3.Connection, path: Path) -> None:
    """Apply the migrations this file lacks, in one transaction (re-checked under the lock,
    since another quiz may be opening the same new file at the same moment)."""
    if _ids(db)[1] == SCHEMA_VERSION:
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        if not _ours(db, path):
            raise _foreign(path)
        version = _ids(db)[1]
        for number, sql in enumerate(MIGRATIONS[version:], start=version + 1):
            run_script(db, sql)
            db.execute(f"PRAGMA user_version = {number}")
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
