"""`quiz import` of Obsidian Spaced Repetition Markdown."""

from __future__ import annotations

from import_helpers import run

from quiz.bank.loader import load_deck
from quiz.bank.model import Cloze, Flashcard

NOTES = """\
---
aliases: [weimar]
---
#flashcards/history/weimar

# Rapallo

The Treaty of Rapallo was signed in::1922
Rapallo:::the town near Genoa where Germany and Soviet Russia settled their claims
<!--SR:!2025-03-01,3,250-->

What did both sides waive?
?
Their claims for war costs
and damages.

Who signed for [[Germany|the Reich]]?
??
Walther Rathenau

## Schools

The tank school was at ==Kama== near ==Kazan==. ![[kama.png]]

The aviation school was at {{c1::Lipetsk}}.

A paragraph of notes, not a card.

```
code::not a card
```
"""


def test_obsidian_spaced_repetition_cards(tmp_path):
    path = tmp_path / "weimar.md"
    path.write_text(NOTES)
    out = tmp_path / "weimar.yaml"
    result = run("import", str(path), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        f"imported 6 questions from weimar.md to {out}: 4 card, 2 cloze",
        "not carried:",
        "  1 × Spaced Repetition schedule (quiz schedules anew)",
        "  1 × image or embed",
    ]
    single, reverse, multi, wiki, highlights, anki_style = load_deck(out).questions
    assert (single.front, single.back, single.reverse) == (
        "The Treaty of Rapallo was signed in",
        "1922",
        False,
    )
    assert isinstance(reverse, Flashcard) and reverse.reverse
    assert multi.back == "Their claims for war costs\nand damages."
    assert (wiki.front, wiki.reverse) == ("Who signed for the Reich?", True)
    assert isinstance(highlights, Cloze)
    assert highlights.text == "The tank school was at {{c1::Kama}} near {{c2::Kazan}}."
    assert anki_style.text == "The aviation school was at {{c1::Lipetsk}}."
    assert all(q.tags == ("history-weimar",) for q in (single, highlights))
    assert [ref.section for ref in highlights.citations] == ["Rapallo > Schools"]
    assert run("check", str(out)).exit_code == 0


def test_markdown_without_cards_is_refused(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("# Notes\n\nNothing to learn here.\n")
    result = run("import", str(path), "-o", str(tmp_path / "out.yaml"))
    assert (result.exit_code, result.output) == (2, f"{path}: found no questions to import\n")
