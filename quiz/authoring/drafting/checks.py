"""What keeps a fact from being a fair question: non-facts and give-aways.

- A sentence states no fact when it is a question, introduces a list (it ends in a
  colon), supposes ("If you have $100, ..."), tells the reader to do something ("Visit
  this website", "Take the following example") or points at a figure ("[link] shows").
- A year is no fact when it only dates a record: a report, survey or study ("a survey,
  published in 2002, ranked ..."), the writing itself ("In 2014, the priority is ..."),
  or a figure no question can ask ("In 2013, the world average ranking was 2.9").
- A record's row ("Report: #265528, Reported: 9/2/2019, Bounty: $300") lists fields,
  a contact line ("jasnell - James M Snell <jasnell@gmail.com> (he/him)") names someone
  to write to, and a photo's caption ("Left: ...", "Curbeam, middle row at right, with
  ...") describes a picture: none of them states anything. A person named only as an
  alias ("Tim Berners-Lee (often referred to as TimBL)") or as a character of a tale the
  text tells ("the tale of Mr. Addison Sims") is no fact to learn, and nor is that alias
  or character wherever it stands later. A line of dialogue ("I haven't seen you since
  the Fair") states nothing, nor does a quotation standing alone ("“The man who chases
  two rabbits, catches neither.” - Confucius"): an epigraph.
- A place or country gap is unfair where the words around it decide it: after an
  adjective ("Soviet-controlled eastern ____"), before a noun it qualifies ("expand ____
  territory", "the ____' economic orbit") or beside the other members of its list ("the
  United States and ____"); a place in first-person speech ("our prestige in ____") is
  no fact to learn (nor is a compass region, "the West": names never asks it).
- A false statement may not swap a name that stands in a list ("U.S., British, and
  Soviet forces": another member may be true too), nor a town pinned by its region
  ("Florida, New York": swapped, "born in Alaska, New York" is absurd, not false).

Where a sentence needs the one before it is :mod:`~quiz.authoring.drafting.referents`;
numbers the text itself gives are :mod:`~quiz.authoring.drafting.counts`; the writer's
view and facts too slight to ask are :mod:`~quiz.authoring.drafting.opinions`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quiz.authoring.drafting.dates import MONTHS
from quiz.authoring.drafting.facts import DATES, Fact
from quiz.authoring.drafting.name_words import CAPITALS, PLACE_BEFORE
from quiz.authoring.drafting.relations import clause_at
from quiz.core.numbers import PROSE_NUMBER, parse_number

_HYPOTHETICAL = re.compile(
    r"^(?:[\"“‘']?(?:if|suppose|supposing|imagine|assume|assuming|say|let's say|what if|"
    r"consider|in this case|(?:for example|for instance|e\.g\.),?\s+(?:if|suppose|imagine|"
    r"assume|say|let's say))\b)"
    r"|\bif\b[^.]*\b(?:would|could|might)\b|\b(?:would|could|might)\b[^.]*\bif\b"
    r"|\byou(?:'d|'ll| would| could| might| will| can| may| should)\b|\bwe(?:'ll| will)\b",
    re.I,
)
_IMPERATIVE = re.compile(  # also after a purpose: "To get your mind into the 1850s, try to ..."
    r"^(?:to [a-z][^,]{3,80},\s+)?"
    r"(?:visit|read|try|click|see|take|note|remember|let's|let us|look|check|go|use|find|imagine|"
    r"compare|think|recall|review|answer|explain|describe|discuss|name|list|fast forward|notice)\b",
    re.I,
)
_CROSS_REFERENCE = re.compile(
    r"\[link\]|\b(?:figure|fig\.|table|chart|graph|map)\s+\d+(?:\.\d+)*\b"
    r"|\b(?:shown|see) (?:in |at )?(?:the )?(?:figure|table|map|chart|graph|diagram|above|below)\b",
    re.I,
)
_RECORD = re.compile(
    r"\b(?:survey|report|study|poll|census|press release|estimate)s?\b|\bestimated\b"
    r"|\bpublished\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+)?(?:report|survey|paper|poll)",
    re.I,
)
# "the Geological Survey", "the Velden Survey": a body's name, not a record
_BODY_NAMED = re.compile(r"\b[A-Z][\w.-]*\s+$")
_WRITING_NOW = re.compile(
    r"^(?:in|as of|by)\s+(?:\w+\s+)?\d{4},\s+(?:(?!\b(?:was|were|had|did)\b)[^;])*?"
    r"\b(?:is|are|remains|remain)\b",
    re.I,
)
_STATED = re.compile(  # a value the clause states: "was 2.9", "stood at 17"
    r"\b(?:was|were|is|are|stood at|reached|totall?ed|amounted to|averaged|rose to|fell to|"
    r"dropped to|grew to)\s+(?:about\s+|around\s+|nearly\s+|some\s+|only\s+)?$"
)
_NOT_A_FIGURE = re.compile(r"[A-Z][\w-]*\s*$")
_MONTH_AFTER = re.compile(rf"\s+(?:{'|'.join(MONTHS)})\b")
_FIELD = re.compile(r"(?:^|[,;]\s*)[A-Z][\w ]{0,24}:\s")  # "Bounty: $300"
RECORD_FIELDS = 3  # labelled fields that make a sentence a record's row
_CELL = re.compile(r"\w\|\s")  # a table's row flattened: "Entities| Pakistan India Length| 740 km"
_GENDERED = re.compile(r"\b(?:he|him|his|she|her|hers)\b", re.I)
_BYLINE = re.compile(  # "Authors: Brendan Burns (...)", an embedded tweet
    r"^(?:authors?|written by|posted by|posted on|published on|last updated|updated)\s*:"
    r"|pic\.twitter\.com|\(@\w{1,15}\)\s+\w+\s+\d"
    # an acknowledgement: "Richard Beth and Christopher Davis provided helpful comments"
    r"|\b(?:provided|offered|gave)\s+(?:\w+\s+){0,2}(?:comments|feedback|suggestions|assistance)\b"
    r"|^(?:the author|the authors|we)\s+(?:\w+\s+)?(?:thanks?|are grateful|acknowledges?)\b"
    r"|^(?:acknowledg(?:e?ments?)\b|(?:many |special )?thanks\s+(?:go|are due)\b)"
    # a note's source line: "Letter of Mrs. W. W. Parker, December 12, 1902."
    r"|^(?:letters?|diary|journal|minutes|memorandum|interview|statement)\s+(?:of|from|to|with)"
    r"\s[^;:]{0,80}?,\s+(?:\w+\s+\d{1,2},\s+)?\d{4}\.?$",
    re.I,
)
_CAPTION = re.compile(  # "Left: ... ", "Right: Curbeam, middle row at right, with ..."
    r"^(?:(?:top|bottom|upper|lower|far)\s+)?(?:left|right|middle|center|centre|top|bottom|above|"
    r"below|inset|pictured|photo|image|credit|caption)s?\s*(?:\([^)]*\))?:\s"
    r"|,\s+(?:(?:front|back|rear|top|middle|lower|upper|second|third)\s+row\s+)?"
    r"(?:(?:second|third)\s+from\s+)?(?:at\s+)?(?:left|right|center|centre|middle)"
    r"(?:\s+in\s+rear)?,\s",
    re.I,
)
# A picture's caption kept as a paragraph: "Elmina Castle viewed from the sea in 1572, by
# Georg Braun.", "“The Castle of St. George d'Elmina, one side of it” in 1704."
_PICTURE = re.compile(
    r"^[“\"][^”\"]{3,120}[”\"]\s+(?:in|c\.|ca\.|circa)\s+\d{3,4}\.?$"
    r"|^(?!.*\b(?:is|are|was|were|has|had|have)\b)[^,;]{3,120}\b\d{3,4},\s+by\s+"
    r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|van|von|de|da|di))*\.(?:\s|$)"
)
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\((?:he/him|she/her|they/them)\)")
_ALIAS_OR_TALE = re.compile(
    r"\b(?:(?:often|also|commonly|affectionately|popularly)\s+)?"
    r"(?:referred\s+to\s+as|known\s+as|nicknamed|dubbed)\s*$"
    r"|\b(?:tale|story|anecdote|parable|fable|example)\s+of\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?$",
    re.I,
)
_ALIASED = re.compile(
    r"\b(?:referred\s+to\s+as|known\s+as|nicknamed|dubbed|(?:tale|story|anecdote)\s+of)\s+"
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]*)"
)
_DIALOGUE = re.compile(r"^[\"“‘']?\s*I\b.*\byou\b", re.I)  # "I haven't seen you since ..."
_EPIGRAPH = re.compile(r"^[\"“][^\"“”]+[\"”]\s*(?:[-—–]\s*[A-Z][\w .’']*)?$")  # “...” - Confucius
_NUMBER = re.compile(rf"(?<![\w.]){PROSE_NUMBER}(?![\w])")


_QUALIFIED = re.compile(  # an adjective before the name: "eastern", "postwar", "U.S.-occupied"
    r"(?<!\w)(?:[a-z]+-[a-z]+|[a-z]+(?:ern|ed|war|time|ial|ent|ic|ous|ive|day))\s+$"
)
_QUALIFIES = re.compile(  # "____ territory": the name qualifies the noun after it
    r"\s+(?!(?:and|or|but|of|in|on|at|to|for|with|by|from|as|into|who|which|that|is|are|was|"
    r"were|has|had|have|would|could|will|can|may|might|must|should|did|does|then|also|"
    r"until|after|before|during|since|when|where|while|because|if|than)\b)"
    r"[a-z]{2,}(?<!ed)(?<!s)\b"  # not a verb: "Portugal waived", "Norway signs"
)
_FIRST_PERSON = re.compile(r"\b(?:we|our|us|I|my|me)\b")
_LISTED_NAME = re.compile(r",\s+[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*)*,?\s+(?:and|or)\s+[A-Z]")


def place_given_away(fact: Fact, sentence: str) -> bool:
    """Whether the words around a place or country gap decide it (see the module's note)."""
    if fact.kind not in ("place", "country"):
        return False
    if _FIRST_PERSON.search(sentence):
        return True
    if _QUALIFIED.search(sentence[: fact.start]) or listed_name(fact, sentence):
        return True  # "eastern ____", "Soviet-controlled ____", "the United States and ____"
    after = sentence[fact.end :]
    return bool(_QUALIFIES.match(after) or re.match(r"[’']s?\s", after))


def unfit_to_swap(fact: Fact, sentence: str) -> bool:
    """Whether a false statement may not swap this name (see the module's note), nor a
    person whose sentence says "he" or "her" (another person may be of the other sex). Nor a
    part of a joined name ("Siegel & Gale": another name in its place is no firm), nor a
    person who dates the sentence ("two centuries since Dalton": another person makes the
    span absurd, not false)."""
    pinned = fact.kind in ("place", "country") and re.match(r",\s+[A-Z]", sentence[fact.end :])
    joined = re.search(r"&\s*$", sentence[: fact.start]) or re.match(r"\s*&", sentence[fact.end :])
    dating = fact.kind == "person" and re.search(
        r"\b(?:since|before|after|until|till)\s+(?:the\s+time\s+of\s+)?$",
        sentence[: fact.start],
        re.I,
    )
    gendered = fact.kind == "person" and _GENDERED.search(sentence)  # "Scott ... her flight"
    return bool(pinned or joined or dating or gendered) or listed_name(fact, sentence)


def date_unfit_to_swap(fact: Fact, sentence: str, facts: Iterable[Fact]) -> bool:
    """Whether a false statement may not swap this date: a span in brackets after a name
    ("Viadana (1566-1645)"), or a date beside another ("As 2015 turned into 2016"):
    another value in its place makes the statement absurd, not false."""
    lived = fact.kind == "period" and sentence[fact.start - 1 : fact.start] == "("
    return lived or any(f.kind in DATES and f is not fact for f in facts)


def listed_name(fact: Fact, sentence: str) -> bool:
    """Whether a name stands in a list of names ("U.S., British, and Soviet")."""
    before, after = sentence[: fact.start], sentence[fact.end :]
    return bool(
        re.match(r"\s+(?:and|or)\s+[A-Z]", after)
        or re.search(r"[A-Z][\w.’']*,?\s+(?:and|or)\s+$", before)
        or (re.match(r",\s+[A-Z]", after) and re.search(r"[A-Z][\w.’']*,\s+$", before))
        or _LISTED_NAME.match(after)
    )


# Text a converter mangled, values it dropped: "long to open. , the bank held", "equivalent
# to of gold", "born (–?)": no clause a learner can read (a wiki copy's "()" is harmless).
_MANGLED = re.compile(
    r"[.;]\s+,|\(\s*[,;–-]+\s*\)|\(\s*[–-]\s*\?\s*\)"
    r"|\b(?:to|of|than|about|around|approximately|equivalent to|measuring|weighing)\s+(?:of|to)\b"
    r"|\b(?:is|was|were|are)\s+(?:of|to)?\s*[.,;]"
    r"|\b(?:of|than|approximately|measuring|weighing)\s*(?:\band\b|[.;](?:\s|$))"  # "span of and"
    r"|\bup to\s+(?:in|and|of|across)\b"  # "ranging up to in diameter": the figure went
)


def mangled(sentence: str) -> bool:
    """Whether a converter left a sentence without some of its words (see ``_MANGLED``), or
    flattened a table's row into it ("1 Earth Nicholson & Mayall 1942 0.91 Earth Wylie")."""
    words = sentence.split()
    numbers = sum(bool(_NUMBER.fullmatch(x.strip(",;()"))) for x in words)
    lower = sum(x[:1].islower() for x in words)
    return bool(_MANGLED.search(sentence)) or (numbers >= 4 and 3 * lower < len(words))


def states_no_fact(sentence: str) -> bool:
    """Whether a sentence asks, supposes, instructs, introduces a list or points at a figure."""
    text = sentence.strip().rstrip("\"”’')]")
    return (
        text.endswith((":", "?"))
        or bool(_HYPOTHETICAL.search(sentence))
        or bool(_IMPERATIVE.match(sentence.strip()))
        or bool(_CROSS_REFERENCE.search(sentence))
        or len(_FIELD.findall(sentence)) >= RECORD_FIELDS
        or len(_CELL.findall(sentence)) >= 2
        or bool(_CONTACT.search(sentence))
        or bool(_CAPTION.search(sentence))
        or bool(_PICTURE.match(sentence.strip()))
        or bool(_BYLINE.search(sentence))
        or bool(_DIALOGUE.match(sentence))
        or bool(_EPIGRAPH.match(sentence.strip()))
    )


def aliases(sentences: Iterable[str]) -> frozenset[str]:
    """The last words of every alias and tale character the sentences name."""
    return frozenset(m[1].split()[-1] for s in sentences for m in _ALIASED.finditer(s))


def alias_or_character(fact: Fact, sentence: str) -> bool:
    """Whether a name is only an alias or a tale's character (see the module's note)."""
    return bool(_ALIAS_OR_TALE.search(sentence[: fact.start]))


_YEARS_ONLY = re.compile(  # "(1912, 1915)": the years of works, as a citation gives them
    r"\(\s*(?:1\d{3}|20\d{2})[a-z]?(?:\s*(?:,|;|and)\s*(?:1\d{3}|20\d{2})[a-z]?)+\s*\)"
)


def dates_a_record(fact: Fact, sentence: str, facts: tuple[Fact, ...]) -> bool:
    """Whether a year only dates a report or study, the writing, or a figure no
    question asks (see the module's note)."""
    if fact.kind not in ("year", "period"):
        return False
    if any(m.start() <= fact.start < m.end() for m in _YEARS_ONLY.finditer(sentence)):
        return True  # "the phrase (1912, 1915)": the years of the works that said it
    start, end = clause_at(sentence, fact.start, asides=False)
    clause = sentence[start:end]
    named = [
        m[0][0].isupper() and _BODY_NAMED.search(clause[: m.start()])
        for m in _RECORD.finditer(clause)
    ]
    if not all(named):
        return True  # "a survey, published in 2002, ranked ..."
    if _WRITING_NOW.match(clause):
        return True
    taken = [(f.start, f.end) for f in facts]
    for m in _NUMBER.finditer(clause):
        at = start + m.start()
        if any(s <= at < e for s, e in taken) or _NOT_A_FIGURE.search(clause[: m.start()]):
            continue  # a fact of its own, a model number ("Mark 1"), a day ("May 3")
        if _MONTH_AFTER.match(clause[m.end() :]):
            continue  # "17 January 1931"
        value = parse_number(m[0])
        if value is None or value == 1 or re.fullmatch(r"1\d{3}|20\d{2}", m[0]):
            continue  # no figure, or another year ("William (1921)")
        if _STATED.search(clause[: m.start()]):
            return True  # "In 2013, the world average ranking was 2.9"
    return False


_PLACE_LEAD = re.compile(  # "in Vienna", "between Vienna, Rome and Paris"
    rf"\b(?:{'|'.join(sorted(PLACE_BEFORE | {'at', 'to', 'from'}))})\s+"
    r"(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*(?:,\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+))*$"
)


def used_as_place(fact: Fact, sentence: str) -> bool:
    """Whether a capital names the city here, not its government ("Moscow refused")."""
    if fact.text not in CAPITALS:
        return True
    after = sentence[fact.end : fact.end + 2]
    return not re.match(r"[’']s", after) and bool(_PLACE_LEAD.search(sentence[: fact.start]))
