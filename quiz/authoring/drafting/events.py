"""What happened at a date, in a few words of its sentence: an order question's item.

An event's item is the clause that holds the year, with the year taken out, so the
learner orders what happened, not the numbers:

- "By 1881, the coffers were empty, and even worse ..." -> "The coffers were empty";
- "When the railway reached Brill in 1886, the canal ..." -> "The railway reached Brill";
- "... the 40 million crowns that the bankers had lent the town in 1879" ->
  "The bankers had lent the town the 40 million crowns";
- '... six barges," the mayor wrote in 1887' -> 'The mayor wrote: “... six barges …”'.

Asides go (brackets, long dashes, "in fact", "however"); a clause of a few words takes
the one before it along, and a long one is cut at its first comma or "to" after a few
words, so items read as events rather than as windows of a sentence.
"""

from __future__ import annotations

import re

from quiz.authoring.drafting.dates import MONTHS
from quiz.authoring.drafting.facts import Fact

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
