"""A deck's lexicon read at once (byte patterns for ASCII) is the one read text by text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.answers.lexicon import _NAME_RUN, _WORD, Lexicon, fold, text_lexicon
from quiz.answers.transliteration import to_latin

# Letters, the characters around words and names (every ASCII space, the separators
# \x1c-\x1f, apostrophes, digits, underscores), and some of other scripts.
ALPHABET = "AbCdeSz '’_09-\t\n\x0b\x0c\r\x1c\x1f\x00.ÉéßЛенинΣ\u00a0\u2003"
TEXTS = st.lists(st.text(alphabet=ALPHABET, max_size=30), max_size=6)


def read_one_by_one(texts: list[str]) -> Lexicon:
    """The definition: each text in Latin letters, its words and runs of names."""
    latin = [to_latin(t) for t in texts]
    words = frozenset(fold(w) for t in latin for w in _WORD.findall(t))
    runs = sorted({m[0] for t in latin for m in _NAME_RUN.finditer(t)})
    folded = [[fold(w) for w in run.split()] for run in runs]
    names = frozenset(" ".join(r) for r in folded if len(r) > 1)
    return Lexicon(words, names, frozenset(r[-1] for r in folded))


@settings(max_examples=300, deadline=None)  # about 0.5 s
@given(TEXTS)
def test_text_lexicon_reads_as_text_by_text(texts: list[str]) -> None:
    assert text_lexicon(texts) == read_one_by_one(texts)


def test_names_do_not_run_from_one_text_into_the_next() -> None:
    lexicon = text_lexicon(["Treaty of Rapallo", "Rapallo Treaty", "Ernst\x1cMay", "Ленин"])
    assert lexicon.names == {"rapallo treaty", "ernst may"}
    assert lexicon.name_ends == {"treaty", "rapallo", "may", "lenin"}
    assert {"treaty", "of", "lenin"} <= lexicon.deck


def test_to_latin_letter_by_letter() -> None:
    assert to_latin("Ленин, Köln 1922") == "Lenin, Köln 1922"
    assert to_latin("Σ and Σ") == "S and S"
