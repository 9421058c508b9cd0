"""An argument's claims: what a piece says is the most, the main or the biggest of something.

An opinion piece or an essay carries few names or numbers; what a reader should take
from it are its judgements: "The most common concern people raise about HTTPS is
performance", "The main reason for the delay was the weather". A sentence of that
shape, whose subject opens with a superlative ("most common", "biggest", "main") and
whose complement is short, becomes a card: the subject on the front, the claim on the
back. Its complement ends at the first comma or dash, and takes in what a colon adds
("is operational: managing certificates, ..."); one that leans on what came before
("... is this") or runs long is no claim a card can hold. What a thing requires or
must be is a claim too ("Rich requires Python 3.8 or later", "Laws must be clear,
public, fair, ...", a standard's "Authentication at AAL2 SHALL use either ..."): its
subject, named and not a pronoun, is the front; a sentence with a figure in it is asked
by its figure instead, and one that points elsewhere ("as described in Section 7.2")
is no rule to learn.
"""

from __future__ import annotations

import re

from quiz.authoring.drafting.document import Document
from quiz.authoring.drafting.numbers import numeric_facts
from quiz.authoring.drafting.referents import STRONG, leaning
from quiz.authoring.drafting.terms import Term
from quiz.authoring.drafting.text import word_set

CLAIM_WORDS = 10  # a longer complement is an explanation, not a claim to recall
_SUPERLATIVE = (
    r"most(?:\s+(?:common|important|serious|significant|frequent|popular|useful))?|"
    r"biggest|greatest|largest|main|chief|key|primary|principal|single\s+biggest|"
    r"best|worst|real|(?:much\s+)?more\s+serious|major"
)
_CLAIM = re.compile(
    rf"^((?:The|A|An|Its|Their)\s+(?:{_SUPERLATIVE})\s+(?:\w[\w’'-]*\s+){{0,8}}?"
    r"(?:concern|problem|issue|reason|cause|benefit|advantage|drawback|risk|cost|goal|"
    r"aim|purpose|difference|lesson|challenge|obstacle|priority|factor|source|threat|"
    r"argument|objection|effect|feature|strength|weakness)s?"
    r"(?:\s+(?:\w[\w’'-]*\s+){0,8}?\w[\w’'-]*)?)\s+(is|was|are|were)\s+"
    r"(?!(?:this|that|these|those|it|not)\b)([^,;:—–]+?)(:\s+[^;—–]+?)?"
    r"\s*(?(4)(?:[;—–]|\.?$)|(?:[,;—–]|\.?$))",
)


_REQUIREMENT = re.compile(  # "Rich requires Python 3.8 or later", "Laws must be clear, ..."
    r"^((?!(?:this|that|these|those|it|its|they|their|he|she|we|you|i|there|here|such|"
    r"another|other|first|second|then|so|thus|also|still|normally|usually|often)\b)"
    r"[A-Z][\w’'-]*(?:\s+(?!(?:must|shall|requires|require)\b)[\w’'-]+){0,4})\s+"
    r"(requires|require|must(?! not\b)(?:\s+be)?|shall(?! not\b)\s+[a-z]+)\s+([^;:]+?)\.$",
    re.I,
)
_NEW_CLAUSE = re.compile(  # ", and the moist climate ...": a second claim, with its own subject
    r",\s+(?:and|but|so|while|whereas)\s+(?=(?:the|a|an|this|that|these|it|they|its|their)\s)",
    re.I,
)
_POINTER = re.compile(r"\b(?:section|chapter|appendix|table|figure)\s+\d", re.I)
REQUIREMENT_WORDS = 18  # a longer requirement is an argument, not a line to recall


_NOT_SUBJECTS = word_set(
    "to either if when while as because although for in on at by you we i they it he she "
    "and but or so yet again also then thus hence"  # "And again our moon must be": a step
)


def _no_subject(subject: str) -> bool:
    """Whether the words before "must" open on a clause or name a pronoun: no named subject."""
    words = subject.casefold().split()
    return words[0] in _NOT_SUBJECTS or bool(set(words[1:]) & {"you", "we", "i", "a", "an"})


def claims(doc: Document) -> list[Term]:
    """A card for each claim the document makes, in the order it makes them."""
    out = []
    for para in doc.paragraphs:
        if para.summary or para.by_code:
            continue
        for sentence in para.sentences:
            needs = _REQUIREMENT.match(sentence)
            if needs and not numeric_facts(sentence) and not leaning(sentence):
                subject, verb, what = needs[1], needs[2], _NEW_CLAUSE.split(needs[3])[0].strip()
                head, _, _ = what.partition(", and ")
                if "," not in head:  # "computation, and can make ...": no list, a second claim
                    what = head
                if _POINTER.search(what) or re.match(r"(?:us|you|them|him|her|it)\b", what):
                    continue  # "performed as described in Section 7.2": the rule is elsewhere
                if _no_subject(subject):
                    continue  # "Either you must ...", "To avoid inconsistency a means must be"
                if subject[:1].isupper() and 1 <= len(what.split()) <= REQUIREMENT_WORDS:
                    front = f"{subject} {verb.replace('SHALL', 'shall')} …"
                    out.append(Term(what, what, para.locator, sentence, front))
                continue
            m = _CLAIM.match(sentence)
            if not m or leaning(sentence) == STRONG:
                continue
            subject, verb, head = m[1], m[2], m[3].strip()
            claim = head + (m[4] or "").rstrip(".")
            if not 0 < len(head.split()) <= CLAIM_WORDS or len(claim.split()) > 3 * CLAIM_WORDS:
                continue
            out.append(Term(head, claim, para.locator, sentence, f"{subject} {verb} …"))
    return out
