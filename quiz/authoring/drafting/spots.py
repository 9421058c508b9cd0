"""The sentences of a document with their facts, and the wording helpers questions share.

A *spot* is one sentence with its locator and the facts found in it. Its *context* is
the sentence, led by the one before when it opens with a pronoun ("Two years later that
sum had doubled" needs the sentence that names the sum), and cut to the clause that
holds a fact when a sentence runs very long.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from quiz.authoring.drafting.document import Document, Locator
from quiz.authoring.drafting.names import ASKABLE, NameIndex
from quiz.authoring.drafting.numbers import Fact, numeric_facts

BLANK = "____"
LONG_SENTENCE = 45  # words; longer sentences are cut to the clause holding the fact
_ANAPHORA = re.compile(
    r"^[\"“‘']?(?:(?:in fact|in turn|however|moreover|furthermore|consequently|nevertheless|"
    r"for example|for their part|meanwhile),?\s+)?"
    r"(?:this|these|that|those|it|its|they|their|he|his|she|her|such|the following|"
    r"the same|the latter|the former|there)\b",
    re.I,
)


@dataclass(frozen=True)
class Spot:
    locator: Locator
    sentence: str
    previous: str  # the sentence before in the same paragraph, or ""
    facts: tuple[Fact, ...]
    index: int  # position in the document

    def context(self, fact: Fact) -> tuple[str, int]:
        """Text to show around ``fact``, and the shift from sentence to context positions."""
        text, offset = self.sentence, 0
        if len(text.split()) > LONG_SENTENCE:
            clause, shift = _clause(text, fact.start)
            if not _ANAPHORA.match(clause.lstrip("… ")):
                return clause, shift
        if self.previous and _ANAPHORA.match(text):
            text, offset = f"{self.previous} {text}", len(self.previous) + 1
        return text, offset


def spots_of(doc: Document) -> list[Spot]:
    names = NameIndex(s for p in doc.paragraphs for s in p.sentences)
    out: list[Spot] = []
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
            previous = para.sentences[i - 1] if i else ""
            out.append(Spot(para.locator, sentence, previous, facts, len(out)))
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
