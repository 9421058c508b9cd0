"""The drafting engine: a parsed document in, draft questions of the deck model out.

Pure and deterministic: no I/O, no randomness; the same document always gives the
same questions in the same order with the same ids. One fact, one question:
:mod:`~quiz.authoring.drafting.selection` picks each fact once, and
:mod:`~quiz.authoring.drafting.forms` asks it in the form that fits it; the dated
events of a section (or the dated items of a list) are put in order, a list of people
and roles matched, defined terms and code asked as cards and clozes.
"""

from __future__ import annotations

from collections import defaultdict

from quiz.authoring.drafting.asked import mentions_of
from quiz.authoring.drafting.checks import aliases
from quiz.authoring.drafting.chronology import order_question
from quiz.authoring.drafting.claims import claims
from quiz.authoring.drafting.code_terms import CodeQuestions
from quiz.authoring.drafting.distractors import Pools
from quiz.authoring.drafting.document import Document, Locator, Paragraph
from quiz.authoring.drafting.facts import Fact
from quiz.authoring.drafting.forms import Candidate, Drafter
from quiz.authoring.drafting.legends import legend_questions
from quiz.authoring.drafting.names import PERSON, NameIndex
from quiz.authoring.drafting.opinions import a_memoir
from quiz.authoring.drafting.points import points
from quiz.authoring.drafting.rosters import roster_questions
from quiz.authoring.drafting.selection import Selection, choose
from quiz.authoring.drafting.spots import Spot, slug, spots_of
from quiz.authoring.drafting.subjects import protagonists, title_figures
from quiz.authoring.drafting.terms import defined_terms
from quiz.authoring.drafting.wording import where_slug
from quiz.bank.model import Cloze, Match, Order, Question
from quiz.bank.overlap import look_alikes


def draft_questions(doc: Document, source_id: str) -> list[Question]:
    """Every question drafted for a document (see :func:`draft_candidates`)."""
    return [c.question for c in draft_candidates(doc, source_id)]


def draft_candidates(doc: Document, source_id: str) -> list[Candidate]:
    """Draft questions for every fact of a document, grouped by section or page."""
    names = NameIndex(s for p in doc.paragraphs for s in p.sentences)
    spots = spots_of(doc, names)
    subject = protagonists(doc)
    drafter = Drafter(pools := Pools(spots, subject), source_id, doc.cited)
    nicknames = aliases(s.sentence for s in spots)
    memoir = a_memoir([s.sentence for s in spots])
    selection = Selection(
        subject, nicknames, title_figures(doc), pools.given, mentions_of(spots), memoir
    )
    by_locator: dict[Locator, list[Spot]] = defaultdict(list)
    for spot in spots:
        by_locator[spot.locator].append(spot)
    paragraphs: dict[Locator, list[Paragraph]] = defaultdict(list)
    for para in doc.paragraphs:
        paragraphs[para.locator].append(para)
    terms: dict[Locator, list] = defaultdict(list)
    listed = points(doc)
    named = {_fold(phrase) for point in listed for phrase in point.term.split("; ")}
    for term in defined_terms(doc) + claims(doc) + listed:
        if _fold(term.term) in named and term not in listed:
            continue  # "Heavy device sensor use is another area ...": one of the points asked
        terms[term.locator].append(term)
    coded = CodeQuestions(doc, [t.term for ts in terms.values() for t in ts])
    for locator in doc.locators:
        here = by_locator[locator]
        for term in terms.pop(locator, []):
            drafter.card(term, locator)
        for fields, people in roster_questions(here, names):
            facts = [Fact(PERSON, name, 0) for name in people]
            fresh = [f for f in facts if not selection.is_asked(f, here[0])]
            if len(fresh) < 3:
                continue
            pairs = tuple(p for p in fields["pairs"] if p[0] in {f.text for f in fresh})
            for fact in fresh:  # a name matched here is asked: no other question on it
                selection.mark(fact, here[0])
            said = "; ".join(f"{left}, {right}" for left, right in pairs)
            fields = {**fields, "pairs": pairs, "explanation": f"In the list: {said}."}
            drafter.add(f"{where_slug(locator)}-match", Match, locator, fields, None, "people")
        for fields, said in legend_questions(paragraphs[locator]):
            if said not in drafter.shown:  # "P means perfect, M means major, ...": one match
                fields = {**fields, "explanation": f"The text says: “{said}”"}
                base = f"{where_slug(locator)}-{slug(fields['pairs'][0][0], 2)}-match"
                drafter.add(base, Match, locator, fields, None, "code", said)
                drafter.shown.add(said)
        order = order_question(here)
        if order is not None:
            fields, used = order
            for spot, fact in used:
                selection.mark(fact, spot)
                drafter.shown.add(spot.sentence)  # its item shows the rest of the sentence
            drafter.add(f"{where_slug(locator)}-order", Order, locator, fields, None, "chronology")
        for chosen in choose(here, selection, set(drafter.shown)):
            drafter.ask(chosen.fact, chosen.spot, alone=chosen.alone)
        for gap in coded.gaps(here, drafter.shown):
            base = f"{where_slug(locator)}-{slug(gap.answer, 4)}-cloze"
            drafter.add(base, Cloze, locator, {"text": gap.text}, gap.spot, "code")
    for rest in terms.values():  # a glossary under a heading with no text of its own
        for term in rest:
            drafter.card(term, term.locator)
    drafted = drafter.finish()
    # "lasting ____ minutes" twice: neither says which; and of two cards of one back ("int
    # p1", "int p2": "Index of one of the colliding particles") the first is asked
    unclear, repeated = look_alikes([c.question for c in drafted])
    backs: set[str] = set()
    for i, c in enumerate(drafted):
        back = _fold(getattr(c.question, "back", "")) if c.question.type == "card" else ""
        if back and back in backs:
            repeated.add(i)
        backs.add(back)
    return [c for i, c in enumerate(drafted) if i not in unclear | repeated]


def _fold(phrase: str) -> str:
    return " ".join(phrase.casefold().strip(" .:").split())
