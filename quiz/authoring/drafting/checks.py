"""What keeps a fact from being a fair question: non-facts, give-aways and loose references.

- A sentence states no fact when it is a question, introduces a list (it ends in a
  colon), supposes ("If you have $100, ..."), tells the reader to do something ("Visit
  this website", "Take the following example") or points at a figure ("[link] shows").
- A number gives itself away when the rest of the text computes it: "17 of the 120
  ships were lost, leaving 103" asks nothing whichever number is hidden; so does a
  share beside its complement (40 percent ... the other 60 percent), and a count that
  its list names ("two sons, William and James").
- A text that opens with "this", "these", "he" or "it" needs the sentence before it; a
  noun phrase such as "this army" anywhere in it does too.
"""

from __future__ import annotations

import itertools
import re

from quiz.authoring.drafting.facts import Fact
from quiz.core.numbers import PROSE_NUMBER, parse_number

_HYPOTHETICAL = re.compile(
    r"^(?:[\"“‘']?(?:if|suppose|supposing|imagine|assume|assuming|say|let's say|what if|"
    r"consider|in this case|for example, if|for instance, if)\b)"
    r"|\bif\b[^.]*\b(?:would|could|might)\b|\b(?:would|could|might)\b[^.]*\bif\b"
    r"|\byou(?:'d|'ll| would| could| might| will| can| may| should)\b|\bwe(?:'ll| will)\b",
    re.I,
)
_IMPERATIVE = re.compile(
    r"^(?:visit|read|try|click|see|take|note|remember|let's|let us|look|check|go|use|find|"
    r"compare|think|recall|review|answer|explain|describe|discuss|name|list|fast forward)\b",
    re.I,
)
_CROSS_REFERENCE = re.compile(
    r"\[link\]|\b(?:figure|fig\.|table|chart|graph|map)\s+\d+(?:\.\d+)*\b"
    r"|\b(?:shown|see) (?:in |at )?(?:the )?(?:figure|table|map|chart|graph|diagram|above|below)\b",
    re.I,
)
ANAPHORA = re.compile(
    r"^[\"“‘']?(?:(?:in fact|in turn|however|moreover|furthermore|consequently|nevertheless|"
    r"for example|for their part|meanwhile|thus|therefore|as such|instead|still|yet|also),?\s+)?"
    r"(?:this|these|that|those|it|its|they|their|them|he|his|him|she|her|such|the following|"
    r"the same|the latter|the former|there|here|both)\b",
    re.I,
)
_DEMONSTRATIVE = re.compile(
    r"\b(?:this|these|those|such|said)\s+[a-z][a-z-]+|\bthe (?:latter|former)\b"
)
_NUMBER = re.compile(rf"(?<![\w.]){PROSE_NUMBER}(?![\w])")
_NAME = r"[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|\(\d{4}\)))*"
_LISTED = re.compile(  # ", William Rayner Watson (1921) and James Broadus Watson (1924)"
    rf"^[\s,:]+(?:(?:also\s+)?(?:named|called|namely)\s+)?({_NAME}(?:(?:,\s*|\s+and\s+){_NAME})+)"
)


def states_no_fact(sentence: str) -> bool:
    """Whether a sentence asks, supposes, instructs, introduces a list or points at a figure."""
    text = sentence.strip().rstrip("\"”’')]")
    return (
        text.endswith((":", "?"))
        or bool(_HYPOTHETICAL.search(sentence))
        or bool(_IMPERATIVE.match(sentence.strip()))
        or bool(_CROSS_REFERENCE.search(sentence))
    )


def needs_what_came_before(text: str) -> bool:
    """Whether a text leans on the sentence before it ("This army ...", "He then ...")."""
    return bool(ANAPHORA.match(text.lstrip("… ")) or _DEMONSTRATIVE.search(text))


def computable(fact: Fact, text: str, offset: int = 0) -> bool:
    """Whether the other numbers of ``text`` give ``fact``'s value by one sum, difference,
    product or ratio (or, for a share, its complement to 100)."""
    if fact.value is None or fact.kind in ("date", "decade", "range"):
        return False
    start, end = fact.start + offset, fact.end + offset
    others = []
    for m in _NUMBER.finditer(text):
        if start <= m.start() < end:
            continue
        value = parse_number(m[0])
        if value is not None:
            others.append(value)
    v = fact.value
    shown_end = start + len(fact.shown) if text[start:].startswith(fact.shown) else end
    if fact.kind == "count" and _names_listed(text[shown_end:]) == v:
        return True  # "two sons, William and James": the names count themselves
    if fact.kind == "percent" and any(_same(100 - o, v) for o in others):
        return True
    if any(_same(o, v) for o in others) and fact.kind not in ("year", "period"):
        return True  # the same number twice in view
    for a, b in itertools.permutations(others, 2):
        if (
            _same(a + b, v)
            or _same(a - b, v)
            or (v > 2 and (_same(a * b, v) or (b and _same(a / b, v))))
        ):
            return True
    return False


def _names_listed(rest: str) -> int:
    """How many capitalised names open ``rest`` as a list: ", also named John and Mary ..."."""
    m = _LISTED.match(rest)
    if not m:
        return 0
    return len(re.findall(r"(?:^|,\s*|\s+and\s+)[A-Z]", m[1]))


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))
