"""A deck as YAML text that `quiz check` accepts: the one YAML writer (drafts, imports).

The YAML is produced from the model by :func:`quiz.bank.fields.field_specs`, so a
written deck has exactly the keys a hand-written deck has, in the order authors write
them, with ``source`` and ``tags`` in flow style, text with line breaks as ``|``
blocks and a blank line between questions. No I/O here.
"""

from __future__ import annotations

from dataclasses import MISSING, fields

import yaml

from quiz.bank.fields import field_specs
from quiz.bank.model import Deck, QuestionBase

_COMMON_LAST = ("explanation", "background", "citations", "tags", "points", "image", "draft")


def deck_yaml(deck: Deck, *, header: list[str] | tuple[str, ...] = ()) -> str:
    """The deck as YAML text, after ``header`` (comment lines, without the ``#``)."""
    top = {
        "deck": deck.id,
        "title": deck.title,
        "description": deck.description,
        "tags": _Flow(deck.tags),
        "sources": [_plain(s) for s in deck.sources],
    }
    for key, value in (("description", deck.description), ("tags", deck.tags)):
        if not value:
            del top[key]
    body = _dump(top) + "questions:\n"
    for q in deck.questions:
        body += "\n" + _dump({"questions": [question_dict(q)]}).removeprefix("questions:\n")
    return "".join(f"# {line}\n" for line in header) + body


def question_dict(q: QuestionBase) -> dict:
    """A question as the mapping a deck file holds: defaults left out, keys in author order."""
    defaults = {
        f.name: f.default for f in fields(q) if f.default is not MISSING and f.name != "type"
    }
    specs = {s.name: s for s in field_specs(type(q))}
    own = [n for n in specs if n not in ("id", *_COMMON_LAST)]
    out: dict = {"id": q.id, "type": q.type}
    for name in (*own, *_COMMON_LAST):
        value = getattr(q, name)
        if name in defaults and value == defaults[name]:
            continue
        kind = specs[name].kind
        if kind == "refs":  # one citation as a mapping, several as a list of them
            flows = [_Flow(_plain(ref)) for ref in value]
            value = flows[0] if len(flows) == 1 else flows
        elif kind == "pairs":
            value = dict(value)
        elif kind == "texts":
            value = _Flow(value) if name == "tags" else list(value)
        elif kind == "number" and float(value).is_integer():
            value = int(value)
        out[specs[name].key] = value
    return out


def _plain(obj: object) -> dict:
    return {s.key: getattr(obj, s.name) for s in field_specs(type(obj)) if getattr(obj, s.name)}


class _Flow:
    """A mapping or list written on one line: ``{id: article, section: German loans}``."""

    def __init__(self, value: dict | list | tuple):
        self.value = value


class _Dumper(yaml.SafeDumper):
    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)  # "  - item" under a key, as authors write it


def _represent_flow(dumper: yaml.SafeDumper, data: _Flow) -> yaml.Node:
    if isinstance(data.value, dict):
        return dumper.represent_mapping("tag:yaml.org,2002:map", data.value, flow_style=True)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", list(data.value), flow_style=True)


def _represent_text(dumper: yaml.SafeDumper, data: str) -> yaml.Node:
    """Several lines as a ``|`` block when YAML can hold them so (no trailing spaces)."""
    lines = data.split("\n")
    if len(lines) > 1 and all(line == line.rstrip() for line in lines) and data.strip() == data:
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|")
    return dumper.represent_str(data)


_Dumper.add_representer(_Flow, _represent_flow)
_Dumper.add_representer(str, _represent_text)


def _dump(data: object) -> str:
    return yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )
