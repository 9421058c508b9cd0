"""The small milestones of a life, whose dates are no fact worth learning.

A biography dates everything: the year its subject entered college, took up law, married,
toured Italy, was knighted, was elected a fellow, got a medal, a stamp or an obituary. In
round 17q graders dropped nine in ten such dates as minor: a teacher asks when Lyell's
*Principles* appeared, not when he was made a baronet. So a date (a year, a full date or
a period) is not asked of a sentence that tells such a milestone, unless the sentence
also says it was a first or a founding ("the first woman elected a fellow"). An office
held ("appointed assistant professor", "elected president") is no milestone: it stays.
"""

from __future__ import annotations

import re

from quiz.authoring.drafting.facts import Fact

_MILESTONE = re.compile(
    r"\b(?:"
    # honours
    r"knighted|made a (?:baronet|knight|peer)|baronetcy|inducted|hall of fame|postage stamp|"
    r"stamp in (?:his|her) hono(?:u)?r|honorary (?:degree|doctorate|member|fellow)|"
    r"elected (?:a |an |as (?:a |an )?)?(?:foreign |honorary |corresponding |joint )?"
    r"(?:member|fellow|secretary)|(?:foreign|honorary|corresponding) member|"
    r"(?:awarded|received|won|given) (?:the |a |an |its )?(?:\w+ ){0,4}(?:medal|award|prize)|"
    r"obituary|"
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


def minor_milestone(fact: Fact, sentence: str) -> bool:
    """Whether ``fact`` dates one of a life's small milestones (see the module's note)."""
    if fact.kind not in ("year", "date", "period", "decade"):
        return False
    return bool(_MILESTONE.search(sentence)) and not _FIRST.search(sentence)
