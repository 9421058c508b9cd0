"""Order questions: the dated events of one section or page, to put in sequence.

An event is a sentence that carries exactly one date, and that date a year (a period
such as 1928-1932 spans too much to order by). Its item is the clause that holds the
year, with the year taken out, so the learner orders what happened, not the numbers:

- "By 1881, the coffers were empty, and even worse ..." -> "The coffers were empty";
- "When the railway reached Brill in 1886, the canal ..." -> "The railway reached Brill";
- "... the 40 million crowns that the bankers had lent the town in 1879" ->
  "The bankers had lent the town the 40 million crowns";
- '... six barges," the mayor wrote in 1887' -> 'The mayor wrote: “... six barges …”'.

Asides go (brackets, long dashes, "in fact", "however"); a clause of a few words takes
the one before it along, and a long one is cut at its first comma or "to" after a few
words, so items read as events rather than as windows of a sentence. An item is no
event when it opens on a participle ("Based upon written agreements ...") or a verb whose
subject went ("Was performed at Venice"), has lost its date with the year ("The year
saw ..."), points back ("Haendel, as before stated"), or gives its place away: a birth
or a death, or the start of what another item ends ("The crisis started", "The crisis
ended"). The events of one question lie within a few dozen sentences: one story, not
the dates of a whole chapter's different lives.
"""

from __future__ import annotations

import re

from quiz.authoring.drafting.dates import MONTHS
from quiz.authoring.drafting.facts import Fact
from quiz.authoring.drafting.referents import STRONG
from quiz.authoring.drafting.spots import Spot
from quiz.authoring.drafting.text import word_set

MAX_EVENTS = 5
MAX_LIST = 8  # items of a dated list
MIN_EVENTS = 3
ITEM_WORDS = 14  # longer items are cut ...
CUT_AFTER = {",": 4, "to": 7}  # ... at the first comma or "to" after this many words
QUOTE_WORDS = 6  # a quotation is cut at its first comma after this many words
SHORT_CLAUSE = 5  # a clause shorter than this takes the clause before it along
RELATIVE_WORDS = 7  # "the sum that the bank had lent the town" turns round up to this long
_DATE_LEAD = re.compile(
    r"(?:\b(?:in|by|on|since|from|until|during|around|after|before|as early as|as late as)\s+)?"
    r"(?:the\s+)?(?:(?:early|late|mid-?)\s+)?(?:\d{1,2}\s+)?"
    rf"(?:(?:{'|'.join(MONTHS)})\s+)?(?:\d{{1,2}},?\s+)?$",
    re.I,
)
_CLAUSE_BREAK = re.compile(r";\s*|\s+-\s+and\s+|,\s+(?:and|but|while|whereas)\s+")
_CONNECTIVE = re.compile(
    r"^(?:(?:however|and|but|so|then|yet|thus|meanwhile|nevertheless|finally|in fact|"
    r"even worse|in turn|consequently|perhaps inevitably|more recently|recently|later|"
    r"eventually|subsequently)\b,?\s*)+",
    re.I,
)
_ASIDE = re.compile(r",\s*(?:however|in fact|in turn|of course),|\s+in fact\b|\s*\([^()]*\)")
_DASH_ASIDE = re.compile(r"\s+-\s+((?:\S+\s+){4,}?\S+)\s+-\s+")
_CUT = re.compile(r"(,)\s|\s(to)\s")
_WHEN = re.compile(r"^(?:when|after|once|as soon as)\s+", re.I)
_RELATIVE = re.compile(r"\s(?:that|which)\s")
_DETERMINER = re.compile(r"\b(?:the|a|an|these|those)\s", re.I)
_SUBJECT = re.compile(r"(?:the|a|an|he|she|they|it|we|I|[A-Z][\w’']*)\b")
_NOT_A_NOUN = re.compile(
    r"^(?:was|were|is|are|had|has|have|said|says|wrote|thought|knew|so|such|\w+ed)$", re.I
)
_CLOSING_QUOTE = re.compile(r"(?<=\S)[\"”],?\s+(?=[^\"“”]+$)")


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


def _pairs_off(item: str, events: list[tuple[int, str, str]]) -> bool:
    """Whether an item is the start or end of an event another item ends or starts ("The
    crisis started" ... "The crisis ended"): the order gives itself away."""
    subject = " ".join(item.casefold().split()[:2])
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


def event_item(sentence: str, fact: Fact) -> str:
    """What happened at the date of ``fact``, in a few words of the sentence."""
    sentence = sentence.rstrip().rstrip(".!?")
    quoted = _after_quotation(sentence, fact)
    if quoted:
        return quoted
    lo, hi = _clause(sentence, fact)
    text, at = sentence[lo:hi], fact.start - lo
    when = _WHEN.match(text)
    if when and at < text.find(",") and lo == 0:
        text, at = text[when.end() : text.find(",")], at - when.end()
    else:
        text, at = _relative(text, at, len(fact.text))
    return _tidy(_without_date(text, at, at + len(fact.text)))


def _clause(sentence: str, fact: Fact) -> tuple[int, int]:
    """The span of the clause holding the date, with the one before if it is short."""
    bounds = [0]
    for m in _CLAUSE_BREAK.finditer(sentence):
        bounds += [m.start(), m.end()]
    bounds.append(len(sentence))
    spans = list(zip(bounds[::2], bounds[1::2], strict=True))
    i = next(i for i, (a, b) in enumerate(spans) if a <= fact.start < b or i == len(spans) - 1)
    lo, hi = spans[i]
    if i and len(_without_date(sentence[lo:hi], fact.start - lo, fact.end - lo).split()) < (
        SHORT_CLAUSE
    ):
        lo = spans[i - 1][0]
    return lo, hi


def _relative(text: str, at: int, size: int) -> tuple[str, int]:
    """Turn "the sum that the bank lent the town in 1879" into "the bank lent the town the sum"."""
    rel = [m for m in _RELATIVE.finditer(text) if m.end() <= at]
    if not rel:
        return text, at
    m = rel[-1]
    head = [d for d in _DETERMINER.finditer(text[: m.start()]) if d.start() >= 0]
    if not head:
        return text, at
    noun = text[head[-1].start() : m.start()].strip(" ,")
    body = text[m.end() :]
    words = noun.split()
    if len(words) > RELATIVE_WORDS or any(_NOT_A_NOUN.match(w) for w in words[1:]):
        return text, at
    if len(body.split()) > RELATIVE_WORDS + 3:
        return text, at
    shift = at - m.end()
    if _SUBJECT.match(body):  # object relative: the bank lent the town [the sum]
        date = body[shift : shift + size]
        before, after = body[:shift], body[shift + size :].strip()
        lead = _DATE_LEAD.search(before)
        before = (before[: lead.start()] if lead else before).rstrip()
        turned = f"{before} {after} {noun}".replace("  ", " ").strip()
        return f"{turned} {date}", len(turned) + 1  # the date is taken off again at the end
    return f"{noun} {body}", len(noun) + 1 + shift  # subject relative: [the plan] ended


def _after_quotation(sentence: str, fact: Fact) -> str | None:
    """'... six barges," the mayor wrote in 1887' -> 'The mayor wrote: “... six barges …”'."""
    m = _CLOSING_QUOTE.search(sentence)
    if not m or fact.start < m.end():
        return None
    said = _tidy(_without_date(sentence[m.end() :], fact.start - m.end(), fact.end - m.end()))
    quote = sentence[: m.start()].lstrip("\"“'‘… .").rstrip(" ,.")
    words = quote.split()
    cut = next(
        (i + 1 for i, w in enumerate(words) if i + 1 >= QUOTE_WORDS and w.endswith(",")), None
    )
    if cut is None and len(words) > ITEM_WORDS:
        cut = ITEM_WORDS
    if cut is not None and cut < len(words):
        quote = " ".join(words[:cut]).rstrip(",") + " …"
    return f"{said}: “{quote}”" if said and quote else None


def _without_date(text: str, start: int, end: int) -> str:
    lead = _DATE_LEAD.search(text[:start])
    if lead:
        start = lead.start()
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
        start, end = start - 1, end + 1
    before = text[:start].rstrip()
    after = text[end:].lstrip(" ,") if not before.strip() else text[end:].lstrip()
    return f"{before} {after}"


def _tidy(text: str) -> str:
    text = _ASIDE.sub("", text)
    text = _DASH_ASIDE.sub(" ", text)
    text = re.sub(r"\s+([,;.])", r"\1", re.sub(r"\s+", " ", text)).strip(" ,;")
    text = _CONNECTIVE.sub("", text).rstrip(".!?;:\"”’'").strip()
    words = text.split()
    if len(words) > ITEM_WORDS:
        cut = next(
            (
                m.start()
                for m in _CUT.finditer(text)
                if len(text[: m.start()].split()) >= CUT_AFTER[m[1] or m[2]]
            ),
            None,
        )
        if cut is not None and len(text[:cut].split()) <= ITEM_WORDS + 2:
            text = text[:cut]
        else:
            text = " ".join(words[:ITEM_WORDS]) + " …"
    if text.count('"') % 2 or text.count("“") != text.count("”"):
        text = re.sub(r"\s*[\"“”]\s*", " ", text).strip()  # a quotation cut in half
    return text[:1].upper() + text[1:]
