"""What an id or a tag may be (a slug: a-z, 0-9 and hyphens), and a true message when
it is not, with the slug to use instead ('Café Müller' -> 'cafe-muller')."""

from __future__ import annotations

import re

from quiz.bank.model import SLUG_RE


def as_slug(text: str) -> str:
    """``text`` as a slug, transliterated to ASCII ('Париж' -> 'parizh'); '' if nothing is left."""
    from anyascii import anyascii

    return "-".join(re.findall(r"[a-z0-9]+", anyascii(text).casefold()))


def slug_problem(value: str) -> str | None:
    """Why ``value`` is not a slug, saying what to write instead; None if it is one."""
    if SLUG_RE.match(value):
        return None
    other = next((c for c in value if not c.isascii()), None)
    if other is not None:
        what = f"{value!r} has {other!r}: ids and tags are ASCII only (a-z, 0-9 and -)"
    elif value != value.lower() and SLUG_RE.match(value.lower()):
        what = f"{value!r} has capitals: ids and tags are lowercase (a-z, 0-9 and -)"
    else:
        what = f"{value!r}: ids and tags take only a-z, 0-9 and -, starting with a letter or digit"
    suggestion = as_slug(value)
    return f"{what}; write {suggestion!r}" if suggestion else what
