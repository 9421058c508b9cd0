"""`quiz draft` on public documents nobody on the project wrote (tests/authoring/documents).

Each document's draft is recorded beside it (``drafts/``) and every question of it is
graded KEEP, EDIT or DROP with a reason (``grades/``); the README gives origins, licences
and the rates. These tests keep the three in step and check what needs no judgement:
the draft passes `quiz check`, every cited section is a heading of the document, and no
fact is asked twice. After a change to drafting, re-record with ``QUIZ_RECORD_DRAFTS=1``
and grade the questions that changed. Cost: about one second for the four documents.
"""

from __future__ import annotations

import csv
import functools
import os
import re
from collections import Counter
from pathlib import Path

import pytest

from quiz.authoring.drafting.document import Locator
from quiz.authoring.drafting.files import read_document
from quiz.authoring.drafting.wording import where_slug
from quiz.authoring.drafting.writer import DraftOptions, deck_yaml, draft_deck
from quiz.bank.loader import read_deck
from quiz.bank.model import Deck

HERE = Path(__file__).parent / "documents"
DOCUMENTS = sorted(p for p in HERE.iterdir() if p.suffix in (".txt", ".md") and p.stem.islower())
TARGET = 0.60  # KEEP + EDIT, of all candidates of all documents


@functools.cache
def _draft(path: Path) -> tuple[str, Deck]:
    drafted = draft_deck(read_document(path), DraftOptions(), name=path.name)
    return deck_yaml(drafted.deck, name=path.name, left_out=drafted.left_out), drafted.deck


def _grades(path: Path) -> dict[str, tuple[str, str]]:
    with (HERE / "grades" / f"{path.stem}.tsv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    return {qid: (verdict, reason) for qid, verdict, reason in rows[1:]}


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_the_graded_draft_is_what_quiz_draft_writes(path, tmp_path):
    text, _ = _draft(path)
    recorded = HERE / "drafts" / f"{path.stem}.yaml"
    if os.environ.get("QUIZ_RECORD_DRAFTS"):
        recorded.write_text(text, encoding="utf-8")
    assert text == recorded.read_text(encoding="utf-8"), "re-record with QUIZ_RECORD_DRAFTS=1"
    deck, problems = read_deck(recorded)
    assert deck is not None
    assert {p.message for p in problems} == {"draft question; edit it, then remove draft: true"}


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_every_cited_section_is_a_heading_of_the_document(path):
    headings = _headings(path.read_text(encoding="utf-8"), markdown=path.suffix == ".md")
    _, deck = _draft(path)
    cited = {ref.section for q in deck.questions for ref in q.citations if ref.section}
    assert cited <= headings | {"Introduction"}, cited - headings


def _headings(text: str, *, markdown: bool) -> set[str]:
    """Headings as the raw text marks them: '## Name {#id}' in Markdown, 'Name[edit]' in text."""
    if markdown:  # a box's title (an OpenStax note's, a bold line) heads its own section
        found = re.findall(r"^#{1,6}\s+(.+?)\s*#*\s*$", text, re.M)
        found += re.findall(r'<div data-type="title">\s*\n(.+?)\n\s*</div>', text)
        found += re.findall(r"^\*\*([^*\n]+)\*\*\s*$", text, re.M)
    else:
        found = re.findall(r"^(.+?)\[edit\]\s*$", text, re.M)
    return {re.sub(r"\{[:#][^}]*\}|\*\*|__", "", h).strip() for h in found}


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_no_fact_is_asked_twice(path):
    """Two questions on one value (by their ids, <section>-<fact>-<type>) are on one fact when
    their sentences are one, share a name other than the document's subject, or one names
    nothing else."""
    _, deck = _draft(path)
    subject = set(re.findall(r"[A-Z][\w’'-]+", deck.sources[0].title))
    known = set(re.findall(r"(?<=[a-z,;:] )[A-Z][\w’'-]+", path.read_text(encoding="utf-8")))
    asked: dict[str, list[tuple[str, set[str]]]] = {}
    for q in deck.questions:
        if q.type in ("order", "match"):
            continue
        (ref,) = q.citations
        where = where_slug(Locator("section", ref.section)) if ref.section else ""
        fact = re.sub(r"-(numeric|choice|cloze|true|false|card)(-\d+)?$", "", q.id)
        fact = fact.removeprefix(where).removeprefix("-")
        sentence = (q.explanation or "").split("“", 1)[-1]
        names = set(re.findall(r"\b[A-Z][\w’'-]+", sentence)) & known - subject
        for other, other_names in asked.get(fact, []):
            same = other == sentence or not names or not other_names or names & other_names
            assert not same, f"{q.id} asks again what another question asked: {sentence}"
        asked.setdefault(fact, []).append((sentence, names))


def test_every_candidate_is_graded_and_most_are_worth_keeping():
    verdicts: Counter[str] = Counter()
    for path in DOCUMENTS:
        _, deck = _draft(path)
        grades = _grades(path)
        assert set(grades) == {q.id for q in deck.questions}, path.name
        assert all(v in ("KEEP", "EDIT", "DROP") and r.strip() for v, r in grades.values())
        verdicts.update(v for v, _ in grades.values())
    kept = (verdicts["KEEP"] + verdicts["EDIT"]) / sum(verdicts.values())
    assert kept >= TARGET, verdicts
