"""Which facts of a document to ask: each fact once, from a sentence that states it fairly.

A sentence asks nothing when it is short, states no fact (a question, a list's lead-in,
a supposition, an instruction, a pointer at a figure) or leans on a referent it does
not have. Of its facts, those whose answer shows elsewhere in the text, or that the
text computes, are left out, and so are names of the document's own subject ("Watson"
in a life of Watson: every sentence would give them away) and of the scholars it cites
("according to historian X": a source, not a fact to learn).

Two facts are the same fact when :func:`~quiz.authoring.drafting.facts.fact_key` says so
and they are about the same thing: the sentences share a name other than the
document's subject, or one names nothing else (a biography's lead repeats its body). A
name, or a full date ("3 March 1901"), is one fact wherever it stands. The first
statement is asked; later ones are not.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from quiz.authoring.drafting.checks import computable, states_no_fact
from quiz.authoring.drafting.distractors import gives_itself_away
from quiz.authoring.drafting.document import Document
from quiz.authoring.drafting.facts import NAMES, Fact, fact_key
from quiz.authoring.drafting.name_words import CAPITALS, PLACE_BEFORE
from quiz.authoring.drafting.names import name_spans
from quiz.authoring.drafting.spots import Spot

PRIORITY = (
    "percent", "money", "count", "ratio", "age", "year", "period", "decade", "date", "range",
    "person", "firm", "country", "place",
)  # fmt: skip
FACTS_PER_SENTENCE = 2
MIN_WORDS = 6  # shorter sentences ("K. Matuszak, Leipzig, 1923.") ask nothing
NAME_QUOTA = {"country": 2, "place": 3}  # questions at most per document; the rest unlimited


_PLACE_LEAD = re.compile(  # "in Vienna", "between Vienna, Rome and Paris"
    rf"\b(?:{'|'.join(sorted(PLACE_BEFORE | {'at', 'to', 'from'}))})\s+"
    r"(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*(?:,\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+))*$"
)


def used_as_place(fact: Fact, sentence: str) -> bool:
    """Whether a capital names the city here, not its government ("Moscow refused")."""
    if fact.text not in CAPITALS:
        return True
    after = sentence[fact.end : fact.end + 2]
    return not re.match(r"[’']s", after) and bool(_PLACE_LEAD.search(sentence[: fact.start]))


def protagonists(doc: Document) -> frozenset[str]:
    """The names the title gives: the document's own subject ("Watson" in a life of Watson)."""
    return frozenset(w for n, _ in name_spans(f"About {doc.title}") for w in n.split())


@dataclass(frozen=True)
class Chosen:
    spot: Spot
    fact: Fact
    alone: bool = True  # the only fact asked of its sentence (a true/false may state it)


class _Seen:
    """The statements of one value so far, folded so a look-up costs the same at any length:
    matched when a new one is in the same sentence, names nothing else, or shares a name."""

    def __init__(self) -> None:
        self.indices: set[int] = set()
        self.names: set[str] = set()
        self.nameless = False
        self.any = False

    def add(self, index: int, about: frozenset[str]) -> None:
        self.indices.add(index)
        self.names |= about
        self.nameless |= not about
        self.any = True

    def matches(self, index: int, about: frozenset[str]) -> bool:
        if not self.any:
            return False
        return index in self.indices or not about or self.nameless or bool(about & self.names)


class Selection:
    """The facts asked so far, to ask no fact twice."""

    def __init__(self, protagonists: frozenset[str]):
        self.protagonists = protagonists
        self.names: set[tuple] = set()
        self.undated: dict[tuple, _Seen] = defaultdict(_Seen)  # statements without a day
        self.dated: dict[tuple, _Seen] = defaultdict(_Seen)  # full dates: "3 March 1901"
        self.days: dict[tuple, set[tuple]] = defaultdict(set)
        self.kinds: Counter[str] = Counter()

    def is_asked(self, fact: Fact, spot: Spot) -> bool:
        key = fact_key(fact)
        if key[0] == "name":
            return key in self.names
        about, day = self._about(fact, spot), _day(fact)
        if day and day in self.days.get(key, ()):
            return True  # "3 March 1901" twice: one date, whatever else is named
        if self.undated.get(key, _NONE).matches(spot.index, about):
            return True
        return not day and self.dated.get(key, _NONE).matches(spot.index, about)

    def mark(self, fact: Fact, spot: Spot) -> None:
        key = fact_key(fact)
        self.kinds[fact.kind] += 1
        if key[0] == "name":
            self.names.add(key)
            return
        day = _day(fact)
        (self.dated if day else self.undated)[key].add(spot.index, self._about(fact, spot))
        if day:
            self.days[key].add(day)

    def _about(self, fact: Fact, spot: Spot) -> frozenset[str]:
        return spot.subjects - self.protagonists - {fact.text.split()[-1]}

    def fair(self, fact: Fact, spot: Spot) -> bool:
        if fact.kind in NAMES:
            if fact.text.split()[-1] in self.protagonists or not used_as_place(fact, spot.sentence):
                return False
            if fact.role == "scholar":
                return False  # "according to historian X": who wrote it is a source, no fact
            if self.kinds[fact.kind] >= NAME_QUOTA.get(fact.kind, 10**6):
                return False
        if gives_itself_away(fact, spot):
            return False
        text, shift = spot.context(fact)
        return not computable(fact, text, shift)


_NONE = _Seen()


def _day(fact: Fact) -> tuple:
    return fact.when[1:] if fact.when and fact.when[2] else ()


def asks_something(spot: Spot) -> bool:
    """Whether a sentence may give questions at all."""
    return (
        len(spot.sentence.split()) >= MIN_WORDS
        and not states_no_fact(spot.sentence)
        and spot.has_referent
    )


def choose(spots: list[Spot], selection: Selection) -> list[Chosen]:
    """The facts to ask from these spots, in document order, at most two a sentence."""
    out = []
    for spot in spots:
        if not asks_something(spot):
            continue
        facts = sorted(spot.facts, key=lambda f: (PRIORITY.index(f.kind), f.start))
        taken: list[Fact] = []
        for fact in facts:
            if len(taken) == FACTS_PER_SENTENCE:
                break
            if fact.kind != "year" and any(t.kind == fact.kind for t in taken):
                continue  # "by ____ and Ken Thompson", then "by Dennis Ritchie and ____"
            if selection.is_asked(fact, spot) or not selection.fair(fact, spot):
                continue
            selection.mark(fact, spot)
            taken.append(fact)
        out += [Chosen(spot, fact, len(taken) == 1) for fact in taken]
    return out
