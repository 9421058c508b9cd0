"""An Anki collection's notes, note types, decks, cards and review log, read with sqlite3.

Both schemas Anki has written: the legacy one (version 11: note types and decks as
JSON in the ``col`` row) and the current one (version 15 and later: ``notetypes``,
``fields``, ``templates`` and ``decks`` tables, their settings as protobuf).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

from quiz.imports.anki_package import proto_fields, proto_int, proto_text

FIELD_SEPARATOR = "\x1f"


@dataclass(frozen=True)
class NoteType:
    id: int
    name: str
    cloze: bool
    fields: tuple[str, ...]
    templates: tuple[tuple[str, str, str], ...]  # (name, question format, answer format)


@dataclass(frozen=True)
class Card:
    id: int
    ord: int
    deck: str
    type: int  # 0 new, 1 learning, 2 review, 3 relearning
    queue: int  # -3/-2 buried, -1 suspended, 0 new, 1 learning, 2 review, 3 day learning
    due: int  # days since the collection began (review), or epoch seconds (learning)
    lapses: int
    data: str


@dataclass
class Note:
    id: int
    guid: str
    notetype: NoteType
    fields: dict[str, str]
    tags: tuple[str, ...]
    cards: list[Card] = field(default_factory=list)

    @property
    def deck(self) -> str:
        return self.cards[0].deck if self.cards else ""


@dataclass
class Collection:
    created: int  # ``crt``: epoch seconds of the start of the collection's first day
    notes: list[Note]
    reviews: dict[int, list[tuple[int, int, int, int]]]  # card id -> (ms, ease, type, time)


def read_collection(db: sqlite3.Connection) -> Collection:
    (created,) = db.execute("SELECT crt FROM col").fetchone()
    tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master")}
    if "notetypes" in tables:
        notetypes, decks = _notetypes(db), _decks(db)
    else:
        notetypes, decks = _legacy(db)
    cards: dict[int, list[Card]] = {}
    for cid, nid, did, odid, ord_, ctype, queue, due, odue, lapses, data in db.execute(
        "SELECT id, nid, did, odid, ord, type, queue, due, odue, lapses, data FROM cards"
        " ORDER BY nid, ord"
    ):
        home = odid or did  # a card in a filtered deck belongs to its original deck
        card = Card(cid, ord_, decks.get(home, ""), ctype, queue, odue if odid else due,
                    lapses, data or "")  # fmt: skip
        cards.setdefault(nid, []).append(card)
    notes = []
    for nid, guid, mid, flds, tags in db.execute(
        "SELECT id, guid, mid, flds, tags FROM notes ORDER BY id"
    ):
        notetype = notetypes.get(mid) or NoteType(mid, f"note type {mid}", False, (), ())
        values = flds.split(FIELD_SEPARATOR)
        names = notetype.fields or tuple(f"Field {i + 1}" for i in range(len(values)))
        fields = dict(zip(names, values + [""] * (len(names) - len(values)), strict=False))
        notes.append(Note(nid, guid, notetype, fields, tuple(tags.split()), cards.get(nid, [])))
    reviews: dict[int, list[tuple[int, int, int, int]]] = {}
    for rid, cid, ease, rtype, ms in db.execute(
        "SELECT id, cid, ease, type, time FROM revlog ORDER BY cid, id"
    ):
        reviews.setdefault(cid, []).append((rid, ease, rtype, ms))
    return Collection(int(created), notes, reviews)


def _legacy(db: sqlite3.Connection) -> tuple[dict[int, NoteType], dict[int, str]]:
    models_json, decks_json = db.execute("SELECT models, decks FROM col").fetchone()
    notetypes = {}
    for model in json.loads(models_json or "{}").values():
        notetypes[int(model["id"])] = NoteType(
            int(model["id"]),
            model.get("name", ""),
            model.get("type") == 1,
            tuple(f["name"] for f in sorted(model.get("flds", []), key=lambda f: f["ord"])),
            tuple((t.get("name", ""), t.get("qfmt", ""), t.get("afmt", ""))
                  for t in sorted(model.get("tmpls", []), key=lambda t: t["ord"])),
        )  # fmt: skip
    decks = {int(d["id"]): d.get("name", "") for d in json.loads(decks_json or "{}").values()}
    return notetypes, decks


def _notetypes(db: sqlite3.Connection) -> dict[int, NoteType]:
    fields: dict[int, list[str]] = {}
    for ntid, name in db.execute("SELECT ntid, name FROM fields ORDER BY ntid, ord"):
        fields.setdefault(ntid, []).append(name)
    templates: dict[int, list[tuple[str, str, str]]] = {}
    for ntid, name, config in db.execute(
        "SELECT ntid, name, config FROM templates ORDER BY ntid, ord"
    ):
        conf = proto_fields(config)
        templates.setdefault(ntid, []).append((name, proto_text(conf, 1), proto_text(conf, 2)))
    out = {}
    for ntid, name, config in db.execute("SELECT id, name, config FROM notetypes"):
        cloze = proto_int(proto_fields(config), 1) == 1
        out[ntid] = NoteType(
            ntid, name, cloze, tuple(fields.get(ntid, [])), tuple(templates.get(ntid, []))
        )
    return out


def _decks(db: sqlite3.Connection) -> dict[int, str]:
    return {
        did: name.replace("\x1f", "::") for did, name in db.execute("SELECT id, name FROM decks")
    }
