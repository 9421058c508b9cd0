"""Defined terms: what a document teaches as vocabulary, for term cards.

The sources, best first: a glossary (a "Glossary" section or a Markdown definition
list), a bold phrase the same sentence (or clause) defines ("**Web standards** are the
technologies we use ...", "HyperText Markup Language, or **HTML**, is a markup language
...", "The **Industrial Revolution** refers to ...", "The vertical bar between two
commands is called a **pipe**"), a command a lesson explains
(:mod:`~quiz.authoring.drafting.commands`), and a list item that opens with a short
term and a colon ("lexical scoping: a block could have ...") or, under a lead-in that
ends in a colon, with a bold phrase ("**A secure connection.** HTTPS guarantees ...").
Such an item's card carries the lead-in ("Watson thought ... three unlearned emotional
reactions: Fear"), since "Fear" alone asks nothing. A definition is cut to a line a
learner can recall (:mod:`~quiz.authoring.drafting.definitions`). A section whose heading
is a term and whose first sentence defines it ("Web shells" over "A web shell is a
script that ...") teaches that term too, bold or not, as does the document's title where
it names a concept the text writes in lower case ("Link Budgets" over "A link budget is
an accounting ..."; not "Elmina Castle"), and so does a name the text gives
with its acronym and defines ("Cross-site scripting (XSS) is an attack in which ...").
A lesson's key points restate what its text taught: a term from them is cited where the
text first shows it, and dropped when the text never does.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from quiz.authoring.drafting import boilerplate as bp
from quiz.authoring.drafting.commands import command_definitions
from quiz.authoring.drafting.definitions import (
    SHORT_DEFINITION,
    TERM_WORDS,
    fits,
    going_on,
    shorten,
)
from quiz.authoring.drafting.document import INTRODUCTION, Document, Locator, Paragraph
from quiz.authoring.drafting.referents import STRONG, leaning

STEM = 7  # letters two forms of one word share ("Reconcil-ing", "Reconcil-iation")
OPENING_PARAGRAPHS = 2  # a section's paragraphs that may define the term its heading names
_VERB = r"(?:is|are|was|were|refers to|refer to|means|mean|describes|denotes|is defined as)"
# Italics also mark titles, foreign words and stress: an italic phrase is a term only in
# lower case, opening a sentence that defines it in the present ("A _dyad_ is a pair ...").
_ITALIC_VERB = r"(?:is|are|refers to|refer to|means|is defined as)\s+(?=(?:an?|the|any|one)\s)"
_COLON_ITEM = re.compile(r"^([A-Za-z][\w’'-]*(?:\s+[\w’'-]+){0,4}):\s+([a-z].+)$")
# ... or a label: "Example: tax_on_salary is the node ..." (and an item opening on a
# constant, "GCI_RedBand: the red portion ...", lists an API's values, no terms to learn)
_NO_TERM_START = re.compile(  # a pronoun, a label or a qualifier ("At least: use ..."): no term
    r"^(?:this|these|that|those|it|they|he|she|examples?|note|tip|warning|caution|important|"
    r"hint|answer|solution|source|step \d+|e\.g\.|i\.e\.|at (?:least|most|best|worst)|"
    r"(?:preferabl|optionall|ideall|alternativel|final|first|second|third)ly|also|otherwise|"
    r"in (?:short|general|particular|practice|brief)|for (?:example|instance))\b",
    re.I,
)
LEAD_WORDS = 30  # a longer lead-in is no context for a card
_ARTICLE = re.compile(r"(?:an?|the|one|any)\s", re.I)
_FOLLOWING = re.compile(r"\bthe following\s+((?:[a-z-]+\s+){0,2}[a-z-]+s\b.*)$")
_PLAIN_CALLED = re.compile(  # a term the sentence ends on, named by what it is
    r"^(?!(?i:it|this|that|these|those|they|such|which|what)\b)(.{12,120}?),?\s+(?:is|are)\s+"
    r"(?:called|known as|termed)\s+(?:an?\s+|the\s+)?([a-z][a-z-]+(?:\s+[a-z-]+){0,2})\.?$"
)
_ACRONYM_DEFINED = re.compile(
    r"^((?:[A-Z][\w-]*|[a-z][\w-]*)(?:\s+[\w-]+){0,4})\s+\(([A-Z][A-Za-z]{1,7})\)\s+"
    r"(?:is|are|refers to)\s+((?:an?|the)\s+\w.+)$"
)
_REMARK = re.compile(
    r"(?:fairly|very|quite|pretty|rather|really|extremely|relatively|so|too|simple|easy|"
    r"straightforward|important|useful|crucial|critical|essential|interesting|tricky|"
    r"thus|therefore|hence|also|then|still|however|generally used)\b"
)


@dataclass(frozen=True)
class Term:
    term: str
    definition: str
    locator: Locator
    sentence: str  # where the text defines it ("" for a glossary entry)
    front: str = ""  # the card's front when the term alone says too little


def defined_terms(doc: Document) -> list[Term]:
    """Each term the document defines, once, in the order it is first defined or bolded."""
    found: dict[str, Term] = {}
    first_bold: dict[str, Locator] = {}
    shown = _first_code(doc)
    lead = ""  # the lead-in of the list being read
    opened: Counter[Locator] = Counter()  # paragraphs read of each section
    concept = _concept(doc)
    headed: list[Term] = []  # terms their sections' headings name, if not defined otherwise
    sizes = Counter(p.locator for p in doc.paragraphs)
    for para in doc.paragraphs:
        if opened[para.locator] < OPENING_PARAGRAPHS and not para.item and not para.summary:
            opened[para.locator] += 1
            headed += filter(None, [_heading_definition(para, concept)])
            if sizes[para.locator] == 1:  # a heading over one phrase: a glossary's entry
                headed += filter(None, [_glossed_heading(para)])
        if not para.item:
            last = para.sentences[-1]
            lead = last.rstrip(":") if last.endswith(":") else ""
            following = _FOLLOWING.search(lead)  # "X, quoted by Y, set out the following
            if following:  # traits of Z:" -> "Traits of Z"
                lead = following[1][:1].upper() + following[1][1:]
            if len(lead.split()) > LEAD_WORDS or leaning(lead) == STRONG:
                lead = ""  # "This report ... featured three innovations:" explains nothing
        for phrase in para.bold:
            first_bold.setdefault(_key(phrase), para.locator)
        for i, sentence in enumerate(para.sentences):
            after = para.sentences[i + 1] if i + 1 < len(para.sentences) else ""
            for found_term in _definitions(sentence, para, after, lead):
                if para.summary:  # a key point: cited where the text shows it, or not at all
                    where = _shown_at(found_term.term, shown)
                    if where is None or _taught(found_term.term, found.values()):
                        continue
                    found_term = replace(found_term, locator=where)
                found.setdefault(_key(found_term.term), found_term)
    for term in headed:  # "Stethoscopes" over one section, "Stethoscope" over the next: one
        if not any(_key(term.term).removesuffix("s") == k.removesuffix("s") for k in found):
            found[_key(term.term)] = term
    mentioned = _first_mentions(doc, [e.term for e in doc.glossary])
    for entry in doc.glossary:
        definition = _restating(entry.term, shorten(entry.definition))
        if fits(entry.term, definition) and leaning(definition) != STRONG:  # not "This one is"
            key = _key(entry.term)
            where = entry.locator  # a definition list in its section; a glossary's entry
            if bp.heading_region(entry.locator.label) == "glossary":  # cites where the text
                where = first_bold.get(key) or mentioned.get(key) or entry.locator  # uses it
            found[key] = Term(entry.term, definition, where, "")
    return list(found.values())


def _first_mentions(doc: Document, terms: list[str]) -> dict[str, Locator]:
    """Where the text first uses each glossary term (one pass over the text for them all)."""
    if not terms:
        return {}
    words = sorted((re.escape(t) for t in terms), key=len, reverse=True)
    pattern = re.compile(rf"\b(?:{'|'.join(words)})", re.I)
    out: dict[str, Locator] = {}
    for para in doc.paragraphs:
        for m in pattern.finditer(para.text):
            out.setdefault(_key(m[0]), para.locator)
    return out


def _definitions(sentence: str, para: Paragraph, after: str, lead: str) -> list[Term]:
    """The terms a sentence defines; ``after`` is the sentence after it, ``lead`` the
    lead-in of the list it is an item of."""
    out: list[tuple[str, str, str]] = []  # term, definition, front
    for clause in sentence.split("; "):
        for phrase in para.emphasis:  # "An _interval_ is the distance between two pitches"
            m = re.match(rf"^(?i:the |an? )?{re.escape(phrase)},?\s+{_ITALIC_VERB}(.+)$", clause)
            said = m[1] if m else _called(phrase, clause, r"called|known as")
            said = said or _named_in_passing(phrase, clause)
            if said and phrase[:1].islower() and len(phrase.split()) <= TERM_WORDS:
                out.append((phrase, going_on(said, after), ""))
        for phrase in para.bold:
            if phrase.rstrip().endswith(",") or clause.rstrip().endswith("?"):
                continue  # "**So what then,** are the implications ...?": no term defined
            m = re.match(
                rf"^(?:the |an? )?(?:[^,.;]{{0,60}},\s+or\s+|[^(]{{0,60}}\()?{re.escape(phrase)}"
                rf"\)?,?\s+{_VERB}\s+(.+)$",
                clause,
                re.I,
            )
            if m:
                out.append((phrase, going_on(m[1], after), ""))
            called = _called(phrase, clause, "called")
            if called:
                out.append((phrase, going_on(called, after), ""))
    for clause in sentence.split("; "):  # "The top level object in Iris is called a cube."
        plain = _PLAIN_CALLED.match(clause)
        marked = {p.casefold() for p in (*para.emphasis, *para.bold)}
        if plain and plain[2].casefold() not in marked and leaning(plain[1]) != STRONG:
            out.append((plain[2], plain[1], ""))
    named = _ACRONYM_DEFINED.match(sentence)  # "Cross-site scripting (XSS) is an attack ..."
    if named and leaning(named[1]) != STRONG:
        out.append((f"{named[1]} ({named[2]})", named[3], ""))
    for span, front, definition in command_definitions(sentence, para.code):
        out.append((span, definition, front))
    if para.item and sentence is para.sentences[0]:
        in_list = f"{lead}: " if lead else ""
        colon = _COLON_ITEM.match(sentence) or _bold_colon(
            sentence, para.bold, " ".join(para.sentences)
        )
        if (
            colon
            and not _NO_TERM_START.match(colon[1])
            and not re.search(r"\b(?:when|if|because|while|unless|whether)\b", colon[1], re.I)
            and "_" not in colon[1]
            and _plain(colon[2])
        ):
            said = _restating(colon[1], colon[2])  # "**Projections**: projections are
            if said == colon[2] or _ARTICLE.match(said):  # parallelized ...": no definition
                out.append((colon[1], said, in_list + colon[1]))
        led = _bold_led(sentence, para.bold)
        if led and lead and after and leaning(after) != STRONG:
            out.append((led, after, in_list + led))
    terms = []
    for term, definition, front in out:
        said = f"{sentence} {after}" if after and after in definition else sentence
        short = shorten(definition)
        switch = term in para.code and re.search(r"(?:^|\s)-", term)  # "rg -uuu": "Disables ..."
        typed = any(c in definition and len(c) * 2 > len(definition) for c in para.code)
        if fits(term, short, typed=typed) or (switch and len(short.split()) >= 2):
            terms.append(Term(term, short, para.locator, said, "" if front == term else front))
    return terms


_NUMBERED = re.compile(r"^(?:[\dIVX]+(?:\.\d+)*\.?|Chapter \d+:?)\s+")


def _concept(doc: Document) -> str:
    """The document's title when it names a concept, which the text writes in lower case
    ("a link budget", "cholera"), not a name ("Elmina Castle", "Edward Jenner"): a card
    defining a name repeats the article's lead."""
    title = _NUMBERED.sub("", doc.title).strip()
    if not title or title.islower() or len(title.split()) > 4:
        return ""
    lower = title[:1].lower() + title[1:].lower()
    forms = {lower, re.sub(r"s$", "", lower)}
    said = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])(?:{said})(?![\w-])")
    return title if any(pattern.search(p.text) for p in doc.paragraphs) else ""


def _heading_definition(para: Paragraph, title: str) -> Term | None:
    """The term a section's heading (or the document's title: "Link Budgets" over "A link
    budget is an accounting of ...") names, when the section's first sentence defines it."""
    if para.locator.kind != "section" or not para.sentences:
        return None
    forms: set[str] = set()
    for heading in (para.locator.label, title):
        heading = _NUMBERED.sub("", heading).strip()
        words = heading.split()
        if 1 <= len(words) <= 4 and all(re.fullmatch(r"[A-Za-z][\w’'-]*", w) for w in words):
            forms |= {heading, re.sub(r"s$", "", heading)} - {""}
    if not forms:
        return None
    said = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    stems = [f[:STEM] for f in forms if " " not in f and len(f) > STEM + 1]
    if stems:  # "Reconciling" over "Reconciliation is the process of ...": one word's forms
        said += "|" + "|".join(rf"{re.escape(stem)}[a-z]{{0,8}}" for stem in stems)
    sentence = para.sentences[0]
    m = re.match(rf"^(?:an?\s+|the\s+)?({said})\s+{_VERB}\s+(.+)$", sentence, re.I)
    if m is None:
        return None
    if not m[2][:1].islower() or leaning(m[2]) == STRONG:
        return None  # "The chief towns are Loanda, Kabinda ...": a list, no definition
    if _REMARK.match(m[2]) or (sentence.endswith(":") and len(m[2].split()) < SHORT_DEFINITION):
        return None  # "Transmit power is fairly straightforward", "X are used in three ways:"
    after = para.sentences[1] if len(para.sentences) > 1 else ""
    said = going_on(m[2], after)
    definition = shorten(said)
    if not fits(m[1], definition):
        return None
    return Term(m[1], definition, para.locator, f"{sentence} {after}" if said != m[2] else sentence)


def _restating(term: str, definition: str) -> str:
    """A glossary's definition without the term it opens by naming again: "Position" /
    "A position is a claim ..." -> "A claim ..."."""
    m = re.match(
        rf"^(?:an?\s+|the\s+)?{re.escape(term)}s?\s+(?:is|are)\s+(\S.*)$", definition, re.I
    )
    return m[1][:1].upper() + m[1][1:] if m else definition


def _glossed_heading(para: Paragraph) -> Term | None:
    """A heading over a lone phrase that says what it is, as a glossary sets it out:
    "Atmosphere" over "The gaseous envelope surrounding the Earth." (no verb before its
    first "which", "that" or comma: a noun phrase, not a sentence about something)."""
    term = re.sub(r"\s*\([^()]*\)", "", para.locator.label).strip(" :")
    if len(para.sentences) != 1 or not re.fullmatch(r"[A-Z][a-z-]+(?: [a-z-]+){0,2}", term):
        return None
    sentence = para.sentences[0]
    head = re.split(r",|\b(?:which|that|who|where|whose)\b", sentence)[0]
    if not _PHRASE_OPENING.match(sentence) or re.search(r"\d", sentence):
        return None  # "The harbour stayed small until 1850": a sentence, not a gloss
    if term == INTRODUCTION or re.search(r"\b[a-z]+ed\s+(?!by\b|to\b|in\b|for\b|as\b)", head):
        return None  # "The port closed down": a verb in the past (not "used to", "caused by")
    first = re.split(r"[-\s]+", term.casefold())[0].rstrip("s")[:STEM]
    if first in sentence.casefold() or term.casefold() in _NO_TERMS:
        return None  # "Costs" over "A kiosk costs a lot": a gloss never names its term
    if _PRESENT_VERB.match(sentence):
        return None  # "The get_clearsky method accepts a model ...": a sentence
    for verb in _FINITE.finditer(sentence):  # only in a short relative clause: "where water
        if not re.search(
            r"\b(?:which|that|who|where|whose)(?:\s+\S+){0,2}\s+$", sentence[: verb.start()]
        ):
            return None  # is solid", not "A third that spans four semitones is called ..."
    definition = shorten(sentence)
    return Term(term, definition, para.locator, sentence) if fits(term, definition) else None


_NO_TERMS = frozenset(  # headings over a page's parts, not over a term
    ("examples", "example", "overview", "summary", "background", "notes", "usage", "parameters",
     "returns", "description", "details", "conclusion", "introduction", "location", "features",
     "discussion", "results", "definition", "origins", "mechanism")
)  # fmt: skip
_PRESENT_VERB = re.compile(
    r"^\S+\s+(?:[\w-]+\s+){0,3}?[a-z]+s\s+(?:a|an|the|down|up|into|out|its|their|his|her)\b"
)
_PHRASE_OPENING = re.compile(r"^(?:The|A|An|All|Any|Each|One)\s+[a-z]")
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|"
    r"did|does|do)\b"
)


def _bold_colon(sentence: str, bold: tuple[str, ...], item: str) -> re.Match[str] | None:
    """An item that opens on a bold term and a colon, its definition capitalised: "**Story:**
    A sequence of events." (the whole item is the definition)."""
    for phrase in bold:
        term = phrase.rstrip(": ")
        if phrase.endswith(":") and sentence.startswith(phrase) and len(term.split()) <= 4:
            return re.match(rf"^({re.escape(term)}):\s+([A-Z].+)$", item)
    return None


def _bold_led(sentence: str, bold: tuple[str, ...]) -> str:
    """The bold phrase an item opens with and that stands as its own sentence
    ("**A secure connection.** HTTPS guarantees ...")."""
    for phrase in bold:
        if sentence.rstrip(".:") == phrase.rstrip(".:"):
            return phrase.rstrip(".:")
    return ""


def _plain(definition: str) -> bool:
    """Whether an item's text after its colon is one clause ("Parentage: introduction to
    ...: earliest experiments: ..." is a chapter's synopsis)."""
    return ":" not in definition


def _first_code(doc: Document) -> dict[str, Locator]:
    """Where the text (not its key points) first shows each code span."""
    out: dict[str, Locator] = {}
    for para in doc.paragraphs:
        if not para.summary:
            for span in para.code:
                out.setdefault(span, para.locator)
    return out


def _shown_at(term: str, shown: dict[str, Locator]) -> Locator | None:
    """Where the text shows a key point's command, or its operator ("command > [file]"
    is the ``>`` the text explained)."""
    words = term.split()
    if term in shown or words[0] in shown:
        return shown.get(term) or shown[words[0]]
    for word in words:
        if not re.fullmatch(r"\[\w+\]|command|file", word) and word in shown:
            return shown[word]
    return None


def _taught(term: str, cards: Iterable[Term]) -> bool:
    """Whether a key point's operator already has a card: "command > [file]" after the
    card on ``>``, "[first] | [second]" after the one on the pipe the text calls ``|``
    (a command's name in another card's sentence is no card on it)."""
    words = [w for w in term.split() if not re.fullmatch(r"\[\w+\]|command|file", w)]
    for card in cards:
        said = set(re.split(r"[\s,]+", card.sentence))
        if any(w == card.term or (not re.search(r"\w", w) and w in said) for w in words):
            return True
    return False


def _called(phrase: str, clause: str, verbs: str) -> str:
    """What a clause says is ``phrase`` ("The vertical bar ... is called a **pipe**"), or ""
    when that refers back to what it cannot show ("This is called a pipe")."""
    m = re.match(
        rf"^(.+?),?\s+is\s+(?:{verbs})\s+(?:an?\s+|the\s+)?{re.escape(phrase)}\W*$", clause
    )
    return m[1] if m and leaning(m[1]) != STRONG else ""


def _named_in_passing(phrase: str, clause: str) -> str:
    """What a clause names an emphasised ``phrase`` in passing, or "": "a rough layer of
    lime called the *arriccio*", "ten *giornate*, or separate areas of plaster"."""
    term = re.escape(phrase)
    m = re.search(  # "the most serious is known as X" says no more than "the most serious"
        rf"\b((?:an?|the)\s+(?:(?!\b(?:is|are|was|were|be|been)\b)[^,;:()]){{3,80}}?),?\s+"
        rf"(?:called|known as|termed)\s+(?:an?\s+|the\s+)?{term}(?!\w)",
        clause,
    ) or re.search(  # an apposition, not a choice: "*git*, or the GUI client"
        rf"(?<!\w){term},\s+or\s+(?!(?:the|an?|this|that|its|their|his|her)\s)"
        rf"([a-z][^,;:()]{{7,80}}?)(?:[,;.]|$)",
        clause,
    )
    return m[1] if m and leaning(m[1]) != STRONG else ""


def _key(term: str) -> str:
    return " ".join(term.casefold().split())
