"""The HTML fields of each question type's Anki note.

Every text from a deck is data, so it is HTML-escaped before it enters a field;
only the markup built here (lists, tables) is live HTML. Cloze text is escaped
piece by piece so the ``{{c1::answer::hint}}`` markers survive. Lists shown on the
question side (order items, the right column of a match) are shuffled by a fixed
permutation per question, so a re-export produces identical fields.
"""

from __future__ import annotations

from collections.abc import Sequence

from quiz.bank.cloze import parse_cloze
from quiz.bank.model import (
    Choice,
    Cloze,
    Flashcard,
    Match,
    Multi,
    Numeric,
    Order,
    Question,
    Short,
    TrueFalse,
)
from quiz.core.numbers import plain_number

# Fields of each note kind (Anki note type), then the fields every kind ends with.
KIND_FIELDS: dict[str, tuple[str, ...]] = {
    "basic": ("Front", "Back"),
    "reversed": ("Front", "Back"),
    "cloze": ("Text",),
    "typein": ("Prompt", "Answer", "Hint", "Accepted"),
    "choice": ("Prompt", "Instruction", "Options", "Answer"),
    "list": ("Prompt", "Items", "Answer"),
}
COMMON_FIELDS = ("Image", "Explanation", "Source")


def esc(text: str) -> str:
    """Plain text as field HTML: ``<``, ``>`` and ``&`` escaped, line breaks kept."""
    return _escape(text.strip())


def _escape(text: str) -> str:
    # html.escape(text, quote=False) plus <br>; testing first halves the time of an export
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\n" in text:
        text = text.replace("\n", "<br>")
    return text


def cloze_html(text: str) -> str:
    """Escape cloze text around and inside the deletions, keeping ``{{cN::answer::hint}}``."""
    text = text.strip()
    out, pos = [], 0
    for d in parse_cloze(text):
        out.append(_escape(text[pos : d.start]))
        hint = "" if d.hint is None else "::" + _escape(d.hint)
        out.append(f"{{{{c{d.number}::{_escape(d.answer)}{hint}}}}}")
        pos = d.end
    out.append(_escape(text[pos:]))
    return "".join(out)


def _list(tag: str, items: Sequence[str], cls: str) -> str:
    return f'<{tag} class="{cls}">' + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{tag}>"


def _marked(options: Sequence[str], correct: set[str]) -> str:
    rows = (
        f'<li class="correct"><b>✓ {esc(o)}</b></li>' if o in correct else f"<li>{esc(o)}</li>"
        for o in options
    )
    return '<ol class="options marked">' + "".join(rows) + "</ol>"


def _shuffled(items: Sequence[str], seed: bytes) -> list[str]:
    """A fixed shuffle per question (re-exports stay identical) that never shows the answer.

    Fisher-Yates driven by the bytes of the note's GUID hash: no random state to seed.
    """
    out = list(items)
    for i in range(len(out) - 1, 0, -1):
        j = seed[i % len(seed)] % (i + 1)
        out[i], out[j] = out[j], out[i]
    if out == list(items) and len(out) > 1:
        out = out[1:] + out[:1]
    return out


def _label(index: int) -> str:
    """A, B, ... Z, then AA, AB, ...: labels for the right-hand column of a match."""
    return _label(index // 26 - 1) + chr(65 + index % 26) if index >= 26 else chr(65 + index)


def _typein(prompt: str, answer: str, hint: str, accepted: str) -> dict[str, str]:
    return {"Prompt": esc(prompt), "Answer": answer, "Hint": hint, "Accepted": accepted}


def question_fields(q: Question, seed: bytes) -> tuple[str, dict[str, str]]:
    """The note kind and the type-specific fields (HTML) of one question."""
    if isinstance(q, Flashcard):
        return ("reversed" if q.reverse else "basic"), {"Front": esc(q.front), "Back": esc(q.back)}
    if isinstance(q, Cloze):
        return "cloze", {"Text": cloze_html(q.text)}
    if isinstance(q, Short):
        also = ", ".join(q.alternatives)
        accepted = f"Also accepted: {esc(also)}" if also else ""
        return "typein", _typein(q.prompt, esc(q.answer), "", accepted)
    if isinstance(q, Numeric):
        unit = f" {q.unit}" if q.unit else ""
        accepted = ""
        if q.tolerance:
            low, high = plain_number(q.answer - q.tolerance), plain_number(q.answer + q.tolerance)
            accepted = esc(f"Accepted: {low} to {high}{unit}")
        hint = esc(f"Unit: {q.unit}") if q.unit else ""
        return "typein", _typein(q.prompt, plain_number(q.answer), hint, accepted)
    if isinstance(q, (Choice, Multi, TrueFalse)):
        options: tuple[str, ...]
        if isinstance(q, TrueFalse):
            prompt, options, correct = q.statement, ("True", "False"), {str(q.answer)}
            instruction = "True or false?"
        elif isinstance(q, Choice):
            prompt, options, correct = q.prompt, q.options, {q.answer}
            instruction = "Choose one."
        else:
            prompt, options, correct = q.prompt, q.options, set(q.answers)
            instruction = "Choose all that apply."
        return "choice", {
            "Prompt": esc(prompt),
            "Instruction": instruction,
            "Options": _list("ol", options, "options"),
            "Answer": _marked(options, correct),
        }
    if isinstance(q, Order):
        items = _list("ul", _shuffled(q.items, seed), "items")
        return "list", {
            "Prompt": esc(q.prompt),
            "Items": items,
            "Answer": _list("ol", q.items, "items"),
        }
    if isinstance(q, Match):
        lefts = [left for left, _ in q.pairs]
        rights = _shuffled(list(q.rights), seed)  # spares too, so no pair comes free
        rows = "".join(
            f"<tr><td>{f'{i + 1}. ' + esc(lefts[i]) if i < len(lefts) else ''}</td>"
            f"<td>{_label(i)}. {esc(right)}</td></tr>"
            for i, right in enumerate(rights)
        )
        answer = "".join(f"<tr><td>{esc(lf)}</td><td>→ {esc(r)}</td></tr>" for lf, r in q.pairs)
        return "list", {
            "Prompt": esc(q.prompt),
            "Items": f'<table class="match">{rows}</table>',
            "Answer": f'<table class="match">{answer}</table>',
        }
    raise TypeError(f"no Anki note for question type {type(q).__name__}")
