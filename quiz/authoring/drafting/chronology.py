"""Order questions: the dated events of one section or page, to put in sequence.

An event is a sentence that carries exactly one date, and that date a year (a period
such as 1928-1932 spans too much to order by); its item is what happened, in a few
words of the sentence (:mod:`~quiz.authoring.drafting.events`). An item is shown alone,
so it is no event when its sentence leans on another, when it opens on a participle
("Based upon written agreements ...") or a verb whose subject went ("Was performed at
Venice"), has lost its date with the year ("The year saw ..."), points back ("Haendel,
as before stated", "The first such bomb"), or gives its place away: a birth or a death,
or the start of what another item ends ("The crisis started", "The crisis ended").
"""

from __future__ import annotations

import re

from quiz.authoring.drafting.events import ITEM_WORDS, event_item
from quiz.authoring.drafting.facts import Fact
from quiz.authoring.drafting.referents import STRONG
from quiz.authoring.drafting.spots import Spot
from quiz.authoring.drafting.text import word_set

MAX_EVENTS = 5
MAX_LIST = 8  # items of a dated list
MIN_EVENTS = 3
Used = list[tuple[Spot, Fact]]  # the dated facts an order question stands on


def order_question(spots: list[Spot]) -> tuple[dict, Used] | None:
    """Fields of an order question over the dated items of a list, or else the first
    dated events of these spots, and the facts it uses; None when fewer than three."""
    return _dated_list(spots) or _dated_events(spots)


def _dated_list(spots: list[Spot]) -> tuple[dict, Used] | None:
    """A list whose items carry one date each: order the items by what they name."""
    groups: dict[int, list[Spot]] = {}
    for spot in spots:
        if spot.item:
            groups.setdefault(spot.group, []).append(spot)
    for items in groups.values():
        events: list[tuple[int, str, str]] = []
        used: Used = []
        for spot in items:
            dated = _dated(spot)
            lead = _lead(spot.sentence)
            if dated is None or not lead or any(lead == e[1] for e in events):
                continue
            events.append((_year(dated), lead, dated.text))
            used.append((spot, dated))
        years = {year for year, _, _ in events}
        spans = [(_year(f), int(f.end_value or _year(f))) for _, f in used]
        overlapping = any(lo < y <= hi for lo, hi in spans for y in years)  # C (1969-73), 1972
        if MIN_EVENTS <= len(events) <= MAX_LIST and len(years) == len(events) and not overlapping:
            where = items[0].locator
            place = f"page {where.label}" if where.kind == "page" else f"“{where.label}”"
            return _fields(
                f"Put these from the list in {place} in the order of their dates.", events
            ), used
    return None


def _dated_events(spots: list[Spot]) -> tuple[dict, Used] | None:
    events: list[tuple[int, str, str]] = []
    used: Used = []
    for spot in spots:
        dated = [f for f in spot.facts if f.kind in ("year", "period") and f.when]
        if spot.item or len(dated) != 1 or dated[0].kind != "year" or spot.leans == STRONG:
            continue  # an item is shown alone: "The first such bomb" leans on nothing there
        if _BOUND.search(spot.sentence[: dated[0].start]):
            continue  # "an inquiry into incomes before 1870" is not dated 1870
        year = _year(dated[0])
        if any(year == other for other, _, _ in events):
            continue
        item = event_item(spot.sentence, dated[0])
        if (
            good_item(item)
            and all(item.casefold() != e[1].casefold() for e in events)
            and not _pairs_off(item, events)
        ):
            events.append((year, item, dated[0].text))
            used.append((spot, dated[0]))
        if len(events) == MAX_EVENTS:
            break
    if len(events) < MIN_EVENTS:
        return None
    where = spots[0].locator
    place = f"page {where.label}" if where.kind == "page" else f"“{where.label}”"
    return _fields(f"Put these events from {place} in chronological order.", events), used


_BAD_START = word_set(
    "at in on by for from to with just like one fast this these those it its they he she there "
    "however although when while after before during since until as if because so also even "
    "another other such was were is are had has have been did could would being his her their"
)
_BAD_END = word_set(
    "to that of the a an and or with for is was were had has by in at on as wrote said"
)
_PAST = re.compile(  # an event has happened: "The railway reached Brill", "A flood struck"
    r"\b(?:\w{2,}ed|was|were|had|struck|wrote|began|became|made|built|won|lost|took|gave|went|"
    r"came|led|ran|saw|set|sold|left|met|fell|rose|grew|bought|lent|sent|spent|brought|"
    r"fought|held|kept|paid|sank|shut|swore|taught|thought|told|drew|flew|froze|hid|knew)\b",
    re.I,
)


_BOUND = re.compile(r"\b(?:before|after|until|till|since|prior to)\s+(?:the\s+)?$", re.I)
# "The year saw ...": the item's date went with the year taken out
_DATE_LOST = re.compile(
    r"(?:the|that|this)\s+(?:following\s+|next\s+)?(?:year|month|day|decade)\b", re.I
)
_BACK_REFERENCE = re.compile(  # "Haendel, as before stated", "The first such bomb"
    r"\bas (?:before|already|previously|earlier)? ?(?:stated|said|mentioned|noted)\b"
    r"|\b(?:such|this|these|those)\b",
    re.I,
)
_LIFE = re.compile(r"\b(?:was|were)\s+born\b|\bdied\b", re.I)  # birth first, death last
_BOUNDARY = re.compile(r"\b(?:started|began|begun|ended|finished|closed|opened)\b", re.I)


def good_item(item: str) -> bool:
    """Whether an event reads as one: a few whole words that tell what happened, leaning on
    nothing, supposing nothing (a quotation may be cut: "The mayor wrote: “... six barges …”")."""
    words = item.split()
    return (
        3 <= len(words) <= ITEM_WORDS + 2
        and ("…" not in item or "“" in item)
        and words[0].casefold() not in _BAD_START
        and words[-1].casefold().strip(",.") not in _BAD_END
        and not re.search(r"\b(?:not until|not that|might|would|could|may)\b", item, re.I)
        and bool(_PAST.search(item))
        and not re.match(r"[A-Z][a-z]+(?:ed|ing)\b", item)  # "Based upon ...": no event
        and not _DATE_LOST.match(item)
        and not _LIFE.search(item)
        and not _BACK_REFERENCE.search(item)
        and not re.search(r"(?<!wrote)(?<!said)(?<!says)(?<!writes):", item)
    )


_VERSION = re.compile(
    r"\b(?:v\d+(?:\.\d+)*|(?:version|release)\s+\d+(?:\.\d+)*|\d+\.\d+(?:\.\d+)*)\b", re.I
)


def _pairs_off(item: str, events: list[tuple[int, str, str]]) -> bool:
    """Whether an item is the start or end of an event another item ends or starts ("The
    crisis started" ... "The crisis ended"), or numbers its version as another does ("v1
    shipped" ... "v2 shipped"): the order gives itself away."""
    subject = " ".join(item.casefold().split()[:2])
    if _VERSION.search(item) and any(_VERSION.search(other) for _, other, _ in events):
        return True  # "Electron v1 shipped" ... "Electron v2 shipped": numbered in order
    return any(
        " ".join(other.casefold().split()[:2]) == subject
        and (_BOUNDARY.search(item) or _BOUNDARY.search(other))
        for _, other, _ in events
    )


def _fields(prompt: str, events: list[tuple[int, str, str]]) -> dict:
    events = sorted(events)
    return {
        "prompt": prompt,
        "items": tuple(item for _, item, _ in events),
        "explanation": "In the text: " + "; ".join(f"{d} — {item}" for _, item, d in events) + ".",
    }


def _dated(spot: Spot) -> Fact | None:
    dated = [f for f in spot.facts if f.kind in ("year", "period") and f.when]
    return dated[0] if len(dated) == 1 else None


def _year(fact: Fact) -> int:
    return fact.when[0] if fact.when else 0


def _lead(sentence: str) -> str:
    """What a list item names: "Prolog, designed in 1972 by ..." -> "Prolog"."""
    m = re.match(r"^([A-Z][\w+#’'.-]*(?:\s+[\w+#’'.-]+){0,3}?)\s*(?:,|\(|:|\s[-–—]\s)", sentence)
    return m[1].strip() if m else ""
