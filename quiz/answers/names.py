"""Words around and inside names: titles, roles, category words, short forms, endings.

These lists are the judge's vocabulary for fuller forms and abbreviations
(docs/judging.md gives the rules with examples):

- :data:`TITLES`: set aside before a name ("Comrade Lenin", "Minister Hugenberg",
  "historian Vera Pavlova"); they are not checked against the facts.
- :data:`CATEGORY_WORDS`: set aside after an answer ("The Manchester Guardian
  newspaper", "Krupp firm", "Kura river").
- :data:`SHORT_FORMS`: abbreviations that may be typed with or without a dot ("Apr",
  "Dec.", "N Caucasus", "Weimar Rep"). Any word typed with a dot that begins the
  answer's word is an abbreviation too ("Caucas.").
- :func:`other_person`: "Pavlov" or "Pavlovna" for "Pavlova" names another person.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


TITLES = _words(
    """comrade comrades citizen minister chancellor chairman president premier prime
    general marshal admiral colonel captain lieutenant commissar secretary ambassador envoy
    consul governor mayor senator deputy tsar czar kaiser king queen emperor empress prince
    princess count baron duke lord lady sir herr frau mr mrs ms miss dr doctor prof professor
    saint st engineer architect historian economist writer author novelist poet journalist
    editor industrialist businessman banker leader dictator revolutionary bolshevik
    satirist satirists artist painter composer scientist"""
)
CATEGORY_WORDS = _words(
    """newspaper paper daily magazine journal weekly firm company concern corporation works
    factory plant group river city town village region area province district republic
    state party movement school style station agreement treaty pact conference congress
    novel book ag gmbh kg ltd plc inc sa corp co"""
)
_MONTHS = "january february march april may june july august september october november december"
SHORT_FORMS: dict[str, tuple[str, ...]] = {
    **{m[:3]: (m,) for m in _MONTHS.split()},
    "sept": ("september",),
    "n": ("north",),
    "s": ("south",),
    "e": ("east",),
    "w": ("west",),
    "st": ("saint", "street"),
    "mt": ("mount",),
    "ft": ("fort",),
    "rep": ("republic",),
    "govt": ("government",),
    "dept": ("department",),
    "univ": ("university",),
    "co": ("company",),
    "corp": ("corporation",),
    "bros": ("brothers",),
    "intl": ("international",),
    "natl": ("national",),
    "assoc": ("association",),
}
NUMBER_SIGNS = ("no", "nr", "nos", "num", "nº", "n°", "№", "#")  # 'No 1' = 'number 1'
# feminine and masculine endings of Slavic surnames: Pavlova/Pavlov, Petrova/Petrov ...
_ENDINGS: tuple[tuple[str, str], ...] = (
    ("skaya", "sky"),
    ("skaya", "skiy"),
    ("skaya", "ski"),
    ("ska", "ski"),
    ("aya", "y"),
)
_ENDINGS += (("aya", "iy"), ("aya", "oy"), ("ova", "ov"), ("eva", "ev"), ("ina", "in"), ("a", ""))


def expansions(word: str) -> tuple[str, ...]:
    """The full words a short form may stand for: 'apr' -> ('april',)."""
    return SHORT_FORMS.get(word, ())


def other_person(typed: str, key: str) -> bool:
    """'pavlov' or 'pavlovna' for 'pavlova': the same family name, another person.

    The other gender's ending, or a patronymic made from the name (-ovna, -ovich).
    """
    for feminine, masculine in _ENDINGS:
        for a, b in ((typed, key), (key, typed)):
            if a.endswith(feminine) and b == a[: len(a) - len(feminine)] + masculine and len(b) > 2:
                return True
    return any(
        a.endswith(stem) and b == a + ending
        for a, b in ((key, typed), (typed, key))
        for stem, ending in (("ov", "na"), ("ev", "na"), ("ov", "ich"), ("ev", "ich"))
    ) or any(typed == key[:-1] + "na" and key.endswith(end) for end in ("ova", "eva"))


def family_name_alone(answer: str, accepted: tuple[str, ...]) -> str | None:
    """The family name of a person's name the judge refuses when typed alone, or None.

    ``"Adolf Hitler"`` gives ``"Hitler"`` unless an accepted answer is just that: the
    judge takes fuller forms of a name, never shorter ones (docs/judging.md), so a
    learner who writes the family name alone is marked wrong. A person's name here is
    two to four capitalised words, the first a known given name or an initial, the last
    not a common English word (not "Manchester Guardian", "Soviet Union" or "Ernst May",
    whose short forms are ordinary words an author decides on).
    """
    from quiz.answers.lexicon import english, fold

    words = answer.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return None
    common, names = english()
    first, last = fold(words[0]), fold(words[-1])
    person = (first in names and first not in common) or (len(first) == 2 and first[1] == ".")
    if not person or not last.isalpha() or last in common or last in CATEGORY_WORDS:
        return None
    if any(fold(a).removeprefix("the ") == last for a in accepted):
        return None
    return words[-1]
