"""A sentence that glosses several codes as a match question: "`P` means perfect, `M`
means major, `m` means minor, `d` means diminished" is a legend, and the fact to learn is
the pairing, which a question per code would ask four times over (each showing the rest).

A gloss is a code span of the paragraph followed by "means", "stands for", "denotes",
"indicates" or "=", and what it means, to the next comma, semicolon or bracket; a
sentence with three or more of them (at most :data:`PAIRS` asked, in the text's order)
makes the question. A meaning that holds another code of the legend gives it away and is
left out, and so is a long one (an explanation, not a gloss).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quiz.authoring.drafting.document import Locator, Paragraph

MIN_GLOSSES = 3
PAIRS = 5
MEANING_WORDS = 6
_VERB = r"(?:means|stands for|is short for|denotes|indicates|=)"


def legend_questions(paragraphs: Iterable[Paragraph]) -> list[tuple[dict, str]]:
    """Fields of each match question the legends of these paragraphs make, with the
    sentence each asks from."""
    out = []
    for para in paragraphs:
        codes = sorted(set(para.code), key=len, reverse=True)
        for sentence in para.sentences:
            pairs = _glosses(sentence, codes)
            if len(pairs) >= MIN_GLOSSES:
                where = _place(para.locator)
                prompt = f"Match each code with what it means, as {where} says."
                fields = {"prompt": prompt, "pairs": tuple(pairs[:PAIRS])}
                out.append((fields, sentence))
    return out


def _glosses(sentence: str, codes: list[str]) -> list[tuple[str, str]]:
    found: list[tuple[int, str, str]] = []
    for code in codes:
        m = re.search(
            rf"(?<![\w`+-]){re.escape(code)}\s+{_VERB}\s+([^,;()`]+?)\s*(?=[,;(.]|\band\b|$)",
            sentence,
        )
        if m and 0 < len(m[1].split()) <= MEANING_WORDS:
            found.append((m.start(), code, m[1].strip()))
    pairs = [(code, meaning) for _, code, meaning in sorted(found)]
    shown = {code for code, _ in pairs}
    return [(c, m) for c, m in pairs if not shown & (set(m.split()) - {c})]


def _place(locator: Locator) -> str:
    return f"page {locator.label}" if locator.kind == "page" else f"“{locator.label}”"
