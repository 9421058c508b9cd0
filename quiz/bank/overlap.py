"""Repeated facts: questions that ask, or give away, what another question asks.

Decks drawn from the same sources repeat facts (the bundled timeline deck restates
facts of the other two). On one paper that is a free mark or a question answered by
another, so before selection every pair of eligible questions is compared and the
later of each repeating pair (in deck order) is left out. Two questions repeat a fact
when:

- their keyed content is the same: the same match pairs or order items (half or more
  of them), the same right option, short answer or number asked about the same thing;
- their prompts are nearly the same text;
- one states the other's answer: a true/false statement, prompt, option, item or
  pair that names the other's answer while speaking of the same thing (two or more of
  its meaning-bearing words or numbers), say "Ernst May arrived in 1930" beside "In which
  year did Ernst May arrive?", or "the 50 million gold marks of 1923" beside "In which
  year were 50 million gold marks paid?".

A pure function of the questions; no randomness, so every variant leaves out the same.

A draft has a sharper case (:func:`look_alikes`): two prompts that read the same while
their answers differ ("inactivity lasting ____ minutes", 30 at one level and 15 at
another, the level cut from both). Neither says which is meant, so each has two
defensible answers, and both go.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from rapidfuzz import fuzz

from quiz.answers.text import normalise
from quiz.bank.cloze import cloze_answered
from quiz.bank.model import (
    Choice,
    Cloze,
    Deck,
    Flashcard,
    Match,
    Multi,
    Numeric,
    Order,
    Question,
    Short,
    TrueFalse,
)
from quiz.core.numbers import format_number

SAME_PROMPT = 92  # rapidfuzz token_set_ratio at which two prompts ask the same thing
SHARED_WORDS = 2  # meaning-bearing words two texts share to be about the same thing
COMMON_SHARE = 0.08  # a word in more of the questions than this says little about any one
MIN_ANSWER_CHARS = 4  # shorter text answers ("May", "36%") are too common to search for
_STOP_WORDS = (
    "about above after again against also among article author because been before being "
    "below between both could does during each from have into itself more most notes "
    "other over same should some such than that their them then there these they this "
    "those through under until very were what when where which while whom with would "
    "your according says said give gives given name named first second third"
)
STOP = frozenset(_STOP_WORDS.split())


WORDED = (Short, Numeric, TrueFalse, Cloze, Flashcard)  # types whose prompt is the fact


@dataclass(frozen=True)
class Fact:
    """What one question asks and shows, normalised for comparison."""

    deck: Deck
    question: Question
    prompt: str  # the asking text, normalised
    shown: str  # everything printed on the paper, normalised
    answers: tuple[str, ...]  # answers a student writes or ticks, normalised
    numbers: tuple[str, ...]  # numeric answers as digits
    pairs: frozenset[tuple[str, str]]  # match pairs, order items as (item, place)
    words: frozenset[str]  # meaning-bearing word stems and numbers of the prompt

    @property
    def name(self) -> str:
        return f"{self.deck.id}/{self.question.id}"


def _stems(text: str) -> frozenset[str]:
    return frozenset(w[:5] for w in text.split() if len(w) >= 4 and w not in STOP)


def _keywords(text: str) -> frozenset[str]:
    """Meaning-bearing word stems and every number of a normalised text."""
    return _stems(text) | frozenset(w for w in text.split() if w.isdigit())


def fact(deck: Deck, q: Question, common: frozenset[str] = frozenset()) -> Fact:
    """``common``: word stems too frequent in these decks to say what a question is about."""
    answers: list[str] = []
    numbers: list[str] = []
    unit = ""
    pairs: set[tuple[str, str]] = set()
    shown = [q.prompt_text]
    if isinstance(q, Choice):
        answers, shown = [q.answer], [*shown, *q.options]
    elif isinstance(q, Multi):
        answers, shown = list(q.answers), [*shown, *q.options]
    elif isinstance(q, Short):
        answers = list(q.accepted)
    elif isinstance(q, Numeric):
        numbers = [format_number(q.answer).replace(" ", "")]
        unit = "" if q.unit == "year" else normalise(q.unit or "")  # a year: a plain number
    elif isinstance(q, Cloze):
        answers = [d.answer for d in q.deletions]
    elif isinstance(q, Order):
        pairs = {(normalise(item), str(n)) for n, item in enumerate(q.items)}
        shown += q.items
    elif isinstance(q, Match):
        pairs = {(normalise(left), normalise(right)) for left, right in q.pairs}
        shown += [text for pair in q.pairs for text in pair] + list(q.spares)
    elif isinstance(q, Flashcard):
        answers = [q.back]
    prompt = normalise(cloze_answered(q.text) if isinstance(q, Cloze) else q.prompt_text)
    return Fact(
        deck,
        q,
        prompt,
        " ".join(normalise(s) for s in shown),
        tuple(a for a in map(normalise, answers) if a),
        tuple(f"{n} {unit}".strip() for n in numbers) if isinstance(q, Numeric) else (),
        frozenset(pairs),
        _keywords(prompt) - common,
    )


def repeats(a: Fact, b: Fact) -> str | None:
    """Why ``b`` repeats a fact of ``a`` (or gives it away, or the reverse), or None."""
    if a.pairs and b.pairs and type(a.question) is type(b.question):
        shared = len(a.pairs & b.pairs)
        if shared * 2 >= min(len(a.pairs), len(b.pairs)) and shared >= 2:
            what = "pairs" if isinstance(a.question, Match) else "items"
            return f"the same {what}"
    about_same = len(a.words & b.words) >= SHARED_WORDS
    same_answer = set(a.answers) & set(b.answers) or set(a.numbers) & set(b.numbers)
    if type(a.question) is type(b.question) and about_same and same_answer:
        return "the same answer"
    worded = isinstance(a.question, WORDED) and isinstance(b.question, WORDED)
    if worded and _same_prompt(a.prompt, b.prompt):
        return "nearly the same prompt"
    if about_same and (_states(a, b) or _states(b, a)):
        return "one states the other's answer"
    return None


def _same_prompt(a: str, b: str) -> bool:
    """Nearly the same prompt: the same words of meaning, in other order or inflection; not
    "which year did Rapallo ..." beside "which year did Locarno ...", nor "1" beside "2"."""
    return (
        len(a) > 20 and fuzz.token_set_ratio(a, b) >= SAME_PROMPT and _keywords(a) == _keywords(b)
    )


def look_alikes(questions: Sequence[Question]) -> tuple[set[int], set[int]]:
    """The indices of questions whose prompt reads as another's while the answers differ
    (see the module's note), and of later ones that repeat an earlier prompt and answer.
    Compared only within one set of keywords, so linear."""
    groups: dict[frozenset[str], list[int]] = defaultdict(list)
    prompts = [normalise(q.prompt_text) for q in questions]
    for i, prompt in enumerate(prompts):
        if not isinstance(questions[i], (Match, Order)):  # their items say what is asked
            groups[_keywords(prompt)].append(i)
    unclear: set[int] = set()
    repeated: set[int] = set()
    for members in groups.values():
        for i, j in combinations(members, 2):
            if prompts[i] != prompts[j] and not _same_prompt(prompts[i], prompts[j]):
                continue
            if _key(questions[i]) == _key(questions[j]):
                repeated.add(j)
            else:
                unclear.update((i, j))
    return unclear, repeated - unclear


def _key(q: Question) -> object:
    if isinstance(q, Cloze):
        return tuple(normalise(d.answer) for d in q.deletions)
    return getattr(q, "answer", None) or getattr(q, "back", None)


def _states(asker: Fact, teller: Fact) -> bool:
    """Whether ``teller``'s printed text names ``asker``'s answer."""
    if isinstance(teller.question, Flashcard):
        return False  # a card's front is all it shows
    numbers = [n.split()[0] for n in asker.numbers]
    telling = [a for a in asker.answers if len(a) >= MIN_ANSWER_CHARS and _stems(a) - STOP]
    texts = telling + numbers
    if isinstance(asker.question, TrueFalse):
        return False  # a statement has no answer to state
    return any(re.search(rf"(?<!\w){re.escape(t)}(?!\w)", teller.shown) for t in texts)


@dataclass(frozen=True)
class LeftOut:
    kept: Fact
    dropped: Fact
    why: str

    def __str__(self) -> str:
        return f"left out {self.dropped.name}: repeats {self.kept.name} ({self.why})"


def without_repeats(
    entries: Sequence[tuple[Deck, Question]],
) -> tuple[list[tuple[Deck, Question]], list[LeftOut]]:
    """The entries with the later of each repeating pair left out, and what was left out."""
    counts = Counter(s for _, q in entries for s in _keywords(normalise(q.prompt_text)))
    common = frozenset(s for s, n in counts.items() if n > max(3, COMMON_SHARE * len(entries)))
    facts = [fact(deck, q, common) for deck, q in entries]
    dropped: dict[int, LeftOut] = {}
    for i, j in combinations(range(len(facts)), 2):
        if i in dropped or j in dropped:
            continue
        why = repeats(facts[i], facts[j])
        if why:
            dropped[j] = LeftOut(facts[i], facts[j], why)
    kept = [entry for k, entry in enumerate(entries) if k not in dropped]
    return kept, [dropped[k] for k in sorted(dropped)]


SHOWN_LEFT_OUT = 3  # left-out questions named in the warnings; the manifest lists all


def repeats_note(left_out: Sequence[LeftOut]) -> list[str]:
    """Warnings naming what was left out (the first few; all are in the manifest)."""
    notes = [str(x) for x in left_out[:SHOWN_LEFT_OUT]]
    if len(left_out) > SHOWN_LEFT_OUT:
        more = len(left_out) - SHOWN_LEFT_OUT
        notes.append(
            f"left out {more} more that repeat a fact of another question "
            "(every one is listed in manifest.json under left_out)"
        )
    return notes
