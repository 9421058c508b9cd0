"""What makes a distractor fair: a value of the same kind and role, not in view, not true.

Years stand against years of the same era, periods against periods, sums against sums
in the same currency and scale, counts against counts of the same thing, shares against
shares (a plan fulfilled to 108 percent is no share); firms against firms, rivers
against rivers, capitals against capitals, and people against people of the same role
(a historian who writes about generals is never offered among them; a person known by
a role is offered only among people of that role, and one known only in private life,
a wife, a child, a student, never among public figures). Two options never lie so close
that they read as one (11% and 11.1%; 1942–1945 and 1943–1945). A value already
shown in the text asked, or a country whose people it names ("claims against the
Soviets"), would give the game away; one the document also says of the same subject
(another sentence names FORTRAN and 1956) would be true too, and is never offered.

Pools are built once per document and sorted, so each distractor is found by looking
at a few neighbours, not the whole document: drafting stays linear in its length.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterator

from quiz.authoring.drafting.facts import NAMES, Fact
from quiz.authoring.drafting.name_words import COUNTRIES, PRIVATE_ROLES, REGIONS, ROLES
from quiz.authoring.drafting.names import CAPITALS, PLACE_FEATURES
from quiz.authoring.drafting.spots import Spot

LOOK_AT = 60  # neighbours examined at most for one question
SAME_THING = (  # names that must never be each other's distractors
    frozenset({"Russia", "USSR", "Soviet Union", "Soviet Russia", "Russian Empire"}),
    frozenset({"U.S.", "U.S.A.", "USA", "United States", "America", "US"}),
    frozenset({"Britain", "Great Britain", "England", "UK", "United Kingdom"}),
)
PEOPLE_OF = {  # a country is in view when its people are: "claims against the Soviets"
    "Russia": ("Russian", "Soviet"), "USSR": ("Russian", "Soviet"),
    "Soviet Union": ("Russian", "Soviet"), "Soviet Russia": ("Russian", "Soviet"),
    "Germany": ("German",), "France": ("French",), "Britain": ("British",),
    "Great Britain": ("British",), "England": ("English",), "Spain": ("Spanish", "Spaniard"),
    "Italy": ("Italian",), "Poland": ("Polish",), "Finland": ("Finnish", "Finn"),
    "Sweden": ("Swedish", "Swede"), "Switzerland": ("Swiss",), "Austria": ("Austrian",),
    "Portugal": ("Portuguese",), "Netherlands": ("Dutch",), "Holland": ("Dutch",),
    "Canada": ("Canadian",), "United States": ("American",), "USA": ("American",),
    "Japan": ("Japanese",), "China": ("Chinese",), "Turkey": ("Turkish",),
    "India": ("Indian",), "Iraq": ("Iraqi",), "Brazil": ("Brazilian",),
}  # fmt: skip


def pool_of(fact: Fact) -> tuple:
    """Which values may stand against each other."""
    if fact.kind in ("count", "money", "range", "age"):
        unit = " ".join(w for w in (fact.unit or "").split() if w not in ("gold", "paper"))
        return (fact.kind, unit)
    if fact.kind == "percent":
        return ("percent", (fact.value or 0) > 100)  # shares against shares, growth against growth
    if fact.kind in ("year", "period"):
        return (fact.kind, fact.era)
    if fact.kind == "place":
        last = fact.text.split()[-1]
        feature = last if last in PLACE_FEATURES else "region" if fact.text in REGIONS else None
        return ("place", feature, fact.text in CAPITALS)
    if fact.kind in NAMES:
        # "the ____ government": the United States, not Japan; an acronym against acronyms
        return (fact.kind, fact.article, _acronym(fact.text))
    return (fact.kind,)


class Pools:
    """Every fact of a document by pool, sorted by value (numbers) or position (names)."""

    def __init__(self, spots: list[Spot], protagonists: frozenset[str] = frozenset()):
        self.spots = spots
        self.protagonists = protagonists
        self.mentions: Counter[str] = Counter(  # how often each country is named, in any role
            n for spot in spots for n, _ in spot.names if n in COUNTRIES
        )
        entries: dict[tuple, list[tuple[float, int, Fact]]] = defaultdict(list)
        self.said_with: dict[tuple, set[int]] = defaultdict(set)  # (value, name) -> sentences
        self.titles: dict[str, set[str]] = defaultdict(set)  # family name -> "president", ...
        pooled: dict[tuple, int] = {}  # one entry a value or person: the first mention
        self.given = given_names(spots)
        for spot in spots:
            for fact in spot.facts:
                key = pool_of(fact)
                own = fact.text.split()[-1]
                if fact.kind == "person" and (title := title_before(fact, spot.sentence)):
                    self.titles[own].add(title)
                known = (key, own if fact.kind == "person" else fact.text)
                if own in protagonists:
                    pass
                elif known not in pooled:
                    pooled[known] = len(entries[key])
                    order = spot.index if fact.kind in NAMES or fact.value is None else fact.value
                    entries[key].append((order, spot.index, fact))
                else:  # a person by the fullest name the text gives ("John Backus", not "Backus")
                    order, index, first = entries[key][pooled[known]]
                    if len(fact.text.split()) > len(first.text.split()):
                        entries[key][pooled[known]] = (order, index, fact)
                for subject in spot.subjects - {own}:
                    found = self.said_with[(_said(fact), subject)]
                    if len(found) < 2:  # two sentences are enough to know
                        found.add(spot.index)
        self.pools = {key: sorted(e, key=lambda x: (x[0], x[1])) for key, e in entries.items()}
        self.orders = {key: [x[0] for x in e] for key, e in self.pools.items()}

    def distractors(self, fact: Fact, spot: Spot, n: int = 3) -> list[Fact]:
        """Other values of the same kind from the document, nearest first, fair ones only."""
        text, _ = spot.context(fact)
        title = title_before(fact, spot.sentence) if fact.kind == "person" else ""
        chosen: list[Fact] = []
        for other in self._neighbours(fact, spot):
            if len(chosen) == n:
                return chosen
            if not _role_fits(fact, other) or same(other, fact):
                continue
            if title and title not in self.titles.get(other.text.split()[-1], ()):
                continue  # "President ____": presidents only
            if any(too_close(other, c) for c in [fact, *chosen]):
                continue
            if other.text.split()[-1] in self.protagonists:
                continue  # the document's own subject is no wrong answer
            if other.kind == "person" and other.text in self.given:
                continue  # a given name alone is no one's name among others
            if any(same(other, c) for c in chosen) or self._in_view(fact, other, text):
                continue
            if self._also_true(other, fact, spot):
                continue
            chosen.append(other)
        return chosen

    def _neighbours(self, fact: Fact, spot: Spot) -> Iterator[Fact]:
        key = pool_of(fact)
        pool, orders = self.pools.get(key, []), self.orders.get(key, [])
        here = spot.index if fact.kind in NAMES or fact.value is None else fact.value
        right = bisect.bisect_left(orders, here)
        left = right - 1
        for _ in range(min(LOOK_AT, len(pool))):
            if left < 0 and right >= len(pool):
                return
            take_left = right >= len(pool) or (
                left >= 0
                and _distance(fact, here, orders[left]) <= _distance(fact, here, orders[right])
            )
            if take_left:
                yield pool[left][2]
                left -= 1
            else:
                yield pool[right][2]
                right += 1

    def _in_view(self, fact: Fact, other: Fact, text: str) -> bool:
        if other.text in text or fact.pattern.format(other.text) in text:
            return True
        if other.kind == "decade" and re.search(rf"['’]?{other.text[2:4]}['’]?s\b", text):
            return True  # "the 90's and 2000's": the 1990s are in view
        return fact.kind in NAMES and in_view(other.text, text)

    def _also_true(self, other: Fact, fact: Fact, spot: Spot) -> bool:
        """Whether another sentence about the same subject says ``other`` (FORTRAN, 1956)."""
        said = _said(other)
        for subject in spot.subjects - self.protagonists - {fact.text.split()[-1]}:
            found = self.said_with.get((said, subject), set())
            if found - {spot.index}:
                return True
        return False


MAIN_ACTOR = 3  # mentions that make a country one of the text's actors


def given_names(spots: list[Spot]) -> frozenset[str]:
    """Names the text uses alone that are given names in its full names: "Stanley" where
    it also says "Stanley Rossiter Benedict". Alone, such a name is no one's among others."""
    full = [f.text.split() for spot in spots for f in spot.facts if f.kind == "person"]
    surnames = {words[-1] for words in full if len(words) > 1}
    return frozenset({w for words in full if len(words) > 1 for w in words[:-1]} - surnames)


def absurd_swap(pools: Pools, other: Fact, fact: Fact | None = None) -> bool:
    """Whether swapping ``other`` in makes a statement absurd rather than false: a country
    the text keeps naming is one of its actors ("the Soviet Union also sent B-29 bombers to
    the United Kingdom", "acquire part of the United States" in a life of a U.S. statesman),
    or an acronym (an agency: FEMA) stands for a name that is none, or the other way round."""
    if fact is not None and fact.kind in NAMES and _acronym(fact.text) != _acronym(other.text):
        return True
    if other.kind != "country":
        return False
    said = sum(n for name, n in pools.mentions.items() if same_thing(name, other.text))
    return said >= MAIN_ACTOR


def _acronym(name: str) -> bool:
    return len(name) > 1 and name.replace(".", "").isupper()


def gives_itself_away(fact: Fact, spot: Spot) -> bool:
    """Whether the answer shows elsewhere in the text asked ("Despite ____'s ... May left")."""
    text, shift = spot.context(fact)
    rest = text[: fact.start + shift] + " " + text[fact.end + shift :]
    probes = {fact.text}
    if fact.kind in NAMES:
        probes.add(fact.text.split()[-1])
        if in_view(fact.text, rest):  # "the Swiss socialist ... Lenin left ____"
            return True
    return any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", rest) for p in probes)


def same(a: Fact, b: Fact) -> bool:
    if a.kind in NAMES:
        return same_thing(a.text, b.text)
    if a.value is not None and b.value is not None:
        return (a.value, a.end_value) == (b.value, b.end_value)
    return a.text.casefold() == b.text.casefold()


def same_thing(a: str, b: str) -> bool:
    """Names that may denote one thing ("Ernst May" and "May", "Russia" and "USSR")."""
    if a.casefold() == b.casefold():
        return True
    last = a.split()[-1]
    if last == b.split()[-1] and last not in PLACE_FEATURES:  # the Arlen River is no Dorne River
        return True
    if set(a.split()) < set(b.split()) or set(b.split()) < set(a.split()):
        return len(set(a.split()) & set(b.split()) - PLACE_FEATURES) > 0
    a_words, b_words = a.split(), b.split()
    if len(a_words) == len(b_words) == 2 and a_words[0] == b_words[0]:
        short, long = sorted((a_words[1], b_words[1]), key=len)
        if long.startswith(short):
            return True  # "Mary I" and "Mary Ickes": one person, the name cut short
    return any(a in group and b in group for group in SAME_THING)


def in_view(name: str, text: str) -> bool:
    """Whether a name, another name for it, or its people show in ``text``."""
    probes = {name, *PEOPLE_OF.get(name, ())}
    for group in SAME_THING:
        if name in group:
            probes |= group | {p for n in group for p in PEOPLE_OF.get(n, ())}
    return any(re.search(rf"(?<!\w){re.escape(p)}(?:s|es)?(?!\w)", text) for p in probes)


def _said(fact: Fact) -> tuple:
    if fact.kind in NAMES:
        return ("name", fact.text.split()[-1] if fact.kind == "person" else fact.text)
    return (
        fact.kind,
        fact.era,
        fact.value,
        fact.end_value,
        fact.text if fact.value is None else "",
    )


def title_before(fact: Fact, sentence: str) -> str:
    """The title written before a name ("President" of "President ____"), lowercased."""
    m = re.search(r"\b([A-Z][a-z]+)\.?\s+$", sentence[: fact.start])
    return m[1].lower() if m and m[1].lower() in ROLES else ""


def _role_fits(fact: Fact, other: Fact) -> bool:
    if fact.kind != "person" or not (fact.role or other.role):
        return True
    if fact.role:
        return fact.role == other.role
    return other.role not in PRIVATE_ROLES | {"scholar"}  # no historian, wife or child


CLOSE = 0.05  # options whose values differ by less than this share read as one


def too_close(a: Fact, b: Fact) -> bool:
    """Whether two values would read as one option: 11% and 11.1%, or periods that
    share an end and start a year apart."""
    if a.value is None or b.value is None or a.kind in NAMES:
        return False
    if a.end_value is not None and b.end_value is not None:
        return abs(a.value - b.value) + abs(a.end_value - b.end_value) <= 1
    if a.kind in ("year", "decade"):
        return False
    return abs(a.value - b.value) < CLOSE * max(abs(a.value), abs(b.value))


def _distance(fact: Fact, here: float, there: float) -> float:
    if fact.kind in NAMES or fact.value is None or fact.kind in ("year", "period", "decade"):
        return abs(here - there)
    return (
        abs(math.log((here + 1) / (there + 1))) if here >= 0 and there >= 0 else abs(here - there)
    )
