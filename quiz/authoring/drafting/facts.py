"""A fact of a sentence: the words a question hides, what kind of value they are, and a key.

Every finder (dates, quantities, names, defined terms) returns :class:`Fact` values.
:func:`fact_key` says which facts are the same fact: the same year, sum or name, however
written ("9 January 1878" and "January 9, 1878"; "two sons" and "2 sons"). Drafting asks
a fact once; coverage counts it once.
"""

from __future__ import annotations

from dataclasses import dataclass

DATES = frozenset({"year", "period", "date", "decade"})
QUANTITIES = frozenset({"money", "percent", "count", "ratio", "age", "range"})
NAMES = frozenset({"person", "firm", "country", "place"})
TERM = "term"
# Where a number in prose starts and ends: not inside a word, a decimal, a code ("No. 4",
# "#12", "FORTRAN-77") or after a currency sign (the sum's pattern takes that).
NOT_BEFORE = r"(?<![\w.,/\-–−‐‑№#$£€])"
NOT_AFTER = r"(?![\w%]|[.,]\d|[-–−‐‑]\w)"


@dataclass(frozen=True)
class Fact:
    """One hideable value in a sentence.

    ``text``/``start`` is what a question blanks or swaps (for a sum, only the number:
    "Berlin lent ____ million marks"); ``unit`` is what stays beside it.
    """

    kind: str  # a date, quantity or name kind (above), or "term"
    text: str
    start: int
    value: float | None = None
    unit: str | None = None  # for a numeric question: "million marks", "percent", "towns"
    pattern: str = "{}"  # how the value reads with its unit: "{} million marks", "${}", "{}%"
    when: tuple[int, int, int] | None = None  # (year, month, day) for ordering; 0 = unknown
    era: str = ""  # "BC" for years before the common era (their value stays as written)
    end_value: float | None = None  # a period's last year
    joiner: str = "–"  # how a period joins its years here: "–", " and ", " to "
    role: str = ""  # a person's role group ("scholar", "maker")
    article: str = ""  # "the" when a name takes one here ("the United States")

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def shown(self) -> str:
        """The value with its unit, as an option of a choice: '100 million marks', '36%'."""
        return self.pattern.format(self.text)


def fact_key(fact: Fact) -> tuple:
    """What makes two facts the same: the kind of value and the value itself."""
    if fact.kind in DATES:
        if fact.kind == "date" and fact.when:
            return ("date", fact.when[1], fact.when[2])
        return ("time", fact.kind, fact.era, fact.value, fact.end_value)
    if fact.kind in QUANTITIES:
        unit = " ".join(w for w in (fact.unit or "").split() if w not in ("gold", "paper"))
        return ("quantity", fact.kind, unit, fact.value)
    if fact.kind == "person":  # "Ernst May" and "May" are one person
        return ("name", fact.text.split()[-1].casefold())
    if fact.kind in NAMES:
        return ("name", " ".join(fact.text.casefold().split()))
    return (fact.kind, " ".join(fact.text.casefold().split()))
