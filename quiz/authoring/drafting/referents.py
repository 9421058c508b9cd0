"""Whether a sentence leans on the one before it, and how far that sentence can serve.

A sentence *leans strongly* when it cannot be read alone: it opens with a pronoun or a
demonstrative ("He then ...", "These loans ..."), with a noun that sums up what came
before ("The publicity would ...", "The version for the EDSAC 2 ..."), points back in
so many words ("the countries mentioned above"), or opens with a phrase
around a pronoun ("At its height, the empire ...", "Just like their half-sister, ...")
unless a person named after it is who the pronoun means ("Despite his grades, Watson
...": the name follows). It *leans weakly* when a demonstrative stands later in it
("One example of such an institution is ..."), when it opens on a connective
("However, ...") or when its subject is "the" and a noun
the sentence before used ("the incidence" after "the incidence of HDN"): it reads
better with that sentence, and can stand alone at a pinch.

The sentence before serves as a lead when it does not lean itself (or, for a sentence
that cannot stand alone, leans only weakly); otherwise its last clause may ("This has
ethical implications, but Watson did ..." leads with "Watson did ..."). A sentence
that introduces what follows (it ends in a colon) leads to code or a list, not to the
next sentence.
"""

from __future__ import annotations

import re

from quiz.authoring.drafting.text import word_set

STRONG, WEAK = "strong", "weak"

ANAPHORA = re.compile(
    r"^[\"“‘']?(?:(?:in fact|in turn|however|moreover|furthermore|consequently|nevertheless|"
    r"for example|for their part|meanwhile|thus|therefore|as such|instead|still|yet|also),?\s+)?"
    r"(?:this|these|that|those|it|its|they|their|them|he|his|him|she|her|such|the following|"
    r"the same|the latter|the former|there|here|both|another|the other|other)\b",
    re.I,
)
# a connective alone: "However, the U.S. Navy ..." answers what the sentence before said
_CONNECTIVE = re.compile(
    r"^[\"“‘']?(?:however|nevertheless|nonetheless|moreover|furthermore|in addition|"
    r"additionally|likewise|similarly|consequently|as a result|therefore|thus|instead|still|"
    r"yet|also|otherwise|conversely|by contrast|in contrast|on the other hand|even so),\s",
    re.I,
)
_DEMONSTRATIVE = re.compile(
    r"\b(?:this|these|those|such|said)\s+(?:an?\s+)?([a-z][a-z-]+)|\bthe (?:latter|former)\b"
)
# "It was not until 1916 that ...", "It is clear that ...": an "it" that points at nothing
_EMPTY_IT = re.compile(
    r"^it\s+(?:was|is|has been|had been)\s+(?:not\s+|only\s+|also\s+)?"
    r"(?:until|in|on|at|during|after|before|because|through|thanks|with|only|then)\b"
    r"|^it\s+(?:was|is|seems|seemed|became|becomes)\s+[a-z]+\s+(?:to|that)\b",
    re.I,
)
_POINTING_BACK = re.compile(
    r"\b(?:(?:mentioned|listed|described|discussed|named|noted|shown)\s+(?:above|earlier|before)|"
    r"above-mentioned|aforementioned|aforesaid)\b",
    re.I,
)
_NOT_NOUNS = word_set(
    "most more less least first last next same other following main best worst largest "
    "biggest only whole entire new old early late"
)
# Nouns that sum up what the text just told ("the publicity", "the move"): opening a
# sentence without a complement of their own, they point back.
_SUMMING_NOUNS = word_set(
    "publicity affair scandal incident episode move decision outcome situation proposal "
    "deal arrangement version iteration controversy finding discovery news trend turnout "
    "result response reaction attempt effort success failure ruling verdict"
)
_SUMMING = re.compile(
    rf"^[\"“‘']?the\s+(?:{'|'.join(sorted(_SUMMING_NOUNS))})s?\b"
    r"(?!\s+(?:of|that|to|which|who|whose|where)\b)",
    re.I,
)
_AROUND_PRONOUN = re.compile(
    r"^[\"“‘']?(?:just\s+)?(?:like|unlike|despite|after|before|with|for|in|during|of|to|"
    r"among|as|at|by|from|since|through|within|without|besides|along with|together with)\s+"
    r"(his|her|its|their|them|him|it|they)\b",
    re.I,
)
# "..., Watson was": the person a "his" or "her" before it means
_NAMED_AFTER = re.compile(r"[,—–]\s*[A-Z][a-z]+(?:\s+[A-Z][\w.]*)*\s+[a-z]")
_SUBJECT_NOUN = re.compile(
    r"^(?:[^,]{0,80},\s+)?[Tt]he\s+([a-z][a-z-]+)\s+(?!of\b)[a-z]"
)  # "Since ..., the incidence has", "The empire spanned"
_CLAUSE_BREAK = re.compile(r",\s+(?:but|and|yet|so)\s+|;\s+|\s+[—–]\s+")


def leaning(sentence: str, before: str = "") -> str:
    """STRONG, WEAK or "" (stands alone); ``before`` is the sentence before, if any."""
    text = sentence.lstrip("… ")
    if (ANAPHORA.match(text) and not _EMPTY_IT.match(text)) or _SUMMING.match(text):
        return STRONG
    if _POINTING_BACK.search(text):
        return STRONG  # "The countries mentioned above were ..."
    around = _AROUND_PRONOUN.match(text)
    if around:
        person = around[1].casefold() in ("his", "her", "him")
        if not (person and _NAMED_AFTER.search(text, around.end())):
            return STRONG
    if _CONNECTIVE.match(text):
        return WEAK  # read with the sentence it answers, or alone when that cannot lead
    for m in _DEMONSTRATIVE.finditer(text):
        if not (m[1] and _said_before(m[1], text[: m.start()])):
            return WEAK  # "such an institution"; not "Beck's claims ... those claims"
    subject = _SUBJECT_NOUN.match(text)
    if before and subject and subject[1] not in _NOT_NOUNS and _said_before(subject[1], before):
        return WEAK
    return ""


def _said_before(noun: str, text: str) -> bool:
    stem = noun[:-1] if noun.endswith("s") and len(noun) > 3 else noun
    return bool(re.search(rf"\b{re.escape(stem)}(?:s|es)?\b", text, re.I))


def lead(before: str, lean: str = STRONG) -> str:
    """What of the sentence before can lead a sentence that leans on it by ``lean``: all
    of it, its last clause that stands alone, or nothing. A sentence that cannot stand
    alone takes a lead that leans weakly itself; one that can, only a lead that stands."""
    if not before or before.rstrip("\"”’')]").endswith(":"):
        return ""
    before_leans = leaning(_CONNECTIVE.sub("", before.lstrip("… ")))  # "However, ..." may lead
    if not before_leans or (lean == STRONG and before_leans == WEAK):
        return before
    parts = _CLAUSE_BREAK.split(before)
    last = parts[-1].strip() if len(parts) > 1 else ""
    if len(last.split()) >= 4 and not leaning(last):
        return last[:1].upper() + last[1:]
    return ""
