"""Proper names in a document, and what kind of thing each names.

No tagger and no model: a name is a run of capitalised words (with "of", "am", "von"
and the like between them), and its kind comes from evidence in the same document,
gathered over every mention and then shared along lists ("Krupp and Stinnes"):
a title or trade before it ("historian Boris Shpotov", "the firm of Junkers"), a verb of
saying after it ("Lenin said"), a place preposition before it ("in Lipetsk"), a final
word such as River or Party, or short lists of countries and capitals. Weaker hints count
only when nothing else speaks: a later "he" makes a person, a deal "with" it a firm. A
name with no evidence stays ``other`` and is never asked about, because its distractors
could not be fair.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from quiz.authoring.drafting.numbers import MONTHS, Fact, word_set

PERSON, FIRM, PLACE, COUNTRY, ORGANISATION, EVENT, OTHER = (
    "person", "firm", "place", "country", "organisation", "event", "other"
)  # fmt: skip
ASKABLE = frozenset({PERSON, FIRM, PLACE, COUNTRY})

_TOKEN = r"(?:[A-Z]\.(?:[A-Z]\.)*|[A-Z][\w’'\-]*\w)"
_CONNECTOR = r"(?:of|am|an|de|del|der|von|van|du|la|le|da|di)"
_NAME = re.compile(rf"{_TOKEN}(?:\s+(?:{_CONNECTOR}\s+)?{_TOKEN})*")
_POSSESSIVE = re.compile(r"[’']s$")

COUNTRIES = word_set(
    """Afghanistan Albania Argentina Australia Austria Austria-Hungary Belgium Brazil
    Britain Bulgaria Canada Chile China Czechoslovakia Denmark Egypt England Estonia Finland
    France Germany Greece Holland Hungary India Iran Iraq Ireland Italy Japan Latvia
    Lithuania Mexico Netherlands Norway Persia Poland Portugal Prussia Romania Russia
    Scotland Serbia Spain Sweden Switzerland Turkey Ukraine USA USSR U.S. U.S.A. UK Wales
    Yugoslavia"""
) | {
    "Great Britain",
    "United States",
    "United Kingdom",
    "Soviet Union",
    "Soviet Russia",
}
# Capitals and great cities: places, even where they stand for a government ("Moscow refused").
CAPITALS = word_set(
    """Amsterdam Ankara Athens Beijing Belgrade Berlin Berne Bern Brussels Bucharest Budapest
    Cairo Constantinople Copenhagen Delhi Dublin Edinburgh Geneva Hamburg Helsinki Istanbul Kiev
    Kyiv Leningrad Lisbon London Madrid Minsk Moscow Munich Oslo Ottawa Paris Peking Petrograd
    Prague Riga Rome Sofia Stockholm Tallinn Tokyo Vienna Vilnius Warsaw Washington"""
) | {"St Petersburg", "St. Petersburg", "New York"}
_PERSON_BEFORE = word_set(
    """historian historians architect architects engineer engineers satirist satirists
    novelist writer writers author poet painter composer scientist economist minister
    chairman president chancellor general marshal admiral leader herr mr mrs ms dr
    professor colleague emperor tsar kaiser king queen prince journalist diplomat
    ambassador commissar secretary"""
)
_PERSON_AFTER = word_set(
    """said says wrote writes believed argued claimed proclaimed declared reported told
    asked complained described noted recalled insisted warned promised admitted who"""
)
_PRONOUN = re.compile(r"\b(?:he|him|his|she|her)\b")
PRONOUN_REACH = 8  # words from a name to the pronoun that refers to it
_TITLES_AFTER = word_set("Chairman President Minister Secretary Chancellor General")
_TITLES_LOWER = frozenset(t.casefold() for t in _TITLES_AFTER)
_FIRM_BEFORE = word_set(
    "firm firms company companies concern maker makers manufacturer behemoth giant conglomerate"
)
_DEAL_WORDS = word_set("contract contracts agreement agreements deal deals concession order orders")
DEAL_REACH = 8  # words from "contract" to the "with" before a name
_FIRM_AFTER = word_set("AG GmbH Ltd Inc Corp Company Works Werke")
_PLACE_BEFORE = word_set("in at near outside from to towards into across between")
_PLACE_LIST_NOUNS = word_set("towns cities countries nations states regions capitals")
PLACE_FEATURES = word_set("River Sea Lake Square Street Basin Mountains Valley Island")
_LAST_WORD_KINDS = {
    **dict.fromkeys(PLACE_FEATURES, PLACE),
    **dict.fromkeys(
        word_set(
            """Party Commission Council Congress Conference Chamber Government Ministry Committee
        Assembly Parliament Bank Society Institute University Brigade Army Navy"""
        ),
        ORGANISATION,
    ),
    **dict.fromkeys(word_set("Empire Republic Kingdom"), COUNTRY),
    **dict.fromkeys(word_set("War Revolution Depression Crisis Treaty Agreement Pact"), EVENT),
}
_NEVER = word_set(
    """I The A An In On At By For From To Of And But Or If As So Its It This That These Those
    He She We They You His Her Their Our My There Here However Although Despite Perhaps
    Meanwhile Nevertheless Consequently Furthermore Moreover Ironically Among Under When
    While After Before Shortly One Some Many Most Why What Who Yet Either Right Dear
    Certain Out Also Even Still Only Then Thus Such Both Each Every No Not Building"""
)


def _demonym(token: str) -> bool:
    if token.endswith("s") and token[:-1] and _demonym(token[:-1]):
        return True  # "Germans", "Soviets"
    return token.endswith(("ian", "ean", "ese", "ish", "ic")) or token in {
        "Soviet", "German", "French", "Dutch", "Swiss", "Greek", "Western", "Eastern",
        "Allied", "Nazi", "Communist", "Bolshevik", "Bolsheviks", "Menshevik", "Mensheviks",
    }  # fmt: skip


def name_spans(sentence: str) -> list[tuple[str, int]]:
    """(name, start) of every capitalised run that may be a name, before any judgement.

    A possessive ends a name ("Germany’s Ernst May" is two), leading function words
    go ("The Economist" -> "Economist"), and runs of adjectives alone ("Soviet") are no name.
    """
    out = []
    for m in _NAME.finditer(sentence):
        run: list[tuple[str, int]] = []
        for t in re.finditer(rf"{_TOKEN}|{_CONNECTOR}", m[0]):
            if _POSSESSIVE.search(t[0]) and run and re.fullmatch(_CONNECTOR, run[-1][0]):
                out += _span(run, sentence)  # "Chairman of Stalin’s": Stalin stands alone
                run = []
            run.append((t[0], m.start() + t.start()))
            if _POSSESSIVE.search(t[0]):
                out += _span(run, sentence)
                run = []
        out += _span(run, sentence)
    return out


def _span(run: list[tuple[str, int]], sentence: str) -> list[tuple[str, int]]:
    while run and (
        run[0][0] in _NEVER
        or re.fullmatch(_CONNECTOR, run[0][0])
        or (len(run) > 1 and run[0][0].casefold().rstrip(".") in _PERSON_BEFORE)  # "Herr Zauze"
    ):
        run = run[1:]
    while run and re.fullmatch(_CONNECTOR, run[-1][0]):
        run = run[:-1]
    if not run:
        return []
    tokens = [t for t, _ in run]
    tokens[-1] = _POSSESSIVE.sub("", tokens[-1])
    if all(_demonym(t) or t in _NEVER for t in tokens) or tokens[0] in _LAST_WORD_KINDS:
        return []  # "Soviet", or a bare "Government"
    if len(tokens) == 1 and tokens[0].casefold() in _PERSON_BEFORE | _TITLES_LOWER:
        return []  # "Chairman"
    if tokens[0] in MONTHS and re.search(r"\d", sentence[max(0, run[0][1] - 4) : run[-1][1] + 9]):
        return []  # "17 June", "March 1926"; but May the architect stays
    start, end = run[0][1], run[-1][1] + len(tokens[-1])
    return [(sentence[start:end], start)]


class NameIndex:
    """Every name of a document with the kind its mentions support."""

    def __init__(self, sentences: Iterable[str]):
        self.sentences = list(sentences)
        self.evidence: dict[str, set[str]] = defaultdict(set)
        self.mid_sentence: set[str] = set()
        self.lists: list[list[str]] = []
        self.pointed_at: set[str] = set()  # weak evidence of a person: a later "he" or "his"
        self.dealt_with: set[str] = set()  # weak evidence of a firm: "a contract ... with Krupp"
        for sentence in self.sentences:
            self._read(sentence)
        self.kinds = self._settle()

    def kind(self, name: str) -> str:
        return self.kinds.get(name, OTHER)

    def facts(self, sentence: str) -> list[Fact]:
        """The names in a sentence worth asking about, as facts of their kind."""
        out = []
        for name, start in name_spans(sentence):
            if start == _first_word(sentence) and name not in self.mid_sentence:
                continue
            kind = self.kind(name)
            if kind != OTHER:
                out.append(Fact(kind, name, start))
        return out

    def _read(self, sentence: str) -> None:
        spans = name_spans(sentence)
        first = _first_word(sentence)
        for name, start in spans:
            if start != first:
                self.mid_sentence.add(name)
            before = [w.strip(",;:()").casefold() for w in sentence[:start].split()[-3:]]
            after = re.findall(r"[\w’']+", sentence[start + len(name) : start + len(name) + 40])
            possessive = bool(
                _POSSESSIVE.match(sentence[start + len(name) : start + len(name) + 2])
            )
            self.evidence[name] |= _evidence(name, before, after[:1], possessive)
            lead = [w.strip(",;:()").casefold() for w in sentence[:start].split()[-DEAL_REACH:]]
            if lead and lead[-1] == "with" and _DEAL_WORDS & set(lead):
                self.dealt_with.add(name)
        self.lists += _coordinated(sentence, spans)
        self.pointed_at.update(_antecedents(sentence, spans))

    def _settle(self) -> dict[str, str]:
        kinds: dict[str, str] = {}
        for name, evidence in self.evidence.items():
            for kind in (COUNTRY, ORGANISATION, EVENT, FIRM, PERSON, PLACE):
                if kind in evidence:
                    kinds[name] = kind
                    break
        for name in sorted(self.pointed_at):
            kinds.setdefault(name, PERSON)
        for name in list(self.evidence):  # "Stalin" is the person "Joseph Stalin"
            for full, kind in list(kinds.items()):
                if kind == PERSON and name != full and full.endswith(" " + name):
                    kinds.setdefault(name, PERSON)
        for name in sorted(self.dealt_with):
            kinds.setdefault(name, FIRM)
        for _ in range(3):  # "Krupp and Stinnes": a list shares one kind
            for group in self.lists:
                known = {kinds[n] for n in group if n in kinds}
                if len(known) == 1:
                    for n in group:
                        kinds.setdefault(n, next(iter(known)))
        return kinds


_PLACE_LEAD = re.compile(  # "in Vienna", "between Vienna, Rome and Paris"
    rf"\b(?:{'|'.join(sorted(_PLACE_BEFORE))})\s+"
    r"(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*(?:,\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+))*$"
)


def used_as_place(fact: Fact, sentence: str) -> bool:
    """Whether a capital names the city here, not its government ("Moscow refused")."""
    if fact.text not in CAPITALS:
        return True
    after = sentence[fact.end : fact.end + 2]
    return not _POSSESSIVE.match(after) and bool(_PLACE_LEAD.search(sentence[: fact.start]))


def _first_word(sentence: str) -> int:
    m = re.search(r"[A-Za-z]", sentence)
    return m.start() if m else 0


def _evidence(name: str, before: list[str], after: list[str], possessive: bool) -> set[str]:
    out: set[str] = set()
    the = bool(before) and before[-1] == "the"  # "the Kremlin", "the West": no person
    if name in MONTHS:  # "in December" is no place; "May came" may be a person
        before = [w for w in before if w not in _PLACE_BEFORE]
    last = name.split()[-1]
    if name in COUNTRIES:
        out.add(COUNTRY)
    if name in CAPITALS:
        return {PLACE}  # "Moscow said" is still a city
    if last in _LAST_WORD_KINDS:
        out.add(_LAST_WORD_KINDS[last])
    titled = (before and before[-1] in _PERSON_BEFORE) or (after and after[0] in _TITLES_AFTER)
    if not the and (titled or (after and after[0].casefold() in _PERSON_AFTER)):
        out.add(PERSON)
    if any(w in _FIRM_BEFORE for w in before[-3:]) or (after and after[0] in _FIRM_AFTER):
        out.add(FIRM)
    if before and before[-1] in _PLACE_BEFORE and not out and not possessive:
        out.add(PLACE)
    if any(w in _PLACE_LIST_NOUNS for w in before) and not out:
        out.add(PLACE)
    return out


def _antecedents(sentence: str, spans: list[tuple[str, int]]) -> list[str]:
    """Names a following he/him/his/she/her points back to ("a blow to Brandt, but he")."""
    out = []
    for m in _PRONOUN.finditer(sentence):
        before = [(n, s) for n, s in spans if s + len(n) <= m.start()]
        if before and len(sentence[before[-1][1] : m.start()].split()) <= PRONOUN_REACH:
            out.append(before[-1][0])
    for m in re.finditer(r"\b(?:he|she)\s+\(", sentence):  # "he (Hugenberg) produced"
        after = [n for n, s in spans if s == m.end()]
        out += after
    return out


def _coordinated(sentence: str, spans: list[tuple[str, int]]) -> list[list[str]]:
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
