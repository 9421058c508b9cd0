"""`quiz export anki` with images: packed once, and never from outside the deck's folder."""

from __future__ import annotations

import base64
import dataclasses
import zipfile
from pathlib import Path

import pytest
from anki_helpers import T1, guid, import_apkg, notes_by_guid, write_deck

from quiz.bank.loader import load_deck
from quiz.core.errors import DeckError, QuizError
from quiz.export import anki

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


IMAGES = """\
deck: pictures
title: Pictures
questions:
  - {id: map-a, type: card, front: Where?, back: Here, image: img/map.png}
  - {id: map-b, type: short, prompt: Which city?, answer: Kazan, image: img/map.png}
"""


def test_images_are_packed_once_under_their_content_hash(tmp_path, col):
    (tmp_path / "bank" / "img").mkdir(parents=True)
    (tmp_path / "bank" / "img" / "map.png").write_bytes(PNG)
    deck = load_deck(write_deck(tmp_path / "bank", IMAGES))
    anki.write([deck], tmp_path / "out.apkg", now=T1)
    import_apkg(col, tmp_path / "out.apkg")

    notes = notes_by_guid(col)
    field = notes[guid("map-a", "pictures")]["Image"]
    assert field == notes[guid("map-b", "pictures")]["Image"]
    name = field.removeprefix('<img src="').removesuffix('" alt="">')
    assert name.startswith("quiz-") and name.endswith(".png")
    assert (Path(col.media.dir()) / name).read_bytes() == PNG
    assert len(zipfile.ZipFile(tmp_path / "out.apkg").namelist()) == 3  # db, media map, 1 file
    rendered = notes[guid("map-a", "pictures")].cards()[0].render_output(reload=True)
    assert f'<img src="{name}"' in rendered.question_text


@pytest.mark.parametrize("how", ["dotdot", "absolute", "symlink"])
def test_an_image_outside_the_deck_folder_is_refused(tmp_path, how):
    secret = tmp_path / "secret.png"
    secret.write_bytes(PNG)
    (tmp_path / "bank").mkdir()
    image = {"dotdot": "../secret.png", "absolute": str(secret), "symlink": "link.png"}[how]
    if how == "symlink":
        (tmp_path / "bank" / "link.png").symlink_to(secret)
    path = write_deck(
        tmp_path / "bank",
        f"deck: leak\ntitle: Leak\nquestions:\n"
        f"  - {{id: peek, type: card, front: a, back: b, image: '{image}'}}\n",
    )
    with pytest.raises(DeckError) as refused:  # `quiz check` already says so
        load_deck(path)
    (problem,) = refused.value.problems
    assert (problem.field, problem.message) == (
        "questions[0].image",
        f"{image!r} is outside the deck's folder; put the image beside the deck",
    )
    # a deck built in code never reaches past the loader's rule either
    clean = write_deck(
        tmp_path / "bank",
        "deck: leak\ntitle: Leak\nquestions:\n  - {id: peek, type: card, front: a, back: b}\n",
    )
    deck = load_deck(clean)
    deck = dataclasses.replace(
        deck, questions=(dataclasses.replace(deck.questions[0], image=image),)
    )
    object.__setattr__(deck, "path", clean)
    with pytest.raises(QuizError) as caught:
        anki.write([deck], tmp_path / "out.apkg")
    assert str(caught.value) == (
        f"{clean}: question 'peek': image {image!r} is outside the deck's folder; "
        "put the image beside the deck"
    )
    assert caught.value.exit_code == 2
    assert not (tmp_path / "out.apkg").exists()
