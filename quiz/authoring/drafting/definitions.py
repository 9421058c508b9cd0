"""A definition as a card's back: cut to what it must say, and whether it says anything.

A definition is cut to its first sentence and at its first aside (a dash, "for
example", "such as") once it says enough, and at a note's reference it lost ("in
accordance with [1]_"); one that says too little takes the next sentence when that one
goes on about the term ("These standards exist as ..."). It is no card's back when it
is a range of figures ("from less than 0.06 μg/ml to 0.25 μg/ml"), says no word its
term does not ("object.area": "Returns the area of the object"), or runs too short.
"""

from __future__ import annotations

import re

from quiz.authoring.drafting.text import word_set

TERM_WORDS = 6  # a longer phrase is no term
MIN_DEFINITION = 4  # words
MAX_DEFINITION = 36  # words; longer definitions are cut with "…"
_ASIDE = re.compile(r"\s+[—–]\s+|;\s+|,\s+(?:for example|for instance|such as|e\.g\.|from)\b")
_BRACKETS = re.compile(r"\s*\([^()]*\)")
SHORT_DEFINITION = 10  # words; a shorter definition takes a next sentence that goes on
_GOES_ON = re.compile(r"^(?:these|this|they|it|such)\b", re.I)


def going_on(definition: str, after: str) -> str:
    """A short definition with the next sentence, when that one goes on about the term."""
    if len(definition.split()) < SHORT_DEFINITION and after and _GOES_ON.match(after):
        return f"{definition.rstrip('.')}. {after}"
    return definition


def shorten(definition: str) -> str:
    definition = _BRACKETS.sub("", definition).strip().rstrip(".;:^ ")
    definition = _CUT_OFF.sub("", definition)  # "... in accordance with [1]_": the note went
    first = re.match(r"(.+?)\.\s+[A-Z]", definition)
    if first and len(first[1].split()) >= SHORT_DEFINITION:
        definition = first[1]  # a glossary's second sentence adds, the first defines
    for m in _ASIDE.finditer(definition):
        if len(definition[: m.start()].split()) >= MIN_DEFINITION + 2:
            definition = definition[: m.start()]
            break
    words = definition.split()
    if len(words) > MAX_DEFINITION:
        definition = " ".join(words[:MAX_DEFINITION]).rstrip(",;") + " …"
    return definition


def fits(term: str, definition: str, *, typed: bool = False) -> bool:
    """Whether a definition makes a card's back; ``typed``: it is code to type ("git pull"),
    which may well hold the term."""
    if re.search(r"\d", definition) and len(_WORDY.findall(definition)) < MIN_DEFINITION - 1:
        return False  # "Listeria: from less than or equal to 0.06 μg/ml to 0.25 μg/ml": a range
    if not typed and echoes(term, definition):
        return False  # "object.area": "Returns the area of the object"
    return 0 < len(term.split()) <= TERM_WORDS and len(definition.split()) >= MIN_DEFINITION


_CUT_OFF = re.compile(r"\s+(?:in accordance with|according to|with|to|of|in|by|and|the|as)$")

_IDENTIFIER = re.compile(r"[a-z_][\w.]*(?:\([^()]*\))?")  # "ndata", "object.area", "fit()"
_SAYS_NOTHING = word_set(
    "a an the of to in for on by with and or its it this that is are returns return gives "
    "object objects value values given instance tuple string float integer number list "
    "ndarray array dict dictionary whether bool boolean str name names used"
)


def echoes(term: str, definition: str) -> bool:
    """Whether a definition says no word its term does not ("object.length": "Returns the
    length of the object"), or, for an API's short entry, spells out its name ("ndata":
    "number of data points", "param_names": "list of parameter names"): the front gives
    the back away."""
    named = {w.casefold().removesuffix("s") for w in re.findall(r"[A-Za-z]+", term)}
    said = {w.casefold().removesuffix("s") for w in re.findall(r"[A-Za-z]+", definition)}
    if said and said <= named | _SAYS_NOTHING:
        return True
    if not _IDENTIFIER.fullmatch(term) or len(definition.split()) >= SHORT_DEFINITION:
        return False
    compact = re.sub(r"[^a-z]", "", term.rpartition(".")[2].casefold())  # "append" of list.
    return any(
        (len(w) >= 4 and w in compact)
        or (len(w) >= 5 and w[:4] in compact)
        or (len(w) >= 3 and compact.startswith(w[:3]))
        for w in said - _SAYS_NOTHING
    )


# words that say something, beyond the words of a range ("from less than or equal to")
_WORDY = re.compile(
    r"\b(?!(?:from|less|more|than|equal|to|or|and|up|the|of|per|about|approximately)\b)"
    r"[A-Za-z]{3,}\b"
)
