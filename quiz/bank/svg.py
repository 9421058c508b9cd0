"""An SVG image must hold everything it draws: the one check of what it links to.

An SVG may pull in other files (``<image href="/etc/passwd">``, ``xlink:href="../x.png"``,
``<use href="other.svg#a">``, CSS ``url(...)`` or ``@import``). Sharing a deck must not
share anything else from the author's disk, and Typst refuses such a file only when the
exam is built; so ``quiz check`` refuses it at the image field. Only references inside the
file (``#id``) and ``data:`` URIs are allowed. The file is parsed only after a DOCTYPE or
an entity declaration is refused, so no entity is ever expanded (no "billion laughs").
"""

from __future__ import annotations

import re
from xml.etree import ElementTree as ET

_DECLARATION = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_CSS_URL = re.compile(r"url\(\s*(['\"]?)(.*?)\1\s*\)|@import", re.IGNORECASE | re.DOTALL)
_LINKING = ("href", "src")  # attribute local names that name another file


def svg_problem(data: bytes) -> str | None:
    """Why the SVG ``data`` cannot be used, in words that follow the image's name."""
    if _DECLARATION.search(data):
        return "declares a DOCTYPE or entities; remove them (an SVG image needs neither)"
    try:
        root = ET.fromstring(data)
    except ET.ParseError as e:
        line, column = e.position
        return (
            f"is not well-formed SVG (line {line}, column {column + 1}); "
            "open it in an SVG editor and save it again"
        )
    for element in root.iter():
        tag = _local(str(element.tag))
        for name, value in element.attrib.items():
            if _local(name) in _LINKING and not _inside(value):
                return _links(value, f"<{tag} {_local(name)}>")
            if bad := _css_link(value):
                return _links(bad, f"<{tag} {_local(name)}>")
        if tag == "style" and (bad := _css_link(element.text or "")):
            return _links(bad, "<style>")
    return None


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def _inside(reference: str) -> bool:
    reference = reference.strip()
    return reference.startswith("#") or reference.lower().startswith("data:")


def _css_link(css: str) -> str | None:
    for m in _CSS_URL.finditer(css):
        if m[0].lower() == "@import":
            return "@import"
        if not _inside(m[2]):
            return m[2]
    return None


def _links(reference: str, where: str) -> str:
    shown = reference.strip()[:60]
    return (
        f"links to {shown!r} (in {where}); an SVG image must hold all it shows: "
        "embed it as a data: URI, or remove the link"
    )
