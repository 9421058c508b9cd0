"""Options, order items and match columns as Anki field HTML, front and back.

Each list is written in the order of the card's :class:`~quiz.answers.arrangement.
Arrangement` (:mod:`quiz.export.anki_order`). For quiz's own note types the labels
(A, B ...; 1, 2 ...) come from the stylesheet, by position, so the card script can
shuffle the front at review time and relabel the back to match: lists of one note share
a ``data-shuffle`` name, and the back carries where each entry stood on the front
(``data-at``, ``data-left``, ``data-right``) and its label then (``data-label``). Only the
back says which option is right (``data-k`` is the option's place in the deck, which
``quiz import`` reads back).

For Anki's stock note types (``stock``: the CSV export) there is neither stylesheet nor
script: labels are written out, and lists are a left-aligned block with inline styles,
so they neither centre on Basic's centred card nor run their cells together.
"""

from __future__ import annotations

from collections.abc import Sequence

from quiz.answers.arrangement import TRUE_FALSE, Arrangement, letter
from quiz.bank.model import Choice, Match, Multi, Order, TrueFalse
from quiz.export.anki_text import esc

_BLOCK = '<div style="display: inline-block; text-align: left">'
_CELL = ' style="padding: .15em 1.2em .15em 0; text-align: left; vertical-align: top"'


def label(position: int) -> str:
    """A, B, C ...: the label of a shown position."""
    return letter(position).upper()


def _rows(rows: Sequence[str]) -> str:
    return _BLOCK + "".join(f"<div>{row}</div>" for row in rows) + "</div>"


def _mark(text: str, right: bool) -> str:
    return f"<b>✓ {text}</b>" if right else text


def choice_fields(
    q: Choice | Multi | TrueFalse, shown: Arrangement, tag: str, stock: bool
) -> dict[str, str]:
    """Prompt, Instruction, Options (front) and Answer (back, the right ones marked ✓)."""
    options: tuple[str, ...]
    if isinstance(q, TrueFalse):
        prompt, options, rights = q.statement, TRUE_FALSE, {0 if q.answer else 1}
        instruction = "True or false?"
    elif isinstance(q, Choice):
        prompt, options, rights = q.prompt, q.options, {q.options.index(q.answer)}
        instruction = "Choose one."
    else:
        prompt, options = q.prompt, q.options
        rights = {i for i, option in enumerate(options) if option in q.answers}
        instruction = "Choose all that apply."
    texts = [esc(o) for o in options]
    fields = {"Prompt": esc(prompt), "Instruction": instruction}
    if stock:
        lettered = not isinstance(q, TrueFalse)

        def row(pos: int, i: int, marked: bool) -> str:
            text = _mark(texts[i], marked and i in rights)
            return f"{label(pos)}. {text}" if lettered else text

        fields["Options"] = _rows([row(p, i, False) for p, i in enumerate(shown.order)])
        fields["Answer"] = _rows([row(p, i, True) for p, i in enumerate(shown.order)])
        return fields
    if isinstance(q, TrueFalse):
        opening = '<ol class="options tf">'
        fields["Options"] = opening + "".join(f"<li>{t}</li>" for t in texts) + "</ol>"
        marked = (_marked_li(t, i in rights) for i, t in enumerate(texts))
        fields["Answer"] = '<ol class="options tf marked">' + "".join(marked) + "</ol>"
        return fields
    front = "".join(f"<li>{texts[i]}</li>" for i in shown.order)
    back = "".join(_marked_li(texts[i], i in rights, f' data-k="{i}"') for i in shown.order)
    fields["Options"] = f'<ol class="options" data-shuffle="{tag}">{front}</ol>'
    fields["Answer"] = f'<ol class="options marked" data-shuffle="{tag}">{back}</ol>'
    return fields


def _marked_li(text: str, right: bool, attributes: str = "") -> str:
    if right:
        return f'<li class="correct"{attributes}>{_mark(text, True)}</li>'
    return f"<li{attributes}>{text}</li>"


def order_fields(q: Order, shown: Arrangement, tag: str, stock: bool) -> dict[str, str]:
    """Prompt, Items (front, lettered) and Answer (back: the right order, each item with
    the letter it had on the front)."""
    texts = [esc(item) for item in q.items]
    at = {item: pos for pos, item in enumerate(shown.order)}
    fields = {"Prompt": esc(q.prompt)}
    if stock:
        fields["Items"] = _rows([f"{label(p)}. {texts[i]}" for p, i in enumerate(shown.order)])
        fields["Answer"] = _rows(
            [f"{rank + 1}. <b>{label(at[rank])}</b> {text}" for rank, text in enumerate(texts)]
        )
        return fields
    front = "".join(f"<li>{texts[i]}</li>" for i in shown.order)
    back = "".join(
        f'<li data-at="{at[rank]}" data-label="{label(at[rank])}">{text}</li>'
        for rank, text in enumerate(texts)
    )
    fields["Items"] = f'<ol class="items" data-shuffle="{tag}">{front}</ol>'
    fields["Answer"] = f'<ol class="order" data-shuffle="{tag}">{back}</ol>'
    return fields


def match_fields(q: Match, shown: Arrangement, tag: str, stock: bool) -> dict[str, str]:
    """Prompt, Items (front: numbered left column, lettered right column, spares among the
    right-hand entries) and Answer (back: each pair with the number and letter it had on
    the front, then the spares, which match nothing)."""
    lefts = [esc(left) for left, _ in q.pairs]
    rights = [esc(right) for right in q.rights]
    n, m = len(lefts), len(rights)
    row_of = {pair: row for row, pair in enumerate(shown.left)}
    col_of = {entry: pos for pos, entry in enumerate(shown.order)}
    spares = sorted(range(n, m), key=col_of.__getitem__)
    fields = {"Prompt": esc(q.prompt)}
    if stock:
        table = '<table style="border-collapse: collapse; margin: 0 auto">'
        front = [
            f"<td{_CELL}>{f'{row + 1}. {lefts[shown.left[row]]}' if row < n else ''}</td>"
            f"<td{_CELL}>{label(row)}. {rights[shown.order[row]]}</td>"
            for row in range(m)
        ]
        back = [
            f"<td{_CELL}>{row_of[p] + 1}. {lefts[p]}</td>"
            f"<td{_CELL}>→ {label(col_of[p])}. {rights[p]}</td>"
            for p in sorted(range(n), key=row_of.__getitem__)
        ]
        back += [f"<td{_CELL}></td><td{_CELL}>{label(col_of[s])}. {rights[s]}</td>" for s in spares]
        fields["Items"] = table + "".join(f"<tr>{r}</tr>" for r in front) + "</table>"
        fields["Answer"] = table + "".join(f"<tr>{r}</tr>" for r in back) + "</table>"
        return fields
    front = [
        f'<td class="left">{lefts[shown.left[row]] if row < n else ""}</td>'
        f'<td class="right">{rights[shown.order[row]]}</td>'
        for row in range(m)
    ]
    back = [
        f'<tr data-left="{row_of[p]}" data-right="{col_of[p]}">'
        f'<td class="left" data-label="{row_of[p] + 1}">{lefts[p]}</td>'
        f'<td class="right" data-label="{label(col_of[p])}">{rights[p]}</td></tr>'
        for p in range(n)
    ]
    back += [
        f'<tr class="spare" data-right="{col_of[s]}"><td class="left"></td>'
        f'<td class="right" data-label="{label(col_of[s])}">{rights[s]}</td></tr>'
        for s in spares
    ]
    opening = f'data-shuffle="{tag}" data-sizes="{n} {m}"'
    fields["Items"] = (
        f'<table class="match" {opening}>' + "".join(f"<tr>{r}</tr>" for r in front) + "</table>"
    )
    fields["Answer"] = f'<table class="match pairs" {opening}>{"".join(back)}</table>'
    return fields
