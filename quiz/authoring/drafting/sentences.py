"""Split a paragraph into sentences, in one pass over it.

A full stop after an initial (K. Matuszak), an abbreviation (No. 4, Mr., e.g.) or a
dotted word (U.S., Ph.D.) does not end a sentence; one after an era (730 C.E. At its
height) does. A single capital is an initial only where a name can stand: after a first
name or another initial ("John B. Watson", "R. A. Brooker"), before two capitalised
words ("agency J. Walter Thompson"), or after a word that introduces a name ("by",
"with", "of"), and never before a word that opens sentences ("Both", "The"): "antigens
A and B. Both are ..." and "type A. People with ..." end there. Each candidate end is
judged by the words next to it alone, so the cost grows with the length of the
paragraph, not its square.
"""

from __future__ import annotations

import re

from quiz.authoring.drafting.text import word_set

_ABBREVIATIONS = word_set(
    "mr mrs ms dr st prof gen col capt lt sgt no nos vol fig p pp ch vs v cf ca approx "
    "jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e al deg lat long est fl mt ft "
    "sq mi viz etc ed eds repr figs rev hon esq messrs gov sen rep supt maj bros rec art sec eq "
    "geo wm chas jas thos jno robt edw benj saml"  # old prose's titles and given names
)
_ERAS = word_set("b.c a.d c.e b.c.e a.h bc ad ce bce")
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9…])")
_CITED_PAGE = re.compile(r"\d{1,4}[,;)]")  # no sentence opens on "380, ..."
_LEAD_JUNK = re.compile(r"^(?:[…\s]|\.{3,}|\.\s)+")
_WORD_REACH = 40  # characters back to look for the word before a full stop
# Words after which a single capital may be a person's initial ("by R. A. Brooker").
_NAME_LEADS = word_set(
    "by with of and to from for at under as named called like than about told said met "
    "married wife husband son daughter brother sister professor dr mr mrs ms sir"
)
# Capitalised words that open a sentence, never a surname after an initial.
_OPENERS = word_set(
    "The A An This These That Those It Its They Their He His She Her We Our You Your I "
    "Both Each Every All Some Many Most No Not In On At By For From To Of And But Or If As "
    "So Then Thus When While After Before Although However People Here There What Which Who "
    "Because Since Though Unlike During Despite Until Once Meanwhile Instead Also Even Yet Nor "
    "Today Where Why How Moreover Furthermore Nevertheless Consequently Therefore Hence Indeed "
    "Upon Without Among Between Through Within Against"
)


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph; initials, U.S. and No. 4 do not end one."""
    text = " ".join(text.split())
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if text[m.start()] == "." and not _ends_sentence(text, start, m):
            continue
        if _CITED_PAGE.match(text, m.end()):
            continue  # "People v. Smith, 102 Ill. 380, the case ...": a report's page

        out.append(text[start : m.end()])
        start = m.end()
    out.append(text[start:])
    cleaned = (_LEAD_JUNK.sub("", s).strip() for s in out)
    return [s for s in cleaned if len(s.split()) >= 3 and any(c.isalpha() for c in s)]


def _ends_sentence(text: str, start: int, m: re.Match[str]) -> bool:
    lo = max(start, m.start() - _WORD_REACH)
    before = text[lo : m.start() + 1].rsplit(" ", 1)[-1].rsplit("/", 1)[-1]  # "Minneapolis/St."
    word = before.rstrip(".!?…").lstrip("\"“‘'(").casefold()
    if word in _ERAS and text[m.end() : m.end() + 1].isalpha():
        return True
    if re.fullmatch(r"[\d.,%$£€]+", word):
        return True  # "the ranking was 2.9. The three countries"
    if re.fullmatch(r"[\w-]{2,}\.[a-z]{2,5}", word):
        return True  # "using cat lengths.txt. The cat command": a file name, not "U.S."
    if word == "c" and text[m.end() : m.end() + 1].isdigit():
        return False  # "c. 1822": circa
    if len(word) == 1 and word.isalpha():
        return not _initial(text, lo, m)
    return not (word in _ABBREVIATIONS or "." in word)


def _initial(text: str, lo: int, m: re.Match[str]) -> bool:
    """Whether the single letter before this full stop is a person's initial."""
    before = text[lo : m.start() - 1].split()
    after = text[m.end() : m.end() + 60].split(" ", 2)
    first = after[0].strip("\"“‘'(,;:")
    if first in _OPENERS:
        return False
    if not before:
        return True  # "J. Presper Eckert" opening a paragraph
    prev = before[-1].strip("\"“‘'(,;:")
    if re.fullmatch(r"[A-Z]\.", prev) or (prev[:1].isupper() and prev.isalpha()):
        return True  # "R. A. Brooker", "John B. Watson"
    if prev.endswith(".") and prev[:-1].casefold() in _ABBREVIATIONS:
        return True  # "Geo. L. Woods", "Rev. J. Smith"
    if len(after) > 1 and re.match(r"[A-Z][a-z]", after[1]) and after[1] not in _OPENERS:
        return True  # "in the early 1940s J. Presper Eckert", "agency J. Walter Thompson"
    listed = before[-1][-1:] in ",:;" or after[0].endswith(",")
    bracketed = len(after) > 1 and after[1][:1] == "("
    if re.match(r"[A-Z][a-z]+,?$", after[0]) and (listed or bracketed):
        return True  # "geomagnetism: B. Brunhes (who ...)", "W. Gilbert, who"
    return prev.casefold() in _NAME_LEADS and not _letters_listed(before)


def _letters_listed(before: list[str]) -> bool:
    """ "antigens A and B." names two letters, not a person: a capital before the "and"."""
    return len(before) >= 2 and bool(re.fullmatch(r"[A-Z],?", before[-2]))
