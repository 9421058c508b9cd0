"""HTML boxes inside Markdown: what a box's ``data-type`` or class says it holds, and
where an HTML block ends so the Markdown inside it is read as Markdown.

Textbook exports and lessons wrap objectives, exercises, solutions, figures and made-up
cases ("Marisa, a 52-year-old woman, ...") in boxes whose class names them; those are set
aside (:func:`aside_kind`). Pandoc's fenced divs (``::: callout``) are read as the same.
"""

from __future__ import annotations

import re

from quiz.authoring.drafting.text import word_set

SET_ASIDE = word_set(
    "abstract learning-objectives objectives exercise problem solution media figure title "
    "equation commentary review-questions check-understanding challenge questions "
    "discussion instructor prereq hint spoiler quiz scenario table image math example "
    "code-cell dropdown review prerequisites"
)
# a box that tells a made-up case ("Marisa, a 52-year-old woman, ..."): a story, no facts
_SCENARIO = ("clinical-focus", "case-study", "case-in-point", "scenario", "vignette")
DATA_TYPE = re.compile(r"""(?:data-type|class)\s*=\s*["']([^"']*)["']""")
_BLOCK_TAGS_LINE = re.compile(
    r"^[ \t]*((?:</?(?:div|section|aside|figure|details|table|thead|tbody|tr)\b[^>\n]*>[ \t]*)+)$",
    re.I,
)
_FENCE = re.compile(r"^[ \t]*(```|~~~)")
_FENCED_DIV = re.compile(
    r"^[ \t]*:{3,}[ \t]*(?:\{[^}]*?\.([\w-]+)[^}]*\}|([A-Za-z][\w-]*))?[ \t:]*$"
)


def open_html_blocks(text: str) -> str:
    """End each HTML block after a line of nothing but block tags, so the Markdown inside
    ``<div markdown="1">`` is read as Markdown (kramdown's rule), headings included.
    Pandoc's fenced divs (``::::: callout`` ... ``:::::``) become such divs too."""
    out, fenced = [], False
    for line in text.split("\n"):
        if _FENCE.match(line):
            fenced = not fenced
        div = None if fenced else _FENCED_DIV.match(line)
        if div:
            name = div[1] or div[2]
            out.append(f'\n<div class="{name}">\n' if name else "\n</div>\n")
            continue
        tags = None if fenced else _BLOCK_TAGS_LINE.match(line)
        out.append(f"{tags[1]}\n" if tags else line)
    return "\n".join(out)


def aside_kind(word: str) -> str:
    """The kind of box a class word sets aside ("clinical-focus-opener": a scenario)."""
    word = word.casefold()
    if word in SET_ASIDE:
        return word
    return "scenario" if word.startswith(_SCENARIO) else ""
