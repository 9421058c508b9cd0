"""`quiz exam -o DIR`: every paper, key, the grid, their Markdown and the manifest.

All PDFs are compiled before anything is written, each file is written to a
temporary name and renamed, and the manifest goes last. Files an earlier exam
wrote into the same folder that this exam does not write again, say ``variant-D.pdf``
after rebuilding with three variants, are removed so the folder never mixes two exams.

The manifest records a hash of every file written, and only those hashes make a file
quiz's own: the manifest itself may come from anyone (a folder copied from a
colleague), so a name it lists is removed or replaced only if it is one quiz writes
(``variant-A.pdf``, ``key-grid.md``...) and its bytes are still the ones recorded. A
listed file whose bytes differ (a teacher reworded ``variant-A.md``) is kept as it is,
with a warning; one listed without a hash, or not listed, is not quiz's: kept with a
warning if this exam does not write it, refused unless ``force`` if it does, as
:mod:`quiz.core.files` rules for every output. Nothing else in the folder is touched,
not even with ``force``.

A folder that already holds another exam (another seed, options, title or decks)
is refused unless ``force``: its papers may be printed and handed out, and its
manifest is what grades them. Building the same exam again is harmless.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quiz.core.errors import UsageError
from quiz.core.files import Kind, atomic_path, check_target, make_folder
from quiz.exams.build import Exam
from quiz.exams.fonts import font_plan
from quiz.exams.manifest import MANIFEST_NAME, dump, manifest
from quiz.exams.manifest_reader import ManifestError, load_manifest
from quiz.exams.markdown import grid_markdown, key_markdown, variant_markdown
from quiz.exams.options import DEFAULT_PAPER
from quiz.exams.paper import key_entry, printed
from quiz.exams.pdf import (
    DEFAULT_INSTRUCTIONS,
    Document,
    compile_pdf,
    exam_document,
    grid_document,
    key_document,
)
from quiz.exams.sheet import SheetOptions

OWN_NAME = re.compile(r"(?:variant|key|sheet)-(?:[A-Z]{1,3}|grid)\.(?:pdf|md)")  # file_names
UNWANTED = "delete it if unwanted"
SAME_EXAM = ("seed", "title", "options", "decks")  # manifest keys that make it the same exam


@dataclass
class ExamOutput:
    folder: Path
    files: list[str]
    warnings: list[str] = field(default_factory=list)


def file_names(exam: Exam, sheets: bool = False) -> list[str]:
    """The files the exam is written as, in writing order (the manifest last)."""
    codes = [v.code for v in exam.variants]
    names = [f"variant-{c}.{ext}" for c in codes for ext in ("pdf", "md")]
    names += [f"key-{c}.{ext}" for c in codes for ext in ("pdf", "md")]
    names += ["key-grid.pdf", "key-grid.md"]
    names += [f"sheet-{c}.pdf" for c in codes] if sheets else []
    return [*names, MANIFEST_NAME]


def exam_file(listed: Iterable[str]) -> Kind:
    """A file of the exam: quiz's own if the folder's manifest lists it."""
    names = frozenset(listed)
    return Kind("an exam file", (), lambda path: path.name in names)


def render_exam(
    exam: Exam,
    folder: Path,
    paper: str,
    instructions: str | None,
    sheets: SheetOptions | None = None,
):
    """Every file's name and bytes, in writing order, warnings, and what the manifest
    records beyond the exam itself (the sheets' geometry); no file written."""
    instructions = instructions or DEFAULT_INSTRUCTIONS
    warnings = list(exam.warnings)
    system_fonts, font_warnings = font_plan(printed_texts(exam, instructions))
    warnings += font_warnings

    def pdf(doc: Document) -> bytes:
        doc.system_fonts = system_fonts
        return compile_pdf(doc)

    out: dict[str, bytes] = {}
    for v in exam.variants:
        doc = exam_document(exam, v, paper, instructions, warnings)
        images = {
            str(q["number"]): doc.images[q["image"]] for q in doc.data["questions"] if q["image"]
        }
        out[f"variant-{v.code}.pdf"] = pdf(doc)
        md = variant_markdown(exam, v, instructions, images, folder.resolve())
        out[f"variant-{v.code}.md"] = md.encode()
    for v in exam.variants:
        out[f"key-{v.code}.pdf"] = pdf(key_document(exam, v, paper))
        out[f"key-{v.code}.md"] = key_markdown(exam, v).encode()
    out["key-grid.pdf"] = pdf(grid_document(exam, paper))
    out["key-grid.md"] = grid_markdown(exam).encode()
    extra = {}
    if sheets is not None:
        extra["sheets"] = _render_sheets(exam, paper, instructions, sheets, pdf, out, warnings)
    return out, list(dict.fromkeys(warnings)), extra


def _render_sheets(exam, paper, instructions, options, pdf, out, warnings) -> dict[str, Any]:
    """Each variant's answer sheet into ``out``; the manifest's ``sheets`` entry."""
    from quiz.exams.sheet import sheet_document, sheets_entry

    full = manifest(exam, [], paper, instructions)
    essential = ("number", "deck", "id", "type", "layout", "points", "answer")
    identity = {  # what the sheets' meaning rests on; not how the manifest spells questions
        "seed": full["seed"],
        "title": full["title"],
        "variants": [
            [v["code"], [[q[k] for k in essential] for q in v["questions"]]]
            for v in full["variants"]
        ],
    }
    data, pages, notes = sheets_entry(exam, identity, paper, options)
    warnings += notes
    for v in exam.variants:
        out[f"sheet-{v.code}.pdf"] = pdf(sheet_document(exam, v.code, pages[v.code], data))
    return data


def printed_texts(exam: Exam, instructions: str) -> dict[str, str]:
    """Every text the papers and keys print, by where it comes from (a question's id)."""
    texts = {"the title or instructions": f"{exam.options.title} {instructions}"}
    for v in exam.variants:
        for item in v.questions:
            parts = [printed(item, exam.options.scoring), key_entry(item, exam.options.scoring)]
            texts[f"{item.deck.id}/{item.question.id}"] = " ".join(strings_in(parts))
    return texts


def strings_in(value: object) -> list[str]:
    """Every string in a document's data (dicts, lists and tuples walked)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    return [s for v in value for s in strings_in(v)] if isinstance(value, list | tuple) else []


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_exam(
    exam: Exam,
    folder: Path,
    paper: str = DEFAULT_PAPER,
    instructions: str | None = None,
    force: bool = False,
    sheets: SheetOptions | None = None,
) -> ExamOutput:
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{folder}: is a file; give a folder to write the exam into")
    instructions = instructions or DEFAULT_INSTRUCTIONS
    if not force:
        _refuse_another_exam(folder / MANIFEST_NAME, manifest(exam, [], paper, instructions))
    earlier = _earlier_files(folder)
    recorded = {name: h for name, h in earlier.items() if h}  # listed with what quiz wrote
    kind = exam_file([*recorded, MANIFEST_NAME])  # the manifest: checked above as an exam
    if folder.is_dir():
        for name in file_names(exam, sheets is not None):
            check_target(folder / name, kind, force=force)
    make_folder(folder)
    files, warnings, extra = render_exam(exam, folder, paper, instructions, sheets)
    hashes = {name: digest(data) for name, data in files.items()}
    edited = {} if force else _edited(folder, recorded)
    for name in edited:
        hashes[name] = edited[name]  # what quiz wrote, so the file still reads as edited
        what = (
            "delete it or use --force to rewrite it" if name in files else "delete it if unwanted"
        )
        warnings.append(f"kept {folder / name}: edited by hand since quiz wrote it; {what}")
    written = [name for name in files if name not in edited]
    data = manifest(exam, [*files, MANIFEST_NAME], paper, instructions) | extra
    data["hashes"] = {name: hashes[name] for name in files if name in hashes}
    files[MANIFEST_NAME] = dump(data).encode()
    for name in [*written, MANIFEST_NAME]:
        with atomic_path(folder / name, kind, force=force) as tmp:
            tmp.write_bytes(files[name])
    stale = sorted(earlier.keys() - set(files) - set(edited))
    warnings += _remove_stale(folder, {name: earlier[name] for name in stale})
    return ExamOutput(folder, [*written, MANIFEST_NAME], warnings)


def _edited(folder: Path, recorded: dict[str, str]) -> dict[str, str]:
    """Files an earlier run wrote whose bytes changed since: name -> the hash quiz wrote."""
    edited = {}
    for name, wrote in recorded.items():
        path = folder / name
        if (path.exists() or path.is_symlink()) and _current_hash(path) != wrote:
            edited[name] = wrote
    return edited


def _current_hash(path: Path) -> str | None:
    """The hash of the regular file at ``path`` (not a link); None if it is none or unreadable."""
    try:
        if path.is_symlink() or not path.is_file():
            return None
        return digest(path.read_bytes())
    except OSError:
        return None


def _remove_stale(folder: Path, stale: dict[str, str | None]) -> list[str]:
    """Remove the files an earlier run wrote that this one does not write again, each
    only if its bytes are still what quiz recorded writing; warnings for the rest.

    The manifest is only a list of names (a folder may come from a colleague): a name it
    lists without a hash, or a file whose bytes differ, may be anyone's and is kept."""
    warnings = []
    for name, wrote in stale.items():
        path = folder / name
        if not (path.exists() or path.is_symlink()):
            continue
        if wrote is None or _current_hash(path) != wrote:
            why = "not as quiz wrote it" if wrote else "no record of what quiz wrote"
            warnings.append(
                f"kept {path}: the earlier manifest lists it, but {why}; delete it if unwanted"
            )
            continue
        try:
            path.unlink()
        except OSError as e:
            warnings.append(f"kept {path}: could not remove it ({e.strerror or e})")
    return warnings


def _refuse_another_exam(path: Path, new: dict[str, Any]) -> None:
    """UsageError if ``path`` is a manifest other than this exam's (or not ours at all)."""
    if not path.is_file():
        return
    replace = "choose another folder, or --force to replace it"
    try:
        data = load_manifest(path, as_input=False)
    except ManifestError:
        raise UsageError(f"{path}: not a quiz exam manifest; {replace}") from None
    if any(_identity(data, key) != _identity(new, key) for key in SAME_EXAM):
        raise UsageError(
            f"{path}: an exam with another seed or options is already here "
            f"(seed {data.get('seed')}); its papers may be out: {replace}"
        )


def _identity(data: dict[str, Any], key: str) -> object:
    if key == "decks":  # deck ids: a retitled deck is still the same bank
        decks = data.get("decks")
        return (
            [d.get("id") for d in decks if isinstance(d, dict)] if isinstance(decks, list) else None
        )
    return data.get(key)


def _earlier_files(folder: Path) -> dict[str, str | None]:
    """Names an earlier `quiz exam` run wrote here, per its manifest (ours only), each
    with the hash of what it wrote (None from a manifest written before hashes)."""
    try:
        data = load_manifest(folder / MANIFEST_NAME, as_input=False)
    except ManifestError:
        return {}
    names = data.get("files", [])
    hashes = data.get("hashes")
    hashes = hashes if isinstance(hashes, dict) else {}
    return {
        n: h if isinstance(h := hashes.get(n), str) else None
        for n in names
        if isinstance(n, str) and OWN_NAME.fullmatch(n)
    }
