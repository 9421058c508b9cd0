"""A lesson's commands, options and operators, where its text says what they do.

What a hands-on lesson teaches is its code: "`wc` is the 'word count' command: it
counts ...", "`head` displays the first 10 lines of its input", "The greater than
symbol, `>`, tells the shell to redirect ...", "If we run `wc -l` instead of just
`wc`, the output shows only the number of lines", "Using `-n 1` with `head` tells it
that we only want the first line". A code span that opens such a sentence
(or stands in apposition to its subject) is a term, and the rest of the sentence its
definition. Only spans that read as commands count: an example with a file name or a
path ("`ls lengths.txt`", "`*.pdb`") shows a use, not the thing taught.
"""

from __future__ import annotations

import re

_KINDS = (
    r"command|commands|option|options|operator|operators|symbol|flag|flags|program|tool|"
    r"function|utility|character|key|shortcut|keyword|statement"
)
_VERB_EXCEPT = r"is|are|was|were|has|had|does|can|could|would|will|may|might|must|should|also"
_LONGEST = 30  # characters: a longer code span is an example, not a command


def command_definitions(sentence: str, code: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """(command, card front, definition) for each command the sentence says what it is
    or does; the front names its kind when the text does ("cat command")."""
    out = []
    for span in code:
        if not _command_like(span) or span not in sentence:
            continue
        x = re.escape(span)
        defined = re.match(
            rf"^(?:The\s+)?{x}(?:\s+({_KINDS}))?\s+(?:is|are)\s+(\S.+)$", sentence
        ) or re.match(
            rf"^(?:The\s+)?{x}(?:\s+({_KINDS}))?\s+((?!(?:{_VERB_EXCEPT})\b)[a-z]+s\b.+)$",
            sentence,
        )
        if defined:
            front = f"{span} {defined[1].rstrip('s')}" if defined[1] else span
            out.append((span, front, defined[2]))
            continue
        tried = re.match(  # "If we run `wc -l` instead of just `wc`, the output shows ..."
            rf"^If (?:we|you) (?:run|use|type) {x}(?: instead of [^,]+)?,\s+"
            r"(?:the output|it|the shell|the command)\s+((?:shows|prints|gives|displays|lists|"
            r"returns|counts|sorts)\b.+?):?$",
            sentence,
        )
        if tried and " " in span:
            out.append((span, span, tried[1]))
            continue
        used = re.match(  # "Using `-n 1` with `head` tells it that we only want ..."
            rf"^Using {x} with (\S+) (tells|makes|lets) it (.+)$", sentence
        )
        if used and used[1] in code:
            out.append((span, f"{used[1]} {span}", f"{used[2]} {used[1]} {used[3]}"))
            continue
        apposed = re.match(
            rf"^The\s+([a-z][\w -]{{0,30}}?),\s+{x},\s+((?!is called\b)[a-z]+s\b.+)$", sentence
        )
        if apposed:
            out.append((span, f"{span} ({apposed[1]})", apposed[2]))
    return out


def _command_like(span: str) -> bool:
    if len(span) > _LONGEST or "/" in span:
        return False
    return not any(re.search(r"\w\.\w|^\*|\.\w+$", token) for token in span.split())
