"""The transcripts in README.md and docs/*.md are what the commands really print.

Each page runs in its own empty folder (the convention: doc_transcripts.py and
docs/index.md). ``QUIZ_RECORD_DOCS=1`` writes the actual output into the pages
instead of failing, for output that changed on purpose.
"""

from __future__ import annotations

import os

import pytest
from doc_transcripts import ROOT, doc_pages, parse_page, record, report, run_page


@pytest.mark.parametrize("page", doc_pages(), ids=lambda p: str(p.relative_to(ROOT)))
def test_transcripts_print_what_the_page_shows(page, tmp_path):
    failed = [o for o in run_page(page, tmp_path) if not o.passed]
    if failed and os.environ.get("QUIZ_RECORD_DOCS"):
        record(page, failed)
        return
    assert not failed, report(page, failed)


def test_the_readme_and_every_workflow_page_have_transcripts():
    """Guards the parser: a page whose blocks went unseen would pass vacuously."""
    steps = {p.name: sum(len(b.steps) for b in parse_page(p.read_text())) for p in doc_pages()}
    for name in ("README.md", "self-testing.md", "spaced-repetition.md", "anki.md", "exams.md"):
        assert steps[name] >= 3, (name, steps[name])
    for name in ("lms-export.md", "authoring.md", "deck-format.md"):
        assert steps[name] >= 1, (name, steps[name])


PAGE = """\
Intro.

```yaml file=sub/mini.yaml
a: 1
```

```console
$ cat sub/mini.yaml
a: 1
$ quiz --version
quiz, version 9
$ quiz schema | head -2 \\
    | tail -1
  "$schema": "https://json-schema.org/draft/2020-12/schema",
$ false
$ echo $?
1
$ printf 'x\\ny\\n' | cat
x
...
```
"""


def test_a_wrong_transcript_fails_with_a_diff_and_is_re_recorded(tmp_path):
    page = tmp_path / "page.md"
    page.write_text(PAGE, encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    outcomes = run_page(page, work)
    assert [o.step.command for o in outcomes][2] == "quiz schema | head -2 | tail -1"
    assert [o.passed for o in outcomes] == [True, False, True, True, True, True]
    (wrong,) = [o for o in outcomes if not o.passed]
    assert wrong.step.line == 10
    message = report(page, [wrong])
    assert f"{page}:10" in message and "-quiz, version 9" in message
    assert "QUIZ_RECORD_DOCS=1" in message
    record(page, [wrong])
    rerun = run_page(page, work)
    assert all(o.passed for o in rerun)
    assert "quiz, version 9" not in page.read_text()
    assert page.read_text().count("\n") == PAGE.count("\n")


def test_a_file_block_with_copy_brings_a_file_of_the_repository(tmp_path):
    page = tmp_path / "page.md"
    page.write_text(
        "```text file=data/p.toml copy=pyproject.toml\n(the project file)\n```\n\n"
        "```console\n$ head -1 data/p.toml\n[build-system]\n```\n",
        encoding="utf-8",
    )
    work = tmp_path / "work"
    work.mkdir()
    assert [o.passed for o in run_page(page, work)] == [True]
