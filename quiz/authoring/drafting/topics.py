"""Whom a paragraph is about so far, as :mod:`~quiz.authoring.drafting.antecedents` reads it.

The person "he" means is the last who stood as a sentence's subject (first in it, after
at most a short opening phrase or one set off by a comma: "In 1737", "On the advice of
friends, Bach"), unless the sentence names someone else too, or a "him" stands in the
subject's own clause, or a new subject takes over from someone mentioned twice. A title
("Queen Anne", "Mr Bach") tells the person's sex.
"""

from __future__ import annotations

import re
from collections import Counter

from quiz.authoring.drafting.text import word_set

_MALE_TITLES = word_set("mr sir lord king prince emperor count duke baron father brother uncle")
_MALE_TITLES |= word_set("son husband tsar")
_FEMALE_TITLES = word_set(
    "mrs miss ms lady queen princess empress countess duchess baroness madame mother "
    "sister aunt daughter wife tsarina"
)
_SUBORDINATE = word_set(
    "when while although though if because that after before since as until unless where "
    "whom who which whose whereas and or but than"
)
_AFTER_WORD = [[w] for w in ("at", "in", "of", "by", "from", "to", "near", "with", "for", "on")]
_SHORT_OPENER = 3  # words before a subject that may still open its sentence ("In 1737")
_CLAUSE_WORDS = 8


class Reading:
    """Whom a paragraph is about so far: its current person, their sex where known, how
    often each person was mentioned, and every person who was a sentence's subject."""

    def __init__(self, topic: str | None):
        self.current = topic
        self.male = male(topic) if topic else None
        self.mentioned: Counter[str] = Counter({last_name(topic): 2} if topic else {})
        self.subjects: set[str] = set()

    def forget(self) -> None:
        self.current, self.male = None, None

    def meet(self, sentence: str, people: list[tuple[str, int]]) -> None:
        """A sentence that names people: its subject becomes the person "he" means, unless
        it shares the sentence with someone, or takes over from someone the paragraph has
        been about (Halm, then "the Danish engineer Peter Voss built ...")."""
        self.mentioned.update({last_name(n) for n, _ in people})
        subject = _subject(sentence, people)
        if subject:
            self.subjects.add(last_name(subject))
        again = bool(self.current and subject and same_person(self.current, subject))
        alone = subject and all(same_person(n, subject) for n, _ in people)
        if not alone or not (again or not _someone_else(sentence[people[0][1] :])):
            self.forget()  # two people, or one who is no subject: "he" could mean either
        elif not again and self.current and self.mentioned[last_name(self.current)] > 1:
            self.forget()
        elif not again and subject:
            self.current = subject
            self.male = male(f"{sentence[: people[0][1]]} {subject}")


def _someone_else(clause: str) -> bool:
    """Whether "him" or "her" stands in the subject's own clause ("Staffani, was present
    and invited him"): it means someone else, who may be the next "he" too."""
    m = re.search(r"\b(?:him|her)\b", clause)
    if not m:
        return False
    between = clause[: m.start()]
    return not re.search(r"\b(?:which|who|whom|that|where|when|whose)\b|;", between) and (
        len(between.split()) <= _CLAUSE_WORDS
    )


def _subject(sentence: str, people: list[tuple[str, int]]) -> str | None:
    """The first person of a sentence when they are its subject: first after at most a
    short opening phrase or one set off by a comma ("On the advice of friends, Bach")."""
    name, start = people[0]
    before = sentence[:start]
    if "," in before:
        before = before.rsplit(",", 1)[1]
    words = [w.casefold() for w in re.findall(r"[\w’']+", before)]
    if len(words) > _SHORT_OPENER or _SUBORDINATE & set(words) or words[-1:] in _AFTER_WORD:
        return None
    return re.sub(r"[’']s$", "", name)


def male(named: str) -> bool | None:
    """The sex a person's title says ("Queen Anne", "the composer Mr Bach"), or None."""
    words = [x.casefold().rstrip(".,") for x in named.split()]
    if _MALE_TITLES & set(words):
        return True
    if _FEMALE_TITLES & set(words):
        return False
    return None


def same_person(name: str, other: str) -> bool:
    return last_name(name) == last_name(other)


def last_name(name: str) -> str:
    """The word a person goes by: the last of the name, but before "of" a seat or a town
    ("Pierce of Boston" is Pierce, never Boston)."""
    return re.sub(r"[’']s$", "", name.split(" of ")[0].split()[-1])
