"""Decks, documents and images are checked for type and size before they are read: a pipe,
a device, a huge file or a text file named .png is one clear line, never a hang, a memory
blow-up or a failure later in `quiz exam`."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from exam_helpers import EVERY

from quiz.bank.loader import read_deck
from quiz.cli import cli
from quiz.core.inputs import LIMITS

EVERY_TYPE = Path(EVERY)

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
DECK = (
    "deck: d\ntitle: T\nquestions:\n"
    "  - {id: a, type: short, prompt: Where?, answer: x, image: IMG}\n"
)


def quiz(*args: str, cwd) -> subprocess.CompletedProcess:
    """A real process with a time limit: a command that blocks on a pipe fails the test."""
    env = {**os.environ, "QUIZ_HOME": str(cwd / "home")}
    return subprocess.run(
        [sys.executable, "-m", "quiz", *args],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def test_pipes_and_devices_named_as_inputs_are_refused_at_once(tmp_path):
    os.mkfifo(tmp_path / "pipe.yaml")
    os.mkfifo(tmp_path / "pipe.md")
    (tmp_path / "doc.md").write_text("# Doc\n\nIn 1925 a loan.\n")
    for args, message in (
        (
            ["check", "pipe.yaml"],
            "pipe.yaml:1:1: file: is a named pipe, not a file; give a deck file",
        ),
        (["export", "gift", "/dev/zero", "-o", "x.gift"], "/dev/zero:1:1: file: is a device, not"),
        (["draft", "pipe.md"], "pipe.md: is a named pipe, not a file; give a document"),
        (["coverage", str(EVERY_TYPE), "/dev/zero"], "/dev/zero: is a device, not a file"),
    ):
        result = quiz(*args, cwd=tmp_path)
        assert result.returncode == 2, result
        assert result.stderr.startswith(message) or result.stdout.startswith(message), result
        assert "Traceback" not in result.stderr


def test_a_deck_over_the_size_limit_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.yaml"
    with path.open("wb") as f:
        f.truncate(LIMITS["deck"] + 1)  # sparse: nothing on disk, nothing read
    _deck, problems = read_deck(path)
    assert [str(p) for p in problems] == [
        f"{path}:1:1: file: is 50.0 MB; a deck file may be at most 50.0 MB"
    ]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("map.png", b"just some text\n", "'map.png' is not a PNG image"),
        (
            "map.png",
            b"\xff\xd8\xff\xe0JFIF",
            "'map.png' is a JPEG image named .png; rename it to end in .jpg",
        ),
        ("map.svg", b"<html>no</html>", "'map.svg' is not an SVG image"),
        ("map.jpg", PNG, "'map.jpg' is a PNG image named .jpg; rename it to end in .png"),
    ],
)
def test_an_image_must_be_what_its_name_says(tmp_path, name, data, message):
    (tmp_path / name).write_bytes(data)
    path = tmp_path / "deck.yaml"
    path.write_text(DECK.replace("IMG", name))
    result = CliRunner().invoke(cli, ["check", str(path)])
    assert result.exit_code == 2
    assert f"{path}:4:60: questions[0].image: {message}\n" in result.output


SVG = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">{}</svg>'
LINKS = "an SVG image must hold all it shows: embed it as a data: URI, or remove the link"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('<image href="/etc/passwd"/>', f"links to '/etc/passwd' (in <image href>); {LINKS}"),
        ('<image xlink:href="../x.png"/>', f"links to '../x.png' (in <image href>); {LINKS}"),
        ('<use href="other.svg#a"/>', f"links to 'other.svg#a' (in <use href>); {LINKS}"),
        ("<rect style=\"fill: url('x.png')\"/>", f"links to 'x.png' (in <rect style>); {LINKS}"),
        ('<rect fill="url(file:///x)"/>', f"links to 'file:///x' (in <rect fill>); {LINKS}"),
        ("<style>@import 'x.css';</style>", f"links to '@import' (in <style>); {LINKS}"),
        ("<style>a{background:url(x.png)}</style>", f"links to 'x.png' (in <style>); {LINKS}"),
        (
            "<rect",
            "is not well-formed SVG (line 1, column 89); open it in an SVG editor and save it "
            "again",
        ),
    ],
)
def test_an_svg_that_links_other_files_is_refused(tmp_path, body, message):
    (tmp_path / "map.svg").write_text(SVG.format(body))
    path = tmp_path / "deck.yaml"
    path.write_text(DECK.replace("IMG", "map.svg"))
    result = CliRunner().invoke(cli, ["check", str(path)])
    assert result.exit_code == 2
    assert f"{path}:4:60: questions[0].image: 'map.svg' {message}\n" in result.output


def test_an_svg_declaring_entities_is_refused_unexpanded(tmp_path):
    laughs = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {c} "{("&" + p + ";") * 10}">'
        for p, c in zip("abcdefgh", "bcdefghi", strict=True)
    )
    svg = f'<?xml version="1.0"?><!DOCTYPE svg [{laughs}]>' + SVG.format("<text>&i;</text>")
    (tmp_path / "map.svg").write_text(svg)
    path = tmp_path / "deck.yaml"
    path.write_text(DECK.replace("IMG", "map.svg"))
    _deck, problems = read_deck(path)
    assert [p.message for p in problems if p.severity == "error"] == [
        "'map.svg' declares a DOCTYPE or entities; remove them (an SVG image needs neither)"
    ]


def test_an_image_over_the_limit_or_not_a_file_is_refused(tmp_path):
    with (tmp_path / "big.png").open("wb") as f:
        f.truncate(LIMITS["image"] + 1)
    os.mkfifo(tmp_path / "pipe.png")
    for name, message in (
        ("big.png", "'big.png' is 20.0 MB; an image may be at most 20.0 MB"),
        ("pipe.png", "'pipe.png' is a named pipe, not a file; give an image"),
    ):
        path = tmp_path / "deck.yaml"
        path.write_text(DECK.replace("IMG", name))
        _deck, problems = read_deck(path)
        assert [p.message for p in problems if p.severity == "error"] == [message]


def test_real_images_pass(tmp_path):
    (tmp_path / "map.png").write_bytes(PNG)
    (tmp_path / "map.svg").write_text(  # links inside the file and data: URIs are its own
        '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><defs><linearGradient '
        'id="g"/></defs><rect fill="url(#g)"/><use href="#g"/><image href="data:image/png;'
        'base64,iVBORw0KGgo="/><style>rect { fill: url( "#g" ) }</style></svg>'
    )
    for name in ("map.png", "map.svg"):
        path = tmp_path / "deck.yaml"
        path.write_text(DECK.replace("IMG", name))
        deck, problems = read_deck(path)
        assert deck is not None, problems


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        (
            "notes.zip",
            b"PK\x03\x04rest",
            "is a zip archive (a .docx, .odt or .epub is one too),"
            " not a .txt, .md, .rst or .adoc document",
        ),
        ("notes.pdf", b"%PDF-1.7", "is a PDF, not a .txt, .md, .rst or .adoc document"),
        ("notes.docx", b"PK\x03\x04", "is a zip archive"),
        ("notes.html", b"<p>In 1925</p>", "is not a .txt, .md, .rst or .adoc document"),
    ],
)
def test_draft_and_coverage_say_what_a_document_that_is_not_text_is(tmp_path, name, data, message):
    (tmp_path / name).write_bytes(data)
    for args in (
        ["draft", str(tmp_path / name)],
        ["coverage", str(EVERY_TYPE), str(tmp_path / name)],
    ):
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 2
        assert result.output.startswith(f"{tmp_path / name}: {message}")
        assert result.output.rstrip().endswith(
            "save it as plain text (.txt) or Markdown (.md) first"
        )
