"""Questions on the code a lesson teaches: an element a sentence names in a role it states.

Tutorials and API documentation hold few dates or sums; what they teach is their code:
"You can tell Requests to stop waiting ... with the ``timeout`` parameter", "There is a
way to remove an item from a list given its index ...: the ``del`` statement", "A
separate method, `Err`, reports the error value". Where a sentence names an inline code
element beside the role it plays (a parameter, method, exception, statement, ...; or
"raise an X"), the element is a fact: a cloze hides it in the sentence, led by the
document's subject ("Requests: ...", :mod:`~quiz.authoring.drafting.code_subject`) when
the text shown does not name it. A qualifier stays shown (``r.{{c1::json()}}``,
``Response.{{c1::iter_content}}``): the member is the fact, not the example's ``r``.

Not asked: a gap another code element of the sentence would fill as well (two in the
same role, or listed together: "the ``gzip`` and ``deflate`` transfer-encodings"); an
answer the rest of the prompt spells ("``abs``" beside "absolute value", "``Timeout``"
after "times out"); values, paths, URLs and one-letter names; a sentence that asks,
supposes ("could have been"), instructs ("To add an item, use ..."), tells an anecdote
("I defined ...") or describes the worked example ("like this", "the code above"); a
sentence already shown by another question; an element asked or carded before; more
than :data:`PER_SECTION` from one section, so a long API reference does not flood a deck.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from quiz.authoring.drafting.code_subject import subject_of
from quiz.authoring.drafting.document import Document
from quiz.authoring.drafting.referents import STRONG, leaning
from quiz.authoring.drafting.spots import Spot

PER_SECTION = 3  # code questions at most from one section
MIN_WORDS = 6  # a shorter sentence says too little around its gap

_ROLES = (
    r"keyword argument|parameter|argument|property|attribute|method|function|type|class|"
    r"exception|module|package|statement|keyword|operator|flag|option|field|interface|"
    r"constant|decorator|header|environment variable|command|subcommand|clause|loop|block"
)
_ROLE_AFTER = re.compile(rf"^\s+({_ROLES})\b(?!-)")  # "the ``timeout`` parameter"
_ROLE_BEFORE = re.compile(  # "the keyword ``if``", "A separate method, `Err`"
    rf"(?<![\w-])({_ROLES}),?\s+(?:an?\s+|the\s+|called\s+|named\s+)?$", re.I
)
_PURPOSE = re.compile(r"^To [a-z][^,]{8,}, (?:simply |just )?use (?:the )?$")
_RAISED = re.compile(r"\braise[sd]?\s+(?:an?\s+|the\s+)?$")  # "will raise an HTTPError"
_API_NAME = re.compile(r"^(?:[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*(?:\(\))?=?|--?[A-Za-z][\w-]*)$")
_LISTED_WITH = re.compile(r"^\s*(?:,|/|,?\s*(?:and|or|nor|versus|vs\.?))\s*$")
_NO_FACT = re.compile(
    r"^(?:suppose|imagine|assume|let's|let us|see|try|use|make sure|remember|consider|"
    r"here(?:'s| is| are)|notice|pass|call|set|run|type|add|write|look|check)\b"
    r"|^to\s[^,]*,\s*(?:simply\s+|just\s+)?(?:use|call|pass|set|run|type|add|write)\b"
    r"|,\s*(?:simply|just)\s+(?:use|call|pass|set|run|type|add)\b"
    r"|,\s*(?:make sure|be sure|remember|don't forget)\b"
    r"|\b(?:would|could|might|you should)\b|\bI\b|\w'd\b"
    r"|\b(?:this|the following|the above|our|my|that) (?:code|example|snippet|program|script)\b"
    r"|\b(?:above|below|like this|as follows)\b|\bthe (?:first|second|third|last|next) line\b"
    r"|\b(?:previous|next|last|this) (?:step|section|exercise|lesson|episode)\b"
    r"|\bwe(?:'ll| will| are about to| are going to)\b|\b(?:may|might) (?:wish|want)\b",
    re.I,
)
_RUN_TOGETHER = re.compile(r"(?<=[.!?])(?<!e\.g\.)(?<!i\.e\.)(?<!etc\.)(?<!vs\.)\s+(?=[A-Z])")
_EXISTENTIAL = re.compile(r"^There (?:is|are|was|were)\b")  # "There is a way to ...": no lean
_SMALL_PARTS = frozenset({"for", "the", "and", "from", "with", "not", "all"})


@dataclass(frozen=True)
class CodeGap:
    """A cloze on one code element: the text with its deletion, and the element."""

    spot: Spot
    text: str
    answer: str  # what the learner types: the member, "json()" of "r.json()"


PERVASIVE = 8  # sentences naming the text's most named code that make it its own subject


class CodeQuestions:
    """The code gaps of a document, section by section, each element asked once."""

    def __init__(self, doc: Document, carded: Iterable[str] = ()):
        self.code = [p.code for p in doc.paragraphs for _ in p.sentences]
        self.summary = [p.summary for p in doc.paragraphs for _ in p.sentences]
        self.subject = subject_of(doc)
        self.asked = {_key(c) for c in carded}
        spans = {c for p in doc.paragraphs for c in p.code if len(c) > 2}  # not ``a`` or ``x``
        words = Counter(
            w
            for p in doc.paragraphs
            for s in p.sentences
            for w in set(re.findall(r"[\w.]+", s)) & spans
        )
        top = max(words.items(), key=lambda kv: (kv[1], kv[0]), default=("", 0))
        enough = max(PERVASIVE, len(self.code) / 10)
        opening = " ".join(p.text for p in doc.paragraphs[:2])
        named = top[1] >= enough and re.search(rf"(?<![\w.]){re.escape(top[0])}(?![\w])", opening)
        self.own = top[0] if named else ""  # the code the text is about: "uncertainties"

    def gaps(self, spots: list[Spot], shown: set[str]) -> list[CodeGap]:
        """The gaps of one section's sentences; ``shown``: sentences other questions show."""
        out: list[CodeGap] = []
        for spot in spots:
            if len(out) == PER_SECTION:
                break
            lead = spot.previous if spot.leans else ""
            if spot.sentence in shown or (lead and lead in shown) or self.summary[spot.index]:
                continue
            for piece, piece_lead in self._pieces(spot, lead):
                gap = self._gap(spot, piece, piece_lead)
                if gap is not None:
                    self.asked.add(_key(gap.answer))
                    shown.update(filter(None, (spot.sentence, lead)))
                    out.append(gap)
                    break
        return out

    def _pieces(self, spot: Spot, lead: str) -> list[tuple[str, str]]:
        """The sentence (or the sentences a missed full stop ran together: "... e.g.
        httpbin.org/get?key=val. Requests allows ...") that state a fact, each with its lead."""
        out = []
        for i, piece in enumerate(_RUN_TOGETHER.split(spot.sentence.strip())):
            if i == 0:
                ok, piece_lead = spot.has_referent or bool(_EXISTENTIAL.match(piece)), lead
            else:
                leans = leaning(piece)
                piece_lead = spot.previous if leans else ""
                ok = leans != STRONG or bool(piece_lead)
            if ok and _states(piece):
                out.append((piece, piece_lead))
        return out

    def _gap(self, spot: Spot, sentence: str, lead: str) -> CodeGap | None:
        code = [c for c in self.code[spot.index] if c in sentence]
        roles = {c: _role(sentence, c) for c in code}
        for element in code:
            role = roles[element]
            if role is None or not _API_NAME.match(element):
                continue
            qualifier, _, member = element.rpartition(".")
            bare = member.strip("()=-")
            if len(bare) < 2 or _key(member) in self.asked or bare in (self.subject, self.own):
                continue
            if any(r == role for c, r in roles.items() if c != element) or _listed(
                sentence, element, code
            ):
                continue  # several elements fit the gap
            if role == "use" and len(code) > 1:
                continue  # "use ``r.raise_for_status()`` or check ``r.status_code``"
            at = _find(sentence, element)
            start = at + len(qualifier) + (1 if qualifier else 0)
            end = at + len(element)
            body = sentence.rstrip()
            body = body[:-1] + "." if body.endswith(":") else body
            text = f"{lead} {body}" if lead else body
            shift = len(lead) + 1 if lead else 0
            lead_in = "" if _names(text, self.subject) else f"{self.subject}: "
            rest = lead_in + text[: start + shift] + " " + text[end + shift :]
            if _spelled(bare, rest) or _find(rest, bare) >= 0:
                continue  # the prompt shows or spells the answer
            answer = member.replace("::", ": :")
            safe = text.replace("{{", "{ {").replace("}}", "} }")
            cloze = safe[: start + shift] + f"{{{{c1::{answer}}}}}" + safe[end + shift :]
            return CodeGap(spot, lead_in + cloze, member)
        return None


def _states(sentence: str) -> bool:
    """Whether a sentence states a fact (see the module's note on what does not). A way
    to a goal ("To implement a queue, use ``collections.deque``") states how it is done."""
    said = re.sub(r"^Note(?:,| that)\s+", "", sentence)
    said = re.sub(r"^To [a-z][^,]{8,}, (?:simply |just )?use ", "", said)
    return (
        len(sentence.split()) >= MIN_WORDS
        and not sentence.endswith("?")
        and not _NO_FACT.search(said)
    )


def _role(sentence: str, element: str) -> str | None:
    at = _find(sentence, element)
    if at < 0:
        return None
    after = _ROLE_AFTER.match(sentence[at + len(element) :])
    if after:
        return after[1].casefold()
    before = _ROLE_BEFORE.search(sentence[:at])
    if before:
        return before[1].casefold()
    if _PURPOSE.match(sentence[:at]):
        return "use"  # "To add an item to the top of the stack, use ``append``."
    return "exception" if _RAISED.search(sentence[:at]) else None


def _find(sentence: str, element: str) -> int:
    """Where the element stands as a whole token (not inside a longer name)."""
    m = re.search(rf"(?<![\w.]){re.escape(element)}(?![\w(])", sentence)
    return m.start() if m else -1


def _listed(sentence: str, element: str, code: list[str]) -> bool:
    """Whether another code element stands beside this one in a list ("X and Y")."""
    at = _find(sentence, element)
    for other in code:
        there = _find(sentence, other)
        if other == element or there < 0:
            continue
        between = (
            sentence[at + len(element) : there] if there > at else sentence[there + len(other) : at]
        )
        if _LISTED_WITH.match(between):
            return True
    return False


def _names(text: str, subject: str) -> bool:
    return not subject or bool(re.search(rf"(?<!\w){re.escape(subject)}(?!\w)", text))


def _spelled(answer: str, prompt: str) -> bool:
    """Whether the prompt spells the answer's every part: "json" beside "JSON decoding",
    "Scan" beside "Scanner", "Timeout" after "times out", "codecs" beside "codec"."""
    parts = [
        p.casefold()
        for p in re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+", answer)
        if len(p) >= 3 and p.casefold() not in _SMALL_PARTS
    ]
    words = [w.casefold() for w in re.findall(r"[A-Za-z]+", prompt)]
    stems = [w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words]
    words += stems  # "set" beside "sets"
    joined = {a + b for a, b in pairwise(stems)}

    def found(part: str) -> bool:
        if part in joined:
            return True
        for w in words:
            common = _common_prefix(w, part)
            if w == part or (len(part) >= 4 and w.startswith(part)):
                return True  # "json" beside "JSON", "Scan" beside "Scanner"; not "Err", "error"
            if common >= 5 and common >= 0.6 * len(part):  # "flushed" beside "FLUSHALL"
                return True
        return False

    return bool(parts) and all(found(p) for p in parts)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _key(element: str) -> str:
    """What makes two mentions one element: its member, without call, arguments or
    keyword marks ("r.json()" and "json"; the card on "list.append(x)" and "append")."""
    name = re.split(r"[(\[]", element.strip(), maxsplit=1)[0]  # "list.append(x)": append
    return name.rpartition(".")[2].strip("=-")
