"""The sentences of a document with their facts, and the wording helpers questions share.

A *spot* is one sentence with its locator, the facts found in it and the names it
mentions (its *subjects*). Its *context* is the sentence, led by the one before when it
leans on it ("Two years later that sum had doubled" needs the sentence that names the
sum; the first sentence of a paragraph leans on the last of the paragraph before, but
not across code, a table or a figure), and cut to the clause that holds a fact when a
sentence runs very long. A spot that leans on a sentence it cannot have has no referent
and asks nothing (:mod:`~quiz.authoring.drafting.referents` says which lean how much).
A "he" or "his" whose person the paragraph makes certain is named in the sentence itself
("[Bach] suddenly regained his sight": :mod:`~quiz.authoring.drafting.antecedents`); the
name written in is shown, never asked.
A spot in a lesson's worked example (a paragraph beside a code block, a sentence
naming a file) describes the example, not the world.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from itertools import pairwise

from quiz.authoring.drafting.antecedents import Antecedents, Named
from quiz.authoring.drafting.dates import MONTHS
from quiz.authoring.drafting.document import Document, Locator, Paragraph
from quiz.authoring.drafting.facts import Fact
from quiz.authoring.drafting.name_runs import name_spans
from quiz.authoring.drafting.names import ASKABLE, NameIndex
from quiz.authoring.drafting.numbers import numeric_facts
from quiz.authoring.drafting.referents import ANAPHORA, WEAK, lead, leaning

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
    leans: str = ""  # how much it leans on the sentence before: STRONG, WEAK or ""
    lead_lost: bool = False  # a sentence stands before it, but cannot lead it
    example: bool = False  # part of a lesson's worked example
    years: tuple[float, ...] = ()  # the years its paragraph names
    names: tuple[tuple[str, int], ...] = ()  # every capitalised run that may be a name
    following: str = ""  # the sentence after it in its section (a list it sets up)

    def context(self, fact: Fact) -> tuple[str, int]:
        """Text to show around ``fact``, and the shift from sentence to context positions."""
        text = self.sentence
        if len(text.split()) > LONG_SENTENCE:
            clause, shift = _clause(text, fact.start)
            if not ANAPHORA.match(clause.lstrip("… ")):
                return clause, shift
        if self.previous and self.leans:
            return f"{self.previous} {text}", len(self.previous) + 1
        return text, 0

    @property
    def has_referent(self) -> bool:
        """Whether what its "this", "he" or "these" refer to is at hand (the sentence before);
        a weak lean on a sentence that cannot lead reads alone."""
        return not self.leans or bool(self.previous) or (self.leans == WEAK and self.lead_lost)


def spots_of(doc: Document, names: NameIndex | None = None) -> list[Spot]:
    names = names or NameIndex(s for p in doc.paragraphs for s in p.sentences)
    out: list[Spot] = []
    last: dict[str, str] = {}  # the last prose sentence of each section
    carried: dict[str, int | None] = {}  # the one year the section's last paragraph named
    pronouns = Antecedents(names)
    topics: dict[str, str | None] = {}  # the one person the section's last paragraph was about
    for para in doc.paragraphs:
        sentences, numbers, shown = [], [], []
        seen: set[int] = set()  # the years this paragraph has named so far
        if para.section not in topics:
            topics[para.section] = pronouns.heading(para.section)
        topic = None if para.item or para.after_gap else topics[para.section]
        rewritten, handed = pronouns.paragraph(para.sentences, topic)
        if not para.item:
            topics[para.section] = handed
        for written in rewritten:
            sentence = written.text
            one = next(iter(seen)) if len(seen) == 1 else None
            year = one if seen else carried.get(para.section)  # two years: which? none
            counted = numeric_facts(sentence)
            seen |= {int(f.value or 0) for f in counted if _a_year(f)}
            sentence, at = dated(sentence, year)
            if at is not None:  # a year written in is shown, never asked
                counted = [f for f in numeric_facts(sentence) if not f.start <= at < f.end]
            sentences.append(sentence)
            numbers.append(counted)
            shown.append(_written_in(sentence, written))
        carried[para.section] = next(iter(seen)) if len(seen) == 1 else None
        para = replace(para, sentences=tuple(sentences))
        years = tuple(f.value for fs in numbers for f in fs if f.kind == "year" and f.value)
        for i, sentence in enumerate(para.sentences):
            spans = [(f.start, f.end) for f in numbers[i]] + shown[i]
            named = [
                f
                for f in names.facts(sentence)
                if f.kind in ASKABLE and not any(f.start < e and s < f.end for s, e in spans)
            ]
            facts = tuple(sorted(numbers[i] + named, key=lambda f: f.start))
            before = _before(para, i, last)
            found = tuple(name_spans(sentence))
            subjects = frozenset(
                n.split()[-1] for n, at in found if at or n in names.mid_sentence
            ) | frozenset(_ACRONYM.findall(sentence))
            leans = leaning(sentence, before)
            previous = lead(before, leans) if leans else ""
            if i == 0 and rewritten[i].unnamed:
                previous = ""  # the paragraph before may be someone else's: "he" is unknown
            where = (para.locator, sentence, previous, facts, len(out), subjects)
            out.append(
                Spot(
                    *where,
                    item=para.item,
                    group=para.group,
                    leans=leans,
                    lead_lost=bool(leans and before and not previous),
                    example=para.by_code or _names_a_file(sentence, para.code),
                    years=years,
                    names=found,
                )
            )
        if not para.item:
            last[para.section] = para.sentences[-1]
    return [
        replace(spot, following=after.sentence) if after.locator == spot.locator else spot
        for spot, after in pairwise(out)
    ] + out[-1:]


_YEARLESS = re.compile(  # "On January 1, the ...", "in June, Marshall ...": no year of their own
    rf"\b((?:on|in|by|until|since|from|early|late|mid)[- ]+(?:{'|'.join(MONTHS)})"
    r"(?:\s+\d{1,2})?)\b"
    r"(?!\d|,?\s*\d{4}|\s+(?:of\s+)?(?:that|the|this)\s+year)",
    re.I,
)


def dated(sentence: str, year: int | None) -> tuple[str, int | None]:
    """A sentence that dates by a month without its year, given the one year its paragraph
    (or the section's paragraph before) named: "On January 1, 1947, the ..." after "The
    year 1947 saw ...". Also where the year was written in, or None."""
    if year is None or re.search(r"\b1\d{3}\b|\b20\d{2}\b", sentence):
        return sentence, None
    m = _YEARLESS.search(sentence)
    if not m:
        return sentence, None
    joint = ", " if m[1][-1].isdigit() else " "  # "On January 1, 1947", "In June 1947"
    at = m.end(1) + len(joint)
    return f"{sentence[: m.end(1)]}{joint}{year}{sentence[m.end(1) :]}", at


def _written_in(sentence: str, written: Named) -> list[tuple[int, int]]:
    """Where the person a pronoun means was written in (shown, never asked)."""
    if written.start < 0:
        return []
    name = written.text[written.start : written.end]
    start = sentence.find(name, written.start)  # a year written in before it moves it on
    return [(start, start + len(name))]


def _a_year(fact: Fact) -> bool:
    return fact.kind == "year" and bool(fact.value) and fact.era == ""


def _before(para: Paragraph, i: int, last: dict[str, str]) -> str:
    """The sentence the reader has just read before sentence ``i`` of a paragraph."""
    if i:
        return para.sentences[i - 1]
    if para.item or para.after_gap:
        return ""
    return last.get(para.section, "")


def _names_a_file(sentence: str, code: tuple[str, ...]) -> bool:
    """Whether a sentence names a file or path in code ("`lengths.txt`")."""
    return any(re.search(r"\w\.\w|/", c) and c in sentence for c in code)


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
