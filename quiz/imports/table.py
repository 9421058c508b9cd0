"""Two-column text files to a deck: Quizlet's export, Anki's notes as text, plain CSV/TSV.

Anki's text files start with ``#key:value`` lines (``#separator:tab``, ``#html:true``,
``#guid column:1``, ``#notetype column:2``, ``#deck column:3``, ``#tags column:5``,
``#columns:Front<tab>Back``): those columns become ids (the note GUID, as the ``.apkg``
import makes them), the question type (Cloze, Basic (and reversed card)), tags and,
below the top deck, a tag each. Without the header the separator is the one every
line has (tab, comma, semicolon, pipe, or Quizlet's " - "); Quizlet's "semicolon
between rows" gives one line of ``term<tab>definition;`` rows. A first row that
names its columns (front/back, term/definition, question/answer...) is a header, and
``--front``/``--back`` choose columns by that name or by number (1 = first).
"""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path

from quiz.bank.model import Cloze, Flashcard, Question, Short
from quiz.imports.cleaning import clean
from quiz.imports.files import read_text_file
from quiz.imports.html_text import Lost, MalformedHtml, html_to_text, lose_images
from quiz.imports.options import ImportOptions
from quiz.imports.result import (
    BadInput,
    DeckBuilder,
    ImportResult,
    path_tag,
    short_hash,
    text_id,
)

SEPARATORS = {"tab": "\t", "comma": ",", "semicolon": ";", "space": " ", "pipe": "|", "colon": ":"}
_GUESSES = ("\t", ",", ";", "|", " - ")
FRONTS = {"front", "term", "question", "prompt", "word", "text"}
BACKS = {"back", "definition", "answer", "meaning", "back extra"}
EXPLANATIONS = {"explanation", "extra", "notes", "note", "back extra"}


def read(path: Path, options: ImportOptions) -> ImportResult:
    text = read_text_file(path, "a CSV or TSV file")
    header: dict[str, str] = {}
    lines = text.split("\n")
    while lines and lines[0].startswith("#") and ":" in lines[0]:
        key, _, value = lines.pop(0)[1:].partition(":")
        header[key.strip().lower()] = value.strip()
    body = "\n".join(lines)
    rows = _rows(body, header)
    if not rows:
        raise BadInput(
            f"{path}: has no separator between front and back on every line"
            " (a tab, comma, semicolon, | or ' - ')"
        )
    builder = DeckBuilder(path, "Anki text" if header else "CSV", "Anki" if header else "CSV",
                          options.media_folder)  # fmt: skip
    columns = _columns(header, rows, options, path)
    html = header.get("html", "false").lower() == "true"
    lost = builder.lost
    first = 2 if columns.get("header") else 1
    tops = {_cell(row, columns.get("deck")).split("::")[0] for row in rows[first - 1 :]}
    root = tops.pop() if len(tops) == 1 else ""
    for number, row in enumerate(rows[first - 1 :], start=first):
        if not any(cell.strip() for cell in row):
            continue
        try:
            parsed = _question(row, columns, html, lost)
        except MalformedHtml as e:
            raise BadInput(f"{path}: row {number}: {e}") from None
        if parsed is None:
            continue
        question, explanation = parsed
        deck = _cell(row, columns.get("deck"))
        tags = [t.replace("::", "-") for t in _cell(row, columns.get("tags")).split()]
        below = deck.split("::")[1:] if root else [p for p in deck.split("::") if p]
        tags += [path_tag(below)] if below else []
        guid = _cell(row, columns.get("guid"))
        question = replace(
            question,
            id="note-" + short_hash(guid, 10) if guid else text_id(question.prompt_text),
            tags=tuple(tags),
            explanation=explanation or None,
            citations=builder.cite(deck or f"row {number}"),
        )
        builder.add(question, "CSV row", f"row {number}")
    return builder.result(root or path.stem)


def _separator(body: str, header: dict[str, str]) -> str | None:
    given = header.get("separator")
    if given:
        return SEPARATORS.get(given.lower(), given)
    lines = [line for line in body.split("\n") if line.strip()]
    for candidate in _GUESSES:
        if sum(candidate in line for line in lines) >= 0.8 * len(lines):
            return candidate
    return None


def _rows(body: str, header: dict[str, str]) -> list[list[str]]:
    lines = [line for line in body.split("\n") if line.strip()]
    if not header and len(lines) == 1 and ";" in lines[0]:  # Quizlet: rows split by ";"
        body = "\n".join(part for part in lines[0].split(";") if part.strip())
    sep = _separator(body, header)
    if sep is None:
        return []
    if len(sep) > 1:
        return [[cell.strip() for cell in line.split(sep, 1)] for line in body.split("\n")
                if line.strip()]  # fmt: skip
    return [row for row in csv.reader(io.StringIO(body), delimiter=sep) if row]


def _cell(row: list[str], index: int | None) -> str:
    return row[index].strip() if index is not None and index < len(row) else ""


def _field(row: list[str], index: int | None, html: bool, lost: Lost) -> str:
    value = _cell(row, index)
    if not html:
        return clean(value)
    lose_images(value, lost)
    return html_to_text(value, lost)


def _columns(
    header: dict[str, str], rows: list[list[str]], options: ImportOptions, path: Path
) -> dict:
    """Column index (0-based) by role: front, back, explanation, tags, deck, guid, notetype."""
    out: dict = {}
    for role in ("guid", "notetype", "deck", "tags"):
        if (number := header.get(f"{role} column", "")).isdigit():
            out[role] = int(number) - 1
    names = []
    if header.get("columns"):
        names = [n.strip().lower() for n in header["columns"].split(_separator("", header) or "\t")]
    elif (
        not header
        and any(c.strip().lower() in FRONTS for c in rows[0])
        and any(c.strip().lower() in BACKS for c in rows[0])
    ):
        names = [c.strip().lower() for c in rows[0]]
    width = max(len(row) for row in rows)
    fields = [i for i in range(width) if i not in out.values()]
    out["header"] = bool(names) and not header

    def pick(given: str | None, known: set[str], fallback: int, flag: str) -> int | None:
        if given:
            if given.isdigit() and 0 < int(given) <= width:
                return int(given) - 1
            if given.lower() in names:
                return names.index(given.lower())
            have = ", ".join(names) if names else f"{width} unnamed columns"
            raise BadInput(f"{path}: {flag} {given!r} is not a column (it has {have})")
        named = [i for i, n in enumerate(names) if n in known and i in fields]
        return named[0] if named else (fields[fallback] if fallback < len(fields) else None)

    out["front"] = pick(options.front, FRONTS, 0, "--front")
    out["back"] = pick(options.back, BACKS - {"back extra"}, 1, "--back")
    rest = [i for i in fields if i not in (out["front"], out["back"])]
    explanation = [i for i in rest if i < len(names) and names[i] in EXPLANATIONS]
    if explanation:
        out["explanation"] = explanation[0]
    out["unused"] = [i for i in rest if i not in explanation[:1]]
    if out["front"] is None or out["back"] is None:
        raise BadInput(f"{path}: needs two columns, front and back; found {width}")
    return out


def _question(row: list[str], columns: dict, html: bool, lost: Lost) -> tuple[Question, str] | None:
    """The row's question (id and common fields are the caller's) and its explanation."""
    notetype = _cell(row, columns.get("notetype")).lower()
    front = _field(row, columns["front"], html, lost)
    back = _field(row, columns["back"], html, lost)
    explanation = _field(row, columns.get("explanation"), html, lost)
    for index in columns["unused"]:
        if _cell(row, index):
            lost["value in a column that is not front, back or explanation"] += 1
    if "cloze" in notetype:  # an empty side is left out, named, by DeckBuilder.add
        return Cloze(id="x", text=front), back
    if "type in" in notetype:
        return Short(id="x", prompt=front, answer=back), explanation
    reverse = "reverse" in notetype
    return Flashcard(id="x", front=front, back=back, reverse=reverse), explanation
