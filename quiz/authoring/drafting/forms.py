"""How each drafted question is phrased: one builder per question type.

A fact takes the form its kind takes next (:data:`FORMS`, in turn, so a bank mixes
types): a year typed, chosen or filled in, a sum, share or count typed, a period or
decade chosen, a name chosen among others of its kind and role, a defined term as a
card. A choice that cannot get two fair distractors becomes a typed number for a
quantity; for a date or a name, a true/false statement when one plausible false variant
exists, and a cloze when none does. Ids are built from the locator and the key term
("german-loans-1929-numeric"), numbered on a repeat. Each question carries its
:func:`~quiz.authoring.drafting.worth.worth`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from quiz.answers.names import family_name_alone
from quiz.authoring.drafting.checks import date_unfit_to_swap, unfit_to_swap
from quiz.authoring.drafting.distractors import Pools, absurd_swap
from quiz.authoring.drafting.document import INTRODUCTION, Locator
from quiz.authoring.drafting.facts import DATES, NAMES, Fact
from quiz.authoring.drafting.names import PERSON
from quiz.authoring.drafting.spots import BLANK, Spot, number, replace_at, slug
from quiz.authoring.drafting.terms import Term
from quiz.authoring.drafting.wording import (
    key_of,
    option_order,
    option_text,
    value_text,
    where_slug,
)
from quiz.authoring.drafting.worth import worth
from quiz.bank.model import (
    Choice,
    Cloze,
    Flashcard,
    Numeric,
    Question,
    QuestionBase,
    SourceRef,
    TrueFalse,
)  # fmt: skip

FORMS: dict[str, tuple[str, ...]] = {  # taken in turn per kind of fact
    "year": ("numeric", "choice", "cloze"),
    "period": ("choice", "cloze"),
    "decade": ("choice",),
    "date": ("cloze",),
    "money": ("numeric", "choice"),
    "percent": ("numeric", "choice"),
    "count": ("numeric", "numeric", "choice"),
    "ratio": ("numeric",),
    "age": ("numeric",),
    "range": ("cloze",),
    "person": ("choice",),
    "firm": ("choice",),
    "country": ("choice",),
    "place": ("choice",),
}
TAGS = {
    "year": "dates", "period": "dates", "date": "dates", "decade": "dates", "money": "sums",
    "percent": "percentages", "count": "numbers", "ratio": "numbers", "age": "numbers",
    "range": "numbers", "person": "people", "firm": "firms", "country": "places",
    "place": "places", "term": "terms", "code": "code",
}  # fmt: skip
WHICH = {
    "year": "Which year fits", "period": "Which years fit", "date": "Which date fits",
    "decade": "Which decade fits", "money": "Which sum fits",
    "percent": "Which percentage fits", "count": "Which number fits", "person": "Who fits",
    "firm": "Which firm fits", "country": "Which country fits", "place": "Which place fits",
}  # fmt: skip
HINTS = {"year": "year", "period": "years", "date": "date", "decade": "decade",
         "person": "who?", "firm": "which firm?", "country": "which country?",
         "place": "where?"}  # fmt: skip
LEADS = {"year": "Which year is missing?", "money": "What sum is missing?",
         "percent": "What percentage is missing?", "ratio": "How many times?",
         "age": "How old?"}  # fmt: skip


@dataclass(frozen=True)
class _Draft:
    """A question before its id is made unique."""

    base_id: str
    make: type[QuestionBase]
    fields: dict
    worth: float


@dataclass(frozen=True)
class Candidate:
    question: Question
    worth: float  # the chance a teacher keeps it (:mod:`~quiz.authoring.drafting.worth`)


class Drafter:
    """Builds the questions of one draft, in order, each with its worth."""

    def __init__(self, pools: Pools, source_id: str, cited: Callable[[Locator], str]):
        self.pools, self.source_id, self.cited = pools, source_id, cited  # cited: a label
        self.turn: Counter[str] = Counter()  # forms taken per kind of fact
        self.statements = 0
        self.drafts: list[_Draft] = []
        self.shown: set[str] = set()  # the sentences a question shows

    def ask(self, fact: Fact, spot: Spot, *, alone: bool = True) -> None:
        """One question on one fact, in the form its kind takes next. A true/false
        statement shows its whole sentence, so it stands only for a sentence's one fact."""
        forms = FORMS[fact.kind]
        wanted = forms[self.turn[fact.kind] % len(forms)]
        self.turn[fact.kind] += 1
        if wanted == "choice":
            others = self.pools.distractors(fact, spot)
            if len(others) >= 2:
                return self.choice(fact, spot, others)
            if others and alone and (fact.kind in DATES or fact.value is None):
                if fact.kind in DATES:
                    swap = not date_unfit_to_swap(fact, spot.sentence, spot.facts)
                else:
                    swap = not (
                        unfit_to_swap(fact, spot.sentence)
                        or absurd_swap(self.pools, others[0], fact)
                    )
                return self.true_false(fact, spot, others[0], swap)  # a sum is typed, not judged
            wanted = "numeric" if fact.value is not None and fact.kind not in DATES else "cloze"
        if wanted == "numeric" and fact.value is not None and fact.kind != "range":
            return self.numeric(fact, spot)
        return self.cloze(fact, spot)

    # -- one builder per question type ---------------------------------------------------

    def numeric(self, fact: Fact, spot: Spot) -> None:
        text, shift = spot.context(fact)
        blanked = replace_at(text, fact.start + shift, fact.end + shift, BLANK)
        lead = LEADS.get(fact.kind, f"How many {fact.unit}?")
        fields = {"prompt": f"{lead} {blanked}", "answer": number(fact.value or 0)}
        if fact.kind != "year" and fact.unit:
            fields["unit"] = fact.unit
        self.add(key_of(spot, fact) + "-numeric", Numeric, spot.locator, fields, spot, fact.kind)

    def cloze(self, fact: Fact, spot: Spot) -> None:
        text, shift = spot.context(fact)
        text = text.replace("{{", "{ {").replace("}}", "} }")
        hint = HINTS.get(fact.kind)
        start, answer = fact.start, fact.text
        family = family_name_alone(fact.text, ()) if fact.kind == PERSON else None
        if family and _SUFFIX.fullmatch(family):
            family = None  # "Queen Elizabeth I": the numeral is no family name
        if family and text[: fact.end + shift].endswith(family):  # "Franklin ____": "Roosevelt"
            start, answer = fact.end - len(family), family
        answer = answer.replace("::", ": :")
        deletion = f"{{{{c1::{answer}::{hint}}}}}" if hint else f"{{{{c1::{answer}}}}}"
        fields = {"text": replace_at(text, start + shift, fact.end + shift, deletion)}
        self.add(key_of(spot, fact) + "-cloze", Cloze, spot.locator, fields, spot, fact.kind)

    def choice(self, fact: Fact, spot: Spot, others: list[Fact]) -> None:
        text, shift = spot.context(fact)
        start, end = fact.start + shift, fact.end + shift
        options = [option_text(fact, fact)] + [option_text(fact, o) for o in others]
        if text[start : start + len(fact.shown)] == fact.shown:
            end = start + len(fact.shown)
        else:
            options = [value_text(fact, fact)] + [value_text(fact, o) for o in others]
        if fact.kind == PERSON and len(fact.text.split()) == 1:
            options = [_called(o) for o in options]  # "Jemison" among surnames, not names
        answer = options[0]
        options = sorted(dict.fromkeys(options), key=option_order)
        blank = BLANK
        article = re.search(r"\b(?:a|an)\s+$", text[:start])
        if article and fact.kind not in NAMES:  # "an ____": the article must fit every option
            start, blank = article.start(), f"a(n) {BLANK}"
        fields = {
            "prompt": f"{WHICH[fact.kind]} the gap? {replace_at(text, start, end, blank)}",
            "options": tuple(options),
            "answer": answer,
        }
        self.add(key_of(spot, fact) + "-choice", Choice, spot.locator, fields, spot, fact.kind)

    def true_false(self, fact: Fact, spot: Spot, other: Fact, swap: bool = True) -> None:
        """A statement, true or false in turn; true when ``other`` may not be swapped in."""
        text, shift = spot.context(fact)
        truth = self.statements % 2 == 1 or not swap
        self.statements += swap
        if not truth:
            text = replace_at(text, fact.start + shift, fact.end + shift, value_text(fact, other))
        fields = {"statement": text, "answer": truth}
        base = key_of(spot, fact) + ("-true" if truth else "-false")
        self.add(base, TrueFalse, spot.locator, fields, spot, fact.kind)

    def card(self, term: Term, locator: Locator) -> None:
        definition = term.definition
        if _ASIDE.match(definition) or _LEAD_IN.search(definition):
            return  # "Also useful with ripgrep"; "Accepts the following options": no definition
        front = term.front or term.term
        if _COMMAND.match(definition):
            fields = {"front": front, "back": definition.rstrip(".")}
        else:
            back = definition[:1].upper() + definition[1:]
            fields = {"front": front, "back": back if back.endswith((".", "…")) else back + "."}
        fields["explanation"] = (
            f"The text says: “{term.sentence}”"
            if term.sentence
            else f"The glossary: “{term.term}: {definition}”"
        )
        self.shown.add(term.sentence)
        named = slug(term.term, 4)
        base = f"{where_slug(locator)}-{slug(front, 4) if named == 'x' else named}-card"
        self.add(base, Flashcard, locator, fields, None, "term", term.sentence)

    def add(
        self,
        base: str,
        make: type[QuestionBase],
        locator: Locator,
        fields: dict,
        spot: Spot | None,
        kind: str,
        said: str = "",
    ) -> None:
        if spot is not None:
            self.shown.update(filter(None, (spot.sentence, spot.previous if spot.leans else "")))
        ref = SourceRef(id=self.source_id, **{locator.kind: self.cited(locator)})
        explanation = fields.pop("explanation", None)
        if explanation is None and spot is not None:
            explanation = f"The text says: “{spot.sentence}”"
        tag = TAGS.get(kind, kind)
        common = {"explanation": explanation, "citations": (ref,), "tags": (tag,)}
        opening = locator.kind == "section" and locator.label == INTRODUCTION
        heading = locator.label if locator.kind == "section" and not opening else ""
        sentence = spot.sentence if spot is not None else said
        odds = worth(make.type, tag, sentence, heading, opening)
        self.drafts.append(_Draft(base, make, {**fields, **common, "draft": True}, odds))

    def finish(self) -> list[Candidate]:
        seen: Counter[str] = Counter()
        out = []
        for d in self.drafts:
            seen[d.base_id] += 1
            qid = d.base_id if seen[d.base_id] == 1 else f"{d.base_id}-{seen[d.base_id]}"
            question = cast(Question, d.make(id=qid, **d.fields))  # every maker is a Question
            out.append(Candidate(question, d.worth))
        return out


_COMMAND = re.compile(  # "redis-cli config set appendonly yes": a command, typed as it stands
    r"(?!.*\b(?:the|a|an|is|are|of|to|and|in|for)\b)(?:"
    r"[a-z][\w.]*[-_.][\w.-]*\s+(?:[\w\"'=-]+\s*){1,8}"  # a tool's own name: "redis-cli config"
    r"|([a-z][\w.-]*)\s[^;]*;\s*\1\s.*"  # one tool twice: "brew update; brew upgrade fzf"
    r"|[a-z][\w.-]*\s.*?(?:&&|\s\|\s).*"  # a shell line: "cd ~/.fzf && git pull"
    r"|sudo\s+\S.*)\.?$"
)
_ASIDE = re.compile(r"(?:also|much|even|still|just|too|again)\b", re.I)
_LEAD_IN = re.compile(r"\b(?:the following|as follows)\b|:\s*$", re.I)


def _called(name: str) -> str:
    """The name a person goes by alone: the last word, with a regnal numeral or a
    "Jr." the word before it ("Kashyapa I", not "I")."""
    words = name.split()
    return " ".join(words[-2:]) if len(words) > 1 and _SUFFIX.match(words[-1]) else words[-1]


_SUFFIX = re.compile(r"(?:[IVX]+|Jr\.?|Sr\.?)$")
