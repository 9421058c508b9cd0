"""The files the docs name exist, and docs/layout.md shows every folder of the package."""

from __future__ import annotations

import re

from doc_transcripts import ROOT, doc_pages

PACKAGE = ROOT / "quiz"
MODULE = re.compile(r"`([a-z_]+(?:/[a-z_]+)*\.(?:py|typ))`")


def test_every_module_the_docs_name_exists():
    files = {
        p.relative_to(ROOT).as_posix()
        for folder in ("quiz", "tests", "bench")
        for p in (ROOT / folder).rglob("*")
        if p.is_file()
    }
    missing = {
        f"{page.name}: {name}"
        for page in doc_pages()
        for name in MODULE.findall(page.read_text(encoding="utf-8"))
        if not any(f == name or f.endswith("/" + name) for f in files)
    }
    assert not missing, f"the docs name files that do not exist: {sorted(missing)}"


def test_the_layout_shows_every_folder_of_the_package():
    layout = (ROOT / "docs" / "layout.md").read_text(encoding="utf-8")
    folders = sorted(p.parent.relative_to(ROOT).as_posix() for p in PACKAGE.glob("*/__init__.py"))
    assert len(folders) >= 8
    assert [f for f in folders if f"{f}/ " not in layout] == []
