"""The deck cache: a deck read before comes back without being parsed, and is never stale.

Whatever happens to the file (one character edited with its size and time kept, deleted,
replaced by a symlink) or to the cache (junk, unwritable, writable by others, two writers
at once), read_deck gives what reading the file gives.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import textwrap
from pathlib import Path

import pytest
from fixture_paths import EVERY_TYPE

from quiz.bank import deck_cache, loader
from quiz.bank.deck_cache import cache_dir, entry_key, lookup
from quiz.bank.deck_codec import decode, encode
from quiz.bank.library import bundled_decks
from quiz.bank.loader import load_deck, read_deck

DECK = textwrap.dedent(
    """\
    deck: cached
    title: Cached
    questions:
      - {id: a, type: short, prompt: Who led the revolution?, answer: Lenin}
      - {id: b, type: card, front: front, back: back, image: pic.png}
    """
)  # no sources and no explanations: warnings, which the cache keeps


def write(folder: Path, text: str = DECK, name: str = "deck.yaml") -> Path:
    (folder / "pic.png").write_bytes(b"\x89PNG\r\n\x1a\n")  # a PNG by its first bytes
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def entries() -> list[Path]:
    return sorted(cache_dir().glob("*.json"))


def test_a_deck_read_before_comes_from_the_cache_with_its_warnings(tmp_path, monkeypatch):
    path = write(tmp_path)
    deck, problems = read_deck(path)
    assert deck is not None and len(problems) == 4 and len(entries()) == 1
    monkeypatch.setattr(loader, "_read", lambda *a: pytest.fail("the deck was parsed"))
    assert read_deck(path) == (deck, problems)
    assert read_deck(path)[0].path == path
    relative = Path(os.path.relpath(path))
    assert [p.path for p in read_deck(relative)[1]] == [str(relative)] * 4


@pytest.mark.parametrize("path", [EVERY_TYPE, *bundled_decks()], ids=lambda p: p.stem)
def test_every_question_type_and_field_survives_the_cache(path):
    deck = load_deck(path)
    again = decode(json.loads(json.dumps(encode(deck))))
    assert again == deck and again.questions == deck.questions
    assert [type(q) for q in again.questions] == [type(q) for q in deck.questions]
    assert all(type(q.tags) is tuple and type(q.citations) is tuple for q in again.questions)


def test_one_character_edited_is_read_anew_even_with_the_same_size_and_time(tmp_path):
    path = write(tmp_path)
    read_deck(path)
    before = path.stat()
    path.write_text(DECK.replace("Lenin", "Lenon"), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size
    assert read_deck(path)[0].questions[0].answer == "Lenon"


def test_a_deleted_deck_is_gone_though_it_was_cached(tmp_path):
    path = write(tmp_path)
    read_deck(path)
    path.unlink()
    deck, problems = read_deck(path)
    assert deck is None and "no such file" in problems[0].message


def test_a_deck_replaced_by_a_symlink_reads_what_the_link_points_to(tmp_path):
    path = write(tmp_path)
    read_deck(path)
    target = write(tmp_path, DECK.replace("Lenin", "Stalin"), "other.yaml")
    path.unlink()
    path.symlink_to(target)
    assert read_deck(path)[0].questions[0].answer == "Stalin"
    target.write_text(DECK.replace("Lenin", "Trotsky"), encoding="utf-8")
    assert read_deck(path)[0].questions[0].answer == "Trotsky"


def test_an_image_gone_since_is_reported_at_its_place(tmp_path, monkeypatch):
    path = write(tmp_path)
    read_deck(path)
    (tmp_path / "pic.png").unlink()
    deck, problems = read_deck(path)
    assert deck is None
    assert f"{path}:5:58: questions[1].image: no such image 'pic.png'" in str(problems[-1])


def rehashed(good: bytes, body: bytes) -> bytes:
    """An entry with this body, its header's checksum right: only the values are wrong."""
    head = json.loads(good.partition(b"\n")[0]) | {"body": hashlib.sha256(body).hexdigest()}
    return json.dumps(head).encode() + b"\n" + body


JUNK = {
    "empty": lambda good: b"",
    "random bytes": lambda good: os.urandom(500),
    "cut short": lambda good: good[: len(good) // 2],
    "one byte changed": lambda good: good[:-10] + bytes([good[-10] ^ 1]) + good[-9:],
    "not a deck": lambda good: rehashed(good, b'{"deck": [1, 2], "problems": []}'),
    "unknown type": lambda good: rehashed(
        good, b'{"deck": ["cached", "C", null, [], [], [["x"]]], "problems": []}'
    ),
    "number for text": lambda good: rehashed(
        good, good.partition(b"\n")[2].replace(b'"Lenin"', b"1917")
    ),
    "bad problem": lambda good: rehashed(
        good, good.partition(b"\n")[2].replace(b'"warning"', b"null")
    ),
}


@pytest.mark.parametrize("junk", JUNK, ids=list(JUNK))
def test_junk_in_an_entry_is_ignored_and_replaced(tmp_path, junk):
    path = write(tmp_path)
    deck = read_deck(path)
    [entry] = entries()
    good = entry.read_bytes()
    entry.write_bytes(JUNK[junk](good))
    assert read_deck(path) == deck
    assert entry.read_bytes() == good  # written anew


def test_a_cache_that_cannot_be_written_is_skipped(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("QUIZ_CACHE", str(blocker))
    path = write(tmp_path)
    assert read_deck(path)[0] is not None
    assert read_deck(path)[0] is not None


def test_a_cache_others_can_write_is_not_used(tmp_path, monkeypatch):
    path = write(tmp_path)
    read_deck(path)
    [entry] = entries()
    planted = entry.read_bytes().replace(b"Lenin", b"Putin")
    head, _, body = planted.partition(b"\n")
    head = json.dumps(json.loads(head) | {"body": hashlib.sha256(body).hexdigest()}).encode()
    shared = tmp_path / "shared"
    (shared / "decks").mkdir(parents=True)
    (shared / "decks" / entry.name).write_bytes(head + b"\n" + body)
    monkeypatch.setenv("QUIZ_CACHE", str(shared))
    assert lookup(entry.stem, path)[0].questions[0].answer == "Putin"  # ours: trusted
    (shared / "decks").chmod(0o777)
    assert lookup(entry.stem, path) is None
    assert read_deck(path)[0].questions[0].answer == "Lenin"


def test_least_recently_used_entries_beyond_the_limit_are_dropped(tmp_path, monkeypatch):
    monkeypatch.setattr(deck_cache, "MAX_ENTRIES", 2)
    paths = [write(tmp_path, DECK.replace("Lenin", name), f"{name}.yaml") for name in "abc"]
    for i, path in enumerate(paths):  # used one after the other, a second apart
        read_deck(path)
        os.utime(cache_dir() / f"{entry_key(path.read_bytes())}.json", (10**6 + i, 10**6 + i))
    assert [e.stem for e in entries()] == sorted(entry_key(p.read_bytes()) for p in paths[1:])


def test_another_version_of_quiz_reads_again(monkeypatch):
    before = entry_key(b"deck")
    monkeypatch.setattr(deck_cache, "__version__", "99.0")
    deck_cache._code_fingerprint.cache_clear()
    try:
        assert entry_key(b"deck") != before
    finally:
        monkeypatch.undo()
        deck_cache._code_fingerprint.cache_clear()
    assert entry_key(b"deck") == before


def big_deck(variant: int) -> str:
    lines = ["deck: big", "title: Big", "questions:"]
    lines += [f"  - {{id: q{i}, type: card, front: f{i} v{variant}, back: b}}" for i in range(1000)]
    return "\n".join(lines) + "\n"


def read_together(path: str, cache: str, rounds: int, barrier, results) -> None:
    os.environ["QUIZ_CACHE"] = cache
    from quiz.bank.loader import read_deck

    for variant in range(rounds):
        barrier.wait(timeout=60)
        deck, problems = read_deck(path)
        results.put((variant, deck.questions[-1].front if deck else repr(problems[:1])))
        barrier.wait(timeout=60)  # the deck changes between rounds
    results.put(None)


PROCESSES, ROUNDS = 3, 4


def test_processes_reading_one_new_deck_together_all_get_it_and_leave_one_entry(
    tmp_path, monkeypatch
):
    path, cache = tmp_path / "big.yaml", tmp_path / "cache"
    ctx = multiprocessing.get_context("spawn")  # fork from a threaded pytest may deadlock
    barrier, results = ctx.Barrier(PROCESSES + 1), ctx.Queue()
    procs = [
        ctx.Process(target=read_together, args=(str(path), str(cache), ROUNDS, barrier, results))
        for _ in range(PROCESSES)
    ]
    for p in procs:
        p.start()
    for variant in range(ROUNDS):
        path.write_text(big_deck(variant), encoding="utf-8")
        barrier.wait(timeout=60)  # all read (and write the cache) at once
        barrier.wait(timeout=60)
    messages = [results.get(timeout=60) for _ in range(PROCESSES * (ROUNDS + 1))]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    got = [m for m in messages if m is not None]  # each process ends with None
    assert sorted(got) == [(v, f"f999 v{v}") for v in range(ROUNDS) for _ in range(PROCESSES)]
    folder = cache / "decks"
    assert not [f for f in os.listdir(folder) if f.endswith(".tmp")]
    monkeypatch.setenv("QUIZ_CACHE", str(cache))
    for variant in range(ROUNDS):  # one whole entry per version of the deck
        hit = lookup(entry_key(big_deck(variant).encode()), path)
        assert hit is not None and hit[0].questions[-1].front == f"f999 v{variant}"
    assert len(list(folder.glob("*.json"))) == ROUNDS
