"""A progress file not ours, damaged or unwritable: one clear line, exit 1, file untouched."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from datetime import datetime, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner
from unprivileged import quiz_without_privileges

from quiz.cli import cli
from quiz.srs.cards import Rating
from quiz.srs.migrations import APPLICATION_ID, SCHEMA_VERSION
from quiz.srs.store import DB_NAME, Store

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc)
REPO = Path(__file__).parents[2]


def text_file(path: Path) -> None:
    path.write_text("my shopping list\neggs\n")


def other_program(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE review_log (id INTEGER PRIMARY KEY, notes TEXT)")
    db.execute("INSERT INTO review_log (notes) VALUES ('not ours')")
    db.commit()
    db.close()


def other_application(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("PRAGMA application_id = 1234")
    db.commit()
    db.close()


def newer_quiz(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()


def damaged(path: Path) -> None:
    with Store.open(path) as store:
        for i in range(40):
            store.record("every-type", f"q{i}", Rating.GOOD, T0)
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema on page 1
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (text_file, "not a quiz progress file (not an SQLite database); it was left untouched"),
        (other_program, "not a quiz progress file (an SQLite database of another program)"),
        (other_application, "not a quiz progress file (an SQLite database of another program)"),
        (newer_quiz, f"written by a newer quiz (schema {SCHEMA_VERSION + 1}"),
        (damaged, "the progress file is damaged (database disk image is malformed); it was left"),
    ],
    ids=["text", "other-sqlite", "other-app-id", "newer-schema", "damaged"],
)
@pytest.mark.parametrize("command", ["review", "stats"])
def test_a_file_that_is_not_ours_is_reported_and_left_byte_identical(
    quiz_home, every_type, make, message, command
):
    quiz_home.mkdir()
    path = quiz_home / DB_NAME
    make(path)
    before = path.read_bytes()
    result = CliRunner().invoke(cli, [command, str(every_type)], input="a\n")
    assert result.exit_code == 1, result.output
    assert result.output.startswith(f"{path}: ") and message in result.output
    assert result.output.count("\n") == 1 and "Traceback" not in result.output
    assert path.read_bytes() == before
    assert sorted(p.name for p in quiz_home.iterdir()) == [DB_NAME]


def test_an_empty_file_is_taken_as_a_new_store(quiz_home):
    quiz_home.mkdir()
    (quiz_home / DB_NAME).touch()
    with Store.open() as store:
        store.record("d", "q", Rating.GOOD, T0)
        assert len(store.log()) == 1


def test_a_folder_in_place_of_the_file_is_reported(quiz_home, every_type):
    (quiz_home / DB_NAME).mkdir(parents=True)
    result = CliRunner().invoke(cli, ["stats", str(every_type)])
    assert result.exit_code == 1
    assert "expected the progress file, found a folder" in result.output


@pytest.fixture
def locked_home():
    """A read-only data folder that a dropped-privilege process can reach."""
    parent = Path(tempfile.mkdtemp())
    parent.chmod(0o755)
    home = parent / "home"
    home.mkdir()
    yield home
    home.chmod(0o755)
    shutil.rmtree(parent)


@pytest.mark.parametrize("with_file", [False, True], ids=["no-file-yet", "existing-file"])
def test_a_read_only_data_folder_is_reported(locked_home, every_type, with_file):
    if with_file:
        with Store.open(locked_home / DB_NAME) as store:
            store.record("every-type", "main-creditor", Rating.GOOD, T0)
        (locked_home / DB_NAME).chmod(0o644)
    before = sorted((p.name, p.read_bytes()) for p in locked_home.iterdir())
    locked_home.chmod(0o555)
    result = quiz_without_privileges(["review", str(every_type)], locked_home)
    assert result.returncode == 1, result
    assert result.stderr == (
        f"{locked_home}: the progress folder is read-only; quiz saves every answer there. "
        "Make it writable or set QUIZ_HOME to another folder to use a different progress file\n"
    )
    assert sorted((p.name, p.read_bytes()) for p in locked_home.iterdir()) == before


def test_a_data_folder_that_cannot_be_created_is_reported(locked_home, every_type):
    locked_home.chmod(0o555)
    result = quiz_without_privileges(["stats", str(every_type)], locked_home / "sub" / "dir")
    assert result.returncode == 1
    assert result.stderr == (
        f"{locked_home / 'sub' / 'dir'}: cannot create the progress folder: Permission denied "
        "(set QUIZ_HOME to another folder to use a different progress file)\n"
    )
