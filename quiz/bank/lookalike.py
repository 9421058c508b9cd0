"""Text that reads other than it looks: what `quiz check` warns about.

- hidden characters: bidirectional overrides and isolates (U+202A-202E, U+2066-2069)
  show text in another order than it is stored; zero-width and other invisible
  characters make two equal-looking words differ;
- a word mixing Latin with Cyrillic or Greek letters ('Pаris' with a Cyrillic а):
  a learner typing it on their keyboard is marked wrong;
- two options, items or match sides identical to the eye ('Paris' and 'Pаris'):
  the learner cannot tell them apart.

Pure text functions; :mod:`quiz.bank.rules` runs them on every question.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

BIDI = {chr(c) for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]}
INVISIBLE = {"\u200b", "\u2060", "\ufeff", "\u00ad", "\u180e", "\u2061", "\u2062", "\u2063"}
# Cyrillic and Greek letters drawn like a Latin one in common fonts.
LATIN_TWINS = str.maketrans(
    "аеорсухіјѕԁһԛԝӏАВЕКМНОРСТХІЈЅҮԚԜοναΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijsdhqwlABEKMHOPCTXIJSYQWovaABEZHIKMNOPTYX",
)
_WORD = re.compile(r"\w+")


def hidden_character(text: str) -> str | None:
    """A warning about the first override or invisible character in ``text``, or None."""
    if text.isascii():
        return None
    for c in text:
        if c in BIDI:
            return (
                f"contains {_name(c)}, which shows the text in another order than it reads; "
                "remove it"
            )
        if c in INVISIBLE:
            return f"contains the invisible {_name(c)}; remove it"
    return None


def mixed_script(text: str) -> str | None:
    """A warning about the first word mixing Latin with Cyrillic or Greek letters."""
    if text.isascii():
        return None
    for word in _WORD.findall(text):
        scripts = {_script(c) for c in word if c.isalpha()} - {None}
        if "LATIN" in scripts and len(scripts) > 1:
            odd = next(c for c in word if c.isalpha() and _script(c) not in (None, "LATIN"))
            return (
                f"{word!r} mixes Latin with {_script(odd, proper=True)} letters ({_name(odd)});"
                " a learner typing it will be marked wrong: retype the word"
            )
    return None


def look_alikes(texts: Sequence[str]) -> list[tuple[int, int, str]]:
    """(i, j, what differs) for each text ``j`` identical to the eye to an earlier ``i``."""
    first: dict[str, int] = {}
    found = []
    for j, text in enumerate(texts):
        key = skeleton(text)
        i = first.setdefault(key, j)
        if i != j and texts[i] != text:
            found.append((i, j, _difference(texts[i], text)))
    return found


def skeleton(text: str) -> str:
    """How ``text`` looks: compatibility forms folded, invisible characters dropped,
    Cyrillic and Greek twins of Latin letters made Latin."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKC", text)
    text = "".join(c for c in text if unicodedata.category(c) != "Cf" and c not in INVISIBLE)
    return text.translate(LATIN_TWINS)


def _difference(a: str, b: str) -> str:
    odd = next((y for x, y in zip(a, b, strict=False) if x != y), None)
    odd = odd or next((c for c in b if c not in a), None)
    return f"the second has {_name(odd)}" if odd else "they differ in invisible characters"


def _name(c: str) -> str:
    return f"U+{ord(c):04X} {unicodedata.name(c, 'character')}"


def _script(c: str, proper: bool = False) -> str | None:
    name = unicodedata.name(c, "")
    for script in ("LATIN", "CYRILLIC", "GREEK"):
        if name.startswith(script):
            return script.title() if proper else script
    return None
