"""What a scholarly text carries besides its facts: citations, formulas, page references."""

from __future__ import annotations

import pytest
from draft_texts import draft_of

from quiz.authoring.drafting.document import parse_document
from quiz.authoring.drafting.text import without_citations

CITING = """\
# Sleep and Recall

## Spindles

Sleep spindles help bind new memories (Ortega, 1996). Vance and Pole (2004) recorded
spindles in 40 sleepers. Recall improved after naps (Hale & Cord, 2008; Ibsen et al., 2011).
The Treaty of Lund (1873) named the first sleep clinic, and LISP (1958), a language, was
not used. Brandt et al. (2015, p. 12) argued that spindles peak in 1990 studies [Mora 1999].
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Naps help (Ortega, 1996).", "Naps help."),
        ("Naps help (Hale & Cord, 2008; Ibsen et al., 2011) a lot.", "Naps help a lot."),
        ("Vance and Pole (2004) recorded it.", "Vance and Pole recorded it."),
        ("Brandt et al. (2015, p. 12) argued so.", "Brandt et al. argued so."),
        ("as shown [Mora 1999] and [3, 4].", "as shown and ."),
        ("The Treaty of Lund (1873) named it.", "The Treaty of Lund (1873) named it."),
        ("LISP (1958), a language", "LISP (1958), a language"),
        ("Ada Lyle (1921) and Ben Lyle (1924) were", "Ada Lyle (1921) and Ben Lyle (1924) were"),
    ],
)
def test_citations_go_and_dated_things_keep_their_year(text, expected):
    assert without_citations(text) == expected


def test_no_question_asks_a_year_that_only_a_citation_gives():
    questions = draft_of(CITING, markdown=True)
    asked = " ".join(repr(q) for q in questions)
    for year in ("1996", "2004", "2008", "2011", "2015", "1999"):
        assert year not in asked
    sentences = [s for p in parse_document(CITING, markdown=True).paragraphs for s in p.sentences]
    assert "Vance and Pole recorded spindles in 40 sleepers." in sentences
