"""Defined terms: what a document teaches as vocabulary, for term cards.

Three sources, best first: a glossary (a "Glossary" section or a Markdown definition
list), a bold phrase the same sentence defines ("**Web standards** are the technologies
we use ...", "HyperText Markup Language, or **HTML**, is a markup language ...", "The
**Industrial Revolution** refers to ..."), and a list item that opens with a short term
and a colon ("lexical scoping: a block could have its own private variables ...").
A definition is cut to its first sentence and at its first aside (a dash, "for example",
"such as") once it says enough, so a card's back stays a line a learner can recall.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quiz.authoring.drafting.document import Document, Locator

TERM_WORDS = 6  # a longer phrase is no term
MIN_DEFINITION = 4  # words
MAX_DEFINITION = 30  # words; longer definitions are cut with "…"
_VERB = r"(?:is|are|was|were|refers to|refer to|means|mean|describes|denotes|is defined as)"
_ASIDE = re.compile(r"\s+[—–]\s+|;\s+|,\s+(?:for example|for instance|such as|e\.g\.|from)\b")
_BRACKETS = re.compile(r"\s*\([^()]*\)")
_COLON_ITEM = re.compile(r"^([A-Za-z][\w’'-]*(?:\s+[\w’'-]+){0,4}):\s+([a-z].+)$")
_PRONOUN_START = re.compile(r"^(?:this|these|that|those|it|they|he|she)\b", re.I)


@dataclass(frozen=True)
class Term:
    term: str
    definition: str
    locator: Locator
    sentence: str  # where the text defines it ("" for a glossary entry)


def defined_terms(doc: Document) -> list[Term]:
    """Each term the document defines, once, in the order it is first defined or bolded."""
    found: dict[str, Term] = {}
    first_bold: dict[str, Locator] = {}
    for para in doc.paragraphs:
        for phrase in para.bold:
            first_bold.setdefault(_key(phrase), para.locator)
        for sentence in para.sentences:
            for term, definition in _definitions(sentence, para.bold, para.item):
                found.setdefault(_key(term), Term(term, definition, para.locator, sentence))
    mentioned = _first_mentions(doc, [e.term for e in doc.glossary])
    for entry in doc.glossary:
        definition = _shorten(entry.definition)
        if _fits(entry.term, definition):
            key = _key(entry.term)
            where = first_bold.get(key) or mentioned.get(key) or entry.locator
            found[key] = Term(entry.term, definition, where, "")
    return list(found.values())


def _first_mentions(doc: Document, terms: list[str]) -> dict[str, Locator]:
    """Where the text first uses each glossary term (one pass over the text for them all)."""
    if not terms:
        return {}
    words = sorted((re.escape(t) for t in terms), key=len, reverse=True)
    pattern = re.compile(rf"\b(?:{'|'.join(words)})", re.I)
    out: dict[str, Locator] = {}
    for para in doc.paragraphs:
        for m in pattern.finditer(para.text):
            out.setdefault(_key(m[0]), para.locator)
    return out


def _definitions(sentence: str, bold: tuple[str, ...], item: bool) -> list[tuple[str, str]]:
    out = []
    for phrase in bold:
        m = re.match(
            rf"^(?:the |an? )?(?:[^,.;]{{0,60}},\s+or\s+|[^(]{{0,60}}\()?{re.escape(phrase)}\)?,?"
            rf"\s+{_VERB}\s+(.+)$",
            sentence,
            re.I,
        )
        if m:
            out.append((phrase, _shorten(m[1])))
    colon = _COLON_ITEM.match(sentence) if item else None
    if colon and not _PRONOUN_START.match(colon[1]):
        out.append((colon[1], _shorten(colon[2])))
    return [(t, d) for t, d in out if _fits(t, d)]


def _shorten(definition: str) -> str:
    definition = _BRACKETS.sub("", definition).strip().rstrip(".;:^ ")
    first = re.match(r"(.+?)\.\s+[A-Z]", definition)
    if first and len(first[1].split()) >= MIN_DEFINITION:
        definition = first[1]  # a glossary's second sentence adds, the first defines
    for m in _ASIDE.finditer(definition):
        if len(definition[: m.start()].split()) >= MIN_DEFINITION + 2:
            definition = definition[: m.start()]
            break
    words = definition.split()
    if len(words) > MAX_DEFINITION:
        definition = " ".join(words[:MAX_DEFINITION]).rstrip(",;") + " …"
    return definition


def _fits(term: str, definition: str) -> bool:
    return 0 < len(term.split()) <= TERM_WORDS and len(definition.split()) >= MIN_DEFINITION


def _key(term: str) -> str:
    return " ".join(term.casefold().split())
