"""What is never part of a sentence, whatever the document's format.

Control characters (a draft must pass `quiz check`), template macros (``{{HTTPSidebar}}``,
``{% include %}``; a macro that names a term keeps it: ``{{Glossary("TLS")}}`` -> ``TLS``),
kramdown attributes (``{: #fig-1}``, ``{: data-type="term"}``), footnote marks (``[3]``,
``[28][29]``, ``[ii]``, ``[4]:2``, ``[citation needed]``) and a web page's "[edit]" links.
All plain functions over strings, each linear in the length of its text.
"""

from __future__ import annotations

import html
import re

from quiz.core.console import CONTROL_CHARACTERS

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\ufffe\uffff]")
_LINE_SEPARATORS = re.compile("[\u2028\u2029\x85]")
_MACRO = re.compile(r"\{\{([^{}\n]{0,1000})\}\}")
_MACRO_ARG = re.compile(r"""["']([^"']*)["']""")
# a tag may span lines; a match stops at the next opening mark, so unclosed marks stay linear
_LIQUID = re.compile(r"\{%(?:[^%{]|%(?!\})|\{(?!%)){0,1000}%\}|\{#[^#{}\n]{0,1000}#\}")
_ATTRIBUTE = r"(?:[#.][\w:.-]+|-|[\w-]+=(?:\"[^\"\n]*\"|[^\s{}]+))"
# kramdown's "{: #x}", Pandoc's "{#sec:x .unnumbered}", "{ #x }", "{-}" (a fenced div's
# ":::{.figure}" stays: the reader sets the div aside by it)
_ATTRIBUTES = re.compile(
    rf"\{{:[^{{}}\n]*\}}|\{{#[\w:.-]+(?:\s+[^{{}}\n]*)?\}}|(?<!:)\{{\s*{_ATTRIBUTE}(?:\s+{_ATTRIBUTE})*\s*\}}"
)
# pandoc-crossref's "@fig:03375", "[@tbl:x]": a pointer, read as a link
_CROSSREF = re.compile(r"\[?@(?:fig|sec|tbl|eq|lst):[\w:.-]*\w\]?")
FOOTNOTE = re.compile(  # "[12]", "[b]", "[citation needed]", Markdown's "[^8]", "[Pg 23]"
    r"\[(?:\^[\w/.-]{1,20}|\d{1,3}|\d{1,3}:\d{1,3}|[a-z]|[ivx]{1,5}|note \d{1,3}|[a-z] \d{1,3}|"
    r"Pg\.? (?:\d{1,4}|[ivxlc]{1,6})|"  # an e-text's page anchor: "[Pg 23]"
    r"(?i:citation needed|clarification needed|page needed|by whom\?|when\?|"
    r"according to whom\?|who\?|which\?|dubious|"
    r"failed verification|better source needed|verification needed|original research\??))\]"
    r"(?::\s?\d+(?:[-–]\d+)?)?"
    # a superscript or caret number after punctuation or a word: "in 1581.¹", "rebuilt^4"
    # (after a digit it is a power: "10¹¹", "10^6"; after a short unit an exponent: "km²")
    r"|(?:(?<=[.,;:!?)\"”’])|(?<=[A-Za-z]{3}))(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|\^\d{1,3}\^?)(?![\d¹²³⁴⁵⁶⁷⁸⁹⁰])"
    r"|\^\[[^\[\]\n]{0,2000}\]"  # Pandoc's inline note: "^[Well... now this is awkward]"
)
EDIT_MARK = re.compile(r"\s*\[\s*edit(?:\s+source)?\s*\]\s*$", re.I)
# A pointer in brackets at a figure or table: "([link])", "(see Figure 19.6)", "(Table 2)".
_POINTER = re.compile(
    r"\s*\((?:see\s+)?(?:\[link\]|(?:figure|fig\.|table|chart|map)\s+\d+(?:\.\d+)*[a-z]?)"
    r"(?:\s*(?:,|and)\s*(?:\[link\]|\d+(?:\.\d+)*))*\)"
    r"|\s*\(_?(?:q\.\s?v|see\s+(?:above|below))\._?\)"  # "(_q.v._)": see that article
    r"|\s*\((?:see\s+)?(?:figure|fig\.|table)\s+\\?@ref\([^)]*\)\)"  # "(Figure \@ref(fig:x))"
    r"|\s*\(?:(?:numref|ref|eqref|cite|citet|citep|label|doc):`?[^\s`)]*`?\)?"  # "(:numref:`x`)"
    r"|\s*\[-?(?:see\s+)?-?@[^\]\n]*\]"  # Pandoc's "[@doi:10.1/abc; @smith1943]", "[-@smith1943]"
    # R Markdown and LaTeX marks: "\index{GDAL}", "Section @ref(raster-data)", "@lovelace_2019"
    r"|\\(?:index\w*|label|ref|cite[pt]?|[a-z]*cite)\{[^{}]*\}"  # Quarto's "\indexC{x}" too
    r"|\s*\(?(?:(?:in|see)\s+)?(?:section|chapter|figure|fig\.|table)?\s*\\?@ref\([^)]*\)\)?"
    r"|\s*(?<![\w@])@[A-Za-z][\w:.-]*\d{4}[\w:-]*",
    re.I,
)
_SPACES = re.compile(r"[ \t]+")
# Author–year citations: references, not facts (their years are never asked).
_YEAR = r"(?:1[5-9]|20)\d\d[a-z]?"
_YEARS = (  # "1997", "1997, 2003", "1997, p. 4", "1998:92" (a page after a colon)
    rf"(?:{_YEAR}|n\.d\.)(?:\s*,\s*{_YEAR})*"
    r"(?:\s*,\s*(?:pp?\.|ch\.)\s*\d+(?:[-–]\d+)?|\s*:\s*\d+(?:[-–]\d+)?)?"
)
_SURNAME = r"(?:(?:van|von|de|der|den|du|da|di|le|la)\s+)*[A-Z][\w'’\-]+"
_AUTHORS = (
    rf"{_SURNAME}(?:(?:\s*,\s*|\s*,?\s+(?:&|and)\s+|\s+){_SURNAME})*"
    r"(?:,?\s+et\s+al\.?|\s+and\s+(?:his\s+|her\s+|their\s+)?(?:colleagues|co-?workers|associates))?"
)
_ONE_CITATION = rf"(?:(?:see|cf\.|e\.g\.,?|also)\s+)*{_AUTHORS},?\s+{_YEARS}"
# "(Smith, 1997)", "(Smith & Jones, 2003; Lee et al., 2010)", "[Smith 1997]"
_TITLED = rf"[\"“][^\"“”\n]{{1,150}}[\"”],?\s+{_YEARS}"  # ("Union Building Makes Progress" 1917)
_CITATION = re.compile(
    rf"\s*(?:\((?:{_ONE_CITATION}|{_TITLED})(?:\s*;\s*(?:{_ONE_CITATION}|{_TITLED}))*\)"
    rf"|\[(?:{_ONE_CITATION})(?:\s*;\s*{_ONE_CITATION})*\])"
)
# "Smith (1997) found", "Lee et al. (2010, p. 4) argue": the name stays, the year goes.
# Only where the name is the subject of a verb after it, and not after "the" or "of": a
# dated thing ("the Treaty of Versailles (1919)", "Behaviorism (1924), Watson ...", "LISP
# (1958), invented by") keeps its year.
_NARRATIVE = re.compile(
    rf"(?<![\w.])(?<!\bthe )(?<!\bof )(?<!\bThe )(?![A-Z]{{2,}}\b)({_AUTHORS})"
    rf"\s+\({_YEARS}\)(?=\s+(?:also\s+|later\s+)?(?!and\b|as\b|is\b|its\b|was\b)"
    r"(?:[a-z]+(?:ed|s|t|d)|provide|argue|show|find|note|suggest|describe|discuss|explain|"
    r"propose|report|define|claim|conclude|demonstrate|observe|offer|present|write|examine|"
    r"give|use|review)\b)"
)
_OWNED = re.compile(
    rf"(?<![\w.])({_AUTHORS}['’]s)\s+\({_YEARS}\)(?=\s+[a-z])"
)  # "Sternberg’s (1985) theory"
# Numbered references: "[12]", "[3, 7]", "[4–6]" (one number alone is a footnote mark).
_NUMBERED = re.compile(r"\[\d{1,3}(?:\s*[-–,]\s*\d{1,3})+\]")


def word_set(text: str) -> frozenset[str]:
    """The words of a space-separated list, as a set (keeps long word lists readable)."""
    return frozenset(text.split())


# an old book's era: "about 1800 B. C." is 1800 B.C., one date, no initials
_SPACED_ERA = re.compile(r"(?<=\d )(B|A)\. ?(C|D)\.")


def normalise(text: str) -> str:
    """Newlines as ``\\n``, no byte-order mark, no control or invisible characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _LINE_SEPARATORS.sub("\n", text).replace("\u00a0", " ").replace("\u202f", " ")
    text = CONTROL_CHARACTERS.sub(" ", text.expandtabs(4))
    return _SPACED_ERA.sub(r"\1.\2.", _INVISIBLE.sub("", text))


def clean_field(text: str | None) -> str | None:
    """A value given on the command line (a title, an author), fit for a deck file."""
    if text is None:
        return None
    cleaned = " ".join(normalise(text).split())
    return cleaned or None


def expand_macros(text: str) -> str:
    """Template macros out: those that show a term keep its text, the rest (sidebars) go."""
    text = _LIQUID.sub("", text)
    return _MACRO.sub(_macro_text, text)


def _macro_text(m: re.Match[str]) -> str:
    args = _MACRO_ARG.findall(m[1])
    if not args:
        return ""
    shown = args[1] if len(args) > 1 and args[1] else args[0]
    return shown.replace("_", " ") if " " not in shown and len(args) == 1 else shown


_SPAN = re.compile(r"\[([^\[\]\n]{1,300})\]\{[.#][^{}\n]{0,300}\}")  # Pandoc: "[x]{.cls}"


def without_attributes(text: str) -> str:
    """Kramdown attribute lists and heading ids out: ``**term**{: data-type="term"}``; a
    Pandoc span keeps its text: ``[大清]{.chinese-characters}``."""
    return _CROSSREF.sub("[link]", _ATTRIBUTES.sub("", _SPAN.sub(r"\1", text)))


_WIKI_REF = re.compile(r"<ref\b[^>]*?/>|<ref\b.*?</ref>", re.S | re.I)  # a wiki's reference


def without_footnotes(text: str) -> str:
    return FOOTNOTE.sub("", _WIKI_REF.sub("", text))


_WIKI_FILE = re.compile(r"\[\[(?:File|Image):(?:[^\[\]]|\[\[[^\[\]]*\]\])*\]\]", re.I)
_WIKI_LINK = re.compile(r"\[\[(?:[^\[\]|]*\|)?([^\[\]|]+)\]\]")
_CAPTION_END = re.compile(r"^[^\[]*?\]\]\s*")  # "..., 1863]] During the 1860s, ..."
# the same inside a paragraph, after a sentence or another such caption: "... the regular
# Salon., View of the Saint-Martin Canal, Paris, 1870, Musée d'Orsay]] Artists' petitions"
_CAPTION_INSIDE = re.compile(r"(?:(?<=[.!?\"”’])|(?<=\]\]))\s*,\s[^\[\]]{0,400}?\]\]")


# What a copy left of a pronunciation it lost: "Bauhaus ()", "Coase (; 29 December 1910"
_EMPTIED = re.compile(r"\s+\(\s*[;,]?\s*\)")
_EMPTIED_LEAD = re.compile(r"\(\s*[;,]\s*")


def without_wiki_markup(text: str) -> str:
    """A wiki's image links out and its links read (``[[Paris|the city]]`` -> "the city").
    A copy that lost the opening of an image link keeps its caption up to ``]]`` (", The
    Luncheon on the Grass, 1863]] During ..."), or a caption line that opens on a comma:
    such remnants go, and an empty string means the whole paragraph was one."""
    if re.match(r"(?:File|Image):[^|\n]{1,300}\|", text):
        return ""  # a gallery's lines: "File:Cholera.jpg|Drawing of Death bringing cholera"
    text = _WIKI_LINK.sub(r"\1", _WIKI_FILE.sub("", text))
    text = _CAPTION_INSIDE.sub(" ", text)
    if "[[" not in text:  # "until he died in 1642.'']]Sir Isaac Newton": a caption's lost end
        text = re.sub(r"(?<=[.!?])'*\]\](?=\s*[A-Z])", " ", text)
    cut = _CAPTION_END.match(text)
    while cut:  # "in Tokyo]] in Kyoto]]": one caption's end after another
        text = text[cut.end() :]
        cut = _CAPTION_END.match(text)
    text = _EMPTIED.sub("", _EMPTIED_LEAD.sub("(", text))  # "Coase (; 29 December 1910 – ...)"
    if re.match(r"['’\"”]*, ", text) or not re.search(r"\w", text):
        return ""  # a caption line, or the quote marks a caption's remnant left ("'', ...]]")
    return text


def without_citations(text: str) -> str:
    """Citations out: ``(Smith, 1997)`` and ``[3, 7]`` go, ``Smith (1997) found`` keeps
    the name: a reference's year is no fact of the text."""
    text = _NUMBERED.sub("", _CITATION.sub("", text))
    return _OWNED.sub(r"\1", _NARRATIVE.sub(r"\1", text))


def without_pointers(text: str) -> str:
    """Bracketed pointers at figures, tables and other articles ("(q.v.)") out: they say
    nothing a question can use."""
    return _POINTER.sub("", text)


def without_tags(text: str) -> str:
    """HTML tags out and entities read: ``<q>Most people</q> &amp; more`` -> text."""
    return html.unescape(
        re.sub(r"<!--.*?-->|<ref\b[^>]*?/>|<ref\b.*?</ref>|<[^>\n]*>", " ", text, flags=re.S | re.I)
    )


def tidy(text: str) -> str:
    """One space between words, none before closing punctuation."""
    text = _SPACES.sub(" ", text.replace("\n", " ")).strip()
    return re.sub(r" ([,;:!?)\]]|\.(?![\w/.]))", r"\1", re.sub(r"([(\[]) ", r"\1", text))
