"""One rule for every command that writes a file, with the same words everywhere:
never replace an input, nor a read-only file or a file quiz did not write without
--force; names end as the format expects; a folder that cannot take the file is one line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from exam_helpers import EVERY
from marking_helpers import write_exam
from unprivileged import quiz_without_privileges, reachable_folder

from quiz.cli import cli

EVERY_TYPE = Path(EVERY)

DOCUMENT = "The Lakeside Railway\n\nIn 1882 the town of Brill built a railway of 40 km.\n"
CARDS = "Rapallo\t1922 treaty\nLipetsk\taviation school\n"
REPLACE = "choose another name, or --force to replace it"
# name: (the command with OUT for the output, the output's file name, how messages name it)
WRITERS = {
    "export anki": (["export", "anki", "deck.yaml", "-o", "OUT"], "out.apkg", "an Anki package"),
    "export csv": (["export", "csv", "deck.yaml", "-o", "OUT"], "out.csv", "an Anki CSV file"),
    "export gift": (["export", "gift", "deck.yaml", "-o", "OUT"], "out.gift", "a GIFT file"),
    "export qti": (["export", "qti", "deck.yaml", "-o", "OUT"], "out.zip", "a QTI zip"),
    "grade": (["grade", "exam", "responses.csv", "-o", "OUT"], "scores.csv", "a scores sheet"),
    "grade --items": (
        ["grade", "exam", "responses.csv", "-o", "s.csv", "--items", "OUT"],
        "items.csv",
        "an item analysis sheet",
    ),
    "draft": (["draft", "notes.txt", "-o", "OUT"], "draft.yaml", None),  # never replaced
    "import": (["import", "cards.tsv", "-o", "OUT"], "imported.yaml", None),
}


@pytest.fixture
def work(tmp_path, monkeypatch):
    """A folder with a deck, an exam with its responses, and a document; cwd there."""
    shutil.copy(EVERY_TYPE, tmp_path / "deck.yaml")
    write_exam(tmp_path, EVERY_TYPE)
    (tmp_path / "notes.txt").write_text(DOCUMENT, encoding="utf-8")
    (tmp_path / "cards.tsv").write_text(CARDS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(name: str, out: str, *extra: str):
    args = [out if a == "OUT" else a for a in WRITERS[name][0]]
    return CliRunner().invoke(cli, [*args, *extra])


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize("name", WRITERS)
def test_a_file_quiz_did_not_write_is_kept_unless_force(work, name):
    _, out, what = WRITERS[name]
    (work / out).write_text("my own file\n")
    before = files(work)
    result = run(name, out)
    reason = f"is not {what} written by quiz" if what else ""
    assert (result.exit_code, result.output) == (
        2,
        f"{out}: already exists{' and ' + reason if reason else ''}; {REPLACE}\n",
    )
    assert files(work) == before, "nothing written, no temporary file left"
    forced = run(name, out, "--force")
    assert forced.exit_code == 0, forced.output
    assert (work / out).read_text(errors="replace") != "my own file\n"


@pytest.mark.parametrize("name", [n for n in WRITERS if WRITERS[n][2]])
def test_running_again_replaces_its_own_output_but_not_a_read_only_one(work, name):
    out = WRITERS[name][1]
    assert run(name, out).exit_code == 0
    assert run(name, out).exit_code == 0, "the file quiz wrote is quiz's to replace"
    (work / out).chmod(0o444)
    before = (work / out).read_bytes()
    result = run(name, out)
    assert (result.exit_code, result.output) == (2, f"{out}: is read-only; {REPLACE}\n")
    assert (work / out).read_bytes() == before


@pytest.mark.parametrize("name", ["draft", "import"])
def test_a_deck_is_never_replaced_even_one_quiz_wrote(work, name):
    out = WRITERS[name][1]
    assert run(name, out).exit_code == 0
    again = run(name, out)
    assert (again.exit_code, again.output) == (2, f"{out}: already exists; {REPLACE}\n")


@pytest.mark.parametrize(
    ("name", "same"),
    [
        ("export anki", "deck.apkg"),
        ("export csv", "deck.csv"),
        ("export gift", "deck.gift"),
        ("export qti", "deck.zip"),
        ("grade", "responses.csv"),
        ("grade --items", "responses.csv"),
    ],
)
def test_the_command_never_replaces_its_own_input(work, name, same):
    args = [same if a in ("OUT", "deck.yaml") else a for a in WRITERS[name][0]]
    if name.startswith("export"):  # a deck whose name has the output's ending
        (work / "deck.yaml").rename(work / same)
    before = files(work)
    result = CliRunner().invoke(cli, [*args, "--force"])  # not even with --force
    assert (result.exit_code, result.output) == (
        2,
        f"{same}: is an input of this command; choose another name\n",
    )
    assert files(work) == before


@pytest.mark.parametrize(
    ("name", "out", "message"),
    [
        ("export anki", "out.txt", "an Anki package's name ends in .apkg; use out.apkg"),
        ("export csv", "x.apkg", "an Anki CSV file's name ends in .csv or .txt; use x.csv"),
        ("export gift", "deck.yaml", "a GIFT file's name ends in .gift or .txt; use deck.gift"),
        ("export qti", "x.apkg", "a QTI zip's name ends in .zip; use x.zip"),
        ("grade", "exam/manifest.json", "a scores sheet's name ends in .csv; use manifest.csv"),
        ("draft", "notes.txt", "a deck's name ends in .yaml or .yml; use notes.yaml"),
        ("import", "cards.txt", "a deck's name ends in .yaml or .yml; use cards.yaml"),
    ],
)
def test_an_output_named_for_another_format_is_refused(work, name, out, message):
    before = files(work)
    result = run(name, out, "--force")
    assert (result.exit_code, result.output) == (2, f"{out}: {message}\n")
    assert files(work) == before


@pytest.mark.parametrize("name", WRITERS)
def test_a_file_where_a_folder_should_be_is_one_line(work, name):
    result = run(name, "responses.csv/out" + Path(WRITERS[name][1]).suffix)
    assert (result.exit_code, result.output) == (2, "responses.csv: is a file, not a folder\n")


def test_exam_into_a_file_or_below_one_is_one_line(work):
    for out, message in (
        ("notes.txt", "notes.txt: is a file; give a folder to write the exam into"),
        ("notes.txt/exam", "notes.txt: is a file, not a folder"),
    ):
        result = CliRunner().invoke(cli, ["exam", "deck.yaml", "-o", out, "--seed", "1"])
        assert (result.exit_code, result.output) == (2, message + "\n")


def test_exam_keeps_a_file_of_the_teachers_own_in_its_folder(work):
    (work / "paper").mkdir()
    (work / "paper" / "key-A.md").write_text("my notes on the key\n")
    result = CliRunner().invoke(cli, ["exam", "deck.yaml", "-o", "paper", "--seed", "1"])
    assert (result.exit_code, result.output) == (
        2,
        f"paper/key-A.md: already exists and is not an exam file written by quiz; {REPLACE}\n",
    )
    assert [p.name for p in (work / "paper").iterdir()] == ["key-A.md"]
    forced = CliRunner().invoke(cli, ["exam", "deck.yaml", "-o", "paper", "--seed", "1", "--force"])
    assert forced.exit_code == 0 and "key-A.md" in forced.output


ALL_WRITERS = [*WRITERS, "exam"]


@pytest.mark.parametrize("name", ALL_WRITERS)
def test_a_read_only_folder_is_one_line_exit_1(name):
    """Run as a user who cannot write there (root can write anywhere)."""
    with reachable_folder() as folder:
        shutil.copy(EVERY_TYPE, folder / "deck.yaml")
        write_exam(folder, EVERY_TYPE)
        (folder / "notes.txt").write_text(DOCUMENT, encoding="utf-8")
        (folder / "cards.tsv").write_text(CARDS, encoding="utf-8")
        locked = folder / "locked"
        locked.mkdir()
        locked.chmod(0o555)
        if name == "exam":
            args = ["exam", "deck.yaml", "-o", "locked/exam", "--seed", "1"]
        else:
            out = f"locked/{WRITERS[name][1]}"
            args = [out if a == "OUT" else a for a in WRITERS[name][0]]
            args = ["locked/s.csv" if a == "s.csv" else a for a in args]
        result = quiz_without_privileges(args, folder / "home", cwd=str(folder))
        assert (result.returncode, result.stdout) == (1, ""), result
        assert (
            result.stderr
            == "locked: cannot write here (permission denied); choose another folder\n"
        )
        assert list(locked.iterdir()) == []
