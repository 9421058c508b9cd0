"""Sentences that give the writer's view rather than a fact, and facts too slight to ask.

A question asks what the text states as so. A sentence does not, and gives no question,
when it:

- speaks as the writer outside a quotation ("I would mention", "we must remember", "we
  know of his precocity"): a lecture's or a post's voice, not the world's (an
  organisation's "we receive 21 reports a month" still states a fact, and so does a
  life's epoch told in the first person: "I was born on June 27, 1880"); in a memoir,
  where a third of the sentences or more are in the first person, only thinking aloud
  ("I suppose") is the writer's view, and "In May, 1881, near the close of my first
  year" is the story;
- hedges ("perhaps", "probably", "it is probable that", "seems to", "may be considered"):
  the writer guesses, and a learner cannot be held to a guess;
- supposes what did not happen ("it would have turned him from ...", "had he lived"): a
  counterfactual has no answer;
- ranks by praise or blame ("None was more famous than ____", "the greatest composer",
  "crushed all life out of"): a judgement, and one that a distractor may equally fit.

Of the facts a sentence states, some are too slight to learn: what someone was paid or
left ("a salary of 200 pounds", "a fortune of 20 thousand pounds"), the year inside a
law's or a report's name ("the Privacy Act of ____": the name, not an event), the time
the writing itself is set in ("only just now (1897)"), the date of a concession that only
sets the scene ("Although Germany surrendered in 1945, Japan ..."), the time stamp of an
anecdote ("In 1749 the oculist happened to be in Leipzig"), and a vague figure ("several
hundred bombs", which reads as "several 100"), a small count ("two teams", "four
spacewalks": under ten things are seen at a glance; a duration or a requirement, "within
two months", "at least two factors", is still a fact), and the date of a repeat ("For his
third and final flight ... in ____": the first of a kind is the fact, not the next; nor
is a retirement's year), and a tally of activity ("logged more than 680 hours",
"conducted 44 experiments", "has accumulated 43 days to date"). So is an example's value
("as a share of the repository, e.g. 10%"), a span that runs on to the writer's day
("after almost 20 years it still has not"), and one figure among a sentence's many ("ruled
over 100,000 freedmen, farmed 7,000 acres and fed 10,000 paupers"): a statistic among
statistics is a table read aloud, unless it counts the dead. A date in an aside that gives
the latest case ("Five Speakers died in office (most recently Sam Rayburn in 1962)") dates
an example, not the rule the sentence states. A count in a story told in the past ("she
ordered 27,000 shirts", "ten clerks") is an anecdote's detail unless the sentence marks it
as a first, a record, a total, a requirement or a death toll; a duration still counts.
Nor is a team's diary ("In 2020, we launched
our Discord server"): the year of what the writers did next.
"""

from __future__ import annotations

import re

from quiz.authoring.drafting.facts import Fact
from quiz.authoring.drafting.text import word_set

_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
_WRITER = re.compile(  # "I would mention", "we must remember"; not "George I was"
    r"(?:^|[,;:—(]\s*|\b(?:and|but|that|as|which|what|whom|if|when|so)\s+)I\s+"
    r"(?!(?:was\s+)?(?:born|married|graduated|founded|invented|discovered|patented|"
    r"appointed|elected|enlisted|emigrated)\b)[a-z]"  # "I was born": a life's epoch, a fact
    r"|\b(?:my|My|myself)\b"
    r"|\b(?:[Ww]e|[Oo]ne)\s+(?:must|may|might|should|shall|know|see|saw|find|feel|think|believe|"
    r"prefer|cannot|can(?:not)? (?:only )?(?:say|imagine|see)|hope|recall|remember)\b"
    r"|\b[Ll]et us\b"
)
_MUSING = re.compile(  # "I think", "I suppose", "we must remember": a memoir's asides
    r"\bI\s+(?:think|believe|suppose|fancy|hope|feel|would|should|must|shall|may|might|"
    r"cannot|can(?:not)? (?:say|recall)|wish|trust|venture|recall|remember|confess|admit)\b"
    r"|\b(?:[Ww]e|[Oo]ne)\s+(?:must|may|might|should|shall)\b|\b[Ll]et us\b"
)
_FIRST_PERSON = re.compile(r"\b(?:I|my|me|myself)\b")
MEMOIR_SHARE = 0.3  # of sentences in the first person singular: the writer tells their life


def a_memoir(sentences: list[str]) -> bool:
    """Whether a text is told in the first person (an autobiography, a memoir)."""
    told = sum(bool(_FIRST_PERSON.search(_QUOTED.sub(" ", s))) for s in sentences)
    return bool(sentences) and told >= MEMOIR_SHARE * len(sentences)


_HEDGE = re.compile(
    r"\b(?:perhaps|probably|possibly|presumably|doubtless|no doubt|undoubtedly|arguably|"
    r"conceivably|apparently|seemingly|"
    r"it is (?:probable|possible|likely|doubtful|said|believed|thought)|"
    r"(?:seems|seem|seemed) to|may (?:be|have been) (?:considered|regarded|called|said)|"
    r"(?:is|are|was|were) (?:said|reported|rumou?red|supposed) to|"
    r"might (?:be|have)|must have been|one might|one may|would seem)\b",
    re.I,
)
_COUNTERFACTUAL = re.compile(
    r"\b(?:would|could|might|should) have (?!been (?:born|built|held)\b)[a-z]+"
    r"|\bhad (?:he|she|they|it) (?:lived|not|been|known)\b|\bif only\b",
    re.I,
)
_PRAISE = re.compile(
    r"\bnone (?:was|were|is|are) (?:more|so|as)\b|\bno (?:one|other|man|woman) (?:was|is) "
    r"(?:more|so|as)\b"
    r"|\b(?:the )?(?:greatest|finest|noblest|grandest|sublimest|mightiest)\b"
    r"|\b(?:sad to say|unhappily|alas)\b"
    r"|\b(?:crush|crushed|stifled?|killed) (?:all|the) life\b"
    r"|\bmust (?:always )?be (?:remembered|borne in mind|admitted|confessed)\b",
    re.I,
)


def voices_opinion(sentence: str, *, memoir: bool = False) -> bool:
    """Whether a sentence gives the writer's view (see the module's note); in a ``memoir``
    the first person tells the story, and only its thinking aloud is the writer's view."""
    said = _QUOTED.sub(" ", sentence)
    return bool(
        (_MUSING if memoir else _WRITER).search(said)
        or _HEDGE.search(said)
        or _COUNTERFACTUAL.search(said)
        or _PRAISE.search(said)
    )


_PAY = re.compile(
    r"\b(?:salary|salaries|wage|wages|pay|paid|earn|earned|earning|earnings|income|"
    r"pension|stipend|fee|fees|fortune|legacy|left|bequeathed|allowance|remuneration)\b",
    re.I,
)
_NAMED_BY_YEAR = re.compile(  # "the Privacy Act of ", "the E-Government Act of "
    r"\b[A-Z][\w-]*\s+(?:Act|Acts|Law|Code|Statute|Amendments?|Rule|Ordinance|Bill|Directive|"
    r"Regulation|Report|Plan|Strategy|Agenda)\s+of\s+$"
)
_WRITER_NOW = re.compile(  # "only just now (____)"
    r"\b(?:just now|now|today|at present|at this (?:time|writing|moment)|nowadays)\s*[,(]?\s*$",
    re.I,
)
_CONCESSIVE = re.compile(r"^[\"“]?(?:although|though|even though|while|whereas)\b[^,]*$", re.I)
_ANECDOTE = re.compile(
    r"\bhappened to\b|\bone (?:day|evening|morning|night|afternoon)\b|\bon one occasion\b"
    r"|\ba stranger\b|\bthe story goes\b|\bit is told\b",
    re.I,
)
# the date of a remark is when someone spoke, not an event: "Fielding complained back in
# 2008", "During the elections in 2002, Murray stated", "Bush was asked in January 2002"
_REMARK = re.compile(
    r"\b(?:said|stated|remarked|complained|commented|mentioned|asked|recalled|noted|"
    r"told|replied|quipped|joked|tweeted|posted|wrote (?:to|that|about|in (?:a|his|her))|"
    r"argued|emphasi[sz]ed|observed|pointed out|claimed)\b",
    re.I,
)
_VAGUE = re.compile(r"\b(?:several|a few|some|many|few)\s+$", re.I)


SMALL_COUNT = 10
# "divided into two categories", "in three parts", "on three occasions": the kinds or
# parts are the fact, the count of them only frames it
_FRAMING = word_set(
    "categories types kinds classes sorts groups occasions times ways parts movements"
)


_SPANS = word_set(
    "seconds minutes hours days weeks months years decades centuries times percent factors"
)  # a duration or a requirement is a fact at any size: "fixed within two months"
_REQUIRED = re.compile(
    r"\b(?:at least|at most|no more than|no fewer than|a minimum of|a maximum of|up to|"
    r"exactly|requires?|required|must|shall)\s+(?:\w+\s+){0,3}$",
    re.I,
)
_REPEAT = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|next|another|final|last)\s+(?:and\s+final\s+)?"
    r"(?:(?:trip|flight|mission|spaceflight|visit|voyage|tour|season|term|time)s?)\b",
    re.I,
)


_NOW_FIGURE = re.compile(
    r"^(?:today|currently|now|at present|as of\b|at (?:the time of |this )writing)\b"
    r"|\bas of (?:this writing|now|today)\b",
    re.I,
)
_AS_OF = re.compile(r"\bas of\s+(?:\w+\s+){0,2}(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$", re.I)
_RETIRED = re.compile(r"\b(?:retired|retirement|retires)\b", re.I)
_TALLY = re.compile(
    r"\b(?:logged|accumulated|conducted|completed|totall?ing|totall?ed|tallied|clocked|"
    r"performed|carried out|to date|so far)\b",
    re.I,
)


_FOR_EXAMPLE = r"e\.\s?g\.|for example|for instance|such as"
_EXAMPLE_VALUE = re.compile(
    rf"\b(?:{_FOR_EXAMPLE}|say)[,:]?\s+(?:[^\s,;.]+\s+){{0,2}}\(?$",
    re.I,
)
_AN_EXAMPLE = re.compile(rf"^(?:{_FOR_EXAMPLE}|suppose|imagine|say)\b", re.I)
_SO_FAR = re.compile(r"\b(?:almost|nearly|more than|over|some|around|roughly)\s+$", re.I)
_STILL = re.compile(r"\b(?:has|have|still|yet|today|now|so far)\b", re.I)
_DEATHS = re.compile(
    r"\b(?:killed|died|dead|deaths|casualties|lives|perished|wounded|victims)\b", re.I
)
_STATISTICS = frozenset({"count", "money", "percent", "ratio", "range"})
# what makes a count in a story worth learning: a first, a record, a total, a death toll;
# and a claim or proposal is no story ("claiming the world would benefit from 20 years ...")
_MARKED = re.compile(
    r"\b(?:first|largest|biggest|greatest|most|fewest|least|(?:the|its|his|her|their) only|"
    r"only (?:one|two|three|\d)|record|total|in all|entire|whole|"
    r"killed|died|dead|deaths|casualties|lives|population|inhabitants|requires?|required|"
    r"must|shall|at least|at most|up to|no more than|limit|limited|default|within|maximum|"
    r"minimum|height|peak|schedule|cadence|every|per|less than|"
    r"(?:term|length|duration|lease|tenure|sentence) of|"  # "a copyright term of 14 years"
    r"claim(?:s|ed|ing)?|propos(?:e|es|ed|ing)|argu(?:e|es|ed|ing)|recommend(?:s|ed|ing)?)\b",
    re.I,
)
_MEASURES = word_set(
    "tonnes tons kilometres kilometers miles metres meters feet kilograms litres liters "
    "gallons barrels acres hectares kilowatts megawatts volts bytes kilotons megatons"
)
_DISTANCES = word_set("miles kilometres kilometers metres meters feet leagues yards")
_COMPARED = re.compile(r"\b(?:than|as|more|larger|bigger|faster|higher|greater|smaller)\b", re.I)
_PAST = re.compile(
    r"\b(?:was|were|had|did|\w{3,}ed|wrote|went|came|took|gave|made|sent|saw|left|won|lost|"
    r"held|built|began|became|brought|bought|found|led|met|ran|rose|fell|kept|spent|stood|told|"
    r"thought|grew|knew|drew|flew|sold|paid|fought|taught|caught|wore|bore|chose|spoke|broke)\b",
    re.I,
)
_PRESENT = re.compile(r"\b(?:is|are|has|have|does|do|can|may|takes?|contains?|uses?)\b", re.I)
_OURS = re.compile(r",?\s+we\s+(?!(?:can|could|may|might|will|would|should|must)\b)", re.I)
_PLANNED = re.compile(r"\b(?:will|plans? to|planned to|intends? to|is to|are to)\b[^.;,]*$", re.I)
# the latest case of a rule, dated in an aside: "(most recently Representative Sam Rayburn in
# 1962)" dates an example, the rule is the fact
_LATEST_ASIDE = re.compile(
    rf"\((?:most recently|the latest|the last|last|{_FOR_EXAMPLE})\b[^()]*$",
    re.I,
)
# an age worth learning marks a first, a record or a death: "the youngest ... at 25"
_AGE_MARKED = re.compile(
    r"\b(?:first|youngest|oldest|the only|record|(?:died|death|killed|executed) (?:at|aged)|"
    r"minimum|must|at least|eligible)\b",
    re.I,
)
MANY_FIGURES = 3  # a sentence with this many figures reads out a table


def among_statistics(fact: Fact, facts: tuple[Fact, ...], sentence: str) -> bool:
    """Whether a count or a sum is one of a sentence's many figures (see the module's note)."""
    if fact.kind not in ("count", "money") or _DEATHS.search(sentence):
        return False
    return sum(1 for f in facts if f.kind in _STATISTICS) >= MANY_FIGURES


def slight(fact: Fact, sentence: str) -> bool:
    """Whether a fact is too slight to ask (see the module's note)."""
    before = sentence[: fact.start]
    noun = (fact.unit or "").split()[-1:]
    if fact.kind == "count" and (fact.value or 0) < SMALL_COUNT:
        framing = bool(noun) and noun[0] in _FRAMING  # "divided into two categories"
        kept = (bool(noun) and noun[0] in _SPANS) or _REQUIRED.search(before)
        if framing or not kept:
            return True  # "two teams", "four spacewalks": seen at a glance, not learnt
    if fact.kind == "age" and not _AGE_MARKED.search(sentence):
        return True  # "left school at thirteen": an age is learnt for a first or a record
    if fact.kind in ("year", "date", "period") and _LATEST_ASIDE.search(before):
        return True  # "(most recently Representative Sam Rayburn in ____)"
    if fact.kind in ("year", "date") and (
        _OURS.match(sentence[fact.start + len(fact.text) :])  # "In ____, we launched ..."
        or _PLANNED.search(before)  # "FOSDEM will do so in ____": a plan, no event
        or _REPEAT.search(sentence)  # "For his third and final flight, ... in ____"
        or _RETIRED.search(sentence)  # a retirement's year
        or _AS_OF.search(before)  # "described as of July 1st, ____": when the writing stood
    ):
        return True
    if fact.kind in ("count", "money", "percent") and _NOW_FIGURE.search(sentence):
        return True  # "Today, according to the 2018 survey, 25.8 % ...": true on one day
    if fact.kind in ("count", "money") and _TALLY.search(sentence):
        return True  # "Bolden logged more than 680 hours", "the crew conducted 44 experiments"
    if fact.kind in _STATISTICS and (_EXAMPLE_VALUE.search(before) or _AN_EXAMPLE.match(sentence)):
        return True  # "(e.g. 10%)", "For example, the PURE study enrolled 135,000 people"
    if (
        fact.kind == "count"
        and noun[:1] in (["years"], ["decades"])
        and _SO_FAR.search(before)
        and _STILL.search(sentence)
    ):
        return True  # "after almost 20 years, HATEOAS still hasn't": true on the day written
    if _told_in_a_story(fact, sentence):
        return True  # "she ordered 27,000 shirts", "wrote to him three times": a story's count
    if fact.kind in ("money", "count") and _PAY.search(sentence):
        return True  # "his salary was soon increased to five hundred dollars"
    if fact.kind in ("year", "period", "date") and (
        _NAMED_BY_YEAR.search(before)
        or _WRITER_NOW.search(before)
        or _CONCESSIVE.search(re.sub(r"\d,", "", before))  # "Although ... on May 7, ____, Japan"
        or _ANECDOTE.search(sentence)  # "In ____ the English oculist happened to be there"
        or _REMARK.search(_QUOTED.sub(" ", sentence))  # "Fielding complained back in ____"
        or _AN_EXAMPLE.match(sentence)  # "For example, Leymarie's book of ____ left them out"
    ):
        return True
    return fact.kind in ("count", "money") and bool(_VAGUE.search(before))


def _told_in_a_story(fact: Fact, sentence: str) -> bool:
    """A count, a sum, a span or a distance (or "three times") in a sentence told in the
    past that marks it as nothing more: no first, record, total, requirement, schedule or
    death toll ("ordered 27,000 shirts", "for ten years Fabian tactics prevailed", "a line
    of forts forty miles long"). In blind rounds one in four such was kept. A measure of a
    thing ("held back 40 million tonnes", "a yield of 10 kilotons") is still asked."""
    repeats = fact.kind == "ratio" and not _COMPARED.search(sentence)  # "wrote three times"
    if not (fact.kind in ("count", "money") or repeats):
        return False
    if _MARKED.search(sentence):
        return False
    if not _PAST.search(sentence) or _PRESENT.search(sentence):
        return False
    noun = (fact.unit or "").split()[-1:]
    return not noun or noun[0] not in _MEASURES or noun[0] in _DISTANCES
