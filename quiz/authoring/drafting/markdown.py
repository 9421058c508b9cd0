"""Split a document's lines into blocks: paragraphs, headings, list items and captions.

Plain text and Markdown share this pass. Lines are joined into paragraphs at blank
lines. A bulleted line and the more deeply indented lines under it are one list item,
so a shop blurb under "• How Hitler Came To Power" goes with its bullet. Markdown adds
``#`` and underlined headings, images (captions), links (kept as their text), emphasis
and code fences (dropped).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quiz.authoring.drafting import boilerplate as bp


@dataclass(frozen=True)
class Block:
    text: str
    heading: int | None = None  # Markdown heading level
    item: bool = False  # a list item
    caption: bool = False  # a Markdown image or a wholly emphasised line


_BULLET = re.compile(r"^\s*(?:[•●▪◦‣·*+\-–]|\d{1,3}[.)])\s+(\S.*)$")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_UNDERLINE = re.compile(r"^(=+|-+)$")
_MD_RULE = re.compile(r"^(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")
_MD_IMAGE_LINE = re.compile(r"^!\[[^\]]*\]\([^)]*\)\s*$")
_MD_EMPHASIS_LINE = re.compile(r"^([*_])(?![*_\s]).*[^*_\s]\1$")
_MD_LINK_DEFINITION = re.compile(r"^\[[^\]]+\]:\s+\S+")
_MD_FENCE = re.compile(r"^(```|~~~)")
_INLINE = (
    (re.compile(r"<!--.*?-->"), ""),
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), ""),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),
    (re.compile(r"`([^`]*)`"), r"\1"),
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?!\w)"), r"\1"),
    (re.compile(r"(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?!\w)"), r"\1"),
    (re.compile(r"</?[a-zA-Z][^>]*>"), ""),
)


def normalise(text: str) -> str:
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\u00a0", " ").replace("\u200b", "").expandtabs(4)


def inline_markdown(text: str) -> str:
    for pattern, repl in _INLINE:
        text = pattern.sub(repl, text)
    return text.strip()


def blocks_of(text: str, *, markdown: bool) -> tuple[list[Block], list[str]]:
    """The document's blocks in order, and the text of blocks dropped on the way."""
    splitter = _Splitter(markdown)
    lines = normalise(text).split("\n")
    if markdown and lines and lines[0].strip() == "---" and "---" in (s.strip() for s in lines[1:]):
        lines = lines[[s.strip() for s in lines].index("---", 1) + 1 :]
    for line in lines:
        splitter.line(line)
    splitter.close()
    return splitter.blocks, splitter.dropped


class _Splitter:
    def __init__(self, markdown: bool):
        self.markdown = markdown
        self.blocks: list[Block] = []
        self.dropped: list[str] = []
        self.para: list[str] = []
        self.item: list[str] | None = None
        self.item_indent = 0
        self.fenced = False

    def line(self, raw: str) -> None:
        stripped = raw.strip()
        if self.markdown:
            if _MD_FENCE.match(stripped):
                self.close()
                self.fenced = not self.fenced
                return
            if self.fenced:
                return
            stripped = re.sub(r"^(?:>\s?)+", "", stripped).strip()
            if self.markdown_line(stripped):
                return
            stripped = inline_markdown(stripped)
        if not stripped:
            self.close_para()
            return
        indent = len(raw) - len(raw.lstrip())
        bullet = _BULLET.match(raw)
        if bullet and not (self.markdown and _MD_RULE.match(raw.strip())):
            self.close()
            self.item = [inline_markdown(bullet[1]) if self.markdown else bullet[1].strip()]
            self.item_indent = indent
        elif self.item is not None and indent > self.item_indent:
            self.item.append(stripped)
        elif bp.is_credit_line(stripped):
            self.dropped.append(stripped)
        elif bp.is_reference_line(stripped):  # a block of its own: its pages are not the text's
            self.close()
            self.para.append(stripped)
        else:
            self.close_item()
            self.para.append(stripped)

    def markdown_line(self, stripped: str) -> bool:
        """Handle a line that only Markdown gives meaning to; True if it was one."""
        heading = _MD_HEADING.match(stripped)
        if heading:
            self.close()
            self.blocks.append(Block(inline_markdown(heading[2]), heading=len(heading[1])))
        elif _MD_UNDERLINE.match(stripped) and len(self.para) == 1:
            level = 1 if stripped[0] == "=" else 2
            self.blocks.append(Block(self.para.pop(), heading=level))
        elif _MD_RULE.match(stripped):
            self.close()
        elif _MD_IMAGE_LINE.match(stripped) or _MD_LINK_DEFINITION.match(stripped):
            self.close()
            self.dropped.append(stripped)
        elif _MD_EMPHASIS_LINE.match(stripped) and not self.para and self.item is None:
            self.blocks.append(Block(inline_markdown(stripped), caption=True))
        else:
            return False
        return True

    def close_para(self) -> None:
        if self.para:
            self.blocks.append(Block(" ".join(self.para)))
            self.para = []

    def close_item(self) -> None:
        if self.item is None:
            return
        if any(bp.is_boilerplate(line) for line in self.item):
            self.dropped.append("\n".join(self.item))
        else:
            self.blocks.append(Block(" ".join(self.item), item=True))
        self.item = None

    def close(self) -> None:
        self.close_para()
        self.close_item()
