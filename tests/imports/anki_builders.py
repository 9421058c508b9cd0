"""Real Anki collections for the import tests, made with the `anki` library (test-only).

One collection holds a note of each kind quiz reads: Basic (with an image and HTML),
Basic (and reversed card), Basic (type in the answer), Cloze, a note type of the
user's own (Vocab: Word, Meaning, Example), tags and subdecks; some cards answered, so
the review log and the schedule are Anki's own.
"""

from __future__ import annotations

from pathlib import Path

from anki.collection import Collection, ExportAnkiPackageOptions
from anki.generic_pb2 import Empty
from anki.import_export_pb2 import ExportLimit

# A 1x1 PNG, small and real.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def answer(col: Collection, card_id: int, rating: int):
    """Answer a card as the learner would: rating 1 Again .. 4 Easy. Returns the card."""
    card = col.get_card(card_id)
    card.start_timer()
    states = col._backend.get_scheduling_states(card.id)
    col.sched.answer_card(col.sched.build_answer(card=card, states=states, rating=rating - 1))
    return col.get_card(card_id)


def add(col: Collection, notetype: str, deck: str, tags: list[str], **fields: str):
    note = col.new_note(col.models.by_name(notetype))
    for name, value in fields.items():
        note[name.replace("_", " ")] = value
    note.tags = tags
    col.add_note(note, col.decks.id(deck))
    return note


def vocab_notetype(col: Collection) -> None:
    model = col.models.new("Vocab")
    for name in ("Word", "Meaning", "Example"):
        col.models.add_field(model, col.models.new_field(name))
    template = col.models.new_template("Recognise")
    template["qfmt"], template["afmt"] = "{{Word}}", "{{FrontSide}}<hr id=answer>{{Meaning}}"
    col.models.add_template(model, template)
    col.models.add(model)


def every_kind(folder: Path, *, fsrs: bool = True) -> tuple[Collection, dict]:
    """A collection with every kind of note and some history (see the module docstring)."""
    folder.mkdir(parents=True, exist_ok=True)
    col = Collection(str(folder / "collection.anki2"))
    col.set_config("fsrs", fsrs)
    col.media.write_data("cell.png", PNG)
    vocab_notetype(col)
    notes = {
        "basic": add(col, "Basic", "Biology::Cells", ["bio", "cells::basics"],
                     Front='What is a <b>cell</b>?<br><img src="cell.png">',
                     Back="The smallest unit of life<div>that can live on its own</div>"),
        "reversed": add(col, "Basic (and reversed card)", "Biology", ["bio"],
                        Front="mitochondrion", Back="the powerhouse of the cell"),
        "typein": add(col, "Basic (type in the answer)", "Biology::Genetics", [],
                      Front="Base that pairs with adenine in DNA", Back="thymine"),
        "cloze": add(col, "Cloze", "Biology::Genetics", ["genetics"],
                     Text="DNA is read in {{c1::codons}} of {{c2::three::how many}} bases.",
                     Back_Extra="Each codon names one amino acid."),
        "vocab": add(col, "Vocab", "Biology", ["words"],
                     Word="Zelle", Meaning="cell", Example="Die Zelle teilt sich. [sound:z.mp3]"),
    }  # fmt: skip
    return col, notes


def export_apkg(col: Collection, out: Path, *, legacy: bool = False) -> Path:
    options = ExportAnkiPackageOptions(
        with_scheduling=True, with_deck_configs=False, with_media=True, legacy=legacy
    )
    col.export_anki_package(
        out_path=str(out), options=options, limit=ExportLimit(whole_collection=Empty())
    )
    return out


def export_colpkg(col: Collection, out: Path, *, legacy: bool = False) -> Path:
    """The whole collection as a .colpkg; Anki closes the collection when it exports one."""
    col.export_collection_package(str(out), True, legacy)
    return out
