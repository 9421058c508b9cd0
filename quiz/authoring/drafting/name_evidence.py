"""The evidence one mention gives of what a name names, and the names mentions tie together.

Used by :class:`~quiz.authoring.drafting.names.NameIndex`, which gathers the evidence of
every mention and settles each name's kind: a title or trade before a name ("historian
Boris Shpotov"), an apposition or a verb of saying after it, a region after it
("Westport, Connecticut"), a seat before it ("the Elector of Hanover"), a final word
such as River or Party; a he/she that points back at a name; and lists of names
("Krupp and Stinnes") that share one kind. And what is no name at all, however it is
capitalised: "SHALL", "(Web)", "SP 800-53", "APIs", "Survey".
"""

from __future__ import annotations

import re

from quiz.answers.lexicon import english, fold
from quiz.authoring.drafting import name_words as w
from quiz.authoring.drafting.dates import MONTHS
from quiz.authoring.drafting.name_words import COUNTRY, EVENT, FIRM, ORGANISATION, PERSON, PLACE
from quiz.authoring.drafting.roles import described_as

INITIALS = re.compile(  # "J. M. O’Donnell", "John B. Watson", "R. Dale Nance"
    r"^(?:[A-Z]\.\s?){1,3}(?:[A-Z][a-z][\w’'-]*\s+)?[A-Z][a-z][\w’'-]*$"
    r"|^[A-Z][a-z]+\s+(?:[A-Z]\.\s+){1,2}[A-Z][a-z][\w’'-]*$"
)
_REGION_AFTER = re.compile(r"^,\s+((?:[A-Z][a-z]+\s)?[A-Z][a-z]+)\b")
LAST_WORD_KINDS = {
    **dict.fromkeys(w.PLACE_FEATURES, PLACE),
    **dict.fromkeys(w.ORGANISATION_WORDS, ORGANISATION),
    **dict.fromkeys(("Empire", "Republic", "Kingdom"), COUNTRY),
    **dict.fromkeys(w.EVENT_WORDS, EVENT),
}
NEAR_PLACE = "near place"  # weak evidence: a mention after "in", "to" or "from"
_PLACE_APPOSITION = re.compile(
    r"^,\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:city|town|village|port)\b"
)


def evidence(
    name: str, before: list[str], after: list[str], possessive: bool, rest: str
) -> set[str]:
    out: set[str] = set()
    the = bool(before) and before[-1] == "the"  # "the Kremlin", "the West": no person
    if name in w.CALENDAR:
        return out  # "September" is no one, and no place
    if name in MONTHS:  # "in May" is no place; "May came" may be a person
        before = [x for x in before if x not in w.PLACE_BEFORE]
    last = name.split()[-1]
    if name in w.COUNTRIES:
        out.add(COUNTRY)
    elif name in w.REGIONS:
        out.add(PLACE)
    region = _REGION_AFTER.match(rest)
    if name in w.CAPITALS or (region and region[1] in w.REGIONS and name not in w.REGIONS):
        return out | {PLACE}  # "Moscow said" is still a city; "Westport, Connecticut"
    if last in LAST_WORD_KINDS:
        out.add(LAST_WORD_KINDS[last])
    titled = (before and before[-1] in w.PERSON_BEFORE) or (after and after[0] in w.TITLES_AFTER)
    said = bool(re.match(r",?\s+(\w+)", rest)) and after[0].casefold() in w.PERSON_AFTER
    if name.isupper():  # "ECMA (who publish ...)": an acronym is no person by what it does
        said = False
    kin = possessive and after[1:2] and after[1].casefold() in w.KIN
    described = described_as(before, rest, name)
    if not the and (titled or said or kin or described or INITIALS.match(name)):
        out.add(PERSON)
    if any(x in w.FIRM_BEFORE for x in before[-3:]) or (after and after[0] in w.FIRM_AFTER):
        out.add(FIRM)
    if len(before) > 1 and before[-1] == "of" and before[-2] in w.PLACE_NOUNS:
        out.add(PLACE)  # "the town of Brill"
    if len(before) > 1 and before[-1] == "of" and before[-2] in w.SEATED and not out:
        out.add(PLACE)  # "the Elector of Hanover", "Prince of Venosa": the title's seat
    if _PLACE_APPOSITION.match(rest) and not out:
        out.add(PLACE)  # "Velden, a small town on the coast"
    near = w.PLACE_BEFORE | {"to", "from", "at", "leaving"}
    if before and before[-1] in near and not out and not possessive:
        out.add(NEAR_PLACE)
    return out


def antecedents(sentence: str, spans: list[tuple[str, int]]) -> list[str]:
    """Names a following he/him/his/she/her points back to ("a blow to Brandt, but he")."""
    out = []
    for m in re.finditer(r"\b(?:he|him|his|she|her)\b", sentence):
        before = [(n, s) for n, s in spans if s + len(n) <= m.start()]
        if before and len(sentence[before[-1][1] : m.start()].split()) <= 8:
            out.append(before[-1][0])
    for m in re.finditer(r"\b(?:he|she)\s+\(", sentence):  # "he (Hugenberg) produced"
        out += [n for n, s in spans if s == m.end()]
    return out


def coordinated(sentence: str, spans: list[tuple[str, int]]) -> list[list[str]]:
    """Runs of names joined only by commas, 'and', 'or' and brackets."""
    groups: list[tuple[list[str], bool]] = []
    current: list[str] = []
    joined = False
    last_end = None
    for name, start in spans:
        gap = sentence[last_end:start] if last_end is not None else None
        if gap is not None and re.fullmatch(r"[\s,]*(?:\b(?:and|or)\b)?\s*", gap):
            current.append(name)
            joined = joined or "and" in gap or "or" in gap
        else:
            groups.append((current, joined))
            current, joined = [name], False
        last_end = start + len(name)
    groups.append((current, joined))
    # "Finland and Poland", "Magnitogorsk, Nizhny Tagil, Avtostroi"; not "the West, Stalin"
    return [g for g, joined in groups if len(g) > 2 or (len(g) == 2 and joined)]


def common_word(name: str) -> bool:
    """A single word English uses otherwise and no one bears as a name ("Survey", "Wars")."""
    common, names = english()
    folded = fold(name)
    return " " not in name and folded in common and folded not in names


def may_name_someone(token: str) -> bool:
    """Whether a word after a title may begin a person's name: a given name, an initial
    or a word English does not use otherwise ("Lucius", "J.", "Clay"; not "Public")."""
    common, names = english()
    folded = fold(token)
    return len(token) <= 2 or token.endswith(".") or folded in names or folded not in common


_DESIGNATION = re.compile(r"\s*(?:\d|[IVX]+\b)")  # "SP 800-53", "RFC 2068", "Apollo 11"


def not_a_name(name: str, sentence: str, start: int) -> bool:
    """A capitalised run that names nothing to ask: a word set in capitals for stress
    ("a claimant SHALL be", "NOTE"), a gloss or acronym in brackets after what it glosses
    ("the HyperText (Web)", "man-in-the-middle (MitM)"), or the series of a designation
    ("SP 800-53", "RFC 2068": the number is the name, and "AAL3" is a level), or the
    abbreviation a name goes on after ("St." of "St. Thomas Church"), a plural acronym
    ("new APIs") or a letter alone ("5 deg. 52' S.")."""
    end = start + len(name)
    if any(c.isdigit() for c in name) or re.match(r"\.\s+[A-Z]|\.[A-Za-z]", sentence[end:]):
        return True  # "St. Thomas"; "OpenOffice.org", "Node.js": part of a longer name
    if re.search(r"\w\.$", sentence[max(start - 2, 0) : start]):
        return True  # "Org" of "OpenOffice.Org"
    if re.fullmatch(r"[A-Z]{2,}s|[A-Z]\.?|[IVXL]{2,6}\.?", name):
        return True  # "APIs" (a plural acronym), "S." (a compass letter), "Vol. II" (a number)
    if name.isupper() and len(name) >= 3 and " " not in name and fold(name) in english()[0]:
        return True
    if sentence[start - 1 : start] == "(" and sentence[end : end + 1] == ")":
        return True
    return bool(_DESIGNATION.match(sentence[end:])) and name.split()[-1] not in MONTHS


def no_ones_name(name: str) -> bool:
    """A work, an event, a title or a doctrine alone: "the Waldstein Sonata", "World War I",
    "U.S. Representative", "Buddhism" name no one a question could ask for."""
    words = name.split()
    if len(words) > 1 and re.fullmatch(r"[A-Z][a-z]{3,}(?:ic|i|e)ans", words[-1]):
        return True  # "Great Americans", "the Young Europeans": a people, no person
    if re.fullmatch(r"[A-Z][a-z]{3,}(?:ism|ity)", words[-1]):
        return True  # "Buddhism", "Christianity": a faith or a doctrine
    return bool(set(words) & (w.EVENT_WORDS | w.WORK_WORDS)) or words[-1] in w.TITLE_NOUNS
