"""Which facts of a document to ask: each fact once, from a sentence that states it fairly.

A sentence asks nothing when it is short, states no fact (a question, a list's lead-in,
a supposition, an instruction, a pointer at a figure), leans on a referent it does not
have, or describes a lesson's worked example. Of its facts, those whose answer shows
elsewhere in the text, or that the text computes, are left out, and so are names of
the document's own subject ("Watson" in a life of Watson: every sentence would give
them away), of the section's subject (the person its heading names), and of the
scholars it cites ("according to historian X": a source, not a fact to learn); so are
dates of records rather than events, counts of letters, one member of a list, and a
decade beside a date in or next to it (:mod:`~quiz.authoring.drafting.relations`).

Two facts are the same fact when :func:`~quiz.authoring.drafting.facts.fact_key` says so
and they are about the same thing: the sentences share a name other than the
document's subject, or one names nothing else (a biography's lead repeats its body). A
name, or a full date ("3 March 1901"), is one fact wherever it stands. The first
statement is asked; later ones are not. Facts that pin each other (a figure and its
date in one clause) are one fact, asked once in the figure's form; and a year that
begins or ends a period just asked ("from 1955 until 1959", then "complete in 1959")
is that period again.

A sentence gives one question, however many facts it holds: "Landsteiner discovered the
blood groups in 1900" asked for the year and then for the man is one claim asked from
both sides, since each question shows the other's answer. A sentence shown as the lead
of another's question is that question's claim too ("In the 1970s, East Asian economies
grew fast. In these countries, growth of 11% to 12% ..."): once either is asked, the
other is not.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from quiz.authoring.drafting.asked import Periods, Seen
from quiz.authoring.drafting.checks import (
    alias_or_character,
    dates_a_record,
    mangled,
    place_given_away,
    states_no_fact,
    used_as_place,
)
from quiz.authoring.drafting.counts import (
    common_knowledge,
    computable,
    counts_a_case,
    counts_its_list,
    counts_the_text,
    spanned_by_dates,
)
from quiz.authoring.drafting.date_worth import (
    DATE_KINDS,
    a_chronicles_step,
    a_making,
    date_quota,
)
from quiz.authoring.drafting.distractors import gives_itself_away
from quiz.authoring.drafting.facts import NAMES, Fact, fact_key
from quiz.authoring.drafting.name_runs import name_spans
from quiz.authoring.drafting.names import PERSON
from quiz.authoring.drafting.opinions import among_statistics, slight, voices_opinion
from quiz.authoring.drafting.relations import decade_given_away, listed, pinned
from quiz.authoring.drafting.roles import minor_milestone, names_a_deed
from quiz.authoring.drafting.spots import Spot
from quiz.authoring.drafting.subjects import unit_noun

# Where something happened is asked no more: in four blind rounds a place or a country was
# worth keeping one time in five. The words around it give it away ("its northern neighbor"),
# it is the scene of a detail ("Rameau's travels in Italy"), or a country is named everywhere.
UNASKED_PLACES = frozenset({"place", "country"})
PRIORITY = (
    "percent", "money", "count", "ratio", "age", "year", "period", "decade", "date", "range",
    "person", "firm", "country", "place",
)  # fmt: skip
_ROLE_BEFORE = re.compile(
    r"\b(?:a|an)\s+$|\b(?:elect\w*|appoint\w*|chosen|named|made|served|install\w*)\s+as\s+$", re.I
)
FACTS_PER_SENTENCE = 1  # one claim, one question (see the module's note)
MIN_WORDS = 6  # shorter sentences ("K. Matuszak, Leipzig, 1923.") ask nothing
NAME_QUOTA = {"country": 2, "place": 3}  # questions at most per document; the rest unlimited


@dataclass(frozen=True)
class Chosen:
    spot: Spot
    fact: Fact
    alone: bool = True  # the only fact asked of its sentence (a true/false may state it)


class Selection:
    """The facts asked so far, to ask no fact twice."""

    def __init__(
        self,
        protagonists: frozenset[str],
        aliases: frozenset[str] = frozenset(),
        titled: frozenset[tuple] = frozenset(),
        given: frozenset[str] = frozenset(),
        mentions: Counter[str] | None = None,
        memoir: bool = False,  # told in the first person (opinions.a_memoir)
    ):
        self.protagonists = protagonists
        self.mentions = mentions  # how often the text names each last name, where known
        self.given = given  # given names the text also uses alone ("Stanley"): never asked
        self.titled = titled  # years, periods and counts the title shows: given away everywhere
        self.aliases = aliases  # nicknames and tale characters: never an answer
        self.names: set[tuple] = set()
        self.undated: dict[tuple, Seen] = defaultdict(Seen)  # statements without a day
        self.dated: dict[tuple, Seen] = defaultdict(Seen)  # full dates: "3 March 1901"
        self.days: dict[tuple, set[tuple]] = defaultdict(set)
        self.kinds: Counter[str] = Counter()
        self.years: set[tuple[str, float]] = set()  # (era, year) of every year asked
        self.sums: set[tuple] = set()  # (locator, key) of every quantity stated
        self.memoir = memoir

    def is_asked(self, fact: Fact, spot: Spot) -> bool:
        key = fact_key(fact)
        if key[0] == "name":
            return key in self.names
        if key[0] == "quantity" and (spot.locator, key) in self.sums:
            return True  # "$15 million" twice in one section: one price, whatever is named
        about, day = self._about(fact, spot), _day(fact)
        if day and day in self.days.get(key, ()):
            return True  # "3 March 1901" twice: one date, whatever else is named
        if self.undated.get(key, _NONE).matches(spot.index, about):
            return True
        return not day and self.dated.get(key, _NONE).matches(spot.index, about)

    def age_of_asked_years(self, fact: Fact, dates: list[Fact]) -> bool:
        """Whether an age is the span between two asked years: the year it was reached
        and the year of birth ("death in 1958 at age 80", with 1878 and 1958 asked)."""
        if fact.kind != "age" or fact.value is None or fact.unit != "years old":
            return False
        for date in dates:
            if date.kind == "year" and date.value and (date.era, date.value) in self.years:
                born = date.value - fact.value
                if {(date.era, born), (date.era, born - 1)} & self.years:
                    return True
        return False

    def mark(self, fact: Fact, spot: Spot, *, asked: bool = True) -> None:
        """Note a fact as stated; ``asked`` when a question asks it (not only shows it)."""
        key = fact_key(fact)
        if key[0] == "quantity":
            self.sums.add((spot.locator, key))
        self.kinds[fact.kind] += asked
        if fact.kind == "year" and fact.value is not None:
            self.years.add((fact.era, fact.value))
        if key[0] == "name":
            self.names.add(key)
            return
        day = _day(fact)
        (self.dated if day else self.undated)[key].add(spot.index, self._about(fact, spot))
        if day:
            self.days[key].add(day)
        if fact.kind == "period" and asked:  # "from 1919 to 1933" states both its years
            for end in (fact.value, fact.end_value):
                year = ("time", "year", fact.era, end, None)
                self.undated[year].add(spot.index, self._about(fact, spot))

    def _about(self, fact: Fact, spot: Spot) -> frozenset[str]:
        return spot.subjects - self.protagonists - {fact.text.split()[-1]}

    def fair(self, fact: Fact, spot: Spot) -> bool:
        if fact.kind in UNASKED_PLACES:
            return False  # see UNASKED_PLACES
        if fact.kind in NAMES:
            if fact.text.split()[-1] in self.protagonists or not used_as_place(fact, spot.sentence):
                return False
            if fact.kind == PERSON and fact.text.split()[-1] in _heading_names(spot):
                return False  # "Nelle" in "Nelle's Pipeline": the section's own subject
            if fact.kind == PERSON and _ROLE_BEFORE.search(spot.sentence[: fact.start]):
                return False  # "a U.S. Congressman", "his election as Gonfalonier": a role
            if re.search(
                r"\b(?:this|these|those)\s+$|\b(?:St|Ste|Mt|Ft)\.\s*$",
                spot.sentence[: fact.start],
                re.I,
            ):
                return False  # "Now this ____ took up his quarters", "St. ____": half a name
            if fact.kind == PERSON and self.mentions and self.mentions[fact.text.split()[-1]] < 2:
                return False  # named once in the whole text: a walk-on (kept 1 in 3, 17q-17x)
            if fact.kind == PERSON and not names_a_deed(spot.sentence):
                return False  # "operated by ____ that day": no deed, a story's walk-on
            if fact.kind == PERSON and fact.text in self.given:
                return False  # "fell in love with ____" (Stanley): options are surnames
            if fact.role == "scholar":
                return False  # "according to historian X": who wrote it is a source, no fact
            if alias_or_character(fact, spot.sentence) or fact.text.split()[-1] in self.aliases:
                return False  # "(often referred to as TimBL)", "the tale of Mr. Sims"
            if fact.kind == "firm" and re.match(r"[’']s\s", spot.sentence[fact.end :]):
                return False  # "____'s search algorithms": what a firm owns names the firm
            if re.match(r"\s*&", spot.sentence[fact.end :]) or spot.sentence[
                : fact.start
            ].rstrip().endswith("&"):
                return False  # "Siegel" of "Siegel & Gale": half a name
            if self.kinds[fact.kind] >= NAME_QUOTA.get(fact.kind, 10**6):
                return False
            if place_given_away(fact, spot.sentence):
                return False
        if slight(fact, spot.sentence) or among_statistics(fact, spot.facts, spot.sentence):
            return False  # a salary, "the Privacy Act of ____", "several hundred"
        if minor_milestone(fact, spot.sentence):
            return False  # "Lyell was knighted in ____"
        if fact.kind in DATE_KINDS and a_chronicles_step(spot):
            return False  # "it received its second reading on 9 February"
        if gives_itself_away(fact, spot) or decade_given_away(fact, spot.facts):
            return False
        if fact.kind == "count" and (fact.value, unit_noun(fact)) in self.titled:
            return False  # "How many years?" in "10 Years of Electron"
        shown = {(fact.value, fact.end_value), (fact.value, None)}
        if fact.kind in ("year", "period") and shown & self.titled:
            return False  # "The Berlin Crisis of ____" in "The Berlin Airlift, 1948–1949"
        if counts_the_text(fact) or counts_a_case(fact, spot.sentence):
            return False
        if common_knowledge(fact, spot.sentence):
            return False
        if counts_its_list(fact, spot.sentence, spot.following):
            return False
        if dates_a_record(fact, spot.sentence, spot.facts):
            return False
        if spanned_by_dates(fact, spot.years):
            return False
        text, shift = spot.context(fact)
        return not computable(fact, text, shift)


_NONE = Seen()


def _heading_names(spot: Spot) -> frozenset[str]:
    if spot.locator.kind != "section":
        return frozenset()
    return frozenset(n.split()[-1] for n, _ in name_spans(f"About {spot.locator.label}"))


def _day(fact: Fact) -> tuple:
    return fact.when[1:] if fact.when and fact.when[2] else ()


def asks_something(spot: Spot, memoir: bool = False) -> bool:
    """Whether a sentence may give questions at all."""
    return (
        len(spot.sentence.split()) >= MIN_WORDS
        and not states_no_fact(spot.sentence)
        and not mangled(spot.sentence)
        and not re.fullmatch(r"\([^()]*\)\.?|\[[^\[\]]*\]\.?", spot.sentence)  # "(Tenth in ...)"
        and not voices_opinion(spot.sentence, memoir=memoir)
        and spot.has_referent
        and not spot.example
    )


def choose(spots: list[Spot], selection: Selection, shown: set[str] | None = None) -> list[Chosen]:
    """The facts to ask from these spots, in document order, one a sentence, and none
    from two sentences that one question shows together, nor from a sentence ``shown``
    already (a term card's or an order question's)."""
    out = []
    periods = Periods()
    dated = 0  # date questions asked in this section
    shown = set() if shown is None else shown  # sentences an asked question shows
    for spot in spots:
        if not asks_something(spot, selection.memoir):
            continue
        lead = spot.previous if spot.leans else ""
        if spot.sentence in shown or (lead and lead in shown):
            continue
        if any(_day(f) and selection.is_asked(f, spot) for f in spot.facts):
            continue  # its day ("September 30, 1935") was asked: the same event told again
        listed_at = listed(spot.sentence, spot.facts, spot.names)
        ties = pinned(spot.sentence, spot.facts)
        facts = sorted(spot.facts, key=lambda f: (PRIORITY.index(f.kind), f.start))
        taken: list[Fact] = []
        for fact in facts:
            if len(taken) == FACTS_PER_SENTENCE:
                break
            if fact.kind != "year" and any(t.kind == fact.kind for t in taken):
                continue  # "by ____ and Ken Thompson", then "by Dennis Ritchie and ____"
            if fact.start in listed_at or periods.repeats(fact, spot):
                continue
            quota = fact.kind in DATE_KINDS and not a_making(spot)
            if quota and dated >= date_quota(spot):
                continue  # a section's third date (date_worth)
            tied = ties.get(fact.start, [])
            if any(t in tied for t in taken):
                continue  # a figure's date when the figure is asked
            if selection.is_asked(fact, spot) or not selection.fair(fact, spot):
                continue
            if selection.age_of_asked_years(fact, tied):
                continue  # "his death in 1958 at age 80" when 1878 and 1958 are asked
            selection.mark(fact, spot)
            for member in tied:  # the figure asked is its date asked too
                selection.mark(member, spot, asked=False)
            periods.add(fact, spot)
            dated += quota
            taken.append(fact)
        if taken:
            shown.update(filter(None, (spot.sentence, lead)))
        out += [Chosen(spot, fact, len(taken) == 1) for fact in taken]
    return out
