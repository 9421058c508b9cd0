"""Other names of one state that a careful teacher takes for each other.

"USSR" for *Soviet Union* and "USA" for *United States* are the same answer,
not abbreviations the spelling rules could read (they are no initials of the words
typed, nor a word cut short). The table is short on purpose: only names that denote
exactly the same state. "Britain" is not *United Kingdom*, "Russia" is not *Soviet
Union*, and "Holland" is a part of the *Netherlands*: those stay wrong. "America" is
left out: the card's script would take "Latin America" as a fuller form of it.

Both judges read the accepted forms through :func:`with_other_names`: the terminal's
(:func:`quiz.answers.text.match_text`) and the Anki card's, whose data carries the forms
(:mod:`quiz.export.anki_judging`), so the two agree.
"""

from __future__ import annotations

from collections.abc import Sequence

OTHER_NAMES: tuple[tuple[str, ...], ...] = (
    ("United States", "United States of America", "USA", "U.S.A."),
    ("Soviet Union", "USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"),
    ("United Kingdom", "UK", "U.K.", "United Kingdom of Great Britain and Northern Ireland"),
    ("West Germany", "Federal Republic of Germany", "FRG"),
    ("East Germany", "German Democratic Republic", "GDR", "DDR"),
    ("People's Republic of China", "PRC"),
    ("United Nations", "UN", "U.N."),
)


def _key(name: str) -> str:
    return " ".join(name.casefold().removeprefix("the ").split())


_GROUP_OF = {_key(name): group for group in OTHER_NAMES for name in group}


def with_other_names(accepted: Sequence[str]) -> tuple[str, ...]:
    """The accepted forms, then every other name of a state one of them names."""
    out = list(accepted)
    seen = {_key(a) for a in accepted}
    for form in accepted:
        for other in _GROUP_OF.get(_key(form), ()):
            if _key(other) not in seen:
                seen.add(_key(other))
                out.append(other)
    return tuple(out)
