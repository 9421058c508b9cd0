"""HTML (Anki fields, Moodle and Canvas question text) to the plain text a deck holds.

Read with the standard library's :mod:`html.parser` into a small tree, then written
out as text: ``<br>`` and block elements (``div``, ``p``, ``li``, table rows...)
become line breaks, entities are decoded, markup is dropped. What markup carried and
plain text cannot (bold and colours, link targets, sounds) is counted in :class:`Lost`,
never dropped silently; images are the caller's (:func:`images`), since a deck can keep one
per question. Unclosed and stray tags are common in
hand-edited fields and harmless; a tag or comment that never ends would swallow the
text after it, so it is an error (:class:`MalformedHtml`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser

BLOCKS = frozenset(
    (
        *("address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption"),
        *("figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main"),
        *("nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "ul"),
    )
)
VOID = frozenset(
    ("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr")
)
FORMATTING = frozenset(
    (
        *("b", "strong", "i", "em", "u", "s", "strike", "del", "ins", "mark", "font", "sup"),
        *("sub", "small", "big", "code"),
    )
)
SKIPPED = frozenset(("script", "style", "head", "title"))
SOUND_RE = re.compile(r"\[sound:[^\]]*\]")

Lost = Counter  # what could not be carried, by kind: Lost({"formatting": 3})


class MalformedHtml(ValueError):
    """HTML whose text cannot be read safely (a tag or comment that never ends)."""


@dataclass
class Element:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Element | str] = field(default_factory=list)

    def find_all(self, tag: str) -> list[Element]:
        out = []
        for child in self.children:
            if isinstance(child, Element):
                if child.tag == tag:
                    out.append(child)
                out += child.find_all(tag)
        return out

    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#root")
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        el = Element(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(el)
        if tag not in VOID:
            self.stack.append(el)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Element(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):  # close up to the matching start
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return  # a stray end tag is ignored

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse_html(text: str) -> Element:
    """The fragment as a tree; raises :class:`MalformedHtml` for a tag that never ends."""
    builder = _TreeBuilder()
    builder.feed(text)
    rest = builder.rawdata  # what the parser is still waiting to see the end of
    if rest.startswith("<") and len(rest) > 1 and (rest[1].isalpha() or rest[1] in "/!?"):
        snippet = rest[:30].replace("\n", " ")
        raise MalformedHtml(f"a tag or comment that never ends: {snippet!r}")
    builder.close()
    return builder.root


def html_to_text(text: str, lost: Lost | None = None) -> str:
    """Plain text of an HTML fragment, line breaks kept; what is dropped goes to ``lost``."""
    lost = Lost() if lost is None else lost
    sounds = SOUND_RE.findall(text)
    if sounds:
        lost["sound"] += len(sounds)
        text = SOUND_RE.sub("", text)
    if "<" not in text and "&" not in text:
        return tidy(text)
    out: list[str] = []
    seen: set[str] = set()
    _write(parse_html(text), out, seen)
    for kind in sorted(seen):
        lost[kind] += 1
    return tidy("".join(out))


def _write(el: Element, out: list[str], seen: set[str]) -> None:
    for child in el.children:
        if isinstance(child, str):
            out.append(child.replace("\n", " "))
            continue
        tag = child.tag
        if tag in SKIPPED:
            continue
        if tag == "br":
            out.append("\n")
        elif tag in ("audio", "video", "object", "iframe", "svg", "math"):
            seen.add(tag if tag in ("audio", "video") else "embedded object")
            continue
        if tag in FORMATTING or "style" in child.attrs or (tag == "span" and child.attrs):
            seen.add("formatting (bold, italics, colours)")
        if tag == "a" and child.attrs.get("href"):
            seen.add("link target")
        block = tag in BLOCKS
        if block:
            _line_break(out)
        if tag in ("td", "th") and not _at_line_start(out):
            out.append(" | ")
        _write(child, out, seen)
        if block:
            _line_break(out)


def _at_line_start(out: list[str]) -> bool:
    for piece in reversed(out):
        if piece.strip(" "):
            return piece.rstrip(" ").endswith("\n")
    return True


def _line_break(out: list[str]) -> None:
    """End the line, unless it has just ended (``<br>`` alone makes blank lines)."""
    if not _at_line_start(out):
        out.append("\n")


def tidy(text: str) -> str:
    """Spaces collapsed within lines, no blank lines at the ends or more than one between."""
    text = text.replace("\xa0", " ").replace("\r\n", "\n").replace("\r", "\n")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return re.sub(r"(?<=\S) \| ", " | ", text).strip().removeprefix("| ").strip()


def images(text: str) -> list[str]:
    """The ``src`` of every image in the fragment, in order."""
    if "<img" not in text.lower():
        return []
    return [el.attrs.get("src", "") for el in parse_html(text).find_all("img")]


def lose_images(text: str, lost: Lost) -> None:
    """Count the fragment's images as lost (formats whose images quiz cannot fetch)."""
    if found := images(text):
        lost["image"] += len(found)
