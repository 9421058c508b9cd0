"""Where quiz may write (quiz/core/files.py): the rule every output goes through.

Every command's own tests (tests/cli/test_outputs.py) check that it goes through here;
these check the rule itself on real files and folders.
"""

from __future__ import annotations

import errno
import os
import stat

import pytest

from quiz.core.errors import QuizError, UsageError
from quiz.core.files import (
    Kind,
    atomic_path,
    check_target,
    first_line,
    make_folder,
    starts_with,
    write_failure,
    zip_comment,
)
from quiz.core.inputs import read_input

TEXT = Kind("a text file", (".txt",), starts_with(b"# quiz"))
REPLACE = "choose another name, or --force to replace it"


def test_success_renames_with_the_usual_mode(tmp_path):
    out = tmp_path / "out.txt"
    old = os.umask(0o022)
    try:
        with atomic_path(out, TEXT) as tmp:
            assert tmp != out and tmp.parent == out.parent
            tmp.write_text("# quiz done")
    finally:
        os.umask(old)
    assert out.read_text() == "# quiz done"
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_failure_leaves_the_old_file_and_no_temporary(tmp_path):
    out = tmp_path / "out.txt"
    out.write_text("# quiz old")
    with pytest.raises(RuntimeError), atomic_path(out, TEXT) as tmp:
        tmp.write_text("half")
        raise RuntimeError("export failed")
    assert out.read_text() == "# quiz old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_a_file_quiz_wrote_is_replaced_one_it_did_not_only_with_force(tmp_path):
    ours, theirs = tmp_path / "ours.txt", tmp_path / "theirs.txt"
    ours.write_text("# quiz earlier")
    theirs.write_text("my notes")
    check_target(ours, TEXT)
    with pytest.raises(UsageError) as refused:
        check_target(theirs, TEXT)
    assert str(refused.value) == (
        f"{theirs}: already exists and is not a text file written by quiz; {REPLACE}"
    )
    assert check_target(theirs, TEXT, force=True) == theirs
    assert theirs.read_text() == "my notes"


def test_a_read_only_file_needs_force_an_input_is_never_replaced(tmp_path):
    deck, locked = tmp_path / "deck.txt", tmp_path / "locked.txt"
    deck.write_text("# quiz but read as an input")
    locked.write_text("# quiz but read-only")
    locked.chmod(0o444)
    read_input(deck, "deck")
    with pytest.raises(UsageError, match=f"^{locked}: is read-only; {REPLACE}$"):
        check_target(locked, TEXT)
    check_target(locked, TEXT, force=True)
    linked = tmp_path / "link.txt"
    linked.symlink_to(deck)
    for path in (deck, linked):  # the same file by another name too
        with pytest.raises(UsageError, match=f"^{path}: is an input of this command; choose"):
            check_target(path, TEXT, force=True)


def test_a_kind_without_a_mark_never_replaces_a_file(tmp_path):
    draft = tmp_path / "draft.yaml"
    draft.write_text("deck: mine\n")
    with pytest.raises(UsageError, match=f"^{draft}: already exists; {REPLACE}$"):
        check_target(draft, Kind("a deck", (".yaml",)))


def test_a_name_must_end_as_the_format_expects(tmp_path):
    kind = Kind("an Anki package", (".apkg",))
    with pytest.raises(UsageError) as refused:
        check_target(tmp_path / "out.txt", kind, force=True)
    assert str(refused.value) == (
        f"{tmp_path / 'out.txt'}: an Anki package's name ends in .apkg; use out.apkg"
    )
    check_target(tmp_path / "OUT.APKG", kind)


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("dir.txt", "is a folder; give a file name to write"),
        ("a/b/out.txt", "no such folder; create it first"),
        ("file.csv/out.txt", "is a file, not a folder"),
        ("file.csv/exam/out.txt", "is a file, not a folder"),
        ("fifo.txt", "is not a regular file (a pipe or a device); give a file name"),
    ],
)
def test_places_that_cannot_take_a_file_are_one_line_exit_2(tmp_path, target, message):
    (tmp_path / "file.csv").write_text("x")
    (tmp_path / "dir.txt").mkdir()
    os.mkfifo(tmp_path / "fifo.txt")
    with pytest.raises(UsageError) as refused, atomic_path(tmp_path / target, TEXT, force=True):
        pass
    assert str(refused.value).endswith(message) and refused.value.exit_code == 2
    assert str(refused.value).count("\n") == 0


def test_make_folder_reports_a_file_in_the_way(tmp_path):
    (tmp_path / "file.csv").write_text("x")
    with pytest.raises(UsageError, match=f"^{tmp_path / 'file.csv'}: is a file, not a folder$"):
        make_folder(tmp_path / "file.csv" / "exam")
    make_folder(tmp_path / "new" / "exam")
    assert (tmp_path / "new" / "exam").is_dir()


@pytest.mark.parametrize(
    ("code", "message", "exit_code"),
    [
        (errno.EACCES, "{folder}: cannot write here (permission denied); choose another folder", 1),
        (errno.EROFS, "{folder}: is on a read-only disk; choose another folder", 1),
        (errno.ENOSPC, "{out}: the disk is full; nothing was written", 1),
        (errno.ENAMETOOLONG, "{out}: the name is too long", 2),
        (errno.EIO, "{out}: cannot write: Input/output error", 1),
    ],
)
def test_every_failure_to_write_is_one_line(tmp_path, code, message, exit_code):
    out = tmp_path / "out.txt"
    error = write_failure(OSError(code, os.strerror(code)), out)
    assert str(error) == message.format(folder=tmp_path, out=out)
    assert isinstance(error, QuizError) and error.exit_code == exit_code


def test_a_failure_while_writing_is_one_line_and_leaves_nothing(tmp_path):
    out = tmp_path / "out.txt"
    with pytest.raises(QuizError, match="the disk is full"), atomic_path(out, TEXT):
        raise OSError(errno.ENOSPC, "No space left on device")
    assert list(tmp_path.iterdir()) == []


def test_marks(tmp_path):
    import zipfile

    with zipfile.ZipFile(tmp_path / "a.zip", "w") as archive:
        archive.comment = b"Written by quiz"
        archive.writestr("x", "y")
    (tmp_path / "b.zip").write_bytes(b"PK junk")
    (tmp_path / "c.csv").write_bytes(b"\xef\xbb\xbfname,variant,1,total\r\nAnn,A,1,1\r\n")
    assert zip_comment(b"Written by quiz")(tmp_path / "a.zip")
    assert not zip_comment(b"Written by quiz")(tmp_path / "b.zip")
    assert first_line(lambda line: line.endswith(",total"))(tmp_path / "c.csv")
    assert not starts_with(b"# quiz")(tmp_path / "missing")
