"""MyST (Jupyter Book, Sphinx) markup inside Markdown, read before the Markdown parser.

A directive opens with a colon or backtick fence and a name in braces (``:::{figure} x.png``,
````` ```{note} `````). Its option lines (``:width: 80%``, ``:name: fig-x``, ``:alt: ...``,
``:class: tip``, or YAML between two ``---`` lines) are never text: a figure's width is
no fact. A code cell (````` ```{code-cell} `````) stays a code block, so its comments
are no headings. Any other directive becomes a fenced div of its name
(:mod:`~quiz.authoring.drafting.markdown_html` sets aside figures, tables, exercises,
quizzes, worked examples and math, and reads notes and tips as text); an admonition
titled "Example: ..." is a worked example. The argument on the opening line is
a title or a path, not prose, and goes, and so does a Jupytext cell break (``+++
{"slideshow": ...}``).

A role keeps what it shows (``{term}`pipe``` -> pipe), except a citation or a reference
(``{cite:t}`cox1964```, ``{numref}`fig-1```): in brackets it goes, in running text
("According to {numref}`fig5`, ...") it points elsewhere, and the sentence asks nothing
(it reads as a "[link]" pointer). A target line (``(fig-x)=``) goes.
Math is no prose: a ``$$`` block goes, and an inline ``$...$`` holding TeX
(``$\\pm 0.3$``) reads as "…", so no number inside it is asked. Money stays money: "$20.8
billion and $6 billion" is no math (a closing ``$`` follows no space, as in Pandoc).
"""

from __future__ import annotations

import re

from quiz.authoring.drafting.text import word_set

_OPEN = re.compile(r"^([ \t]*)(:{3,}|`{3,}|~{3,})[ \t]*\{([\w:.-]+)\}[ \t]*(.*)$")
_CLOSE = re.compile(r"^[ \t]*(:{3,}|`{3,}|~{3,})[ \t]*$")
_OPTION = re.compile(r"^[ \t]*:[\w-]+:(?:[ \t].*)?$")
_TARGET = re.compile(r"^[ \t]*\([\w:.-]+\)=[ \t]*$")
_TEX_LINE = re.compile(r"^\\[A-Za-z]+\*?(?:\{[^{}\n]*\})*[ \t]*$")  # "\mainmatter": a book's markup
_CELL_BREAK = re.compile(r"^\+\+\+[ \t]*(?:\{.*\})?[ \t]*$")  # a Jupytext notebook's cell break
_CODE = word_set(  # a MyST code cell, or an R Markdown or Quarto chunk: "```{r}"
    "code-cell code code-block sourcecode ipython r python julia bash sh sql stan cpp rcpp js "
    "ojs octave matlab"
)
_ROLE = re.compile(r"\{([\w:-]+)\}`([^`\n]*)`")
_HIDDEN_ROLES = re.compile(r"^(?:cite|footcite|numref|ref|eq|doc|download|prf:ref|label)(?::\w+)?$")
_DISPLAY_MATH = re.compile(r"^[ \t]*\$\$[^$]{0,20000}\$\$[ \t]*$", re.M)  # bounded: linear
_INLINE_MATH = re.compile(r"(?<![$\\])\$(?=\S)([^$\n]{1,300}?)(?<=\S)\$")
_REF = "\x00"  # where a reference stood, until the brackets around it are read
_JOIN = r"[ \t;,]|e\.g\.|see|also|cf\.|and"
_EMPTY_BRACKETS = re.compile(rf"[ \t]?\((?:{_JOIN})*\x00(?:\x00|{_JOIN})*\)")  # "(see {cite}`a`)"
_TEX = re.compile(r"[\\^_{}=]")
_EXAMPLE_TITLE = re.compile(r"^(?:worked\s+)?examples?\b", re.I)


_TIGHT_HEADING = re.compile(r"^(#{2,6})(?=[^\s#])", re.M)  # "##Scales of measurement"
_NOTE_LINK = re.compile(r"\[\^?\d{1,3}\^?\]\([^()\s]{0,300}\)")  # "[^11^](/endnotes/#note-11)"


def read_myst(text: str) -> str:
    """Directives as fenced divs without their options, roles as their text, math out;
    a heading written without its space, and a footnote linked to an endnotes page."""
    text = _NOTE_LINK.sub("", _TIGHT_HEADING.sub(r"\1 ", text))
    text = _R_INLINE.sub(_r_inline, text)
    if not any(mark in text for mark in ("{", "$", ")=", "+++", "\\")):
        return text
    text = _DISPLAY_MATH.sub("", text)
    out: list[str] = []
    closers: list[str] = []  # the fence that closes each open directive, innermost last
    options = False  # just after a directive's opening line
    fenced = False  # inside its options' "---" block
    code = ""  # the fence of the code cell being read, whose lines stay code
    for line in text.split("\n"):
        if code:
            closed = _CLOSE.match(line)
            if closed and closed[1][0] == code[0] and len(closed[1]) >= len(code):
                code = ""
            out.append(line)
            continue
        opened = _OPEN.match(line)
        if opened and opened[2][0] != ":" and opened[3] in _CODE:
            code = opened[2]  # "```{code-cell} ipython3": a fenced code block as it stands
            out.append(line)
            continue
        if opened:
            indent, fence, name, argument = opened.groups()
            if name == "admonition" and _EXAMPLE_TITLE.match(argument):
                name = "example"
            elif name == "admonition" and argument.strip():  # "Learning Objectives": a box
                name = re.sub(r"\W+", "-", argument.strip().casefold()).strip("-")  # of its kind
            closers.append(fence)
            out.append(f"{indent}:::{{.{name.rsplit(':', 1)[-1]}}}")  # glue:figure: a figure
            options = True
            continue
        if options and line.strip() == "---":
            options = fenced = not fenced  # options as YAML between two "---" lines
            continue
        if options and (fenced or _OPTION.match(line)):
            continue
        options = False
        closed = _CLOSE.match(line)
        fence = closers[-1] if closers else ""
        if closed and fence and closed[1][0] == fence[0] and len(closed[1]) >= len(fence):
            closers.pop()
            out.append(":::")
            continue
        if _TARGET.match(line) or _CELL_BREAK.match(line) or _TEX_LINE.match(line):
            continue
        out.append(line)
    text = "\n".join(out)
    text = _ROLE.sub(lambda m: _REF if _HIDDEN_ROLES.match(m[1]) else m[2], text)
    text = _EMPTY_BRACKETS.sub("", text)  # "(see e.g., {cite:t}`cox1963`)" leaves nothing
    # in running text a reference is the sentence's subject or object ("According to
    # {numref}`fig5`, ...", "adopted by {cite}`Cagan`"): the sentence points elsewhere
    text = text.replace(_REF, "[link]")
    return _INLINE_MATH.sub(lambda m: "…" if _math(m[1]) else m[0], text)


# R Markdown's inline code is replaced by its value when the book is built: a quoted name
# shows as that name ("`r ttcode("AER")`" -> "AER"), anything else as "…"
_R_INLINE = re.compile(r"`r\s+([^`\n]{1,200})`")


def _r_inline(m: re.Match[str]) -> str:
    quoted = re.fullmatch(r"""[\w.:]*\(\s*["']([^"']{1,60})["']\s*\)""", m[1].strip())
    return f"`{quoted[1]}`" if quoted else "…"


def _math(inner: str) -> bool:
    """TeX, or a lone number or letter set as math ("a $1$ in the corner"), never money."""
    return bool(_TEX.search(inner) or re.fullmatch(r"\d+(?:\.\d+)?|[A-Za-z]", inner))
