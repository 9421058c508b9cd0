"""A lesson's commands, options and operators, where its text says what they do.

What a hands-on lesson teaches is its code: "`wc` is the 'word count' command: it
counts ...", "`head` displays the first 10 lines of its input", "The greater than
symbol, `>`, tells the shell to redirect ...", "If we run `wc -l` instead of just
`wc`, the output shows only the number of lines", "Using `-n 1` with `head` tells it
that we only want the first line", "When we run `git commit`, Git takes ...",
"Without any arguments, `git diff` compares ...", and a README's switches: "Automatic
filtering can be disabled with `rg -uuu`", "ripgrep supports searching compressed files
with the `-z/--search-zip` flag". A code span that opens such a sentence
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
        opening = _OPENING.match(sentence)  # "Without any arguments, `git diff` compares ..."
        said = sentence[opening.end() :] if opening else sentence
        defined = re.match(  # "`timeout` is not a time limit ...": says what it is not
            rf"^(?:The\s+)?{x}(?:\s+({_KINDS}))?\s+(?:is|are)\s+(?!not\b)(\S.+)$", said
        ) or re.match(
            rf"^(?:The\s+)?{x}(?:\s+({_KINDS}))?\s+((?!(?:{_VERB_EXCEPT})\b)[a-z]+s\b.+)$",
            said,
        )
        if defined and opening:
            front = f"{span} {defined[1].rstrip('s')}" if defined[1] else span
            out.append((span, f"{front} ({opening[1].lower()})", defined[2]))
            continue
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
        ran = re.match(  # "When we run `git commit`, Git takes everything ..."
            rf"^When (?:we|you) (?:run|use|type) {x},\s+([A-Z][\w-]*)\s+"
            rf"((?!(?:{_VERB_EXCEPT})\b)[a-z]+s\b[^:]+?)\.?$",
            sentence,
        )
        if ran and ran[1] not in ("It", "This", "That", "They", "There"):
            out.append((span, span, f"{ran[1]} {ran[2]}"))
            continue
        switched = re.match(  # "Automatic filtering can be disabled with `rg -uuu`."
            rf"^((?!(?:this|that|these|those|it|they|he|she)\b)[A-Z][\w -]{{3,60}}?) "
            rf"(?:can|must|may|should) be (?:\w+ly )?({'|'.join(_SWITCHED)}) "
            rf"(?:with|using|by passing|via) (?:the )?{x}(?: (?:flag|option|switch))?"
            r"(?:\s*\([^()]*\))?(?:,?\s+or\s+[^.]*)?\.?\)?$",
            sentence,
            re.I,
        )
        if switched and _is_flag(span):
            verb = _SWITCHED[switched[2].casefold()]
            what = switched[1]
            first = what.split()[0]
            if not any(c.isupper() for c in first[1:]):  # "PCRE2 support" keeps its capitals
                what = what[:1].lower() + what[1:]
            out.append((span, span, f"{verb} {what}"))
            continue
        supports = re.match(  # "ripgrep supports searching ... with the `-z` flag."
            rf"^[\w-]+ (?:supports|can do|does) ([a-z]+ing\b.{{8,}}?) (?:with|using) "
            rf"(?:the )?{x}(?: (?:flag|option|switch))?\.?$",
            sentence,
        )
        if supports and _is_flag(span):
            out.append((span, span, f"Enables {supports[1]}"))
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


_SWITCHED = {  # what a flag does, by the participle the text uses
    "enabled": "Enables", "disabled": "Disables", "turned on": "Turns on",
    "turned off": "Turns off", "switched on": "Turns on", "switched off": "Turns off",
    "specified": "Specifies", "selected": "Selects", "set": "Sets", "changed": "Changes",
}  # fmt: skip
_OPENING = re.compile(r"^((?:Without|With|By default|Given|Run alone)[^,`]{0,40}),\s+")


def _is_flag(span: str) -> bool:
    """A command line with an option ("rg -uuu") or an option alone ("-z/--search-zip")."""
    return bool(re.search(r"(?:^|\s)--?\w", span))


def _command_like(span: str) -> bool:
    if re.fullmatch(r"-\w/--[\w-]+", span):
        return True  # an option's short and long forms: "-z/--search-zip"
    if len(span) > _LONGEST or "/" in span:
        return False
    return not any(re.search(r"\w\.\w|^\*|\.\w+$", token) for token in span.split())
