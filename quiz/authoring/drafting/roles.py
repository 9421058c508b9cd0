"""A person's role, from the words around a mention: what they are called and what they did.

"historian X", "X, a historian" and "Furman professor X" say what X is; "X (2000)
argued" cites X as a scholar. Where nothing says it, what X did may: "created by X" and
"X invented" make a maker, "X's law of effect" a thinker. Roles group alike words
(:data:`~quiz.authoring.drafting.name_words.ROLE_GROUPS`), so distractors for a
language's creator are other creators and a historian is never offered among generals.

A person is worth asking only for a deed the sentence names: what they made, found,
led, signed, won or were first to do, the office they held, or who taught them. "Who operated the
computer that day", "who sent one of the farewell letters", "Mr. Macdonald did not waste
further time with ____": in blind rounds such people were kept one time in three.

The date of a life's small milestone is no fact worth learning either: the year its
subject entered college, took up law, married, toured Italy, was knighted, was elected a
fellow, got a medal, a stamp or an obituary. In round 17q graders dropped 15 of 16 such
dates as minor (a teacher asks when Lyell's *Principles* appeared, not when he was made a
baronet). Such a date is asked only when the sentence also says it was a first or a
founding ("the first woman elected a fellow"); an office held ("appointed assistant
professor", "elected president") is no milestone.
"""

from __future__ import annotations

import re

from quiz.authoring.drafting import name_words as w
from quiz.authoring.drafting.facts import Fact

_APPOSITION = re.compile(r"^,\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?([a-z-]+)\b")
_DEED = re.compile(
    r"\b(?:re|co-?)?(?:invent|discover|found(?:ed|er|ers|ing)\b|establish|creat|design|develop|devis|"
    r"introduc|propos|pioneer|populari[sz]|formulat|coin(?:ed|s)\b|defin|prove[dn]?\b|"
    r"publish|author|wrote\b|written\b|compos|sign(?:ed|s|ing)?\b|issu|decree|veto|enact|"
    r"lead(?:s|ing|er)?\b|led\b|command|headed\b|direct(?:ed|or)\b|first\b|won\b|wins?\b|"
    r"award|prize|defeat|conquer|captur|elect|appoint|president|chancellor|minister|"
    r"secretary|governor|king|queen|emperor|ruled|reign|succeed|began|begun|start(?:ed)?\b|"
    r"declar|reform|abolish|negotiat|built|build|theor|law\b|principle|influen|"
    r"commissioner|consul|ambassador|envoy|emissary|chief|head of|"
    r"teach|taught|teacher|pupil|student|studied|educat|mentor|apprentic|"
    r"siege|besieg|battle|army|armies|fleet|troops|victor|fought|surrender)",
    re.I,
)
_SOURCE_LEADS = [["told", "by"], ["according", "to"], ["quoted", "by"], ["cited", "by"]]
_CITED = re.compile(r"^\s*\((?:\d{4}[a-z]?|n\.d\.)\)\s+(?!and\b|or\b)[a-z]")


def described_as(before: list[str], rest: str, name: str = "") -> str:
    """The role group of the words that describe a mention: "historian X", "X, a historian"."""
    if before and before[-1] in w.ROLES:
        return w.ROLES[before[-1]]
    if [x.casefold() for x in before[-2:]] in _SOURCE_LEADS:
        return "scholar"  # "as we are told by Smith", "according to Robertson": a source
    if _CITED.match(rest) and len(name.split()) > 1:
        return "scholar"
    apposition = _APPOSITION.match(rest)
    return w.ROLES.get(apposition[1], "") if apposition else ""


def role_by_deed(lead: list[str], rest: str, possessive: bool) -> str:
    """A role from what the text says a person did: "created by X", "X invented ..."
    make a maker, "X's law of effect" a thinker."""
    if possessive:
        words = re.findall(r"[a-z]+", rest[2:30])[:2]
        return "thinker" if w.IDEA_WORDS & set(words) else ""
    if lead and lead[-1] == "by" and w.MAKING_VERBS & set(lead[-7:]):
        return "maker"
    verb = re.match(r"\s+(?:(?:first|later|also)\s+)?([a-z]+)", rest)
    return "maker" if verb and verb[1] in w.MAKING_VERBS else ""


def names_a_deed(sentence: str) -> bool:
    """Whether a sentence says what a person it names did of note (see the module's note)."""
    return bool(_DEED.search(sentence))


_MILESTONE = re.compile(
    r"\b(?:"
    # honours
    r"knighted|made a (?:baronet|knight|peer)|baronetcy|inducted|hall of fame|postage stamp|"
    r"honorary (?:degree|doctorate|member|fellow)|"
    r"elected (?:a |an |as (?:a |an )?)?(?:foreign |honorary |corresponding |joint )?"
    r"(?:member|fellow|secretary)|(?:foreign|honorary|corresponding) member|"
    r"(?:awarded|received|won|given) (?:the |a |an |its )?(?:\w+ ){0,4}(?:medal|award|prize)|"
    r"obituary|(?:wo)?man of the year|pour le m[ée]rite|personal chair|"
    r"bapti[sz]ed|converted to|"
    # schooling
    r"entered (?:\w+ ){0,3}(?:college|university|school|academy|inn)|enrolled|matriculated|"
    r"graduated|attended (?:\w+ ){0,4}lectures|took up (?:law|medicine)|"
    # family and travel
    r"married|honeymoon|(?:his|her) (?:wife|husband|father|mother|nephew|niece) (?:died|was)|"
    r"drift(?:ed)? apart|travell?ed (?:with|to|through|in)|toured|visited"
    r")\b",
    re.I,
)
_FIRST = re.compile(r"\b(?:first|founded|founding|only|youngest)\b", re.I)


# What others named after a person, later: "the Lise Meitner Prize, founded in 1997"
_NAMED_AFTER = re.compile(
    r"\bnamed (?:after|for) (?:him|her)\b|\bin (?:his|her) hono(?:u)?r\b|\bnaming hono(?:u)?rs?\b"
    r"|\bposthumous(?:ly)?\b",
    re.I,
)


def minor_milestone(fact: Fact, sentence: str) -> bool:
    """Whether ``fact`` dates one of a life's small milestones (see the module's note)."""
    if fact.kind not in ("year", "date", "period", "decade"):
        return False
    if _NAMED_AFTER.search(sentence):
        return True
    return bool(_MILESTONE.search(sentence)) and not _FIRST.search(sentence)
