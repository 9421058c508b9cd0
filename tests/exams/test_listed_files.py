"""An exam folder's manifest is untrusted: it names files, it does not make them quiz's.

Only a file whose bytes match a hash quiz recorded writing is removed or replaced."""

from __future__ import annotations

import json

from click.testing import CliRunner
from exam_helpers import write_bank

from quiz.cli import cli


def exam(deck, out, *flags: str):
    result = CliRunner().invoke(cli, ["exam", str(deck), "-o", str(out), "--seed", "5", *flags])
    return result.exit_code, result.output


def listing(out, extra_names: list[str], hashes: dict[str, str] | None = None) -> None:
    path = out / "manifest.json"
    data = json.loads(path.read_text())
    data["files"] += extra_names
    data["hashes"] |= hashes or {}
    path.write_text(json.dumps(data))


def test_a_manifest_listing_other_files_removes_none_of_them(tmp_path):
    deck = write_bank(tmp_path, ["{id: may, type: short, prompt: Who planned?, answer: May}"])
    out = tmp_path / "ex3"
    assert exam(deck, out)[0] == 0
    mine = {  # a colleague's folder: the manifest lists files quiz never wrote
        "variant-A-my-notes.md": "my notes",
        "key-thesis.docx": "thesis",
        "key-B.md": "my own key",
        "variant-C.pdf": "not a pdf",
    }
    for name, text in mine.items():
        (out / name).write_text(text)
    (out / "sheet-B.pdf").mkdir()  # a folder of that name
    unknown = "the earlier manifest lists it, but no record of what quiz wrote"
    for flags, changed in (
        ((), "edited by hand since quiz wrote it"),
        (("--force",), "the earlier manifest lists it, but not as quiz wrote it"),
    ):
        names = [*mine, "sheet-B.pdf", "key-A.md\x00", "../x.md"]
        listing(out, names, {"variant-C.pdf": "0" * 64})
        code, output = exam(deck, out, *flags)
        assert code == 0, output
        assert sorted(line for line in output.splitlines() if line.startswith("warning")) == [
            f"warning: kept {out / 'key-B.md'}: {unknown}; delete it if unwanted",
            f"warning: kept {out / 'sheet-B.pdf'}: {unknown}; delete it if unwanted",
            f"warning: kept {out / 'variant-C.pdf'}: {changed}; delete it if unwanted",
        ]
        for name, text in mine.items():
            assert (out / name).read_text() == text
        assert (out / "sheet-B.pdf").is_dir()


def test_a_listed_file_without_a_hash_is_not_replaced_without_force(tmp_path):
    deck = write_bank(tmp_path, ["{id: may, type: short, prompt: Who planned?, answer: May}"])
    out = tmp_path / "ex"
    assert exam(deck, out)[0] == 0
    data = json.loads((out / "manifest.json").read_text())
    del data["hashes"]["key-A.md"]  # a colleague's manifest vouches for their own key-A.md
    (out / "manifest.json").write_text(json.dumps(data))
    (out / "key-A.md").write_text("my key")
    assert exam(deck, out) == (
        2,
        f"{out / 'key-A.md'}: already exists and is not an exam file written by quiz; "
        "choose another name, or --force to replace it\n",
    )
    assert (out / "key-A.md").read_text() == "my key"
    assert exam(deck, out, "--force")[0] == 0
    assert (out / "key-A.md").read_text().startswith("# ")


def test_files_quiz_wrote_are_still_removed_when_no_longer_wanted(tmp_path):
    deck = write_bank(tmp_path, ["{id: may, type: short, prompt: Who planned?, answer: May}"])
    out = tmp_path / "ex"
    assert exam(deck, out, "--variants", "2")[0] == 0
    (out / "key-B.md").write_text("reworded")
    code, output = exam(deck, out, "--force")
    assert code == 0
    assert not (out / "variant-B.pdf").exists() and not (out / "key-B.pdf").exists()
    assert (out / "key-B.md").read_text() == "reworded"  # edited: kept, even with --force
    assert output.splitlines()[0] == (
        f"warning: kept {out / 'key-B.md'}: the earlier manifest lists it, but not as quiz "
        "wrote it; delete it if unwanted"
    )
