"""Reading which option was meant: by letter, or by the option's text.

A single letter always means the option shown with it. Otherwise the text is read as
an option when it matches, by the rules of :func:`quiz.answers.text.match_text`, the
whole option, a part of it set off by a comma, parenthesis or dash ("Gorky" for
"Gorky, now Nizhny Novgorod"), or a name that only that option holds ("Volga" for
"The Lower Volga"). The closest reading wins: with options año, ano and anno, "ano"
is the option ano (an exact match beats a forgiven accent). When two options are
read equally well, the answer cannot be read: the learner is asked for a letter.
For ``multi``, answers are split at commas, semicolons, slashes and "and", and
neighbouring pieces are joined again where only together they name an option.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quiz.answers.arrangement import letters_not_shown, read_letters
from quiz.answers.lexicon import Lexicon
from quiz.answers.text import FULLER_NAME, MAX_ANSWER_CHARS, match_text, normalise, words_of
from quiz.answers.verdict import quoted

_PARTS = re.compile(r"\s*(?:[,;:()/]|\s[-–—]\s|\bnow\b|\bor\b)\s*")
_SPLIT = re.compile(r"(\s*(?:[,;/+&]|\band\b)\s*)")


@dataclass(frozen=True)
class Picked:
    """An option read from text: its position, and what was forgiven to read it."""

    position: int
    notes: tuple[str, ...] = ()


def _readings(option: str, lexicon: Lexicon) -> list[str]:
    """The texts that stand for an option: its parts, the names in it (itself aside)."""
    parts = [p for p in _PARTS.split(option) if p and p.strip()]
    names = [w.shown for w in words_of(option, lexicon) if w.name and len(w.plain) > 2]
    return list(dict.fromkeys([*(parts if len(parts) > 1 else []), *names]))


def _by_own_words(texts: list[str], answer: str, lexicon: Lexicon) -> list[int]:
    """Options holding every typed word, one of them a word no other option has ('coal')."""
    typed = {w.plain for w in words_of(answer)}
    words = [{w.plain for w in words_of(re.sub(r"-", " ", t))} for t in texts]
    return [
        p
        for p, own in enumerate(words)
        if typed <= own and typed - set().union(*(w for q, w in enumerate(words) if q != p))
    ]


def read_text_option(
    texts: list[str], answer: str, lexicon: Lexicon
) -> tuple[Picked | None, list[int]]:
    """The option this text names, or None and the positions it could name (if several).

    The whole option first, then a part or a name of it, then words only it holds.
    """
    for level in ("whole", "part"):
        scored: list[tuple[int, Picked]] = []
        for position, option in enumerate(texts):
            readings = [option] if level == "whole" else _readings(option, lexicon)
            found = [match_text(answer, [r], lexicon) for r in readings]
            found = [f for f in found if FULLER_NAME not in f.notes]  # options as written
            if any(f.accepted for f in found):
                best = min((f for f in found if f.accepted), key=lambda f: f.cost)
                scored.append((best.cost, Picked(position, best.notes)))
        if scored:
            low = min(cost for cost, _ in scored)
            picks = [p for cost, p in scored if cost == low]
            return (picks[0], []) if len(picks) == 1 else (None, [p.position for p in picks])
    own = _by_own_words(texts, answer, lexicon)
    return (Picked(own[0]), []) if len(own) == 1 else (None, own)


def read_choice(
    shown: list[tuple[str, str]], answer: str, lexicon: Lexicon | None = None
) -> tuple[Picked | None, str]:
    """The option picked by one letter, else by its text; or None and why.

    Letters come first: with ``a) C  b) B  c) D  d) A`` shown, ``c`` is option D. A
    letter typed twice ('dd', 'd d') is that one pick, as a multi answer counts it once.
    """
    positions, problem = read_letters(answer, len(shown))
    if not problem and len(set(positions)) == 1:
        return Picked(positions[0]), ""
    if not problem:  # letters only ('ca', 'cab'): the text counts only as a whole option
        typed = normalise(answer)
        exact = [p for p, (_, text) in enumerate(shown) if normalise(text) == typed]
        many = f"{quoted(answer)} picks {len(set(positions))} options, not one."
        return (Picked(exact[0]), "") if len(exact) == 1 else (None, many)
    picked, tied = read_text_option([t for _, t in shown], answer, lexicon or Lexicon())
    if picked is not None:
        return picked, ""
    if tied:
        letters = " or ".join(shown[p][0] for p in tied)
        return None, f"{quoted(answer)} could be {letters}."
    return None, _not_an_option(shown, answer, answer.strip(), problem)


def _not_an_option(
    shown: list[tuple[str, str]], answer: str, piece: str, problem: str | None
) -> str:
    """Why an answer names no option: the letters not shown when it is written in letters
    ('b d e': there is no 'e'), else the piece that names none."""
    if problem and (letters_not_shown(answer, len(shown)) or len(answer) > MAX_ANSWER_CHARS):
        return problem
    return f"{quoted(piece)} is none of the options."


def read_choices(
    shown: list[tuple[str, str]], answer: str, lexicon: Lexicon | None = None
) -> tuple[list[Picked], str | None]:
    """Options picked by letters ('a c', 'ac') or by their texts ('Finland, Poland')."""
    positions, problem = read_letters(answer, len(shown))
    if not problem:
        return [Picked(p) for p in positions], None
    lexicon = lexicon or Lexicon()
    pieces = _SPLIT.split(answer.strip())
    texts = [t for _, t in shown]
    picks: list[Picked] = []
    i = 0
    while i < len(pieces):
        for j in reversed(range(i + 1, len(pieces) + 1, 2)):  # longest run naming one option
            text = "".join(pieces[i:j]).strip()
            picked, _ = read_text_option(texts, text, lexicon) if text else (None, [])
            if picked is not None:
                picks.append(picked)
                i = j + 1
                break
        else:
            piece = pieces[i].strip()
            if piece:
                return [], _not_an_option(shown, answer, piece, problem)
            i += 2
    return (picks, None) if picks else ([], problem)
