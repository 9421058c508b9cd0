"""A section's bold-led points: what an argued post or a README puts forward under a heading.

An opinion piece states its reasons as paragraphs that each open with (or soon bring)
a bold phrase: under "There are reasons to do mobile apps", "**low or no bandwidth
contexts** ...", "**Heavy device sensor use** is another area ...", "**Third party
interactions** ... often require an app". Each paragraph alone leans on the others
("another area"); together they are what the section names. At least three such
paragraphs in one section, each with one short bold phrase in its first sentence, make
one card: the heading on the front, the phrases on the back. List items are not
points (lists have their own cards), nor are bold words in a lesson's key points, nor
bold labels of an example's lines ("Major Premise: ...", "Minor Premise: ...").
"""

from __future__ import annotations

import re
from collections import Counter

from quiz.authoring.drafting.document import Document, Locator, Paragraph
from quiz.authoring.drafting.terms import Term

MIN_POINTS = 3
MAX_POINTS = 6
POINT_WORDS = (2, 6)
_COUNTS = {
    3: "three",
    4: "four",
    5: "five",
    6: "six",
}  # a bold phrase of one word is emphasis, a longer one a sentence


def points(doc: Document) -> list[Term]:
    """One card for each section that puts forward three to six bold-led points."""
    found: dict[Locator, list[Paragraph]] = {}
    for para in doc.paragraphs:
        if _point(para):
            found.setdefault(para.locator, []).append(para)
    out = []
    for locator, paras in found.items():
        if not MIN_POINTS <= len(paras) <= MAX_POINTS or locator.kind != "section":
            continue
        phrases = [p.bold[0] for p in paras]
        if _labels(phrases):
            continue  # "Major Premise: ...", "Minor Premise: ...": an example's lines
        named = "; ".join(_lower(p) for p in phrases)
        said = " … ".join(p.sentences[0] for p in paras)
        front = f"Which {_COUNTS[len(phrases)]} points does the text make under “{locator.label}”?"
        out.append(Term(named, named, locator, said, front))
    return out


# A bold run that opens a paragraph's sentence rather than naming a point: it ends on a
# comma, opens on a connective, or holds a verb ("So far we have examined", "On the other
# hand,", "Something is clearly").
_OPENING_WORDS = re.compile(
    r",\s*$|^(?:so|on|in|but|and|or|yet|then|thus|however|something|this|that|these|it|we|"
    r"there|here)\b|\b(?:is|are|was|were|be|been|have|has|had|do|does|did)\b",
    re.I,
)


def _labels(phrases: list[str]) -> bool:
    """Whether bold phrases label an example's lines rather than make points: a word two of
    them share ("Major Premise", "Minor Premise"), or a number ("Premise 1")."""
    words = Counter(
        w for p in phrases for w in {x.casefold() for x in re.findall(r"[A-Za-z]{3,}", p)}
    )
    return any(n > 1 for n in words.values()) or any(re.search(r"\d", p) for p in phrases)


def _point(para: Paragraph) -> bool:
    if para.item or para.summary or len(para.bold) != 1 or not para.sentences:
        return False
    phrase = para.bold[0].strip(" .:")
    low, high = POINT_WORDS
    if _OPENING_WORDS.search(para.bold[0]):
        return False  # "**So far we have examined** a number of ...": a paragraph's first words
    return low <= len(phrase.split()) <= high and phrase in para.sentences[0]


def _lower(phrase: str) -> str:
    phrase = phrase.strip(" .:")
    first = phrase.split()[0]
    return phrase if first.isupper() and len(first) > 1 else phrase[:1].lower() + phrase[1:]
