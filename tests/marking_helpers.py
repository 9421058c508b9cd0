"""A hand-made exam of the every-type deck and its response sheet, for the marking tests.

The scores in test_marking.py are worked out by hand from these arrangements and answers.
"""

from __future__ import annotations

import json
from pathlib import Path

from quiz.bank.loader import load_deck
from quiz.exams.manifest import FORMAT, VERSION, question_to_dict

# Variant A: deck order with chosen arrangements. B: reversed, everything in deck order.
#   A1 main-creditor   a) Great Britain b) Germany c) France d) United States   -> b
#   A2 siemens-projects a) Magnitogorsk b) Kura c) Dnieper d) Kashira           -> b c d
#   A6 plans-order     a) Third b) First c) Second                             -> b c a
#   A7 schools-match   1. Kazan 2. Lipetsk / a) aviation school b) tank school -> 1b 2a
LAYOUTS_A = {
    "main-creditor": {"order": [1, 0, 2, 3]},
    "siemens-projects": {"order": [3, 0, 1, 2]},
    "may-austrian": {"order": [0, 1]},
    "plans-order": {"order": [2, 0, 1]},
    "schools-match": {"order": [0, 1], "left": [1, 0]},
}
IDS = [
    "main-creditor", "siemens-projects", "may-austrian", "may-name", "loans-1925",
    "plans-order", "schools-match", "may-brigade-cloze",
]  # fmt: skip
RESPONSES = """name,variant,1,2,3,4,5,6,7,8
Ann,A,b,b c d,F,Ernst May,100,b c a,1b 2a,1930; 17
Ben,A,a,b c,T,Ersnt May,1 000,c b a,1b 2b,1930 | 18
"=HYPERLINK(""http://x"")",B,1930;17,1a 2b,a b c,100 million,,F,a b c d,z
Dee,b,,,,,,T,,
"""


def identity(q) -> dict:
    n = {"choice": "options", "multi": "options", "order": "items"}.get(q.type)
    if q.type == "match":
        return {"order": [0, 1], "left": [0, 1]}
    if q.type == "true_false":
        return {"order": [0, 1]}
    return {"order": list(range(len(getattr(q, n))))} if n else {}


def write_exam(folder: Path, deck_path: Path) -> None:
    """Write ``exam/manifest.json`` (variants A and B) and ``responses.csv`` into folder."""
    deck = load_deck(deck_path)
    by_id = {q.id: q for q in deck.questions}

    def entry(number, qid, arrangement):
        q = by_id[qid]
        return {
            "number": number, "deck": deck.id, "id": qid, "type": q.type,
            "points": float(q.points), "answer": "", "key": "", "layout": arrangement,
            "question": question_to_dict(q),
        }  # fmt: skip

    variants = [
        {"code": "A", "questions": [entry(n, i, LAYOUTS_A.get(i, identity(by_id[i])))
                                    for n, i in enumerate(IDS, 1)]},
        {"code": "B", "questions": [entry(n, i, identity(by_id[i]))
                                    for n, i in enumerate(reversed(IDS), 1)]},
    ]  # fmt: skip
    manifest = {"format": FORMAT, "version": VERSION, "variants": variants}
    (folder / "exam").mkdir()
    (folder / "exam" / "manifest.json").write_text(json.dumps(manifest))
    (folder / "responses.csv").write_text(RESPONSES)
