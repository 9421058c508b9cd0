"""The card scripts of quiz's note types: the review-time shuffle and the type-in judge.

The scripts live in ``anki_js/`` as plain JavaScript for Anki's card views (desktop,
AnkiDroid, AnkiMobile): no modules, no lookbehind in regular expressions. The judge is a
port of :mod:`quiz.answers` for short and numeric answers; its vocabularies are not
copied but written in here from the Python judge's own tables (:func:`tables`), so
both judge with the same words. Its agreement with the Python judge is measured on the
shared judgement corpus (tests/export/test_anki_judge_browser.py).

A template is Anki syntax, so a script must not hold what Anki would read in it:
``{{``/``}}`` (fields) or ``[sound:``, ``[anki:``, ``[latex]``, ``[$]`` (media, LaTeX);
:func:`script` refuses such a script when the package is built.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from quiz.answers import dates, names, spelling, text, transliteration
from quiz.answers.lexicon import english
from quiz.answers.units import UNITS
from quiz.core import numbers

_ANKI_SYNTAX = re.compile(r"\{\{|\}\}|\[sound:|\[anki:|\[/?latex\]|\[/?\$+\]")
# Words a learner may type before a name that the card must not take for part of a
# fuller name ("not Lenin", "I think Lenin"); quiz's own judge knows 41,000 common
# words, too many for every card (quiz.export.anki_judging says what the card gets).
_COMMON_WORDS = """
a about above after again against ago all almost also always am among an and another
any anybody anyone anything are around as at away back be because been before being
below best better between both but by can cannot could did do does done down during
each either else enough even ever every few for from further good great had has have
having he her here hers herself him himself his how however i if in into is it its
itself just least less like likely little lot many may maybe me might mine more most
much must my myself neither never new no nobody none nor not nothing now of off often
old on once one only or other others our ours out over own perhaps possibly probably
quite rather really same she should since so some somebody someone something sometimes
still such sure surely than that the their theirs them then there these they thing
think this those though through thus to too under until up upon us very was we well
were what when where whether which while who whom whose why will with without would yes
yet you your yours definitely certainly guess believe answer answers wrong right true
false correct incorrect man woman men women person people big small young elder older
first last next famous real called named whose say said know known
"""


@cache
def tables() -> dict[str, object]:
    """The Python judge's vocabularies and limits, as the scripts read them."""
    common = english()[0]
    return {
        "maxChars": numbers.MAX_TEXT_CHARS,
        "numberWords": numbers.NUMBER_WORDS,
        "ordinalWords": numbers.ORDINAL_WORDS,
        "scaleWords": {k: int(v) for k, v in numbers.SCALE_WORDS.items()},
        "scaleAbbreviations": {k: int(v) for k, v in numbers.SCALE_ABBREVIATIONS.items()},
        "unitLike": sorted(numbers.UNIT_LIKE_ABBREVIATIONS),
        "units": UNITS,
        "titles": sorted(names.TITLES),
        "categoryWords": sorted(names.CATEGORY_WORDS),
        "shortForms": names.SHORT_FORMS,
        "numberSigns": list(names.NUMBER_SIGNS),
        "endings": [list(e) for e in names._ENDINGS],
        "scholarly": transliteration._SCHOLARLY,
        "compass": sorted(spelling.COMPASS),
        "shortName": spelling.SHORT_NAME,
        "ignoredWords": sorted(text.IGNORED_WORDS),
        "rangeWords": sorted(dates.RANGE_WORDS),
        "fullerName": text.FULLER_NAME,
        "maxExtraWords": text.MAX_EXTRA_WORDS,
        "exactMaxLen": text.EXACT_MAX_LEN,
        "fuzzyShare": text.FUZZY_SHARE,
        "commonWords": dict.fromkeys(sorted(set(_COMMON_WORDS.split()) & common), 1),
        "latin": _latin(),
    }


def _latin() -> dict[str, str]:
    """Cyrillic and Greek letters as anyascii writes them in Latin (what to_latin does)."""
    from anyascii import anyascii

    letters = (chr(c) for r in ((0x370, 0x400), (0x400, 0x530)) for c in range(*r))
    return {c: anyascii(c) for c in letters if c.isalpha() and not transliteration.is_latin(c)}


def script(*names: str) -> str:
    """The named scripts of ``anki_js/`` as one ``<script>`` element for a template."""
    parts = [_source(name) for name in names]
    if any("quizTables" in part for part in parts):
        data = json.dumps(tables(), ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        parts.insert(0, "var quizTables = " + data.replace("}}", "} }") + ";")  # no "}}"
    source = "\n".join(parts)
    found = _ANKI_SYNTAX.search(source)
    if found:
        raise ValueError(f"card script {names} holds Anki syntax {found[0]!r}")
    return f"<script>\n{source}</script>"


@cache
def _source(name: str) -> str:
    folder = resources.files("quiz.export").joinpath("anki_js")
    return folder.joinpath(f"{name}.js").read_text("utf-8")


SHUFFLE = ("shuffle",)
TYPEIN = ("numbers", "spelling", "judge", "typein")
