"""`quiz export gift`, read back by a small GIFT reader that follows Moodle's import rules."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from exam_helpers import write_bank

from quiz.bank.loader import load_deck
from quiz.cli import cli
from quiz.export import gift

ESCAPES = {"\\:": "\x01", "\\#": "\x02", "\\=": "\x03", "\\{": "\x04", "\\}": "\x05", "\\~": "\x06"}
PLAIN = {"\x01": ":", "\x02": "#", "\x03": "=", "\x04": "{", "\x05": "}", "\x06": "~", "\x07": "\n"}


def _pre(text: str) -> str:
    """Moodle's escapedchar_pre: escaped specials become placeholders."""
    text = text.replace("\\\\", "\x00")
    for seq, mark in ESCAPES.items():
        text = text.replace(seq, mark)
    return text.replace("\\n", "\x07").replace("\x00", "\\")


def _post(text: str) -> str:
    for mark, char in PLAIN.items():
        text = text.replace(mark, char)
    return text.strip()


def _shown(text: str) -> str:
    """Displayed ([html]) text as a reader sees it."""
    return html.unescape(_post(text).replace("<br>", "\n"))


def read_gift(source: str) -> list[dict]:
    """Questions of a GIFT file: name, type, text, answers with fractions, feedback."""
    out, category = [], None
    for block in re.split(r"\n[ \t]*\n", source):
        lines = [line for line in block.split("\n") if not line.strip().startswith("//")]
        body = _pre("\n".join(lines).strip())
        if not body:
            continue
        if body.startswith("$CATEGORY:"):
            category = body[10:].strip()
            continue
        assert body.startswith("::"), body
        name, rest = body[2:].split("::", 1)
        assert rest.startswith("[html]")
        rest = rest[6:]
        start, end = rest.index("{"), rest.index("}")
        answer = rest[start + 1 : end].strip()
        blank = "" if rest.rstrip().endswith("}") else "_____"
        text = rest[:start] + blank + rest[end + 1 :]
        answer, _, feedback = answer.partition("####")
        answer = answer.strip()
        q = {"category": category, "name": _post(name), "text": _shown(text)}
        q["feedback"] = _shown(feedback)
        q.update(_answers(answer))
        out.append(q)
    return out


def _answers(answer: str) -> dict:
    weight = re.compile(r"^%(-?[0-9.]+)%")
    if answer == "":
        return {"type": "essay"}
    if answer.startswith("#"):
        value, _, tolerance = answer[1:].partition(":")
        return {"type": "numerical", "number": (float(value), float(tolerance or 0))}
    if "~" in answer:
        options = []
        for part in answer.replace("=", "~=").split("~")[1:]:
            part = part.strip()
            fraction = 1.0 if part.startswith("=") else 0.0
            part = part[1:] if part.startswith("=") else part
            m = weight.match(part)
            if m:
                fraction, part = float(m[1]) / 100, part[m.end() :]
            options.append((_shown(part), round(fraction, 4)))
        return {"type": "multichoice", "single": "=" in answer, "options": options}
    if "=" in answer and "->" in answer:
        pairs = [p.strip().split("->", 1) for p in answer.split("=")[1:]]
        return {"type": "match", "pairs": [(_shown(a), _post(b)) for a, b in pairs]}
    if answer in ("T", "TRUE", "F", "FALSE"):
        return {"type": "truefalse", "answer": answer.startswith("T")}
    accepted = [_post(a) for a in answer.split("=")[1:]]
    return {"type": "shortanswer", "answers": accepted}


@pytest.fixture
def exported(tmp_path, every_type):
    out = tmp_path / "every.gift"
    result = gift.write([load_deck(every_type)], out)
    return result, {q["name"]: q for q in read_gift(out.read_text(encoding="utf-8"))}


def test_every_type_reads_back_with_the_same_answers(exported):
    result, qs = exported
    assert result.count == len(qs) == 10  # the two-blank cloze is two questions
    assert qs["main-creditor"]["options"] == [
        ("Germany", 1.0), ("Great Britain", 0.0), ("France", 0.0), ("United States", 0.0),
    ]  # fmt: skip
    assert qs["main-creditor"]["single"] is True
    third = 0.3333
    assert qs["siemens-projects"]["options"] == [
        ("Kura River power station", third), ("Dnieper hydroelectric station", third),
        ("Kashira power plant", third), ("Magnitogorsk town plan", -third),
    ]  # fmt: skip
    assert qs["siemens-projects"]["single"] is False
    assert qs["may-austrian"]["type"] == "truefalse" and qs["may-austrian"]["answer"] is False
    assert qs["may-name"]["answers"] == ["Ernst May", "May"]
    assert qs["loans-1925"]["number"] == (100.0, 0.0)
    assert qs["loans-1925"]["text"] == "How much had Berlin lent Moscow by 1925? (million marks)"
    assert qs["schools-match"]["pairs"] == [
        ("Lipetsk", "aviation school"),
        ("Kazan", "tank school"),
    ]
    assert qs["plans-order"]["pairs"] == [
        (f"{n} five-year plan", str(i)) for i, n in enumerate(("First", "Second", "Third"), 1)
    ]
    assert qs["may-brigade-cloze-1"]["text"] == (
        "Ernst May came to the USSR in _____ with [a number] specialists."
    )
    assert qs["may-brigade-cloze-1"]["answers"] == ["1930"]
    assert qs["may-brigade-cloze-2"]["text"] == (
        "Ernst May came to the USSR in [...] with _____ (a number) specialists."
    )
    assert qs["may-brigade-cloze-2"]["answers"] == ["17"]
    assert qs["term-inspetsy"]["type"] == "essay"
    assert qs["term-inspetsy"]["feedback"] == (  # the back, a rule, the explanation
        "foreign specialists working in the USSR<hr>A Soviet-style contraction of inostrannyye"
        " spetsialisty.\nSource: Russia Beyond, What role did Germany play in industrializing"
        " the USSR in the 1930s?, § Lost in translation"
    )
    assert qs["main-creditor"]["feedback"] == (
        "Falling export prices after 1929 made foreign credit essential.\nSources: Russia "
        "Beyond, What role did Germany play in industrializing the USSR in the 1930s?, "
        "§ German loans; Sara Moore, How Hitler Came To Power, p. 128-129"
    )
    assert qs["schools-match"]["feedback"] == (
        "The notes date the agreement to March 1926.\nBackground (not from the source): "
        "Both lay far from Allied inspectors.\nSource: Sara Moore, How Hitler Came To Power, "
        "p. 128-129"
    )
    assert {q["category"] for q in qs.values()} == {"$course$/top/Every question type"}


def test_what_gift_cannot_carry_is_warned_about_never_dropped(exported):
    result, _ = exported
    assert result.warnings == [
        "every-type/term-inspetsy: GIFT has no flashcard type; written as an essay",
        "every-type/may-brigade-cloze: GIFT holds one blank per question; written as 2 "
        "questions may-brigade-cloze-1 ... may-brigade-cloze-2",
        "every-type/loans-1925: GIFT cannot carry points (2); set its default mark in Moodle",
        "every-type/plans-order: GIFT has no ordering type; written as matching item -> position",
        "every-type/schools-match: Moodle imports a matching with 2 answers but its editor "
        "cannot save it again (it needs 3); add spares: to the question",
    ]


NASTY = r"a ~b =c #d {e} f:g \h <i>&amp; ->j // k"
ANSWER = r"a ~b =c #d {e} f:g \h <i>&amp;"  # no '->' (see test below)


def test_special_characters_survive_the_round_trip(tmp_path):
    bank = write_bank(
        tmp_path,
        [
            f"id: c\ntype: choice\nprompt: '{NASTY}?'\noptions: ['{NASTY}', 'x=y']\n"
            f"answer: '{NASTY}'\nexplanation: '{NASTY}'",
            f"id: s\ntype: short\nprompt: 'P {NASTY}'\nanswer: '{ANSWER}'\nalternatives: ['a*b']",
            "id: arrow\ntype: short\nprompt: Which?\nanswer: 'a -> b'\nalternatives: [ab]",
            f"id: m\ntype: match\nprompt: M\npairs:\n  '{NASTY}': '{NASTY}'\n  'x': 'y'",
            "id: z\ntype: cloze\ntext: 'Say {{c1::a{b}c::h:int}} now'",
        ],
    )
    out = tmp_path / "nasty.gift"
    CliRunner().invoke(cli, ["export", "gift", str(bank), "-o", str(out)], catch_exceptions=False)
    qs = {q["name"]: q for q in read_gift(out.read_text(encoding="utf-8"))}
    assert qs["c"]["text"] == f"{NASTY}?"
    assert qs["c"]["options"] == [(NASTY, 1.0), ("x=y", 0.0)]
    assert qs["c"]["feedback"] == NASTY
    assert qs["s"]["answers"] == [ANSWER, "a\\*b"]  # \* is a literal star to Moodle
    assert qs["arrow"]["answers"] == ["ab"]  # an answer with '->' would make it matching
    assert qs["m"]["pairs"] == [(NASTY, NASTY), ("x", "y")]
    assert qs["z"]["text"] == "Say _____ (h:int) now" and qs["z"]["answers"] == ["a{b}c"]
    raw = out.read_text(encoding="utf-8")
    assert r"::c::[html]a \~b \=c \#d \{e\} f\:g \\h &lt;i&gt;&amp;amp; -&gt;j // k?{" in raw


def test_escape_functions():
    assert gift.gift_escape("a~b=c#d{e}f:g\\h\nnext") == "a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\nnext"
    assert gift.shown("<b>") == "&lt;b&gt;"
    assert gift.compared("*") == "\\\\*"  # GIFT \\* is Moodle's \* (a literal star)
    assert gift.weight(1 / 3) == "33.33333" and gift.weight(0.5) == "50"


def test_cli_reports_and_writes_atomically(tmp_path, every_type):
    out = tmp_path / "q.gift"
    result = CliRunner().invoke(cli, ["export", "gift", str(every_type), "-o", str(out)])
    assert result.exit_code == 0
    assert result.output.endswith(f"wrote 10 questions to {out}\n")
    assert "warning: every-type/plans-order: GIFT has no ordering type" in result.output
    missing = tmp_path / "nowhere" / "q.gift"
    result = CliRunner().invoke(cli, ["export", "gift", str(every_type), "-o", str(missing)])
    assert result.exit_code == 2
    assert result.output == f"{missing.parent}: no such folder; create it first\n"
    assert sorted(p.name for p in Path(tmp_path).iterdir()) == ["q.gift"]


def test_draft_questions_stay_out_of_moodle_with_a_warning(tmp_path):
    bank = write_bank(
        tmp_path,
        [
            "id: ok\ntype: true_false\nstatement: Checked.\nanswer: true",
            "id: d1\ntype: true_false\nstatement: Machine-drafted.\nanswer: true\ndraft: true",
        ],
    )
    out = tmp_path / "b.gift"
    result = gift.write([load_deck(bank)], out)
    assert [q["name"] for q in read_gift(out.read_text(encoding="utf-8"))] == ["ok"]
    assert result.count == 1
    assert result.warnings == [
        "bank/d1: a draft (machine-drafted, not yet checked); left out, "
        "remove its draft: true to export it"
    ]
