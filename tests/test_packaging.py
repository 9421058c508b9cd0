"""The project as it ships: lint-clean, and a wheel that carries the bundled decks."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent


def _tool(name: str, *args: str) -> subprocess.CompletedProcess[str]:
    tool = shutil.which(name, path=str(Path(sys.executable).parent)) or name
    return subprocess.run([tool, *args], cwd=ROOT, capture_output=True, text=True)


def test_ruff_check_is_clean():
    result = _tool("ruff", "check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_clean():
    result = _tool("ruff", "format", "--check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean():
    """`mypy` with the settings in pyproject.toml ([tool.mypy]: the package, typed)."""
    result = _tool("mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def test_wheel_ships_the_bundled_decks_and_schema(tmp_path):
    pytest.importorskip("hatchling")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
    )
    (wheel,) = tmp_path.glob("quiz-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    decks = {p.name for p in (ROOT / "decks").iterdir()}
    assert {f"quiz/decks/{name}" for name in decks} <= names
    assert "quiz/py.typed" in names


def test_help_does_not_import_heavy_libraries():
    code = (
        "import sys; from quiz.cli import cli\n"
        "try:\n    cli(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = {'genanki', 'fsrs', 'typst', 'rich', 'rapidfuzz', 'yaml', 'cv2', 'numpy',\n"
        "         'pypdfium2', 'segno', 'zxingcpp'} & set(sys.modules)\n"
        "print(sorted(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"
