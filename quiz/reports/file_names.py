"""File names for the students' feedback sheets: readable, safe on every system, unique.

A name comes from the response sheet, so it may be anything: ``../../etc/passwd``,
``<script>``, ``CON``, an invisible right-to-left override that shows ``Ann.exe`` as
``Annexe.pdf``, or two students both called Li. The file name keeps the name's
letters and digits (any script, composed as NFC) joined by ``-``; everything else
(separators, dots, quotes, controls, format characters) is dropped or becomes a
``-``, so no name can leave the folder, hide as a dot file or run as a device. Names
that still collide, ignoring case as Windows and macOS do, get ``-2``, ``-3`` ... in
sheet order.
"""

from __future__ import annotations

import unicodedata

FALLBACK = "student"
MAX_BYTES = 120  # of the name before ".pdf"; file systems allow 255
# Windows devices: a file named so (with any extension) is the device there.
RESERVED = {"con", "prn", "aux", "nul"} | {f"{d}{n}" for d in ("com", "lpt") for n in range(10)}


def stem(name: str) -> str:
    """The file name (without extension) for a student called ``name``."""
    words, word = [], []
    for c in unicodedata.normalize("NFC", name):
        if unicodedata.category(c)[0] in "LNM":  # letters, digits, combining marks
            word.append(c)
        elif unicodedata.category(c) != "Cf":  # format characters are invisible: dropped
            words.append("".join(word))
            word = []
    words.append("".join(word))
    out = "-".join(w for w in map(_without_leading_marks, words) if w)
    while len(out.encode()) > MAX_BYTES:
        out = out[:-1]
    out = out.strip("-")
    if not out:
        return FALLBACK
    return f"{out}-" if out.casefold() in RESERVED else out


def unique_stems(names: list[str]) -> list[str]:
    """A stem per name, in order; a stem met before (ignoring case) gets -2, -3 ..."""
    taken: set[str] = set()
    out = []
    for name in names:
        base = stem(name)
        candidate, n = base, 1
        while candidate.casefold() in taken:
            n += 1
            candidate = f"{base}-{n}"
        taken.add(candidate.casefold())
        out.append(candidate)
    return out


def _without_leading_marks(word: str) -> str:
    """A combining mark rides on the letter before it: with none, it goes."""
    while word and unicodedata.category(word[0])[0] == "M":
        word = word[1:]
    return word
