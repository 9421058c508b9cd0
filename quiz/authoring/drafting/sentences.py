"""Split a paragraph into sentences, in one pass over it.

A full stop after an initial (K. Matuszak), an abbreviation (No. 4, Mr., e.g.) or a
dotted word (U.S., Ph.D.) does not end a sentence; one after an era (730 C.E. At its
height) does. Each candidate end is judged by the word before it alone, so the cost
grows with the length of the paragraph, not its square.
"""

from __future__ import annotations

import re

from quiz.authoring.drafting.text import word_set

_ABBREVIATIONS = word_set(
    "mr mrs ms dr st prof gen col capt lt sgt no nos vol fig p pp ch vs cf ca approx "
    "jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e al"
)
_ERAS = word_set("b.c a.d c.e b.c.e a.h bc ad ce bce")
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9…])")
_LEAD_JUNK = re.compile(r"^(?:[…\s]|\.{3,}|\.\s)+")
_WORD_REACH = 40  # characters back to look for the word before a full stop


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph; initials, U.S. and No. 4 do not end one."""
    text = " ".join(text.split())
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if text[m.start()] == "." and not _ends_sentence(text, start, m):
            continue
        out.append(text[start : m.end()])
        start = m.end()
    out.append(text[start:])
    cleaned = (_LEAD_JUNK.sub("", s).strip() for s in out)
    return [s for s in cleaned if len(s.split()) >= 3 and any(c.isalpha() for c in s)]


def _ends_sentence(text: str, start: int, m: re.Match[str]) -> bool:
    lo = max(start, m.start() - _WORD_REACH)
    before = text[lo : m.start() + 1].rsplit(" ", 1)[-1]
    word = before.rstrip(".!?…").lstrip("\"“‘'(").casefold()
    if word in _ERAS and text[m.end() : m.end() + 1].isalpha():
        return True
    if re.fullmatch(r"[\d.,%$£€]+", word):
        return True  # "the ranking was 2.9. The three countries"
    return not (word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or "." in word)
