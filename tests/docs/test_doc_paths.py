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


LINK = re.compile(r"\]\(([^)\s]+)\)")


def _anchors(page) -> set[str]:
    """GitHub's anchors for a page's headings: lower case, punctuation dropped, spaces to
    hyphens, a repeated heading numbered (-1, -2 ...). Headings in code blocks are not."""
    anchors: set[str] = set()
    fenced = False
    for line in page.read_text(encoding="utf-8").splitlines():
        if line.startswith(("```", "~~~")):
            fenced = not fenced
        if fenced or not re.match(r"#{1,6} ", line):
            continue
        slug = re.sub(r"[^\w\- ]", "", line.lstrip("#").strip().lower()).replace(" ", "-")
        n = 0
        while (candidate := slug if n == 0 else f"{slug}-{n}") in anchors:
            n += 1
        anchors.add(candidate)
    return anchors


def test_every_link_between_pages_lands_on_a_page_and_heading():
    broken = []
    for page in doc_pages():
        text = re.sub(r"(?ms)^```.*?^```", "", page.read_text(encoding="utf-8"))
        for target in LINK.findall(text):
            if re.match(r"[a-z]+:", target):
                continue  # https:, mailto:
            path, _, anchor = target.partition("#")
            linked = (page.parent / path).resolve() if path else page
            if not linked.exists():
                broken.append(f"{page.name}: {target} (no such file)")
            elif anchor and linked.suffix == ".md" and anchor not in _anchors(linked):
                broken.append(f"{page.name}: {target} (no such heading)")
    assert broken == []
