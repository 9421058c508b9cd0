"""Forgiving comparison of typed text with an answer (short answers, cloze blanks, options).

The text is read into words (:func:`words_of`): other scripts written in Latin, number
words as digits ("thirty-two" = "32", "first" = "1st"), "No 1" = "number 1"; case,
punctuation and the small words in :data:`IGNORED_WORDS` do not count ("Treaty of
Rapallo" = "treaty rapallo"). Then the typed words are aligned with the answer's
words in order (:func:`match_text`): each answer word must be matched by a typed word
(:func:`quiz.answers.spelling.compare`: the same word, or a forgiven spelling), and
a typed word left over must be a title or role before a name ("Comrade Lenin"), a
category word after the answer ("... newspaper"), or part of a fuller name (given
names, initials, patronymics: "Vladimir Ilyich Lenin"), but never another name of
the deck or a common English word, and never a given name other than the one the
answers give ("Boris Pavlova"). Typos are capped across the answer at one letter in
five; answers of :data:`EXACT_MAX_LEN` letters or fewer take no typo at all.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import OSA

from quiz.answers.dates import full_year, joins_numbers, same_date
from quiz.answers.lexicon import Lexicon, english, fold
from quiz.answers.names import CATEGORY_WORDS, NUMBER_SIGNS, TITLES
from quiz.answers.other_names import with_other_names
from quiz.answers.spelling import Word, compare
from quiz.answers.transliteration import to_latin
from quiz.core.numbers import MAX_TEXT_CHARS as MAX_ANSWER_CHARS
from quiz.core.numbers import as_number, spell_numbers

FUZZY_SHARE = 0.2  # at most one letter in five wrong across the answer
EXACT_MAX_LEN = 4  # answers this short (letters, small words aside) take no typo
MAX_EXTRA_WORDS = 6  # typed words beyond the answer's that alignment will consider
IGNORED_WORDS = frozenset({"the", "a", "an", "of", "to", "and", "in"})
FULLER_NAME = "fuller name"  # the note on given names, initials or patronymics set aside
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*(?:'?s\b|st\b|nd\b|rd\b|th\b)?|[^\W\d_]+(?:['’][^\W\d_]+)*\.?")
_SIGNS = "|".join(re.escape(s) for s in NUMBER_SIGNS)
_NUMBER_SIGN = re.compile(rf"(?<!\w)(?:{_SIGNS})\.?\s*(?=\d)", re.I)
NO_LEXICON = Lexicon()


def normalise(text: str) -> str:
    """Case, accents, punctuation and spacing removed: 'Ernst  Máy!' -> 'ernst may'."""
    text = unicodedata.normalize("NFKD", text[:MAX_ANSWER_CHARS])
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"['’ʼ`]", "", text)
    return " ".join("".join(c if c.isalnum() else " " for c in text).split())


@lru_cache(maxsize=8192)
def _tokens(text: str) -> tuple[tuple[str, bool], ...]:
    """(word as written, capitalised) of a text, number words spelled out as digits."""
    text = unicodedata.normalize("NFKC", to_latin(text[:MAX_ANSWER_CHARS]))
    text = spell_numbers(_NUMBER_SIGN.sub(" number ", text.replace("’", "'")))
    out: list[tuple[str, bool]] = []
    for m in _TOKEN.finditer(text):
        token = m[0].replace(",", "") if m[0][0].isdigit() else m[0]
        out.append((full_year(out[-1][0] if out else "", token), token[0].isupper()))
    return tuple(out)


@lru_cache(maxsize=8192)
def words_of(text: str, lexicon: Lexicon | None = None) -> tuple[Word, ...]:
    """The words that count, small words aside (unless nothing else is left).

    With a lexicon, capitalised words are marked as names: those that are not common
    English words, and their capitalised neighbours ("Ernst May", "North Caucasus").
    """
    tokens = _tokens(text)
    plain = [fold(t.rstrip(".")) for t, _ in tokens]
    keep = [
        i
        for i, (p, (t, _)) in enumerate(zip(plain, tokens, strict=True))
        if (p not in IGNORED_WORDS or t.endswith(".")) and not joins_numbers(plain, i)
    ] or list(range(len(tokens)))
    names = [False] * len(tokens)
    if lexicon is not None:
        common = english()[0]  # lexicon.is_common_word
        run: list[int] = []
        for i, (_, capital) in enumerate([*tokens, ("", False)]):  # a last run ends
            if capital and plain[i] not in IGNORED_WORDS:
                run.append(i)
                continue
            if any(plain[r] not in common for r in run):
                for r in run:
                    names[r] = True
            run = []
    out = []
    for i in keep:
        shown, capital = tokens[i]
        bare = shown.rstrip(".")
        accented = bare.casefold().replace("'", "")
        out.append(Word(shown, plain[i], accented, bare != shown, names[i], capital))
    return tuple(out)


@dataclass(frozen=True)
class TextMatch:
    """How a typed text matched: ``exact``, ``near`` (forgiven) or ``none``."""

    kind: str
    form: str  # the accepted form it matched (or the first one)
    cost: int = 0  # how much was forgiven: the closest reading wins
    notes: tuple[str, ...] = ()  # each forgiveness, as feedback names it
    reason: str = ""  # why a close answer was refused

    @property
    def accepted(self) -> bool:
        return self.kind != "none"


@dataclass(frozen=True)
class _Aligned:
    cost: int
    edits: int
    notes: tuple[str, ...]
    given: tuple[Word, ...]  # extra name words typed before the answer's first word
    full: int = 0  # answer words written out (not only an initial)


def _extra(
    word: Word, where: str, key: Sequence[Word], lexicon: Lexicon, answer: frozenset[str]
) -> tuple[str, bool] | None:
    """(note, is a given name) for a typed word beyond the answer's, or None if not allowed."""
    w = word.plain
    if w in TITLES and where != "infix":
        return f"'{word.shown}' set aside", False
    if w in CATEGORY_WORDS and where == "suffix" and key[-1].capital:
        return f"'{word.shown}' set aside", False  # "Krupp firm"; not "--keep-within-daily"
    # a lone capitalised key is a surname too, though English uses the word ("Isaac Newton")
    surname = key[-1].name or (len(key) == 1 and key[0].capital and where == "prefix")
    if where != "suffix" and surname and not any(c.isdigit() for c in w):
        initial = len(w) == 1 or (word.dotted and len(w) <= 3)
        other_name = w in lexicon.name_ends and w not in answer and not lexicon.is_common_word(w)
        if initial or not (lexicon.is_common_word(w) or other_name):
            return FULLER_NAME, where == "prefix"
    return None


def _align(
    typed: Sequence[Word],
    key: Sequence[Word],
    lexicon: Lexicon,
    answer: frozenset[str],
    reasons: list[str],
) -> _Aligned | None:
    """The cheapest way to read ``typed`` as ``key`` plus allowed extra words, or None."""
    if len(typed) > len(key) + MAX_EXTRA_WORDS:
        return None
    memo: dict[tuple[int, int], _Aligned | None] = {}

    def best(i: int, j: int) -> _Aligned | None:
        if (i, j) in memo:
            return memo[i, j]
        if i == len(typed):
            memo[i, j] = _Aligned(0, 0, (), ()) if j == len(key) else None
            return memo[i, j]
        options: list[_Aligned] = []
        if j < len(key):
            found, why = compare(typed[i], key[j], lexicon, answer)
            rest = best(i + 1, j + 1) if found else None
            if found and rest:
                said: tuple[str, ...] = (found.note,) if found.note else ()
                full = rest.full + (found.kind != "initial")
                options.append(
                    _Aligned(
                        found.cost + rest.cost,
                        found.edits + rest.edits,
                        said + rest.notes,
                        rest.given,
                        full,
                    )
                )
            elif why:
                reasons.append(why)
        for m in range(2, len(key) - j + 1):  # an initialism: 'US' for 'United States'
            words = key[j : j + m]
            rest = best(i + 1, j + m) if _initials(typed[i], words) else None
            if rest:
                read = f"'{typed[i].shown}' read as '{' '.join(w.shown for w in words)}'"
                options.append(
                    _Aligned(1 + rest.cost, rest.edits, (read, *rest.notes), rest.given, m)
                )
        where = "prefix" if j == 0 else "suffix" if j == len(key) else "infix"
        extra = _extra(typed[i], where, key, lexicon, answer)
        rest = best(i + 1, j) if extra else None
        if extra and rest:
            note, given = extra
            unsure = note == FULLER_NAME and not key[-1].name  # a spelled form reads closer
            options.append(
                _Aligned(
                    1 + unsure + rest.cost,
                    rest.edits,
                    (note, *rest.notes),
                    ((typed[i],) if given else ()) + rest.given,
                    rest.full,
                )
            )
        memo[i, j] = min(options, key=lambda a: a.cost) if options else None
        return memo[i, j]

    return best(0, 0)


def _initials(typed: Word, words: Sequence[Word]) -> bool:
    """Whether a typed word is the initials of capitalised common words: 'US' for United
    States (not of a person's or place's name: 'VK' is no answer for Valerian Kuibyshev)."""
    return all(w.capital and not w.name for w in words) and typed.plain == "".join(
        w.plain[0] for w in words
    )


def _given_names(forms: list[tuple[Word, ...]]) -> list[Word]:
    """The first words of the accepted forms that give a name before a surname."""
    return [f[0] for f in forms if len(f) > 1 and f[0].name and f[-1].name]


def match_text(answer: str, accepted: Sequence[str], lexicon: Lexicon | None = None) -> TextMatch:
    """Compare a typed answer with each accepted form; the closest reading wins."""
    lexicon = lexicon or NO_LEXICON
    accepted = with_other_names(accepted)  # "USSR" for the Soviet Union
    typed = words_of(answer)
    best = TextMatch("none", accepted[0])
    if not typed:
        return best
    forms = [words_of(f, lexicon) for f in accepted]
    answer_words = frozenset(w.plain for f in forms for w in f)
    if " ".join(w.plain for w in typed) in lexicon.names:  # a full name the deck itself writes
        answer_words |= {w.plain for w in typed}
    script = answer != to_latin(answer)
    for form, key in zip(accepted, forms, strict=True):
        found = _match_form(answer, typed, form, key, forms, lexicon, answer_words)
        if found.accepted and script:
            note = f"'{answer.strip()}' read as '{form}'"
            found = TextMatch("near", form, found.cost + 1, (note,), "")
        closer = found.accepted and (not best.accepted or found.cost < best.cost)
        if closer or (not best.accepted and found.reason and not best.reason):
            best = found
    if not best.accepted:  # "26 June" for June 26: the same day in another order
        for form in accepted:
            if same_date(answer, form):
                return TextMatch("near", form, 1, (f"'{answer.strip()}' is the same day",))
    return best


def _match_form(
    answer: str,
    typed: Sequence[Word],
    form: str,
    key: Sequence[Word],
    forms: list[tuple[Word, ...]],
    lexicon: Lexicon,
    answer_words: frozenset[str],
) -> TextMatch:
    typed_number = as_number(answer)
    if typed_number is not None and typed_number == as_number(form):
        return TextMatch("exact", form)
    if not key:
        return TextMatch("none", form)
    reasons: list[str] = []
    aligned = _align(typed, key, lexicon, answer_words, reasons)
    letters = sum(len(k.plain) for k in key)
    if aligned and not aligned.full and any(k.name for k in key):
        aligned = None  # initials alone: 'V. K.' is no answer; 'U. S.' is United States
    if aligned and aligned.edits > (
        0 if letters <= EXACT_MAX_LEN else max(1, FUZZY_SHARE * letters)
    ):
        aligned = None
    if aligned and aligned.given:
        wanted = _given_names(forms) if len(key) == 1 else []
        if wanted and not any(compare(aligned.given[0], g, lexicon)[0] for g in wanted):
            shown = aligned.given[0].shown
            reason = f"'{shown}' is not the given name the answer has ('{wanted[0].shown}')."
            return TextMatch("none", form, reason=reason)
    if aligned:
        notes = tuple(dict.fromkeys(aligned.notes))
        return TextMatch("exact" if not aligned.cost else "near", form, aligned.cost, notes)
    run_together = _run_together(typed, key)
    if run_together:
        return TextMatch("near", form, 2, (f"spelled '{form}'",))
    return TextMatch("none", form, reason=reasons[0] if reasons else "")


def _run_together(typed: Sequence[Word], key: Sequence[Word]) -> bool:
    """'metal worker' for 'metalworker' (or the reverse), with one typo at most in long words."""
    if len(typed) == len(key):
        return False
    t, k = "".join(w.plain for w in typed), "".join(w.plain for w in key)
    if t == k:
        return True
    return len(k) > 8 and not any(c.isdigit() for c in t + k) and OSA.distance(t, k) <= 1
