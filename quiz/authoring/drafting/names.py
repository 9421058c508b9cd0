"""Proper names in a document, what kind of thing each names, and a person's role.

No tagger and no model: a name is a run of capitalised words (with "of", "am", "von"
and the like between them), and its kind comes from evidence in the same document,
gathered over every mention and then shared along lists ("Krupp and Stinnes"): a title
or trade before it ("historian Boris Shpotov", "the firm of Junkers"), an apposition
after it ("Alan Cooper, developer of Visual Basic"), a verb of saying after it ("Lenin
said"), a region after it ("Westport, Connecticut"), a final word such as River or
Party, or short lists of countries and capitals. A place needs a strong sign or two
mentions after "in"; one "in Python" makes no place. Weaker hints count only when
nothing else speaks: a later "he" makes a person, a deal "with" it a firm. A name with
no evidence stays ``other`` and is never asked about, because its distractors could not
be fair. A person's role (:mod:`~quiz.authoring.drafting.roles`) lets distractors be
people of the same role.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace

from quiz.authoring.drafting import name_words as w
from quiz.authoring.drafting.facts import Fact
from quiz.authoring.drafting.name_evidence import (
    NEAR_PLACE,
    antecedents,
    common_word,
    coordinated,
    evidence,
    no_ones_name,
    not_a_name,
)
from quiz.authoring.drafting.name_runs import POSSESSIVE, name_spans
from quiz.authoring.drafting.name_words import (
    COUNTRY,
    EVENT,
    FIRM,
    ORGANISATION,
    OTHER,
    PERSON,
    PLACE,
)
from quiz.authoring.drafting.roles import described_as, role_by_deed

ASKABLE = frozenset({PERSON, FIRM, PLACE, COUNTRY})
CAPITALS, COUNTRIES, PLACE_FEATURES = w.CAPITALS, w.COUNTRIES, w.PLACE_FEATURES

PLACE_MENTIONS = 2  # mentions after "in" that make a place without a stronger sign
# A name right before a noun modifies it ("the Rh antigen", "Rh blood group"): a thing,
# whatever pronoun follows; a verb or a function word after it says nothing.
MODIFYING = 2  # mentions before a noun that make a name a thing, whatever "she" follows
_MODIFIES = re.compile(r"\s[a-z]{3,}\b")
_MODIFIES_NOT = re.compile(
    r"\s(?:[a-z]+ed|and|or|but|of|in|on|at|to|for|with|by|from|as|into|who|which|that|then|"
    r"also|is|are|was|were|has|had|have|would|could|will|can|may|might|must|should|did|does|"
    r"said|says|wrote|writes|became|becomes|began|left|made|went|came|took|gave|found|saw|"
    r"knew|thought|told|got|ran|won|lost|held|led|met|built|sold|paid|spent|kept|set|"
    r"himself|herself|itself|themselves|once|never|always|later|soon|again|still|first)\b"
)


class NameIndex:
    """Every name of a document with the kind its mentions support, and people's roles."""

    def __init__(self, sentences: Iterable[str]):
        self.evidence: dict[str, set[str]] = defaultdict(set)
        self.roles: dict[str, Counter[str]] = defaultdict(Counter)
        self.mentions: Counter[str] = Counter()
        self.place_mentions: Counter[str] = Counter()
        self.mid_sentence: set[str] = set()
        self.lists: list[list[str]] = []
        self.pointed_at: set[str] = set()  # weak evidence of a person: a later "he" or "his"
        self.dealt_with: set[str] = set()  # weak evidence of a firm: "a contract ... with Krupp"
        self.modifying: Counter[str] = Counter()  # mentions before a noun: "Rh antigen"
        self.went_to: Counter[str] = Counter()  # where one goes or is: "to Glasgow", "at Bolton"
        for sentence in sentences:
            self._read(sentence)
        self.kinds = self._settle()
        self.by_last: dict[str, Counter[str]] = defaultdict(Counter)
        for full, counts in self.roles.items():
            self.by_last[full.split()[-1]].update(counts)

    def kind(self, name: str) -> str:
        if name in w.COMPASS or name in w.SKY or name in w.STAND_INS or name in w.CALENDAR:
            return OTHER  # "the West", "the Sun", "Alice", "October", "Tuesday"
        return self.kinds.get(name, OTHER)

    def role(self, name: str) -> str:
        """A person's role, from every mention of the name or of a fuller name that ends
        the same ("Rayner" is the student "Rosalie Rayner")."""
        roles = self.roles.get(name) or self.roles.get(name.split()[-1])
        if not roles:
            roles = self.by_last.get(name.split()[-1], Counter())
        return roles.most_common(1)[0][0] if roles else ""

    def facts(self, sentence: str) -> list[Fact]:
        """The names in a sentence worth asking about, as facts of their kind."""
        out = []
        for name, start in name_spans(sentence):
            if start == _first_word(sentence) and name not in self.mid_sentence:
                continue
            if not_a_name(name, sentence, start):
                continue
            kind = self.kind(name)
            if kind != OTHER and not _quoted(sentence, start):
                the = "the" if re.search(r"\bthe\s+$", sentence[:start], re.I) else ""
                if (
                    kind == PERSON
                    and (
                        the
                        or all(common_word(word) for word in name.split())  # "Game Playing"
                        or _epithet(name, sentence[:start])
                    )
                ):
                    continue  # "the Sun"; "Survey" of "Developer Survey": no one's name
                if kind == PERSON and _names_a_place(sentence[start + len(name) :]):
                    continue  # "Queen Mary's College": a college, not the queen
                if kind == PERSON and no_ones_name(name):
                    continue  # "World War I", "the Waldstein Sonata", "U.S. Representative"
                out.append(replace(Fact(kind, name, start), role=self.role(name), article=the))
        return out

    def _read(self, sentence: str) -> None:
        spans = [(n, s) for n, s in name_spans(sentence) if not _quoted(sentence, s)]
        first = _first_word(sentence)
        for name, start in spans:
            self.mentions[name] += 1
            if start != first:
                self.mid_sentence.add(name)
            end = start + len(name)
            raw_before = [x.strip(",;:()") for x in sentence[:start].split()[-3:]]
            before = [x.casefold() for x in raw_before]
            rest = sentence[end : end + 60]
            after = re.findall(r"[\w’']+", rest[:40])
            possessive = bool(POSSESSIVE.match(rest[:2]))
            found = evidence(name, before, after[:2], possessive, rest)
            if any(x in w.PLACE_LIST_NOUNS for x in raw_before) and not found:
                found.add(PLACE)  # "towns such as Brill"
            if _PLACE_NOUN_BEFORE.search(sentence[:start]) and not found:
                found.add(PLACE)  # "at a small town, Arnstadt"
            if _PLACE_OF.search(sentence[:start]) and not found:
                found.add(PLACE)  # "the estates of Lauriston", "the city of Genoa"
            if NEAR_PLACE in found:  # one "in X" alone is no place; two may be
                found.discard(NEAR_PLACE)
                self.place_mentions[name] += 1
            self.evidence[name] |= found
            if before and before[-1] in _WHERE and raw_before[-1].islower():
                self.went_to[name] += 1
            if _MODIFIES.match(rest) and not _MODIFIES_NOT.match(rest):
                self.modifying[name] += 1
            lead = [x.strip(",;:()").casefold() for x in sentence[:start].split()[-8:]]
            role = described_as(before, rest, name) or role_by_deed(lead, rest, possessive)
            if role:
                self.roles[name][role] += 1
            if lead and lead[-1] == "with" and w.DEAL_WORDS & set(lead):
                self.dealt_with.add(name)
        self.lists += coordinated(sentence, spans)
        self.pointed_at.update(antecedents(sentence, spans))

    def _a_where(self, name: str) -> bool:
        """Whether most mentions of a name say where ("to Glasgow", "of Bolton")."""
        return 2 * self.went_to[name] >= self.mentions[name] > 0

    def _settle(self) -> dict[str, str]:
        kinds: dict[str, str] = {}
        for name, signs in self.evidence.items():
            for kind in (COUNTRY, ORGANISATION, EVENT, FIRM, PERSON, PLACE):
                if kind in signs:
                    kinds[name] = kind
                    break
        for name, count in self.place_mentions.items():
            if count >= PLACE_MENTIONS and 2 * count >= self.mentions[name]:
                kinds.setdefault(name, PLACE)
        for name in sorted(self.pointed_at):
            if self._a_where(name):
                continue  # "at Killingworth, he was greatly hampered": he is someone else
            if self.modifying[name] < MODIFYING:  # "the Rh antibodies she has produced"
                kinds.setdefault(name, PERSON)
        people = {full.split()[-1]: full for full, kind in kinds.items() if kind == PERSON}
        for name in list(self.evidence):  # "Stalin" is the person "Joseph Stalin"
            if name in people and name != people[name]:
                kinds.setdefault(name, PERSON)
        for name in sorted(self.dealt_with):
            kinds.setdefault(name, FIRM)
        for _ in range(3):  # "Krupp and Stinnes": a list shares one kind
            for group in self.lists:
                known = {kinds[n] for n in group if n in kinds}
                if len(known) == 1:
                    shared = next(iter(known))
                    for n in group:
                        if shared == PERSON and (n.isupper() or self._a_where(n)):
                            continue  # "McCarthy and COBOL", "Hick, of the Soho Ironworks, Bolton"
                        kinds.setdefault(n, shared)
        return kinds


_PLACE_OF = re.compile(
    r"\b(?:estates?|manor|parish|county|duchy|city|town|village|province|isle|island|port|"
    r"kingdom|republic|bay|valley)\s+of\s+$",
    re.I,
)
_WHERE = frozenset({"at", "in", "to", "from", "near", "into", "towards"})
_PLACE_NOUN_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(w.PLACE_NOUNS))}),\s*$")


def _quoted(sentence: str, start: int) -> bool:
    """A name inside quotation marks is (in) the title of a work ("Animal Education")."""
    before = sentence[:start]
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")


def _first_word(sentence: str) -> int:
    m = re.search(r"[A-Za-z]", sentence)
    return m.start() if m else 0


def _epithet(name: str, before: str) -> bool:
    """A word after "the" and an adjective is a byname ("the weary Emancipator"), not a
    name; a role says who it is ("the economist Keynes")."""
    m = re.search(r"\bthe\s+([a-z]+)\s+$", before, re.I)
    return m is not None and " " not in name and m[1].islower() and m[1] not in w.PERSON_BEFORE


def _names_a_place(after: str) -> bool:
    m = re.match(r"[’']s\s+(?:[A-Z]\w+\s+)?([A-Z]\w+)", after)
    return m is not None and m[1] in w.ORGANISATION_WORDS | w.BUILDINGS
