"""Commands for deck authors: check, decks, schema, draft, coverage."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from quiz.cli.common import OUT_FILE, reading_bar
from quiz.core.console import echo, echo_json, echo_lines, echo_text
from quiz.core.words import plural


@click.command(short_help="Check decks and report every problem, with its line.")
@click.argument("decks", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the findings as JSON.")
@click.option("--strict", is_flag=True, help="Fail on warnings too.")
def check(decks: tuple[str, ...], as_json: bool, strict: bool) -> None:
    """Check deck files, folders or bundled decks and report every problem."""
    from quiz.bank.library import check_decks

    reports = check_decks(decks, reading_bar)
    if as_json:
        echo_json([r.to_dict() for r in reports])
    else:
        for report in reports:
            for problem in report.errors + report.warnings:
                echo(str(problem))
            echo(report.summary)
    failed = any(r.errors or (strict and r.warnings) for r in reports)
    sys.exit(2 if failed else 0)


@click.command("decks")
def list_decks() -> None:
    """List the bundled decks."""
    from quiz.bank.library import bundled_decks
    from quiz.bank.loader import load_deck

    rows = [(p.stem, load_deck(p)) for p in bundled_decks()]
    width = max((len(name) for name, _ in rows), default=4)
    echo(f"{'name':<{width}}  questions  title")
    for name, deck in rows:
        echo(f"{name:<{width}}  {len(deck.questions):>9}  {deck.title}")


@click.command()
def schema() -> None:
    """Print the deck JSON Schema (generated from the model)."""
    from quiz.bank.schema import deck_schema

    echo_json(deck_schema())


@click.command(short_help="Draft questions from a .txt, .md, .rst or .adoc document.")
@click.argument("document", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--out", type=OUT_FILE, help="The draft deck to write (default: print it).")
@click.option("--title", help="The document's title (default: its first line or heading).")
@click.option("--author", help="The document's author.")
@click.option("--publisher", help="Its publisher (default: 'unknown' when no --author either).")
@click.option(
    "--source-id", default="source", show_default=True, help="Id the questions cite it by."
)
@click.option("--deck-id", help="Id of the draft deck (default: <file name>-draft).")
@click.option(
    "--all", "every", is_flag=True, help="Offer every question, not only the likelier ones."
)
@click.option("--force", is_flag=True, help="Overwrite OUT if it exists.")
def draft(
    document: Path,
    out: Path | None,
    title: str | None,
    author: str | None,
    publisher: str | None,
    source_id: str,
    deck_id: str | None,
    every: bool,
    force: bool,
) -> None:
    """Draft questions from a .txt, .md, .rst or .adoc DOCUMENT into a deck, each marked
    draft: true."""
    from collections import Counter

    from quiz.authoring.drafting.files import read_document, write_draft
    from quiz.authoring.drafting.writer import DraftOptions, deck_yaml, draft_deck
    from quiz.bank.model import SLUG_RE
    from quiz.core.errors import UsageError

    for option, value in (("--source-id", source_id), ("--deck-id", deck_id)):
        if value is not None and not SLUG_RE.match(value):
            raise UsageError(f"{option} {value!r}: use lowercase letters, digits and dashes")
    options = DraftOptions(source_id, title, author, publisher, deck_id, every)
    drafted = draft_deck(read_document(document, title), options, name=document.name)
    deck = drafted.deck
    if out is None:
        echo_text(deck_yaml(deck, name=document.name, left_out=drafted.left_out), nl=False)
        return
    write_draft(deck, out, name=document.name, force=force, left_out=drafted.left_out)
    kinds = Counter(q.type for q in deck.questions).most_common()
    detail = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds, key=lambda kv: (-kv[1], kv[0])))
    echo(f"wrote {plural(len(deck.questions), 'draft question')} to {out} ({detail})")
    if drafted.left_out:
        echo(f"left out {plural(drafted.left_out, 'less likely question')}; --all offers them")
    echo("review each one, then remove its draft: true; `quiz check` lists those left")


@click.command("coverage", short_help="Show which parts of a document no question in DECK cites.")
@click.argument("deck")
@click.argument("document", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--source-id", help="Which of the deck's sources DOCUMENT is (default: guessed).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def coverage_command(deck: str, document: Path, source_id: str | None, as_json: bool) -> None:
    """Show which sections, pages and facts of DOCUMENT no question in DECK cites."""
    from quiz.authoring.coverage import coverage
    from quiz.authoring.coverage_view import render_plain, render_rich
    from quiz.authoring.drafting.files import read_document
    from quiz.bank.library import load_decks
    from quiz.core.errors import UsageError

    decks = load_decks([deck], reading_bar)
    if len(decks) != 1:
        raise UsageError(f"{deck}: holds {len(decks)} decks; give one deck file")
    report = coverage(decks[0], read_document(document), source_id)
    if as_json:
        echo_json(report.to_dict())
    elif sys.stdout.isatty():
        from quiz.core.console import safe_console

        render_rich(report, safe_console())
    else:
        echo_lines(render_plain(report))
