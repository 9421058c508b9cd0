"""The drafting engine: a parsed document in, draft questions of the deck model out.

Pure and deterministic: no I/O, no randomness; the same document always gives the
same questions in the same order with the same ids. Each fact of a sentence gets a
fixed plan of question types, taken in turn per kind of fact so a bank mixes types.
A type that cannot be made fairly gives way: a choice with too few distractors of the
same kind becomes a true/false statement, and that a cloze. Ids are built from the
locator and the key term ("german-loans-1929-cloze"), numbered on a repeat.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from quiz.authoring.drafting.boilerplate import FUNCTION_WORDS
from quiz.authoring.drafting.chronology import order_question
from quiz.authoring.drafting.distractors import NAMES, distinct, distractors, gives_itself_away
from quiz.authoring.drafting.document import Document, Locator
from quiz.authoring.drafting.names import used_as_place
from quiz.authoring.drafting.numbers import Fact
from quiz.authoring.drafting.spots import BLANK, Spot, number, replace_at, slug, spots_of
from quiz.bank.model import Choice, Cloze, Numeric, Order, Question, SourceRef, TrueFalse
from quiz.core.numbers import NUMBER_WORDS

PLANS: dict[str, tuple[tuple[str, ...], ...]] = {
    "year": (("numeric", "true_false"), ("cloze", "choice"), ("choice", "true_false")),
    "period": (("cloze", "choice"), ("true_false",)),
    "date": (("cloze", "choice"), ("choice", "true_false")),
    "money": (("numeric", "choice"), ("numeric", "true_false")),
    "percent": (("numeric", "choice"), ("numeric", "true_false")),
    "count": (("numeric", "choice"), ("numeric", "true_false")),
    "range": (("cloze",),),
    "person": (("choice",), ("cloze",)),
    "firm": (("choice",), ("cloze",)),
    "country": (("choice",),),
    "place": (("cloze",), ("choice",)),
}
FALLBACK = {  # a type that cannot be made fairly gives way to the next
    "numeric": ("numeric",),
    "choice": ("choice", "true_false"),
    "true_false": ("true_false",),
    "cloze": ("cloze",),
}
NUMBERS = frozenset({"year", "money", "percent", "count"})
PER_SENTENCE = 3  # questions at most from one sentence
FACTS_PER_SENTENCE = 2
TAGS = {
    "year": "dates", "period": "dates", "date": "dates", "money": "sums",
    "percent": "percentages", "count": "numbers", "range": "numbers", "person": "people",
    "firm": "firms", "country": "places", "place": "places",
}  # fmt: skip
WHICH = {
    "year": "Which year fits", "period": "Which dates fit", "date": "Which date fits",
    "money": "Which sum fits", "percent": "Which percentage fits", "count": "Which number fits",
    "person": "Who fits", "firm": "Which firm fits", "country": "Which country fits",
    "place": "Which place fits",
}  # fmt: skip
NAME_RANK = ("person", "firm", "country", "place")  # which name of a sentence to ask first
NAME_QUOTA = {"country": 2, "place": 3}  # questions at most per document; the rest unlimited
MIN_WORDS = 6  # shorter sentences ("K. Matuszak, Leipzig, 1923.") ask nothing
HINTS = {"year": "year", "period": "years", "date": "date", "person": "who?",
         "firm": "which firm?", "country": "which country?", "place": "where?"}  # fmt: skip


@dataclass(frozen=True)
class _Draft:
    """A question before its id is made unique."""

    base_id: str
    make: type
    fields: dict


def draft_questions(doc: Document, source_id: str) -> list[Question]:
    """Draft questions for every fact-bearing sentence, grouped by section or page."""
    spots = spots_of(doc)
    pools: dict[str, list[Fact]] = {}
    for spot in spots:
        for fact in spot.facts:
            pools.setdefault(fact.kind, []).append(fact)
    drafter = _Drafter({kind: distinct(facts) for kind, facts in pools.items()}, source_id)
    for locator in doc.locators:
        here = [s for s in spots if s.locator == locator]
        for spot in here:
            drafter.sentence(spot)
        order = order_question(here)
        if order is not None:
            drafter.add(f"{_where(locator)}-order", Order, locator, order, None, "chronology")
    return drafter.finish()


class _Drafter:
    def __init__(self, pools: dict[str, list[Fact]], source_id: str):
        self.pools = pools
        self.source_id = source_id
        self.turn: Counter[str] = Counter()  # plans taken per kind of fact
        self.asked_names: set[str] = set()
        self.names_asked: Counter[str] = Counter()
        self.statements = 0
        self.drafts: list[_Draft] = []

    def sentence(self, spot: Spot) -> None:
        if len(spot.sentence.split()) < MIN_WORDS:
            return
        fair = [f for f in spot.facts if not gives_itself_away(f, spot)]
        numeric = sorted((f for f in fair if f.kind not in NAMES), key=_priority)
        names = sorted(
            (
                f
                for f in fair
                if f.kind in NAMES
                and f.text not in self.asked_names
                and used_as_place(f, spot.sentence)
                and self.names_asked[f.kind] < NAME_QUOTA.get(f.kind, 10**6)
            ),
            key=lambda f: (NAME_RANK.index(f.kind), f.start),
        )
        people = [f for f in names if f.kind in ("person", "firm")]
        facts = (numeric[:FACTS_PER_SENTENCE] + people[:1])[:FACTS_PER_SENTENCE] or names[:1]
        made = 0
        for fact in facts:
            plans = PLANS[fact.kind]
            plan = plans[self.turn[fact.kind] % len(plans)]
            self.turn[fact.kind] += 1
            done: set[str] = set()
            for wanted in plan:
                if made >= PER_SENTENCE:
                    return
                chain = (wanted,) if fact.kind in NAMES else FALLBACK[wanted]
                kind = next(k for k in (*chain, "cloze") if self._possible(k, fact, spot))
                if kind in done or (kind == "cloze" and done and wanted != "cloze"):
                    continue  # a cloze only stands in when nothing else asks this fact
                done.add(kind)
                made += 1
                getattr(self, kind)(fact, spot)
            if fact.kind in NAMES:
                self.asked_names.add(fact.text)
                self.names_asked[fact.kind] += 1

    def _possible(self, kind: str, fact: Fact, spot: Spot) -> bool:
        if kind == "numeric":
            return fact.kind in NUMBERS and fact.value is not None
        if kind == "choice":
            return len(distractors(self.pools, fact, spot)) >= 2
        if kind == "true_false":
            return bool(distractors(self.pools, fact, spot)) or self.statements % 2 == 1
        return True

    # -- one builder per question type ---------------------------------------------------

    def numeric(self, fact: Fact, spot: Spot) -> None:
        text, shift = spot.context(fact)
        blanked = replace_at(text, fact.start + shift, fact.end + shift, BLANK)
        lead = {
            "year": "Which year is missing?",
            "money": "What sum is missing?",
            "percent": "What percentage is missing?",
        }.get(fact.kind, f"How many {fact.unit}?")
        if fact.unit and fact.unit.endswith(" old"):
            lead = "How old?"
        fields = {"prompt": f"{lead} {blanked}", "answer": number(fact.value or 0)}
        if fact.kind != "year" and fact.unit:
            fields["unit"] = fact.unit
        self.add(_key(spot, fact) + "-numeric", Numeric, spot.locator, fields, spot, fact.kind)

    def cloze(self, fact: Fact, spot: Spot) -> None:
        text, shift = spot.context(fact)
        text = text.replace("{{", "{ {").replace("}}", "} }")
        hint = HINTS.get(fact.kind)
        deletion = f"{{{{c1::{fact.text}::{hint}}}}}" if hint else f"{{{{c1::{fact.text}}}}}"
        fields = {"text": replace_at(text, fact.start + shift, fact.end + shift, deletion)}
        self.add(_key(spot, fact) + "-cloze", Cloze, spot.locator, fields, spot, fact.kind)

    def choice(self, fact: Fact, spot: Spot) -> None:
        text, shift = spot.context(fact)
        start, end = fact.start + shift, fact.end + shift
        values = [fact.text] + [o.text for o in distractors(self.pools, fact, spot)]
        values = [
            str(NUMBER_WORDS[v.casefold()]) if v.casefold() in NUMBER_WORDS else v for v in values
        ]
        options = [fact.pattern.format(v) for v in values]
        if text[start : start + len(fact.shown)] == fact.shown:
            end = start + len(fact.shown)
        else:
            options = values
        answer = options[0]
        options.sort(key=_option_order)
        blanked = replace_at(text, start, end, BLANK)
        fields = {
            "prompt": f"{WHICH[fact.kind]} the gap? {blanked}",
            "options": tuple(options),
            "answer": answer,
        }
        self.add(_key(spot, fact) + "-choice", Choice, spot.locator, fields, spot, fact.kind)

    def true_false(self, fact: Fact, spot: Spot) -> None:
        text, shift = spot.context(fact)
        others = distractors(self.pools, fact, spot, 1)
        truth = self.statements % 2 == 1 or not others
        self.statements += 1
        if not truth:
            text = replace_at(text, fact.start + shift, fact.end + shift, others[0].text)
        fields = {"statement": text, "answer": truth}
        base = _key(spot, fact) + ("-true" if truth else "-false")
        self.add(base, TrueFalse, spot.locator, fields, spot, fact.kind)

    def add(
        self, base: str, make: type, locator: Locator, fields: dict, spot: Spot | None, kind: str
    ) -> None:
        ref = SourceRef(id=self.source_id, **{locator.kind: locator.label})
        explanation = fields.pop("explanation", None)
        if explanation is None and spot is not None:
            explanation = f"The text says: “{spot.sentence}”"
        common = {"explanation": explanation, "citations": (ref,), "tags": (TAGS.get(kind, kind),)}
        self.drafts.append(_Draft(base, make, {**fields, **common, "draft": True}))

    def finish(self) -> list[Question]:
        seen: Counter[str] = Counter()
        out = []
        for d in self.drafts:
            seen[d.base_id] += 1
            qid = d.base_id if seen[d.base_id] == 1 else f"{d.base_id}-{seen[d.base_id]}"
            out.append(d.make(id=qid, **d.fields))
        return out


def _priority(fact: Fact) -> int:
    """Which facts of a crowded sentence to ask first: shares and sums tell most."""
    return ("percent", "money", "count", "year", "period", "date", "range").index(fact.kind)


def _option_order(option: str) -> tuple:
    digits = option.replace(",", "").split()[0].strip("$£€%")
    try:
        return (0, float(digits.split("-")[0]), option)
    except ValueError:
        return (1, 0.0, option.casefold())


def _where(locator: Locator) -> str:
    if locator.kind == "page":
        return f"p{slug(locator.label)}"
    words = [w for w in locator.label.split() if w.casefold() not in FUNCTION_WORDS]
    return slug(" ".join(words or [locator.label]), 3)


def _key(spot: Spot, fact: Fact) -> str:
    return f"{_where(spot.locator)}-{slug(fact.shown, 4)}"
