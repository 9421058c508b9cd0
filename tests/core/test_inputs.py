"""What quiz reads (quiz/core/inputs.py): type and size are checked before a byte is read."""

from __future__ import annotations

import os
import threading

from quiz.core.inputs import LIMITS, InputError, is_input, read_input


def read_within(path, kind: str, seconds: float = 10.0) -> InputError | bytes:
    """read_input in a thread: a FIFO that blocked would fail the test, not hang it."""
    got: list[InputError | bytes] = []

    def run() -> None:
        try:
            got.append(read_input(path, kind))
        except InputError as e:
            got.append(e)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert got, f"reading {path} blocked"
    return got[0]


def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "deck.yaml"
    os.mkfifo(fifo)
    error = read_within(fifo, "deck")
    assert isinstance(error, InputError)
    assert str(error) == f"{fifo}: is a named pipe, not a file; give a deck file"
    assert error.exit_code == 2


def test_a_device_is_refused_without_reading_it():
    error = read_within("/dev/zero", "document")
    assert str(error) == "/dev/zero: is a device, not a file; give a document"


def test_a_file_over_its_limit_is_refused_without_reading_it(tmp_path):
    big = tmp_path / "big.png"
    with big.open("wb") as f:  # sparse: no disk used, and no byte of it is read
        f.truncate(LIMITS["image"] + 1)
    error = read_within(big, "image")
    assert str(error) == f"{big}: is 20.0 MB; an image may be at most 20.0 MB"


def test_missing_folder_and_unreadable(tmp_path):
    assert str(read_within(tmp_path / "none.yaml", "deck")).endswith(": no such file")
    assert str(read_within(tmp_path, "deck")).endswith(": is a folder; give a deck file")


def test_what_is_read_is_remembered_as_an_input(tmp_path):
    deck = tmp_path / "deck.yaml"
    deck.write_text("deck: d\n")
    assert not is_input(deck)
    assert read_input(deck, "deck") == b"deck: d\n"
    assert is_input(deck) and is_input(tmp_path / "." / "deck.yaml")
    other = tmp_path / "other.yaml"
    other.write_text("x")
    read_input(other, "deck", remember=False)
    assert not is_input(other)


def test_head_reads_only_the_start(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 10_000)
    assert read_input(path, "document", head=10) == b"x" * 10
