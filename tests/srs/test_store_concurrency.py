"""Several quiz processes creating the same new progress file at the same moment.

Each round, every process waits at a barrier and then opens one fresh file; all of
them must succeed. A reader that saw the file half-way through another's creation
used to call it "an SQLite database of another program", and the switch to WAL mode
used to fail with "locked" while another process was still reading.
"""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path

from quiz.srs.migrations import APPLICATION_ID, SCHEMA_VERSION

PROCESSES = 4
ROUNDS = 60


def open_fresh_files(folder: str, rounds: int, barrier, failures) -> None:
    from quiz.core.errors import QuizError
    from quiz.srs.store import Store

    for i in range(rounds):
        barrier.wait(timeout=60)
        try:
            Store.open(Path(folder) / f"progress-{i}.sqlite3").close()
        except QuizError as e:
            failures.put(str(e))
    failures.put(None)


def test_processes_creating_one_new_file_together_all_open_it(tmp_path):
    ctx = multiprocessing.get_context("spawn")  # fork from a threaded pytest may deadlock
    barrier, failures = ctx.Barrier(PROCESSES), ctx.Queue()
    procs = [
        ctx.Process(target=open_fresh_files, args=(str(tmp_path), ROUNDS, barrier, failures))
        for _ in range(PROCESSES)
    ]
    for p in procs:
        p.start()
    reported, done = [], 0
    while done < PROCESSES:
        message = failures.get(timeout=120)
        if message is None:
            done += 1
        else:
            reported.append(message)
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    assert reported == []
    for i in range(ROUNDS):  # and each file was made once, complete
        db = sqlite3.connect(tmp_path / f"progress-{i}.sqlite3")
        ids = db.execute("SELECT * FROM pragma_application_id, pragma_user_version").fetchone()
        assert ids == (APPLICATION_ID, SCHEMA_VERSION)
        assert db.execute("SELECT count(*) FROM meta WHERE key = 'cache_through'").fetchone() == (
            1,
        )
        db.close()
