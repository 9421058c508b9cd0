"""Which fonts an exam needs, and which characters no font here can print.

Typst's embedded fonts (Libertinus Serif, New Computer Modern, DejaVu Sans Mono)
cover Latin, Greek, Cyrillic and Hebrew, so most exams use only them and look the
same on every machine. Chinese, Japanese, Korean, emoji and other scripts need the
machine's fonts: when the deck text has characters the embedded fonts lack, the
exam is compiled with the system fonts too (Typst falls back to whichever covers a
character), and any character no font covers is reported with the question that
has it, instead of printing as an empty box.

Whether a font has a glyph is asked of Typst itself: a probe document sets each
character on its own line as SVG, and a character drawn with the same glyph as a
private-use code point that no font has (U+10FFFD) is missing.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping

NO_GLYPH = "\U0010fffd"  # a private-use code point: every font draws its "missing" box
PROBE = b"""#set page(width: auto, height: auto, margin: 0pt)
#set text(font: "Libertinus Serif")
#for c in json(bytes(sys.inputs.chars)) { block(text(c)) }
"""
_GROUP = re.compile(r'<g transform="[^"]*">(.*?)</g>', re.S)
_GLYPH = re.compile(r'href="#(g[0-9A-Fa-f]+)"')


def characters(text: str) -> set[str]:
    """The characters of ``text`` that need a glyph (not spaces, controls, invisible
    format characters or combining marks, which ride on the letter before them)."""
    return {c for c in text if unicodedata.category(c)[0] not in "ZM" and
            unicodedata.category(c) not in ("Cc", "Cf", "Cs")}  # fmt: skip


def missing(chars: Iterable[str], system_fonts: bool) -> set[str]:
    """The characters that neither the embedded fonts nor (if asked) the system's draw."""
    import typst

    probe = [NO_GLYPH, *sorted(set(chars))]
    svg = typst.compile(
        PROBE,
        format="svg",
        ignore_system_fonts=not system_fonts,
        sys_inputs={"chars": json.dumps(probe)},
    )
    if not isinstance(svg, bytes):
        return set()
    glyphs = [_GLYPH.findall(group) for group in _GROUP.findall(svg.decode().split("<defs>")[0])]
    if len(glyphs) != len(probe) or not glyphs[0]:
        return set()  # not the shape we know: print, and let the reader see
    notdef = glyphs[0][0]
    return {c for c, used in zip(probe[1:], glyphs[1:], strict=True) if notdef in used}


def font_plan(texts: Mapping[str, str]) -> tuple[bool, list[str]]:
    """Whether the system's fonts are needed for ``texts`` (where -> text), and a
    warning per place with characters that no font here can print."""
    needing, warnings = fonts_needed(texts)
    return bool(needing), warnings


def fonts_needed(texts: Mapping[str, str]) -> tuple[set[str], list[str]]:
    """The places among ``texts`` whose text needs the system's fonts, and a warning per
    place with characters that no font here can print: one probe for many documents."""
    chars = {where: characters(text) for where, text in texts.items()}
    beyond = missing(set().union(*chars.values()), system_fonts=False)
    if not beyond:
        return set(), []
    unprintable = missing(beyond, system_fonts=True)
    warnings = []
    for where in texts:
        lacking = sorted(chars[where] & unprintable)
        if lacking:
            shown = " ".join(f"{c} (U+{ord(c):04X})" for c in lacking[:5])
            more = f" and {len(lacking) - 5} more" if len(lacking) > 5 else ""
            warnings.append(
                f"{where}: no font on this machine has {shown}{more}; they print as empty "
                "boxes: install a font that covers them (see docs/exams.md#fonts)"
            )
    return {where for where in texts if chars[where] & beyond}, warnings
