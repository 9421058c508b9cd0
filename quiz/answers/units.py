"""Units typed with a number: which unit a word names, and when it contradicts the key's.

A typed unit is only checked when it is one this table knows and the question's unit
(or, in a cloze, the words after the blank) names a known unit too: then they must be
the same unit. "50,000 acres" is wrong where the key is hectares, "100 million
dollars" where it is marks, "3 months" where it is years. Any other word is left
alone: "73 deals" fills the blank of "{{c2::73}} of them", "20 cities" answers
"how many towns".
"""

from __future__ import annotations

import re

# unit -> the words and signs that name it (singular, plural and short forms)
UNITS: dict[str, tuple[str, ...]] = {
    "hectare": ("hectare", "hectares", "ha"),
    "acre": ("acre", "acres"),
    "square kilometre": ("km2", "sq km", "square kilometre", "square kilometres", "square km"),
    "square mile": ("square mile", "square miles", "sq mi", "sq miles"),
    "mark": ("mark", "marks", "reichsmark", "reichsmarks", "rm", "goldmark", "goldmarks"),
    "dollar": ("dollar", "dollars", "$", "usd", "us dollars"),
    "pound": ("pound sterling", "pounds sterling", "£", "sterling", "gbp"),
    "franc": ("franc", "francs"),
    "ruble": ("ruble", "rubles", "rouble", "roubles", "rub"),
    "euro": ("euro", "euros", "€", "eur"),
    "year": ("year", "years", "yr", "yrs"),
    "month": ("month", "months"),
    "week": ("week", "weeks"),
    "day": ("day", "days"),
    "decade": ("decade", "decades"),
    "century": ("century", "centuries"),
    "percent": ("percent", "per cent", "%", "pc", "pct", "percentage"),
    "kilometre": ("km", "kilometre", "kilometres", "kilometer", "kilometers"),
    "mile": ("mile", "miles"),
    "tonne": ("tonne", "tonnes", "ton", "tons"),
    "times": ("times", "fold", "x"),
}
_BY_WORDS = {words: unit for unit, names in UNITS.items() for words in names}
_LONGEST = max(len(w.split()) for w in _BY_WORDS)


def units_named(words: tuple[str, ...] | list[str]) -> list[tuple[str, str]]:
    """(unit, as typed) for each known unit among the words, longest names first."""
    found, i = [], 0
    words = [w.casefold() for w in words]
    while i < len(words):
        for size in range(min(_LONGEST, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + size])
            if phrase in _BY_WORDS:
                found.append((_BY_WORDS[phrase], phrase))
                i += size
                break
        else:
            i += 1
    return found


def unit_of(text: str | None) -> str | None:
    """The unit a question's unit text names: 'million gold marks' -> 'mark', 'towns' -> None."""
    named = units_named(re.findall(r"[a-z0-9]+|[%$£€]", (text or "").casefold()))
    return named[0][0] if named else None


def contradicting_unit(typed_words: tuple[str, ...] | list[str], key_unit: str | None) -> str:
    """The typed unit word that names another unit than the key's, or ''."""
    wanted = unit_of(key_unit)
    if wanted is None:
        return ""
    return next((typed for unit, typed in units_named(typed_words) if unit != wanted), "")
