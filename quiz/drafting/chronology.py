"""Order questions: the dated events of one section or page, to put in sequence.

An event is a sentence that carries exactly one year (or period); its item is the
sentence with the date taken out, cut to a short window around where the date stood,
so the learner orders what happened, not the numbers.
"""

from __future__ import annotations

import re

from quiz.drafting.numbers import MONTHS, Fact
from quiz.drafting.spots import Spot

MAX_EVENTS = 5
MIN_EVENTS = 3
WHOLE_WORDS = 18  # items up to this long stay whole
ITEM_WORDS = 12
SUBJECT_WORDS = 6
TAIL_WORDS = 8
_DATE_LEAD = re.compile(
    r"(?:\b(?:in|by|on|since|from|until|during|around|after|before|as early as|as late as)\s+)?"
    r"(?:the\s+)?(?:(?:early|late|mid-?)\s+)?(?:\d{1,2}\s+)?"
    rf"(?:(?:{'|'.join(MONTHS)})\s+)?(?:\d{{1,2}},?\s+)?$",
    re.I,
)
_CONNECTIVE = re.compile(r"^(?:however|and|but|so|then|yet|thus|meanwhile)\b,?\s*", re.I)


def order_question(spots: list[Spot]) -> dict | None:
    """Fields of an order question over the first dated events of these spots, or None."""
    events: list[tuple[int, str, str]] = []  # (year, item, date as written)
    for spot in spots:
        dated = [f for f in spot.facts if f.kind in ("year", "period") and f.when]
        if len(dated) != 1 or any(dated[0].when[0] == year for year, _, _ in events):
            continue
        item = event_item(spot.sentence, dated[0])
        if item and all(item.casefold() != other.casefold() for _, other, _ in events):
            events.append((dated[0].when[0], item, dated[0].text))
        if len(events) == MAX_EVENTS:
            break
    if len(events) < MIN_EVENTS:
        return None
    events.sort()
    where = spots[0].locator
    place = f"page {where.label}" if where.kind == "page" else f"“{where.label}”"
    return {
        "prompt": f"Put these events from {place} in chronological order.",
        "items": tuple(item for _, item, _ in events),
        "explanation": "In the text: " + "; ".join(f"{d} — {item}" for _, item, d in events) + ".",
    }


def event_item(sentence: str, fact: Fact) -> str:
    """The sentence without its date, cut to a window of words around where it stood."""
    start, end = fact.start, fact.end
    lead = _DATE_LEAD.search(sentence[:start])
    if lead:
        start = lead.start()
    if sentence[start - 1 : start] == "(" and sentence[end : end + 1] == ")":
        start, end = start - 1, end + 1
    before = sentence[:start].rstrip()
    after = sentence[end:].lstrip(" ,") if not before else sentence[end:].lstrip()
    joined = f"{before} {after}".strip()
    joined = re.sub(r"\s+([,;.])", r"\1", re.sub(r"\s+", " ", joined)).strip(" ,;")
    joined = _CONNECTIVE.sub("", joined).rstrip(".!?;:\"”’'").strip()
    words = joined.split()
    at = len(before.split())
    if len(words) > WHOLE_WORDS:
        if at <= ITEM_WORDS:  # the date stood early: keep the start of the sentence
            words = [*words[: max(ITEM_WORDS, at + 3)], "…"]
        else:  # the subject, then the words that led up to the date
            tail = words[at - TAIL_WORDS : at]
            words = [*words[:SUBJECT_WORDS], "…", *tail] + (["…"] if at < len(words) else [])
    text = " ".join(words).strip(" ,").replace(", …", " …")
    if text.count('"') % 2 or text.count("“") != text.count("”"):
        text = re.sub(r"\s*[\"“”]\s*", " ", text).strip()  # a quotation cut in half
    return text[:1].upper() + text[1:]
