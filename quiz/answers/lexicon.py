"""The words the judge knows: common English, English names, and the deck's own words.

A typo is forgiven only when the typed word is not itself another word: "Kropp" is
not a misspelling of "Krupp" if Kropp is a name someone knows. What "someone knows"
is, here:

- the common English words of SCOWL size 35 (American and British spellings) and
  the proper names of SCOWL size 50 (first names, surnames, places), bundled in
  ``english-words.txt.gz`` (about 51,000 entries, 140 kB; SCOWL's permissive licence
  is in ``english-words.COPYRIGHT``). It is bundled, not read from
  /usr/share/dict, which many machines lack; how it was built is in docs/judging.md.
- every word of the deck: prompts, options, answers, explanations (:func:`deck_lexicon`),
  or, for a printed exam, of the questions on its papers (:func:`questions_lexicon`).

Words are compared folded (:func:`fold`): lower case, accents and apostrophes removed.
"""

from __future__ import annotations

import dataclasses
import gzip
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TypeGuard

from quiz.answers import transliteration
from quiz.answers.transliteration import to_latin
from quiz.bank import deck_cache
from quiz.bank.model import Deck, QuestionBase

WORD_LIST = "english-words.txt.gz"
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_CAPITALISED = r"\b[^\W\d_a-z][^\W\d_]*(?:['’][^\W\d_]+)*"
_NAME_RUN = re.compile(rf"{_CAPITALISED}(?:\s+{_CAPITALISED})*")
# The same two patterns for ASCII text, as bytes (several times faster): letters are
# A-Z and a-z there, and \s is spelled out, since on bytes it leaves out \x1c-\x1f.
_ASCII_WORD = re.compile(rb"[A-Za-z]+(?:'[A-Za-z]+)*")
_ASCII_CAPITALISED = rb"\b[A-Z][A-Za-z]*(?:'[A-Za-z]+)*"
_ASCII_NAME_RUN = re.compile(rb"%s(?:[\t-\r\x1c-\x1f ]+%s)*" % ((_ASCII_CAPITALISED,) * 2))
_APART = "\x00"  # joins texts read at once: no word and no run of names reaches over it


def fold(word: str) -> str:
    """'Köln' -> 'koln', "Stalin's" -> 'stalins': the form words are compared in."""
    if word.isascii():  # nothing to decompose (casefold is lower for ASCII)
        return word.lower().replace("'", "")
    text = unicodedata.normalize("NFKD", word)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return text.replace("'", "").replace("’", "")


@lru_cache(maxsize=1)
def english() -> tuple[frozenset[str], frozenset[str]]:
    """(common lower-case words, names), folded, from the bundled SCOWL list."""
    raw = resources.files("quiz.answers").joinpath(WORD_LIST).read_bytes()
    entries = gzip.decompress(raw).decode("utf-8").split()
    words = frozenset(e for e in entries if e[0].islower())
    names = frozenset(e.casefold() for e in entries if e[0].isupper())
    return words, names


@dataclass(frozen=True)
class Lexicon:
    """Common English plus the words of one deck (or exam)."""

    deck: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()  # runs of capitalised words: 'vladimir ilyich lenin'
    name_ends: frozenset[str] = frozenset()  # names the deck writes last or alone: 'stalin'

    def is_common_word(self, folded: str) -> bool:
        """A lower-case English word ('north', 'costs'), not only a name."""
        return folded in english()[0]

    def knows(self, folded: str) -> bool:
        """Any word or name of English or of the deck."""
        words, names = english()
        return folded in words or folded in names or folded in self.deck

    def is_name_elsewhere(self, folded: str) -> bool:
        """A name of the deck or of English that is not a common word ('stalin', 'hugo')."""
        words, names = english()
        return folded not in words and (folded in names or folded in self.deck)


def texts_of(question: QuestionBase) -> list[str]:
    """Every text of a question: prompt, options, answers, explanation, tags aside."""
    out: list[str] = []
    _add_texts(question, out)
    return out


def _add_texts(question: QuestionBase, out: list[str]) -> None:
    for name in _text_fields(type(question).__name__, type(question)):
        value = getattr(question, name)
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, tuple):
            for item in value:
                if isinstance(item, str):
                    out.append(item)
                elif isinstance(item, tuple):
                    out += [i for i in item if isinstance(i, str)]


_FIELDS: dict[str, tuple[str, ...]] = {}


def _text_fields(name: str, cls: type) -> tuple[str, ...]:
    """The fields of a question type that hold text (computed once per type)."""
    if name not in _FIELDS:
        skipped = ("id", "tags", "image", "source")
        _FIELDS[name] = tuple(f.name for f in dataclasses.fields(cls) if f.name not in skipped)
    return _FIELDS[name]


def words_in(texts: Iterable[str]) -> frozenset[str]:
    return text_lexicon(texts).deck


def text_lexicon(texts: Iterable[str]) -> Lexicon:
    """The words of these texts, the full names they write, and the names they end on.

    A name the texts write last or alone ('Stalin', 'Krupp') is another person or thing
    when typed before the answer; one that only starts or fills a name ('Vladimir',
    'Ilyich', 'Weimar' in 'Weimar Republic') may be part of a fuller name.
    """
    ascii_texts: list[str] = []
    other: list[str] = []
    for text in texts:
        (ascii_texts if text.isascii() else other).append(text)
    words: set[str] = set()
    found: set[str] = set()  # runs of names
    if ascii_texts:
        _read_ascii(ascii_texts, words, found)
    if other:  # read as one text, joined by a character no word or name holds
        text = _APART.join(to_latin(t) for t in other)
        words.update(_WORD.findall(_APART.join(set(text.split()))))
        found.update(_NAME_RUN.findall(text))
    runs = [[fold(w) for w in run.split()] for run in sorted(found)]
    names = frozenset(" ".join(run) for run in runs if len(run) > 1)
    return Lexicon(frozenset(fold(w) for w in words), names, frozenset(r[-1] for r in runs))


def _read_ascii(texts: list[str], words: set[str], runs: set[str]) -> None:
    """The words and the runs of names of ASCII texts, read as one text with the byte
    patterns (several times faster than the str ones on a big deck)."""
    text = _APART.join(texts).encode()
    pieces = b"\0".join(set(text.split()))  # each word once: big decks repeat them
    words.update(w.decode() for w in _ASCII_WORD.findall(pieces))
    runs.update(m.decode() for m in _ASCII_NAME_RUN.findall(text))


def questions_lexicon(questions: Iterable[QuestionBase]) -> Lexicon:
    return text_lexicon(t for q in questions for t in texts_of(q))


_DECKS: dict[int, tuple[Deck, Lexicon]] = {}


def deck_lexicon(deck: Deck) -> Lexicon:
    """The lexicon of a deck's words (built once per loaded deck; for a deck read from a
    file, kept beside it in the deck cache, :mod:`quiz.bank.deck_cache`)."""
    cached = _DECKS.get(id(deck))
    if cached is None or cached[0] is not deck:
        cached = _DECKS[id(deck)] = (deck, _kept_lexicon(deck))
    return cached[1]


def _kept_lexicon(deck: Deck) -> Lexicon:
    key = deck_cache.key_of(deck)
    name = f"{key}.lexicon-{_code_fingerprint()}" if key else ""
    kept = deck_cache.read_beside(name) if name else None
    if _lexicon_values(kept):
        return Lexicon(*(frozenset(words) for words in kept))
    texts = [deck.title, deck.description or ""]
    for q in deck.questions:
        _add_texts(q, texts)
    lexicon = text_lexicon(texts)
    if name:
        deck_cache.keep_beside(name, [sorted(part) for part in dataclasses.astuple(lexicon)])
    return lexicon


def _lexicon_values(value: object) -> TypeGuard[list[list[str]]]:
    """Whether a kept value is a lexicon's three word lists."""
    return (
        type(value) is list
        and len(value) == 3
        and all(type(part) is list and all(type(w) is str for w in part) for part in value)
    )


@lru_cache(maxsize=1)
def _code_fingerprint() -> str:
    """The code that reads a deck's words: a changed rule is another kept lexicon."""
    digest = hashlib.sha256()
    for module in (__file__, transliteration.__file__):
        digest.update(Path(module).read_bytes())
    return digest.hexdigest()[:16]
