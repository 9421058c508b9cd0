"""The sentences of a document with their facts, and the wording helpers questions share.

A *spot* is one sentence with its locator, the facts found in it and the names it
mentions (its *subjects*). Its *context* is the sentence, led by the one before when it
leans on it ("Two years later that sum had doubled" needs the sentence that names the
sum; the first sentence of a paragraph leans on the last of the paragraph before), and
cut to the clause that holds a fact when a sentence runs very long. A spot whose context
still leans on nothing has no referent and asks nothing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from quiz.authoring.drafting.checks import ANAPHORA, needs_what_came_before
from quiz.authoring.drafting.document import Document, Locator
from quiz.authoring.drafting.facts import Fact
from quiz.authoring.drafting.names import ASKABLE, NameIndex, name_spans
from quiz.authoring.drafting.numbers import numeric_facts

BLANK = "____"
LONG_SENTENCE = 45  # words; longer sentences are cut to the clause holding the fact
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9+#-]{1,}\b")


@dataclass(frozen=True)
class Spot:
    locator: Locator
    sentence: str
    previous: str  # the sentence this one may lean on, or ""
    facts: tuple[Fact, ...]
    index: int  # position in the document
    subjects: frozenset[str] = frozenset()  # names and acronyms it mentions (last words)
    item: bool = False  # from a list item
    group: int = 0  # the list it belongs to

    def context(self, fact: Fact) -> tuple[str, int]:
        """Text to show around ``fact``, and the shift from sentence to context positions."""
        text = self.sentence
        if len(text.split()) > LONG_SENTENCE:
            clause, shift = _clause(text, fact.start)
            if not ANAPHORA.match(clause.lstrip("… ")):
                return clause, shift
        if self.previous and needs_what_came_before(text):
            return f"{self.previous} {text}", len(self.previous) + 1
        return text, 0

    @property
    def has_referent(self) -> bool:
        """Whether what its "this", "he" or "these" refer to is at hand (the sentence before)."""
        return bool(self.previous) or not needs_what_came_before(self.sentence)


def spots_of(doc: Document, names: NameIndex | None = None) -> list[Spot]:
    names = names or NameIndex(s for p in doc.paragraphs for s in p.sentences)
    out: list[Spot] = []
    last: dict[str, str] = {}  # the last prose sentence of each section
    for para in doc.paragraphs:
        for i, sentence in enumerate(para.sentences):
            numbers = numeric_facts(sentence)
            spans = [(f.start, f.end) for f in numbers]
            named = [
                f
                for f in names.facts(sentence)
                if f.kind in ASKABLE and not any(f.start < e and s < f.end for s, e in spans)
            ]
            facts = tuple(sorted(numbers + named, key=lambda f: f.start))
            previous = (
                para.sentences[i - 1] if i else ("" if para.item else last.get(para.section, ""))
            )
            subjects = frozenset(
                n.split()[-1] for n, at in name_spans(sentence) if at or n in names.mid_sentence
            ) | frozenset(_ACRONYM.findall(sentence))
            out.append(
                Spot(
                    para.locator,
                    sentence,
                    previous,
                    facts,
                    len(out),
                    subjects,
                    para.item,
                    para.group,
                )
            )
        if not para.item:
            last[para.section] = para.sentences[-1]
    return out


def _clause(sentence: str, at: int) -> tuple[str, int]:
    """The ';'-separated clause of a long sentence that holds position ``at``."""
    for m in re.finditer(r"[^;]+;?", sentence):
        if m.start() <= at < m.end():
            lead = len(m[0]) - len(m[0].lstrip())
            text = m[0].strip().rstrip(";")
            head = "" if m.start() == 0 else "… "
            tail = "" if m.end() == len(sentence) else " …"
            return f"{head}{text}{tail}", len(head) - (m.start() + lead)
    return sentence, 0


def replace_at(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def slug(text: str, words: int = 6) -> str:
    text = text.replace("%", " percent").replace("&", " and ")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    parts = re.findall(r"[a-z0-9]+", ascii_text.casefold())
    return "-".join(parts[:words]) or "x"


def number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value
