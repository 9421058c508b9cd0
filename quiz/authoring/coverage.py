"""What a deck leaves out of its source: uncited sections, unasked facts, broken citations.

Pure core: :func:`coverage` takes a loaded :class:`~quiz.bank.model.Deck` and a parsed
:class:`~quiz.authoring.drafting.document.Document` and returns a :class:`Coverage`. The facts
are those `quiz draft` finds, read by the same reader and counted once each however often
the text repeats them: dates of any era, periods and decades, sums, percentages, counts
and ages, the names of people, firms, places and countries, and defined terms. A number
counts as covered when a question citing its section or page carries the same number in
its prompt, answer, options or text; a name or a term when it is the question's answer,
one of its options, a side of its card or a deletion of its cloze. Citations of another
source in the deck are left aside. How the report is drawn lives in
:mod:`quiz.authoring.coverage_view`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quiz.authoring.drafting.checks import used_as_place
from quiz.authoring.drafting.document import Document, Locator
from quiz.authoring.drafting.facts import DATES, NAMES, QUANTITIES, Fact
from quiz.authoring.drafting.names import NameIndex
from quiz.authoring.drafting.pages import page_label, page_numbers
from quiz.authoring.drafting.selection import Selection
from quiz.authoring.drafting.spots import spots_of
from quiz.authoring.drafting.subjects import protagonists
from quiz.authoring.drafting.terms import defined_terms
from quiz.bank.model import Deck, QuestionBase, SourceRef
from quiz.core.errors import UsageError
from quiz.core.numbers import NUMBER_WORDS, PROSE_NUMBER, parse_number
from quiz.core.words import plural

_NUMBER = re.compile(rf"{PROSE_NUMBER}|\b[a-z]+\b", re.I)
_SNIPPET = 70


@dataclass(frozen=True)
class LocatedFact:
    locator: Locator
    text: str  # as written: "1929", "100 million marks", "17 June", "Ernst May"
    numbers: tuple[float, ...]  # every number a question must carry
    month: str | None  # for a date: the month it must name too
    sentence: str
    kind: str = "number"  # "number" (dates and quantities), "name" or "term"

    def snippet(self) -> str:
        """The sentence, or a window of whole words around the fact when it runs long."""
        s = self.sentence
        if len(s) <= _SNIPPET:
            return s
        at = max(0, s.find(self.text))
        lo = max(0, min(at - _SNIPPET // 2, len(s) - _SNIPPET))
        hi = lo + _SNIPPET
        if lo and 0 < s.find(" ", lo) < at:
            lo = s.find(" ", lo) + 1
        if hi < len(s) and s.rfind(" ", lo, hi) > at + len(self.text):
            hi = s.rfind(" ", lo, hi)
        return ("… " if lo else "") + s[lo:hi].strip() + (" …" if hi < len(s) else "")


@dataclass(frozen=True)
class Unit:
    """One section or page of the source and what the deck does with it."""

    locator: Locator
    questions: tuple[str, ...]
    facts: int
    covered: int


@dataclass(frozen=True)
class Coverage:
    deck: str
    source_id: str
    title: str
    units: tuple[Unit, ...]
    uncovered: tuple[LocatedFact, ...]
    dangling: tuple[tuple[str, str], ...]  # (question id, citation) the source does not have

    @property
    def summary(self) -> str:
        cited = sum(1 for u in self.units if u.questions)
        facts = sum(u.facts for u in self.units)
        covered = sum(u.covered for u in self.units)
        kinds = {u.locator.kind for u in self.units}
        what = "pages" if kinds == {"page"} else "sections" if kinds == {"section"} else "parts"
        bad = len(self.dangling)
        return (
            f"{cited} of {len(self.units)} {what} cited; {covered} of {facts} facts asked; "
            f"{plural(bad, 'citation')} to a missing section or page"
        )

    def to_dict(self) -> dict:
        return {
            "deck": self.deck,
            "source": self.source_id,
            "title": self.title,
            "units": [
                {
                    "kind": u.locator.kind,
                    "label": u.locator.label,
                    "questions": list(u.questions),
                    "facts": u.facts,
                    "covered": u.covered,
                }
                for u in self.units
            ],
            "uncovered": [
                {
                    "kind": f.locator.kind,
                    "label": f.locator.label,
                    "fact": f.text,
                    "sentence": f.sentence,
                }
                for f in self.uncovered
            ],
            "dangling": [{"question": q, "cites": c} for q, c in self.dangling],
            "summary": self.summary,
        }


def coverage(deck: Deck, doc: Document, source_id: str | None = None) -> Coverage:
    doc = doc.as_cited()
    sid = source_id or pick_source(deck, doc)
    if deck.source(sid) is None:
        known = ", ".join(s.id for s in deck.sources) or "none"
        raise UsageError(f"deck {deck.id} declares no source {sid!r} (it has: {known})")
    facts = document_facts(doc)
    citing: dict[Locator, list[QuestionBase]] = {loc: [] for loc in doc.locators}
    dangling = []
    for q in deck.questions:
        for ref in q.citations:  # a question citing two places counts for each
            if ref.id != sid:
                continue
            found = resolve(ref, doc)
            if not found:
                dangling.append((q.id, ref.locator))
            for loc in found:
                if q not in citing.setdefault(loc, []):
                    citing[loc].append(q)
    asked = {f for f in facts if any(_asks(q, f) for q in citing.get(f.locator, []))}
    units = tuple(
        Unit(
            loc,
            tuple(q.id for q in citing.get(loc, [])),
            sum(1 for f in facts if f.locator == loc),
            sum(1 for f in asked if f.locator == loc),
        )
        for loc in doc.locators
    )
    uncovered = tuple(f for f in facts if f not in asked)
    return Coverage(deck.id, sid, doc.title, units, uncovered, tuple(dangling))


def pick_source(deck: Deck, doc: Document) -> str:
    """The deck source this document is: the only one, the one titled alike, or the best fit."""
    if len(deck.sources) == 1:
        return deck.sources[0].id
    title = _norm(doc.title)
    for s in deck.sources:
        if _norm(s.title) == title:
            return s.id
    fits = {s.id: 0 for s in deck.sources}
    for q in deck.questions:
        for ref in q.citations:
            if ref.id in fits and resolve(ref, doc):
                fits[ref.id] += 1
    ranked = sorted(fits.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    ids = ", ".join(s.id for s in deck.sources) or "none"
    raise UsageError(
        f"cannot tell which source of deck {deck.id} this is; pass --source-id ({ids})"
    )


def resolve(ref: SourceRef, doc: Document) -> list[Locator]:
    """The document's sections or pages a citation points to (none if broken)."""
    if ref.section is not None:
        want = _norm(ref.section)
        return [Locator("section", s) for s in doc.sections if _norm(s) == want][:1]
    label = page_label(str(ref.page)) or str(ref.page)
    pages = [loc for loc in doc.locators if loc.kind == "page"]
    exact = [loc for loc in pages if loc.label == label]
    if exact:
        return exact
    wanted = page_numbers(label)
    return [loc for loc in pages if wanted and wanted & page_numbers(loc.label)]


def document_facts(doc: Document) -> list[LocatedFact]:
    """Every fact of the document once, in document order (the first statement of each)."""
    names = NameIndex(s for p in doc.paragraphs for s in p.sentences)
    selection = Selection(protagonists(doc))
    out = []
    for spot in spots_of(doc, names):
        for f in spot.facts:
            own = f.text.split()[-1] in selection.protagonists
            if f.kind in NAMES and (
                own or f.role == "scholar" or not used_as_place(f, spot.sentence)
            ):
                continue  # the document's subject, its cited scholars, "Moscow refused": no facts
            if f.kind in DATES | QUANTITIES | NAMES and not selection.is_asked(f, spot):
                selection.mark(f, spot)
                out.append(_fact(spot.locator, f, spot.sentence))
    for term in defined_terms(doc):
        said = term.sentence or term.definition
        out.append(LocatedFact(term.locator, term.term, (), None, said, "term"))
    where = {loc: i for i, loc in enumerate(doc.locators)}
    return sorted(out, key=lambda f: where.get(f.locator, len(where)))  # stable: text order


def _fact(locator: Locator, f: Fact, sentence: str) -> LocatedFact:
    if f.kind in NAMES:
        return LocatedFact(locator, f.text, (), None, sentence, "name")
    month = None
    if f.kind == "date":
        day, month = f.text.split()[0], f.text.split()[-1]
        if not day.isdigit():
            day, month = month, day
        numbers: tuple[float, ...] = (float(re.sub(r"\D", "", day)),)
    else:
        numbers = tuple(
            float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", f.text)
        )
        if not numbers and f.value is not None:
            numbers = (f.value,)
    return LocatedFact(locator, f.shown, numbers, month, sentence)


def _asks(q: QuestionBase, fact: LocatedFact) -> bool:
    if fact.kind != "number":
        wanted = fact.text.split()[-1].casefold() if fact.kind == "name" else fact.text.casefold()
        return any(wanted in part.casefold() for part in answer_texts(q))
    text = question_text(q)
    found = set(_numbers(text))
    answer = getattr(q, "answer", None)
    if isinstance(answer, (int, float)) and not isinstance(answer, bool):
        found.add(float(answer))
    if not set(fact.numbers) <= found:
        return False
    return fact.month is None or fact.month.casefold() in text.casefold()


def question_text(q: QuestionBase) -> str:
    """Everything a question shows or accepts, explanation aside."""
    singles = ("front", "back", "text", "prompt", "statement", "answer", "unit")
    return "\n".join(_texts(q, singles))


def answer_texts(q: QuestionBase) -> list[str]:
    """What a question asks for: its answer, options, card sides, cloze deletions, pairs."""
    deletions = re.findall(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}", getattr(q, "text", "") or "")
    return _texts(q, ("front", "back", "answer")) + deletions


def _texts(q: QuestionBase, singles: tuple[str, ...]) -> list[str]:
    parts = [v for name in singles if isinstance(v := getattr(q, name, None), str)]
    for name in ("options", "answers", "alternatives", "items"):
        parts += list(getattr(q, name, ()) or ())
    for left, right in getattr(q, "pairs", ()) or ():
        parts += [left, right]
    return parts


def _numbers(text: str) -> list[float]:
    out = []
    for token in _NUMBER.findall(text):
        if token.casefold() in NUMBER_WORDS or token[0].isdigit():
            value = parse_number(token)
            if value is not None:
                out.append(value)
    return out


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())
