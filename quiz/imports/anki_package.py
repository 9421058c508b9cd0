"""Anki packages (``.apkg``, ``.colpkg``) opened with the standard library.

A package is a zip: the collection (SQLite) as ``collection.anki21b`` (zstd-compressed,
Anki 2.1.50+ when not exported for older versions), ``collection.anki21`` or
``collection.anki2``, plus the media: a ``media`` index (JSON, or zstd-compressed
protobuf in newer packages) naming the numbered members. Newer packages also hold a
stub ``collection.anki2`` that only says "please update Anki", so the newest form wins.
``zstandard`` is imported only for packages that need it.
"""

from __future__ import annotations

import contextlib
import io
import json
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

from quiz.imports.result import BadInput

COLLECTIONS = ("collection.anki21b", "collection.anki21", "collection.anki2")
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


def unzstd(data: bytes) -> bytes:
    if not data.startswith(ZSTD_MAGIC):
        return data
    import zstandard

    try:
        return zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data)).read()
    except zstandard.ZstdError as e:
        raise ValueError(f"damaged zstd data ({e})") from None


def proto_fields(data: bytes) -> dict[int, list[int | bytes]]:
    """A protobuf message's fields by number: varints as ints, the rest as bytes."""
    out: dict[int, list[int | bytes]] = {}
    pos = 0

    def varint() -> int:
        nonlocal pos
        value = shift = 0
        while True:
            byte = data[pos]
            pos += 1
            value |= (byte & 0x7F) << shift
            shift += 7
            if byte < 0x80:
                return value

    while pos < len(data):
        key = varint()
        number, wire = key >> 3, key & 7
        value: int | bytes
        if wire == 0:
            value = varint()
        elif wire == 2:
            size = varint()
            value, pos = data[pos : pos + size], pos + size
        elif wire in (1, 5):
            size = 8 if wire == 1 else 4
            value, pos = data[pos : pos + size], pos + size
        else:
            raise ValueError(f"unreadable protobuf wire type {wire}")
        out.setdefault(number, []).append(value)
    return out


def proto_text(fields: dict[int, list[int | bytes]], number: int) -> str:
    value = fields.get(number, [b""])[0]
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def proto_int(fields: dict[int, list[int | bytes]], number: int) -> int:
    value = fields.get(number, [0])[0]
    return value if isinstance(value, int) else 0


@contextlib.contextmanager
def open_package(path: Path) -> Iterator[tuple[sqlite3.Connection, dict[str, bytes]]]:
    """The package's collection (read-only, from a temporary copy) and its media by name."""
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise BadInput(f"{path}: is not an Anki package (not a zip archive)") from None
    except OSError as e:
        raise BadInput(f"{path}: cannot be read ({e.strerror or e})") from None
    with archive, tempfile.TemporaryDirectory(prefix="quiz-import-") as folder:
        names = set(archive.namelist())
        member = next((n for n in COLLECTIONS if n in names), None)
        if member is None:
            raise BadInput(
                f"{path}: holds no Anki collection (collection.anki21b, .anki21 or .anki2)"
            )
        db = Path(folder) / "collection.sqlite"
        try:
            db.write_bytes(unzstd(archive.read(member)))
            media = _media(archive, names)
        except (ValueError, zipfile.BadZipFile, OSError) as e:
            raise BadInput(f"{path}: is damaged ({e})") from None
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            yield conn, media
        except sqlite3.DatabaseError as e:
            raise BadInput(f"{path}: its collection is damaged ({e})") from None
        finally:
            conn.close()


def _media(archive: zipfile.ZipFile, names: set[str]) -> dict[str, bytes]:
    if "media" not in names:
        return {}
    index = unzstd(archive.read("media"))
    entries: dict[str, str] = {}
    if index.lstrip().startswith(b"{"):
        entries = {member: name for member, name in json.loads(index).items()}
    else:
        for number, raw in enumerate(proto_fields(index).get(1, [])):
            entry = proto_fields(raw if isinstance(raw, bytes) else b"")
            member = str(proto_int(entry, 255) or number) if 255 in entry else str(number)
            entries[member] = proto_text(entry, 1)
    return {
        name: unzstd(archive.read(member)) for member, name in entries.items() if member in names
    }
