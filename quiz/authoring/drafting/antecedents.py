"""Who a "he", "his", "she" or "her" means, written into the sentence that says it.

A biography names its subject once and says "he" for a paragraph: "On the eighteenth of
July, 1750, he suddenly regained his sight" asks nothing a learner can answer without
knowing who "he" is, and the sentence before ("The failure of this operation rendered
him totally blind") does not say either. So a sentence whose first personal pronoun
comes before any person it names gets that pronoun replaced by the person it means, in
square brackets as an editor writes it: "... 1750, [Bach] suddenly regained his sight",
"Of [Bach's] sons, ____ is the most celebrated". Every question type shows the same
text, and the name written in is shown, never asked (it is no fact of the sentence).

The person is the paragraph's *topic*: the last person who stood as a sentence's subject
(first in it, after at most a short opening phrase: "In 1749 the English oculist,
Taylor, happened ..."), carried on by the pronouns that meant them. Precision beats
recall (a wrong name is worse than none); no name is written in when

- two people are candidates: the subject's sentence names someone else too, or has a
  "him" in the subject's own clause ("Staffani ... invited him"), or a new subject takes
  over from the person the paragraph was about (Halm, then "the Danish engineer Peter
  Voss built ...");
- a kinsman or a stranger came in ("His son was born ...", "the child", "a stranger");
- the pronoun is "she" after a "he", or the topic's title says the other sex ("Queen
  Anne");
- the sentence names the topic itself or someone right after the pronoun's phrase
  ("During his four voyages, Halm ..."): the pronoun points ahead, and writing a name
  in could give away a gap;
- the paragraph has had no subject yet: only a paragraph whose every subject was one
  person, and that ends on that person, hands them to the next paragraph of its section
  (not across a heading, a list or a figure); a heading that is just a person's name is
  the topic of its first paragraph.

Then the sentence stays as the text has it (:mod:`~quiz.authoring.drafting.referents`
decides whether it leans on the one before); one that opens its paragraph on a pronoun
no one can name is not asked at all, since the paragraph before may be another
person's. The name is written as its sentence gave it ("J.S. Bach"), or by the last name
alone for a longer one no other person in the document bears ("Rameau").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from quiz.authoring.drafting import name_words as w
from quiz.authoring.drafting.name_evidence import common_word
from quiz.authoring.drafting.name_runs import name_spans
from quiz.authoring.drafting.names import OTHER, PERSON, NameIndex
from quiz.authoring.drafting.text import word_set
from quiz.authoring.drafting.topics import Reading, last_name, same_person

_PRONOUN = re.compile(r"\b(he|him|his|she|her)\b", re.I)
_PRONOUN_SUBJECT = re.compile(r"^(?:[^,]{0,40},\s+)?(?:he|she)\b", re.I)
_OBJECT_AFTER = word_set(  # "her" before these is "him", not "his": "told her to", "her and"
    "to and or in on at by for with from into as that than the a an up down out off"
)
# "his four voyages, Halm", "his voyages, the captain Halm": whom the pronoun means
_NAMED_AFTER = re.compile(r"\w+\s+[^,;]{0,60},\s+(?:the\s+(?:[a-z-]+\s+){1,2})?[A-Z]")
_PERSON_NOUNS = word_set(
    "child boy girl baby infant man woman stranger son daughter father mother brother "
    "sister wife husband friend student pupil patient subject participant widow nephew niece"
) | frozenset(w.ROLES)
# "the child", "a stranger", "the English oculist": someone the next "he" may mean
_STRANGER = re.compile(
    rf"\b(?:the|a|an|this|that|another)\s+(?:[a-z-]+\s+)?(?:{'|'.join(sorted(_PERSON_NOUNS))})\b"
)
_COPULA = re.compile(r"\b(?:was|is|were|are|became|becomes|remained)\s+$")
_KIN = re.compile(rf"\b(?:his|her|[’']s)\s+(?:\w+\s+)?(?:{'|'.join(sorted(w.KIN))})\b", re.I)


@dataclass(frozen=True)
class Named:
    """A sentence with its pronoun named: the text and where the name written in stands."""

    text: str
    start: int = -1
    end: int = -1
    unnamed: bool = False  # its pronoun comes before anyone it names, and no one was written in


class Antecedents:
    """Names the pronouns of a document's paragraphs, one paragraph at a time."""

    def __init__(self, names: NameIndex):
        self.names = names
        self.people = {last_name(n) for n, kind in names.kinds.items() if kind == PERSON}
        self.surnames = {
            last_name(n) for n, kind in names.kinds.items() if kind == PERSON and " " in n
        }
        self.firsts: dict[str, set[str]] = {}  # the first words of everyone of a last name
        for n, kind in names.kinds.items():
            if kind == PERSON:
                self.firsts.setdefault(last_name(n), set()).add(n.split()[0])

    def heading(self, heading: str) -> str | None:
        """A heading that is just a person's name ("William H. Seward"), or None."""
        spans = name_spans(heading.strip())
        if len(spans) == 1 and spans[0][0] == heading.strip() and self._person(spans[0][0], " ", 0):
            return spans[0][0]
        return None

    def paragraph(
        self, sentences: Sequence[str], topic: str | None = None
    ) -> tuple[list[Named], str | None]:
        """The sentences of one paragraph with their first pronoun named where the person
        is certain, and the topic the paragraph hands on (None unless it was about one
        person); ``topic`` is the one the paragraph before (or the heading) hands on."""
        state = Reading(topic)
        out = [self._read(sentence, state) for sentence in sentences]
        handed = (
            state.current
            if state.current and state.subjects <= {last_name(state.current)}
            else None
        )
        return out, handed

    def _read(self, sentence: str, state: Reading) -> Named:
        people = [self._opening(n, s, sentence) for n, s in name_spans(sentence)]
        people = [(n, s) for n, s in people if self._person(n, sentence, s)]
        pronoun = _PRONOUN.search(sentence)
        named = Named(sentence)
        if pronoun and self._unknown_before(sentence, pronoun.start()):
            pronoun = None  # "Morley in his Plain and Easy Introduction": his may be Morley's
        if pronoun and not any(s < pronoun.start() for _, s in people):
            said = pronoun[1].casefold() in ("he", "him", "his")
            if state.male is not None and state.male != said:
                state.current = None  # "she" where the topic is a "he": someone else
            if _STRANGER.search(sentence[: pronoun.start()]):
                state.current = None  # "By three, the child needed no help ... his"
            current = state.current
            named = _write_in(sentence, pronoun, current and self._short(current), people)
            if named.start >= 0 and current:
                state.male = said
                state.mentioned[last_name(current)] += 1
            else:
                named = Named(sentence, unnamed=True)
        if people and _PRONOUN_SUBJECT.match(sentence):
            state.forget()  # "He succeeded Mervyn King": not King; the next "his" may be his
        elif people:
            state.meet(sentence, people)
        elif self._unknown_subject(sentence, state):
            state.forget()  # "Carney, a Canadian, will serve": someone the index did not know
        if _kin(sentence) or _stranger(sentence, people[0][1] if people else 0):
            state.forget()  # "His son was born ...": the next "he" may be the son
        return named

    def _unknown_subject(self, sentence: str, state: Reading) -> bool:
        """Whether a sentence opens on a name that may be a person other than the topic."""
        found = name_spans(sentence)
        if not found or found[0][1] > 0 or not state.current:
            return False
        name = found[0][0]
        return (
            self.names.kind(name) == OTHER
            and not common_word(name.split()[0])
            and not same_person(name, state.current)
        )

    def _unknown_before(self, sentence: str, at: int) -> bool:
        """Whether a name that may be a person's stands before the pronoun, even one that
        opens its sentence ("Morley in his ..."): it may be whom the pronoun means, so no one
        is written in (a wrong name is worse than none)."""
        return any(
            s < at
            and self.names.kind(n) in (OTHER, PERSON)
            and (s > 0 or not common_word(n.split()[0]))
            for n, s in name_spans(sentence)
        )

    def _short(self, name: str) -> str:
        """The name as its sentence gave it ("J.S. Bach", "Scipio Africanus"), or the last
        name alone for a longer one no other person of the document bears ("Rameau" for
        "Jean Philippe Rameau"; not "Watson" in a family of Watsons)."""
        last = last_name(name)
        firsts = self.firsts.get(last, set()) - {last}
        return last if len(name.split()) > 2 and len(firsts) <= 1 else name

    def _opening(self, name: str, start: int, sentence: str) -> tuple[str, int]:
        """A name without the capital that only opens its sentence ("Thereafter Brandt")."""
        first, _, rest = name.partition(" ")
        alone = " " not in rest and "." not in first and self.names.kind(rest) == PERSON
        if alone and not sentence[:start].strip() and first not in self.names.mid_sentence:
            return rest, start + len(first) + 1
        return name, start

    def _person(self, name: str, sentence: str = "", start: int = -1) -> bool:
        before = sentence[:start]
        if before.count('"') % 2 or before.rfind("“") > before.rfind("”"):
            return False  # "the "Little Albert" experiment": a title, no one in the story
        opens = sentence[:start].strip(" \"“‘'(") == ""
        alone = " " not in name and name not in self.names.mid_sentence
        if opens and alone and last_name(name) not in self.surnames:
            return False  # "Two of his ...": a capital that only opens sentences
        kind = self.names.kind(re.sub(r"[’']s$", "", name))
        return kind == PERSON or (kind == OTHER and last_name(name) in self.people)


def _write_in(
    sentence: str, pronoun: re.Match[str], topic: str | None, people: list[tuple[str, int]]
) -> Named:
    if not topic or any(same_person(n, topic) for n, _ in people):
        return Named(sentence)
    after = _NAMED_AFTER.match(sentence[pronoun.start() :])
    named = after and any(at == pronoun.start() + after.end() - 1 for _, at in people)
    if named and not re.match(r"\W*of\b", sentence, re.I):
        return Named(sentence)  # "During his four voyages, Halm logged": he is Halm
    word = pronoun[1].casefold()
    after = re.match(r"\s+([a-z]+)", sentence[pronoun.end() :])
    possessive = word == "his" or (
        word == "her" and after is not None and after[1] not in _OBJECT_AFTER
    )
    mark = "’" if "’" in sentence else "'"
    name = f"[{topic}{mark}s]" if possessive else f"[{topic}]"
    text = sentence[: pronoun.start()] + name + sentence[pronoun.end() :]
    return Named(text, pronoun.start(), pronoun.start() + len(name))


def _stranger(sentence: str, start: int) -> bool:
    """Someone unnamed after ``start`` ("a stranger"); not "Hooke was a scientist"."""
    found = _STRANGER.finditer(sentence, start)
    return any(not _COPULA.search(sentence, 0, m.start()) for m in found)


def _kin(sentence: str) -> bool:
    """Whether a sentence brings in a kinsman who may be the next "he" ("His son was
    born ...", "his elder brother, Johann Christoph"); not "after the death of his father"."""
    return any(
        not re.search(
            r"\b(?:of|to|for|with|from|at|after|before|on|in|upon)\s+$", sentence[: m.start()]
        )
        for m in _KIN.finditer(sentence)
    )
