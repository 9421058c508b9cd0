"""What a document is about: the names and dates its title gives, and the person a
heading names whom the text keeps coming back to. Asking "who?" or "which year?" of
them gives the answer away wherever it stands."""

from __future__ import annotations

from collections import Counter

from quiz.authoring.drafting.document import Document
from quiz.authoring.drafting.facts import Fact
from quiz.authoring.drafting.name_runs import name_spans
from quiz.authoring.drafting.numbers import numeric_facts


def title_figures(doc: Document) -> frozenset[tuple]:
    """The years, periods and counts a document's title shows, as (value, end value) or
    (value, unit): "10 Years of Electron" gives its ten years away everywhere."""
    facts = [
        f for f in numeric_facts(doc.title.casefold()) if f.kind in ("year", "period", "count")
    ]
    years = {(f.value, None) for f in facts if f.text.isdigit() and len(f.text) == 4}
    return (
        frozenset(  # "1257 Samalas eruption": a count to the reader, a year to the text
            (f.value, f.end_value) if f.kind in ("year", "period") else (f.value, unit_noun(f))
            for f in facts
        )
        | years
    )


def unit_noun(fact: Fact) -> str:
    """The noun a count counts ("years" of "10 years"), "" when it has none."""
    return ((fact.unit or "").split() or [""])[-1]


HEADLINED = 5  # mentions that make a name in a heading the document's subject


def protagonists(doc: Document) -> frozenset[str]:
    """The names the title gives: the document's own subject ("Watson" in a life of Watson);
    and a name a heading gives that the text keeps coming back to ("Charles Darwin and
    Natural Selection", Darwin named throughout): asking "who?" of it gives it away."""
    title = doc.title.title() if doc.title.isupper() else doc.title  # "ANGOLA" is Angola
    titled = {w for n, _ in name_spans(f"About {title}") for w in n.split()}
    if titled and doc.paragraphs:  # "Ruth Fulton Benedict (1887–1948) was ...": her full name
        lead = doc.paragraphs[0].sentences[0]
        named = [n.split() for n, _ in name_spans(lead)[:1]]
        titled |= {w for words in named if len(words) > 1 and titled & set(words) for w in words}
    headed = {n.split()[-1] for label in doc.sections for n, _ in name_spans(f"About {label}")}
    if headed:
        counts = Counter(
            n.split()[-1] for p in doc.paragraphs for s in p.sentences for n, _ in name_spans(s)
        )
        titled |= {last for last in headed if counts[last] >= HEADLINED}
    return frozenset(titled)
