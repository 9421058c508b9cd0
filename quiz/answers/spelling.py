"""One typed word against one word of an answer: the same word, or how it is forgiven.

:func:`compare` returns a :class:`WordMatch` naming the forgiveness (accents, a short
form, an initial, a plural -s, another transliteration, a typo) or None, with the
reason when the word was close but is refused. A typo is one wrong, missing, extra
or swapped letter per five letters (optimal string alignment distance, rapidfuzz
``OSA``), refused when:

- the typed word is itself another word that English or the deck knows ("coats" for
  "costs"), or, in a name, another known name with a letter changed ("Mai" for "May";
  a letter dropped or added, as in "Bern" for "Berne", is the same name spelled another
  way);
- a word holds a digit ("1930s" is a decade, not the year 1930);
- in a name, the first letter differs ("Kenin" for "Lenin"), or a letter is changed
  in a name of five letters or fewer ("Kropp" for "Krupp": only a doubled, dropped or
  swapped letter is forgiven there);
- in a name, the ending makes the other gender or a patronymic ("Pavlov", "Pavlovna"
  for "Pavlova").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from quiz.answers.lexicon import Lexicon
from quiz.answers.names import expansions, other_person
from quiz.answers.transliteration import same_sounds

SHORT_NAME = 5  # in names this short, a changed letter makes another name
COMPASS = frozenset({"north", "south", "east", "west"})
_VARIANTS = tuple(  # British and American spellings: labour/labor, centre/center ...
    (re.compile(p), r)
    for p, r in (
        (r"our(s?)$", r"or\1"),
        (r"(?<=[^aeiou])re([sd]?)$", r"er\1"),
        (r"is(e|ed|es|ing|ation|ations)$", r"iz\1"),
        (r"ys(e|ed|es|ing)$", r"yz\1"),
        (r"ogue$", "og"),
        (r"ence$", "ense"),
        (r"ll(ed|ing|er)$", r"l\1"),
        (r"(?<=[a-z])[ao]e(?=[a-z])", "e"),
    )
)


@dataclass(frozen=True)
class Word:
    """One word of an answer or of what was typed."""

    shown: str  # as written: 'Rep.', 'Köln', 'Ленин'
    plain: str  # compared form: lower case, no accents, Latin script: 'rep', 'koln', 'lenin'
    accented: str  # lower case with its accents: 'köln'
    dotted: bool = False  # written with a dot: an abbreviation
    name: bool = False  # (answer words) part of a name
    capital: bool = False  # written with a capital: 'United', 'States'


@dataclass(frozen=True)
class WordMatch:
    kind: str  # exact | spelling | accents | short | initial | plural | sounds | typo
    cost: int  # how far from the answer: the closest reading wins
    edits: int  # letters wrong, for the answer-wide typo limit
    note: str  # the forgiveness as feedback names it, or ''


EXACT = WordMatch("exact", 0, 0, "")


def _variant(word: str) -> str:
    for pattern, replacement in _VARIANTS:
        word = pattern.sub(replacement, word)
    return word


def _umlauts_written_out(accented: str) -> str:
    """'koeln' -> 'köln': German writes ö, ä, ü as oe, ae, ue when it has no umlauts."""
    return accented.replace("oe", "ö").replace("ae", "ä").replace("ue", "ü")


def singular(word: str) -> str:
    """'fees' -> 'fee', 'centuries' -> 'century'; words holding digits stay ('1930s')."""
    if len(word) <= 3 or not word.endswith("s") or any(c.isdigit() for c in word):
        return word
    return word[:-3] + "y" if word.endswith("ies") else word[:-1]


def _digit_reason(typed: str, key: str) -> str:
    if typed == key + "s":
        return f"{typed} is a decade, not the year {key}."
    if key == typed + "s":
        return f"{typed} is a year, not the {key}."
    return ""


def _another(typed: Word, key: Word, lexicon: Lexicon) -> str:
    kind = "word" if lexicon.is_common_word(typed.plain) and not key.name else "name"
    return f"'{typed.shown}' is another {kind}, not a misspelling of '{key.shown}'."


def compare(
    typed: Word, key: Word, lexicon: Lexicon, answer_words: frozenset[str] = frozenset()
) -> tuple[WordMatch | None, str]:
    """How ``typed`` matches ``key``; or None and why, when it was close but is refused.

    ``answer_words`` are the words of every accepted answer: typing one of them is
    never 'another word'.
    """
    t, k = typed.plain, key.plain
    if t == k:
        if typed.accented != key.accented:
            return WordMatch("accents", 1, 0, f"spelled '{key.shown}'"), ""
        return EXACT, ""
    if any(c.isdigit() for c in t + k):
        if re.sub(r"(st|nd|rd|th)$", "", t) == re.sub(r"(st|nd|rd|th)$", "", k):
            return WordMatch("ordinal", 1, 0, f"'{typed.shown}' read as '{key.shown}'"), ""
        return None, _digit_reason(t, k)
    if key.accented == _umlauts_written_out(typed.accented):
        return WordMatch("accents", 1, 0, f"spelled '{key.shown}'"), ""
    if len(t) == 1 and (key.name or (typed.dotted and key.capital)) and k.startswith(t):
        return WordMatch("initial", 1, 0, f"'{typed.shown}' read as '{key.shown}'"), ""
    if k in expansions(t) or (typed.dotted and k.startswith(t) and (len(t) >= 3 or k in COMPASS)):
        return WordMatch("short", 1, 0, f"'{typed.shown}' read as '{key.shown}'"), ""
    if t in expansions(k):
        return EXACT, ""
    if _variant(t) == _variant(k):
        return WordMatch("spelling", 0, 0, ""), ""
    if key.name and other_person(t, k):
        return None, _another(typed, key, lexicon)
    if singular(t) == singular(k):
        return WordMatch("plural", 1, 0, f"spelled '{key.shown}'"), ""
    edits = OSA.distance(t, k)
    close = len(k) > 2 and edits <= max(1, len(k) // 5)
    sounds = len(k) > 2 and same_sounds(typed.accented, key.accented)
    if not (close or sounds):
        return None, ""
    changed = len(t) == len(k) and sorted(t) != sorted(k)
    if t not in answer_words and (
        lexicon.is_common_word(t) or (lexicon.knows(t) and (changed or not key.name))
    ):  # 'Bern' for 'Berne' is the same city; 'Mai' for 'May' another name
        return None, _another(typed, key, lexicon)
    if close and (not key.name or (t[0] == k[0] and not (len(k) <= SHORT_NAME and changed))):
        return WordMatch("typo", 2, edits, f"spelled '{key.shown}'"), ""
    if sounds:
        return WordMatch("sounds", 1, 0, f"'{typed.shown}' read as '{key.shown}'"), ""
    return None, _another(typed, key, lexicon)  # a name's first letter, or a changed letter
