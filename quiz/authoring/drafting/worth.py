"""How likely a teacher is to keep a drafted question, and which a draft offers.

Blind graders of twelve rounds (17q-17ab: 188 documents nobody here chose) kept about half
of what the drafter asked. What they dropped was mostly detail of narrative prose: a side
date in a long sentence full of years, a count of things ("a fleet of 24 river steamers"),
a sum, a firm. What they kept: defined terms, code, the introduction's facts, firsts and
records, and facts about what the section's heading names.

:func:`worth` scores a question by those signs with a logistic model fitted to the 1,826
graded candidates of those rounds (re-drafted by this engine and matched by sentence).
Left out one round at a time, offering the questions that score at least 0.5 kept 64 %
of what it offered (57 % of the candidates) against 54 % for everything; at least 0.55,
69 % (43 % of them). Blind rounds 17ac-17ae, drafted at 0.5, settled it: of the questions
scoring 0.5 to 0.55 graders kept 40 % (53, most of them dates past the introduction), of
those above 64 % (203). So a draft offers those scoring at least :data:`OFFERED_FROM`,
and at least its best :data:`AT_LEAST`, since a draft of one question helps no one.
``quiz draft --all`` offers every question.
"""

from __future__ import annotations

import math
import re

OFFERED_FROM = 0.55  # the least worth a question offered by default has
AT_LEAST = 3  # a draft offers its best three, however unlikely

_RECORD = re.compile(
    r"\b(?:first|only|largest|most|least|highest|lowest|record|oldest|biggest|longest|"
    r"earliest)\b",
    re.I,
)
_YEAR = re.compile(r"\b(?:1\d{3}|20\d{2})\b")
_WORD = re.compile(r"[A-Za-z]{4,}")
_COMMON = frozenset(  # the first five letters of words any heading or sentence may have
    ("which", "about", "their", "there", "these", "those", "with", "from", "that", "this",
     "what", "when", "were", "have", "been", "into", "other", "chapt", "intro", "secti",
     "part", "notes")
)  # fmt: skip

# Fitted weights (see the module's note); a feature absent from a question counts 0.
WEIGHTS = {
    "bias": -0.07,
    "form:numeric": -0.04, "form:choice": -0.27, "form:cloze": 0.11, "form:card": 0.61,
    "form:true_false": 0.21, "form:order": -0.68,
    "tag:dates": 0.30, "tag:people": 0.44, "tag:numbers": -0.43, "tag:percentages": -0.04,
    "tag:sums": -0.84, "tag:firms": -0.60, "tag:terms": 0.61, "tag:code": 1.19,
    "tag:chronology": -0.68,
    "opening": 0.76,  # the introduction's facts
    "record": 0.38,  # a first, an only, a record
    "heading": 0.37,  # the sentence says what its heading names
    "length": -0.42,  # per 40 words: a long sentence carries detail
    "years": -0.27,  # per 4 years in the sentence: a chronicle
    "aside": -0.21,  # a parenthesis
}  # fmt: skip


def _stems(text: str) -> set[str]:
    return {w.lower()[:5] for w in _WORD.findall(text)} - _COMMON


def features(form: str, tag: str, sentence: str, heading: str, opening: bool) -> dict[str, float]:
    """The signs :func:`worth` weighs. ``form`` is the question's type ("card" for a
    flashcard), ``tag`` its drafting tag, ``sentence`` what it asks from ("" if not one
    sentence), ``heading`` its section's heading and ``opening`` whether that section
    is the document's introduction."""
    out = {f"form:{form}": 1.0, f"tag:{tag}": 1.0}
    out["opening"] = float(opening)
    out["record"] = float(bool(_RECORD.search(sentence)))
    out["heading"] = float(bool(_stems(heading) & _stems(sentence)))
    out["length"] = len(sentence.split()) / 40
    out["years"] = min(len(_YEAR.findall(sentence)), 4) / 4
    out["aside"] = float("(" in sentence)
    return out


def worth(form: str, tag: str, sentence: str, heading: str, opening: bool) -> float:
    """The chance, from 0 to 1, that a teacher keeps the question as it is or edited."""
    signs = features(form, tag, sentence, heading, opening)
    total = WEIGHTS["bias"] + sum(WEIGHTS.get(k, 0.0) * v for k, v in signs.items())
    return 1 / (1 + math.exp(-total))


def offered(worths: list[float]) -> list[bool]:
    """Which of a draft's questions, of these worths, it offers (see the module's note)."""
    best = sorted(range(len(worths)), key=lambda i: -worths[i])[:AT_LEAST]
    return [w >= OFFERED_FROM or i in best for i, w in enumerate(worths)]
