"""Rules that tell page furniture from the text: boilerplate, captions and headings.

Web pages and book blurbs saved as text carry cookie banners, subscription pleas,
"Read more" links, shop links and photo captions between the paragraphs. None of it
should become a question. These are plain rules over one block (a paragraph or a
one-line block) at a time; they err on the side of keeping text, except for lines
that look like captions, which are cheap to lose.
"""

from __future__ import annotations

import re

from quiz.authoring.drafting.text import word_set

# Phrases that only page furniture uses. Matched in blocks of at most BOILERPLATE_WORDS words,
# so an article that happens to discuss cookies or newsletters keeps its paragraphs.
BOILERPLATE_WORDS = 45
_FURNITURE = re.compile(
    r"""
    \b(?:we\ use|(?:site|website|page)\ uses|accept|allow|manage|consent\ to|enable)\b
    [^.]{0,40}\bcookies?\b | \bcookies?\ (?:policy|settings|preferences|consent|notice)\b
    | ^cookies?\b | \bsubscri(?:be|ption)\b | \bnewsletter | \bsign\ (?:up|in)\b | \blog\ ?in\b
    | \bpush\ notifications?\b | \btelegram\ channel\b | \bfollow\ us\b | \bshare\ (?:this|on)\b
    | \bsocial\ media\ accounts?\b | \bour\ (?:website|latest\ content|app)\b | \bvpn\b
    | ^read\ (?:more|also|next)\b | ^see\ also\b | ^related(?:\ articles?)?\b | ^advertisement\b
    | ^sponsored\b | \bclick\ here\b | ^accept(?:\ all)?(?:\ cookies)?$ | \bprivacy\ policy\b
    | \bterms\ of\ (?:use|service)\b | \ball\ rights\ reserved\b | © | \bcopyright\b
    | ^dear\ readers?\b | \bactive\ hyperlink\b | \bif\ using\ any\ of\b
    | \bbuy\ (?:it\ )?(?:from|now|on)\b | \bavailable\ from\ amazon\b | \bgood\ bookshops\b
    | \bpress\ release\b | ^also\ the\ author\ of\b | \bi\ recommend\ this\ book\b
    | ^(?:home|menu|skip\ to\ (?:main\ )?content|back\ to\ top|next|previous|print|e-?mail)$
    | ^(?:produced|prepared|transcribed|digiti[sz]ed|scanned)\ by\b | ^e-?text\ prepared\b
    | (?-i:^[Bb]y\ [A-Z][\w.]*(?:\ [A-Z][\w.]*){0,4}$) | ^illustrated\ with\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
_NAV_SEPARATORS = re.compile(r"\s(?:\||›|»|/|·)\s")

_CAPTION_MARK = re.compile(
    r"\((?:photo|image|picture|source|credit|illustration)s?\b|\b(?:photo|image|credit)s?:|getty\b",
    re.IGNORECASE,
)
_DATE_IN_LINE = re.compile(r"\b1\d{3}s?\b|\b20\d{2}s?\b")
# A bibliography or cross-reference line ("Sources: …", "References: …", "See … p.12").
# Its page numbers point into other books, not at the passage above it.
_REFERENCE_WORDS = (
    r"sources?|references?|bibliography|further reading|works cited|literature|authorities|"
    r"image credits|photo credits|picture credits|credits|endnotes"
)
_ADAPTED = r"(?:adapted|reprinted|excerpted|reproduced|abridged) from\b"
_REFERENCE_LEAD = re.compile(  # "Sources: ...", "AUTHORITIES.--", a footnote's "[^8]: ..."
    # or "[14] Lyell K. 1881. ...": a note of a page saved as text
    rf"^(?:(?:{_REFERENCE_WORDS})\.?\s*(?::|--|—)|[—―]|--\s|\[\^[\w-]{{1,20}}\]:|:\s|\[\d{{1,3}}\]\s+\S|{_ADAPTED})",
    re.IGNORECASE,
)
_SEE_LEAD = re.compile(r"^(?:See|Cf\.?)\s")
# An e-text's translator's or editor's note: "Note 4. Cellini makes a mistake here."
_NOTE_LEAD = re.compile(r"^(?:\[?(?:Foot)?[Nn]ote\s+\d{1,3}[.:\]]|\[Footnote\s+\w{1,4}:)\s")
_PAGE_MARK = re.compile(r"\bpp?\.\s?\d")
_REFERENCE_HEADING = re.compile(
    rf"^(?:notes and |sources and )?(?:{_REFERENCE_WORDS}|notes|footnotes|citations|see also|"
    r"external links|further information|publications|selected publications|forum posts|"
    r"posts|discussions|links|resources|"
    r"(?:recommended|suggested|additional|further) (?:readings?|resources|listening|viewing)|"
    r"(?:digital|online|web|other) resources)\W*$"
    # "Footnotes to Chapter 1"
    r"|^(?:foot)?notes (?:to|on|for) (?:chapter|part|book|section|the text)\b",
    re.IGNORECASE,
)
# Headings over what is not text to learn from: exercises, objectives, a table of contents.
_SET_ASIDE_HEADING = re.compile(
    r"^(?:(?:self[- ]check|review|practice|critical[- ]thinking|discussion|end[- ]of[- ]chapter|"
    r"chapter|section|concept)\s+)?(?:questions?|exercises?|problems?|quiz|activities|answers?|"
    r"solutions?|assessments?|homework)\W*$"
    r"|^(?:check your understanding|test your (?:knowledge|understanding)|try it|your turn)\b"
    r"|^(?:(?:table of )?contents|on this page|"
    r"list of (?:illustrations|plates|figures|tables|maps))\W*$",
    re.IGNORECASE,
)
# Headings over a list of what a text will teach: the list is set aside, and the text's
# own prose after it ("Most people associate the term ...") is not.
_LIST_HEADING = re.compile(
    r"^(?:learning (?:objectives|outcomes|goals)|objectives|in this (?:article|section|chapter)|"
    r"prerequisites|what you will learn)\W*$",
    re.IGNORECASE,
)
_GLOSSARY_HEADING = re.compile(r"^(?:glossary|key terms|vocabulary|terms to know)\W*$", re.I)
# Lines a web page puts above its text: "Main article: ...", "From Wikipedia, ...".
_HATNOTE = re.compile(
    r"^(?:main articles?:|further information:|see also:|for other uses|this article is about|"
    r"not to be confused with|from wikipedia, the free encyclopedia|jump to (?:navigation|search)|"
    r'"[^"]+" redirects here|(?:this|the) (?:article|section) (?:needs|has multiple))',
    re.IGNORECASE,
)
_TERMINAL = tuple(".!?:;,…\"”’'=")  # "He was=" leads a list in some adapted texts: no heading
FUNCTION_WORDS = word_set("a an the of to from with and or in on at by for as into onto about")
HEADING_WORDS = 8
TITLE_WORDS = 25


def is_boilerplate(text: str) -> bool:
    """Whether a block is page furniture (cookies, pleas, shop links, navigation)."""
    text = " ".join(text.split())
    if not text:
        return True
    if len(text.split()) <= BOILERPLATE_WORDS and _FURNITURE.search(text):
        return True
    return len(_NAV_SEPARATORS.findall(text)) >= 3 and not text.endswith(tuple(".!?"))


def is_credit_line(line: str) -> bool:
    """A photo credit or caption line, even inside a block ("Russia Beyond (Photo: ...)")."""
    return is_unpunctuated_line(line) and bool(_CAPTION_MARK.search(line))


CAPTION_WORDS = 50  # a longer unpunctuated line is a paragraph cut short, not a caption


def is_unpunctuated_line(text: str) -> bool:
    """A single short line with no closing punctuation: a heading or a caption."""
    text = text.strip()
    if len(text) > 12 * CAPTION_WORDS and len(text.split()) > CAPTION_WORDS:
        return False
    closed = re.sub(r"(?:\[\w{1,3}\])+$", "", text)  # "... the coast.[1][2]" is punctuated
    closed = closed.rstrip(")]\"”’'")  # "... in more detail.)" is punctuated
    closed = re.sub(r"([:;,.])\s*[—–-]+$", r"\1", closed)  # "it is written:—" leads on
    return bool(text) and "\n" not in text and not closed.endswith(_TERMINAL)


def is_table_text(text: str) -> bool:
    """A table the converter left as text: a grid table's rules ("+----+ | Aristotelian
    elements | +----+") or a pipe table's rows."""
    text = text.strip()
    return bool(re.match(r"\+[-=+:]{3,}\+|\|.*\|", text)) and text.count("|") >= 2


def is_caption(text: str) -> bool:
    """Whether a one-line block reads like an image caption rather than a heading.

    Captions name a picture: they carry a photo credit or a date, run long, are wholly
    in brackets, stop mid-phrase ("A still from"), or name people and places inside a
    sentence-case line ("German architect Ernst May"). Headings are short and either
    plain sentence case ("Lost in translation") or Title Case ("Socialist Cities").
    """
    text = " ".join(text.split())
    if _CAPTION_MARK.search(text):
        return True
    if text.startswith(("(", "[")) and text.endswith((")", "]")):
        return True
    if text.endswith(")") or _DATE_IN_LINE.search(text):
        return True
    words = text.split()
    if len(words) > HEADING_WORDS:
        return True
    if len(words) > 1 and words[-1].casefold() in FUNCTION_WORDS:
        return True
    return _names_inside_sentence_case(words)


def _names_inside_sentence_case(words: list[str]) -> bool:
    rest = [w for w in words[1:] if w.casefold() not in FUNCTION_WORDS and w[:1].isalpha()]
    if not rest or (len(rest) <= 2 and rest[-1].islower() and words[-1] == rest[-1]):
        return False  # "Italian Baroque architecture": a style or people before its noun
    capitals = [w for w in rest if w[:1].isupper() and not w.isupper()]
    title_case = len(capitals) == len(rest)
    return bool(capitals) and not title_case


def is_reference_line(text: str) -> bool:
    """A line that cites other works ("Sources: Smith, p.12-14", "See Jones p.40"), not text.

    "See" and "Cf." count only with a page number, so a sentence that starts "See how ..."
    stays text.
    """
    text = text.strip()
    if _REFERENCE_LEAD.match(text) or _NOTE_LEAD.match(text):
        return True
    if _WORK_CITED.match(text) and _DATE_IN_LINE.search(text):
        return True  # "Cubasch, U., D. Wuebbles, ... 2013: Introduction. In: ..."
    return bool(_SEE_LEAD.match(text) and _PAGE_MARK.search(text))


# A bibliography's entry: "Cubasch, U., D. Wuebbles", "Nájera-Ramírez, Olga, Norma Cantú"
_WORK_CITED = re.compile(
    r"^[A-Z][\w'’-]+,\s+(?:(?:[A-Z]\.\s*){1,3}(?:,|and\b|&)|[A-Z][a-z]+,\s+(?:[A-Z][a-z]+\s+){1,2}"
    r"(?:[A-Z]\.\s+)?[A-Z][\w'’-]+(?:,|\s+and\b))"
)


def is_reference_heading(text: str) -> bool:
    """A heading over a list of works: "Sources", "References", "Further reading"."""
    return bool(_REFERENCE_HEADING.match(" ".join(text.split())))


def heading_region(text: str) -> str | None:
    """What a heading opens besides text: "references", "set aside", "objectives" (a list
    set aside) or "glossary"."""
    text = " ".join(text.split())
    if _LIST_HEADING.match(text):
        return "objectives"
    if _REFERENCE_HEADING.match(text):
        return "references"
    if _SET_ASIDE_HEADING.match(text):
        return "set aside"
    if _GLOSSARY_HEADING.match(text):
        return "glossary"
    return None


# Bare lines that head nothing: "New in Shapely 1.7.1" (a note on an entry), a picture's
# file name ("Libr0309.jpg"), a fact box's title ("Quick Facts"), a lead-in that lost its
# colon ("Take the following example")
_HEADS_NOTHING = re.compile(
    r"(?:New|Changed|Deprecated|Added|Removed) in (?:version |[\w-]+ )?v?\d+(?:\.\d+)*\.?"
    r"|.*\S\.(?:svg|png|jpe?g|gif|tiff?|webp)\b.*"
    r"|(?:quick|fast|key) facts|(?:facts )?at a glance"
    r"|(?:take|consider|look at|here is|here are)\b.*|.*\b(?:the following|as follows)\b.*",
    re.I,
)


def heads_nothing(line: str) -> bool:
    """Whether a bare line is a version note, a picture's file name, a fact box's title or a
    lead-in that lost its colon."""
    return bool(_HEADS_NOTHING.fullmatch(line))


def is_hatnote(text: str) -> bool:
    """A line a web page puts above a section: "Main article: Space Race"."""
    return bool(_HATNOTE.match(text.strip()))


def is_title_line(text: str) -> bool:
    """Whether the first block of a document can serve as its title."""
    return "\n" not in text.strip() and 0 < len(text.split()) <= TITLE_WORDS
