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
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from quiz.answers.lexicon import Lexicon, deck_lexicon, english
from quiz.answers.spelling import Word
from quiz.answers.text import words_of
from quiz.answers.transliteration import sound_index, sound_keys
from quiz.bank.model import Deck, Numeric, Question, Short

VERSION = 1  # of the data's shape; the script ignores a version it does not know
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def judging_data(deck: Deck, q: Short | Numeric) -> dict[str, object]:
    """The judging data of one type-in question (see the module docstring)."""
    if isinstance(q, Numeric):
        return {
            "v": VERSION,
            "kind": "numeric",
            "answer": q.answer,
            "tolerance": q.tolerance,
            "unit": q.unit or "",
        }
    lexicon = deck_lexicon(deck)
    forms = [words_of(form, lexicon) for form in q.accepted]
    answer = {w.plain for form in forms for w in form}
    near: dict[str, int] = {}
    for word in {w.plain: w for form in forms for w in form}.values():
        for other, common in _near(word, lexicon):
            if other not in answer:
                near[other] = common
    names = any(form and form[-1].name for form in forms)
    ends = [w for w in _name_ends(lexicon) if w not in answer] if names else []
    full = sorted({n for w in answer | set(near) for n in _names_by_word(lexicon).get(w, ())})
    return {
        "v": VERSION,
        "kind": "short",
        "texts": list(q.accepted),
        "forms": [[_word(w) for w in form] for form in forms],
        "near": sorted(near.items()),
        "ends": ends,
        "full": full,
    }


def judging_html(deck: Deck, q: Question) -> str:
    """The hidden element carrying :func:`judging_data` ('' for other question types)."""
    if not isinstance(q, Short | Numeric):
        return ""
    data = json.dumps(judging_data(deck, q), ensure_ascii=False, separators=(",", ":"))
    encoded = base64.b64encode(data.encode()).decode("ascii")
    return f'<span class="quiz-judging" hidden data-judging="{encoded}"></span>'


@lru_cache(maxsize=16)
def _name_ends(lexicon: Lexicon) -> list[str]:
    return sorted(w for w in lexicon.name_ends if not lexicon.is_common_word(w))


@lru_cache(maxsize=16)
def _names_by_word(lexicon: Lexicon) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for name in lexicon.names:
        for word in set(name.split()):
            index.setdefault(word, []).append(name)
    return index


def _word(w: Word) -> list[object]:
    return [w.shown, w.plain, w.accented, int(w.dotted), int(w.name), int(w.capital)]


def _near(word: Word, lexicon: Lexicon) -> list[tuple[str, int]]:
    """Known words a typo away from an answer's word, or sounding like it; 1 if common."""
    plain = word.plain
    if len(plain) <= 2 or not plain.isalpha():
        return []  # such words take no typo (or hold digits, which never do)
    common = english()[0]
    found = {*_english_near(plain), *_close(plain, lexicon.deck)}
    for key in sound_keys(word.accented):
        found.update(_english_sounds().get(key, ()))
        found.update(_deck_sounds(lexicon.deck).get(key, ()))
    found.discard(plain)
    return sorted((w, int(w in common)) for w in found)


@lru_cache(maxsize=1)
def _english_sounds() -> dict[str, list[str]]:
    common, names = english()
    return sound_index(sorted(common | names))


@lru_cache(maxsize=16)
def _deck_sounds(words: frozenset[str]) -> dict[str, list[str]]:
    return sound_index(sorted(words))


@lru_cache(maxsize=8192)
def _english_near(word: str) -> frozenset[str]:
    common, names = english()
    if _limit(word) == 1:
        return frozenset(w for w in _one_edit(word) if w in common or w in names)
    return frozenset(_close(word, _by_length(len(word))))


def _limit(word: str) -> int:
    return max(1, len(word) // 5)  # quiz.answers.spelling.compare's typo limit


def _one_edit(word: str) -> set[str]:
    """Every string one deletion, swap, change or insertion away (optimal alignment)."""
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in cuts if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1}
    out |= {a + c + b[1:] for a, b in cuts if b for c in _LETTERS}
    out |= {a + c + b for a, b in cuts for c in _LETTERS}
    out.discard(word)
    return out


def _close(word: str, pool: frozenset[str] | tuple[str, ...]) -> set[str]:
    limit = _limit(word)
    found = process.extract(word, pool, scorer=OSA.distance, score_cutoff=limit, limit=None)
    return {w for w, distance, _ in found if 0 < distance <= limit}


@lru_cache(maxsize=64)
def _by_length(length: int) -> tuple[str, ...]:
    common, names = english()
    return tuple(w for w in common | names if abs(len(w) - length) <= 2)
