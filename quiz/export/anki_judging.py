"""What a type-in card's script needs to judge a typed answer as quiz does.

The card script (``anki_js/judge.js``) ports the rules of :mod:`quiz.answers` for short
and numeric answers. What it cannot compute in the card comes with the note, in a
hidden element of its ``Accepted`` field (base64 JSON, so no character of it can be
read as HTML or Anki syntax):

- the accepted forms already read into words by :func:`quiz.answers.text.words_of` with
  the deck's lexicon (which words are names needs the 41,000 common English words);
- ``near``: the words English or the deck knows that lie one typo (or two, in long
  words) from a word of the answer, or sound the same by the transliteration rules
  ('sauce' for *Zauze*). A typed word that is one of them is "another word", not a
  misspelling (``coats`` for *costs*); 1 marks a common English word. This is the part
  of the 51,000-word list a card can meet: a few words per note instead of the list
  itself (140 kB compressed, too much for every card on a phone);
- ``ends``: the names the deck writes last or alone ('Stalin'), which are another
  person when typed before the answer's name; ``full``: the full names it writes that
  hold a word of the answer ('vladimir ilyich lenin');
- a numeric question's number, tolerance and unit.

What the card still cannot know (docs/anki.md): whether a word typed *before* a name
is a common English word ("excellent Lenin"): the script knows only a short list of
them, so it may take such a word for part of a fuller name where the terminal refuses.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from quiz.answers.lexicon import Lexicon, deck_lexicon, english
from quiz.answers.other_names import with_other_names
from quiz.answers.spelling import Word
from quiz.answers.text import words_of
from quiz.answers.transliteration import sound_keys
from quiz.bank.model import Deck, Numeric, Question, Short
from quiz.export.anki_near import NearWords, near_words

VERSION = 1  # of the data's shape; the script ignores a version it does not know


class Judging:
    """The judging data of one deck's type-in notes, for one export: the deck's lexicon
    and its tables are built at the first short answer, and each answer text and word is
    read once (big decks repeat them)."""

    def __init__(self, deck: Deck) -> None:
        self.deck = deck
        self._lexicon: Lexicon | None = None
        self._tables: _Tables | None = None
        self._near: NearWords | None = None
        self._forms: dict[str, tuple[Word, ...]] = {}
        self._words: dict[tuple[str, str], list[tuple[str, int]]] = {}

    def html(self, q: Question) -> str:
        """The hidden element carrying the data ('' for other question types)."""
        if not isinstance(q, Short | Numeric):
            return ""
        encoded = base64.b64encode(self.json(q).encode()).decode("ascii")
        return f'<span class="quiz-judging" hidden data-judging="{encoded}"></span>'

    def json(self, q: Short | Numeric) -> str:
        """The data as compact JSON, the keys in the order the script's version 1 has."""
        if isinstance(q, Numeric):
            unit = q.unit or ""
            data = {"v": VERSION, "kind": "numeric", "answer": q.answer, "tolerance": q.tolerance}
            return _json(data | {"unit": unit})
        tables = self.tables()
        accepted = with_other_names(q.accepted)
        forms = [self.words_of(form) for form in accepted]
        words = {w.plain: w for form in forms for w in form}
        near: dict[str, int] = {}
        for word in words.values():
            for other, common in self.near(word):
                if other not in words:
                    near[other] = common
        names = any(form and form[-1].name for form in forms)
        by_word = tables.names_by_word
        full = sorted({n for w in (*words, *near) if w in by_word for n in by_word[w]})
        parts = {
            "texts": list(accepted),
            "forms": [[_word(w) for w in form] for form in forms],
            "near": sorted(near.items()),
        }
        ends = tables.ends.without(words) if names else "[]"
        head = _json(parts)[1:-1]
        return f'{{"v":{VERSION},"kind":"short",{head},"ends":{ends},"full":{_json(full)}}}'

    def tables(self) -> _Tables:
        if self._tables is None:
            self._tables = _tables(self.lexicon())
        return self._tables

    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = deck_lexicon(self.deck)
        return self._lexicon

    def words_of(self, text: str) -> tuple[Word, ...]:
        found = self._forms.get(text)
        if found is None:
            found = self._forms[text] = words_of(text, self.lexicon())
        return found

    def near(self, word: Word) -> list[tuple[str, int]]:
        """Known words a typo away from an answer's word, or sounding like it; 1 if common."""
        key = (word.plain, word.accented)
        found = self._words.get(key)
        if found is None:
            found = self._words[key] = self._near_words(word)
        return found

    def _near_words(self, word: Word) -> list[tuple[str, int]]:
        plain = word.plain
        if len(plain) <= 2 or not plain.isalpha():
            return []  # such words take no typo (or hold digits, which never do)
        if self._near is None:
            self._near = near_words(self.lexicon().deck)
        found = self._near.typos(plain)
        for key in sound_keys(word.accented):
            found.update(self._near.sounds(key))
        found.discard(plain)
        common = english()[0]
        return sorted((w, int(w in common)) for w in found)


@dataclass(frozen=True)
class _Ends:
    """The deck's name ends that are no common word, in order, for the ``ends`` of every
    name answer's note (a big deck has thousands): each end is encoded once, and the
    list is joined again only without an answer's own words."""

    items: list[str]  # each end as JSON
    at: dict[str, int]  # where each end is in that order
    encoded: str  # the whole list as JSON

    def without(self, words: Iterable[str]) -> str:
        cuts = sorted(self.at[w] for w in words if w in self.at)
        if not cuts:
            return self.encoded
        kept, start = [], 0
        for cut in cuts:
            kept += self.items[start:cut]
            start = cut + 1
        return "[" + ",".join(kept + self.items[start:]) + "]"


@dataclass(frozen=True)
class _Tables:
    ends: _Ends
    names_by_word: dict[str, list[str]]  # the full names holding each word


@lru_cache(maxsize=16)
def _tables(lexicon: Lexicon) -> _Tables:
    ends = sorted(w for w in lexicon.name_ends if not lexicon.is_common_word(w))
    items = [_json(w) for w in ends]
    encoded = "[" + ",".join(items) + "]"
    by_word: dict[str, list[str]] = {}
    for name in lexicon.names:
        for word in set(name.split()):
            by_word.setdefault(word, []).append(name)
    return _Tables(_Ends(items, {w: i for i, w in enumerate(ends)}, encoded), by_word)


_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))  # compact, made once


def _json(value: object) -> str:
    return _JSON.encode(value)


def _word(w: Word) -> list[object]:
    return [w.shown, w.plain, w.accented, int(w.dotted), int(w.name), int(w.capital)]
