"""Runs of capitalised words that may be names, before any judgement of their kind.

A run takes "of", "am", "von", "de’" and the like between its words ("Mies van der
Rohe", "Cardinal de’ Medici"), stops at a possessive ("Germany’s Ernst May" is two),
loses leading function words and titles ("The Economist" -> "Economist", "Secretary of
State George Marshall" -> "George Marshall") and keeps a lower-case particle before it
("the von Neumann architecture"). A month beside a day or after "in" is a date, a ship's
prefix names a ship, and runs of adjectives or peoples alone ("Soviet", "the Romans")
name no one. What kind of thing a run names is :mod:`~quiz.authoring.drafting.names`.
"""

from __future__ import annotations

import re

from quiz.authoring.drafting import name_words as w
from quiz.authoring.drafting.dates import MONTHS
from quiz.authoring.drafting.name_evidence import LAST_WORD_KINDS, may_name_someone

POSSESSIVE = re.compile(r"[’']s$")
_TOKEN = (  # not across a dash: "Stratford--or"; "St. Johns" is one name
    r"(?:(?:St|Ste|Mt|Ft)\.(?=\s+[A-Z])|[A-Z]\.(?:[A-Z]\.)*|[A-Z](?:[\w’']|-(?!-))*\w)"
)
_CONNECTOR = (  # "Mies van der Rohe", "Piero della Francesca", "Isabella d'Este"
    r"(?:of|am|an|van der|van den|von der|de la|de los|de|del|della|degli|der|den|von|van|du|"
    r"la|le|da|di|dos|das)"
)
_NAME = re.compile(
    rf"{_TOKEN}(?:\s+(?:{_CONNECTOR}\s+|de[’']\s*|d[’'])?{_TOKEN})*(?:\s+(?:III|II|IV|I)\b(?![’'.]))?"
)
_LEADING_CONNECTOR = re.compile(r"(?:^|\s)(von|van|de|da|di|du|del|der|le|la|de[’'])\s*$")
_MONTH_LEAD = re.compile(
    r"\b(?:in|by|until|till|since|from|through|during|early|late|mid|last|next|that|this|"
    r"each|every)\s+$",
    re.I,
)


def _demonym(token: str) -> bool:
    if token.endswith("s") and token[:-1] and _demonym(token[:-1]):
        return True  # "Germans", "Soviets"
    return token.endswith(("ian", "ean", "ese", "ish", "ic")) or token in w.ADJECTIVES


def name_spans(sentence: str) -> list[tuple[str, int]]:
    """(name, start) of every capitalised run that may be a name, before any judgement.

    A possessive ends a name ("Germany’s Ernst May" is two), leading function words
    go ("The Economist" -> "Economist"), and runs of adjectives alone ("Soviet") are no name.
    """
    out = []
    for m in _NAME.finditer(sentence):
        if m.start() and sentence[m.start() - 1] in "-‐":
            continue  # "sub-Saharan Africa" names no Saharan Africa
        run: list[tuple[str, int]] = []
        for t in re.finditer(rf"{_TOKEN}|{_CONNECTOR}|\b(?:III|II|IV|I)\b", m[0]):
            if POSSESSIVE.search(t[0]) and run and re.fullmatch(_CONNECTOR, run[-1][0]):
                out += _span(run, sentence)  # "Chairman of Stalin’s": Stalin stands alone
                run = []
            run.append((t[0], m.start() + t.start()))
            if POSSESSIVE.search(t[0]):
                out += _span(run, sentence)
                run = []
        out += _span(run, sentence)
    return out


def _span(run: list[tuple[str, int]], sentence: str) -> list[tuple[str, int]]:
    titled = [  # a title inside the run, not leading it
        i
        for i, (t, _) in enumerate(run)
        if 0 < i < len(run) - 2
        and t.casefold().rstrip(".") in w.PERSON_BEFORE
        and not re.fullmatch(_CONNECTOR, run[i - 1][0])  # "Review of General Psychology"
        and may_name_someone(run[i + 1][0])  # not "GNU General Public License"
    ]
    if titled:  # "U.S.-occupied Germany General Lucius Clay": the place, then the man
        return _span(run[: titled[-1]], sentence) + _span(run[titled[-1] :], sentence)
    if run and run[0][0].replace(".", "").upper() in w.VESSEL_PREFIXES:
        return []  # "H.M.S. Beagle", "USS Maine": a ship is no person, place or firm
    while run and (
        run[0][0] in w.NEVER
        or re.fullmatch(_CONNECTOR, run[0][0])
        or (len(run) > 1 and run[0][0].casefold().rstrip(".") in w.PERSON_BEFORE)
    ):
        if len(run) > 3 and run[1][0] == "of" and run[0][0].casefold() in w.PERSON_BEFORE:
            run = run[2:]  # "Secretary of State George Marshall": the office goes too
        run = run[1:]
    while run and re.fullmatch(_CONNECTOR, run[-1][0]):
        run = run[:-1]
    if not run:
        return []
    tokens = [t for t, _ in run]
    tokens[-1] = POSSESSIVE.sub("", tokens[-1])
    if all(_demonym(t) or t in w.NEVER for t in tokens) or tokens[0] in LAST_WORD_KINDS:
        return []  # "Soviet", or a bare "Government"
    if len(tokens) == 1 and (
        tokens[0].casefold() in w.PERSON_BEFORE or tokens[0] in w.INSTITUTIONS
    ):
        return []  # "Chairman", "Lincoln's Cabinet"
    if tokens[0] in MONTHS and _MONTH_LEAD.search(sentence[: run[0][1]]):
        return []  # "In June, Marshall ...", "by early March"
    around = sentence[max(0, run[0][1] - 4) : run[-1][1] + len(run[-1][0]) + 4]
    if tokens[0] in MONTHS and re.search(r"\d", around):
        return []  # "17 June", "March 1926"; but May the architect stays
    start, end = run[0][1], run[-1][1] + len(tokens[-1])
    lead = _LEADING_CONNECTOR.search(sentence[:start])
    if lead and lead[1].islower() and len(tokens) == 1:
        start = lead.start(1)  # "the von Neumann architecture"
    return [(sentence[start:end], start)]
