"""How the facts of a sentence stand to each other: which pin each other, which are one
member of a list, and which give another away.

- A figure and the date and place it holds for are one fact: "By 1960, the richest
  economies had 4.2 times ..." asks 4.2 or 1960, not both (each would show the other),
  and "0.1 percent in the United States" asks the share, not the country. So are an age
  and the year it was reached ("died at age 36 in 1935"). They pin each other when they
  stand in one clause; "stopped writing in 1936, and retired at about age 65" is two,
  and so is "The dam, finished in 1931, held back 40 million tonnes" (the year is the
  aside's).
- One member of a list is no fact by itself: in "used by Twitter, Google, and Facebook"
  any of the three fits the gap, and after "firms like" or "such as" every name is an
  example. Three or more values joined by commas, or any after such a word, are a list.
- A decade gives itself away beside a date in it or next to it: "in the early ____ ...
  completed by 1946", "took off in the ____ and 1970s".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quiz.authoring.drafting.facts import DATES, NAMES, QUANTITIES, Fact

LIST_MIN = 3  # members of a list that makes each one no fact
_QUALIFIERS = DATES | {"country", "place"}  # when and where a figure holds
_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:and|but|while|whereas|although|though)\s+|\s+[—–]\s+|:\s+")
_LIST_GAP = re.compile(r"[\s,]*(?:\b(?:and|or)\b\s*)?(?:the\s+)?[$£€]?")
_EXAMPLE_LEAD = re.compile(
    r"\b(?:like|such as|including|include|includes|e\.g\.,?|for example,?|for instance,?|"
    r"notably|especially|among them)\s+(?:the\s+)?$",
    re.I,
)


_ASIDE = re.compile(  # ", finished in 1931,": a participle's own date
    r",\s+(?:[a-z]+ed|born|built|begun|made|written|held|won|lost|set|sold|run)\s+"
    r"(?:in|on|by|during|around|from|between)\s+[^,;]{1,40},"
)


def clause_at(sentence: str, at: int, *, asides: bool = True) -> tuple[int, int]:
    """Where the clause holding position ``at`` starts and ends (with ``asides``, an
    aside between commas that dates a participle is a clause of its own)."""
    for m in _ASIDE.finditer(sentence) if asides else ():
        if m.start() <= at < m.end():
            return m.start(), m.end()
    start, end = 0, len(sentence)
    for m in _CLAUSE_BREAK.finditer(sentence):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= at:
            end = m.start()
            break
    return start, end


def pinned(sentence: str, facts: tuple[Fact, ...]) -> dict[int, list[Fact]]:
    """For each fact (by its start), the facts that pin it: in one clause, a figure's
    dates and places, and a date's or place's figures."""
    by_clause: dict[tuple[int, int], list[Fact]] = {}
    for fact in facts:
        if fact.kind in _QUALIFIERS or fact.kind in QUANTITIES:
            by_clause.setdefault(clause_at(sentence, fact.start), []).append(fact)
    out: dict[int, list[Fact]] = {}
    for members in by_clause.values():
        for fact in members:
            other = _QUALIFIERS if fact.kind in QUANTITIES else QUANTITIES
            ties = [f for f in members if f.kind in other]
            if ties:
                out[fact.start] = ties
    return out


def listed(
    sentence: str, facts: tuple[Fact, ...], names: Sequence[tuple[str, int]] = ()
) -> set[int]:
    """Starts of the facts that are members of a list, or examples after "such as".
    ``names`` are the sentence's other names (of no known kind), which lists hold too."""
    spans = [(f.start, f.end) for f in facts]
    others = [
        Fact("other", n, at)
        for n, at in names
        if not any(at < e and s < at + len(n) for s, e in spans)
    ]
    ordered = sorted([*facts, *others], key=lambda f: f.start)
    runs: list[list[Fact]] = []
    for fact in ordered:
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and _family(last) == _family(fact)
            and last.end <= fact.start
            and _LIST_GAP.fullmatch(sentence[_shown_end(last, sentence) : fact.start])
        ):
            runs[-1].append(fact)
        else:
            runs.append([fact])
    out: set[int] = set()
    for run in runs:
        example = _EXAMPLE_LEAD.search(sentence[: run[0].start].rstrip("$£€"))
        if len(run) >= LIST_MIN or (example and _family(run[0]) == "name"):
            out.update(f.start for f in run)
    return out


def decade_given_away(fact: Fact, facts: tuple[Fact, ...]) -> bool:
    """Whether another date of the sentence falls in this decade or the one beside it."""
    if fact.kind != "decade" or fact.value is None:
        return False
    for other in facts:
        if other is fact or other.kind not in DATES or other.value is None:
            continue
        if other.era == fact.era and abs(other.value // 10 * 10 - fact.value) <= 10:
            return True
    return False


def _family(fact: Fact) -> str:
    return "name" if fact.kind in NAMES or fact.kind == "other" else fact.kind


def _shown_end(fact: Fact, sentence: str) -> int:
    """Where a fact ends as written, with its unit ("$679" ends after the digits)."""
    shown = fact.shown
    if sentence.startswith(shown, fact.start):
        return fact.start + len(shown)
    return fact.end
