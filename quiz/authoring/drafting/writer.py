"""Turn drafted questions into a deck and write it as YAML that `quiz check` accepts.

The YAML is produced from the model by :func:`quiz.bank.fields.field_specs`, so a draft
has exactly the keys a hand-written deck has, in the order authors write them, with
``source`` and ``tags`` in flow style and a blank line between questions. No I/O here:
:func:`quiz.authoring.drafting.files.write_draft` writes the text to a file.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, fields
from pathlib import Path

import yaml

from quiz.authoring.drafting.candidates import draft_questions
from quiz.authoring.drafting.document import Document
from quiz.authoring.drafting.spots import slug
from quiz.bank.fields import field_specs
from quiz.bank.model import Deck, QuestionBase, Source
from quiz.core.errors import QuizError

UNKNOWN = "unknown"
_COMMON_LAST = ("explanation", "background", "citations", "tags", "points", "image", "draft")


@dataclass(frozen=True)
class DraftOptions:
    """What the document cannot tell: how to cite it. Unset values are guessed."""

    source_id: str = "source"
    title: str | None = None  # default: the document's first line or heading
    author: str | None = None
    publisher: str | None = None  # default: "unknown" when no author is given either
    deck_id: str | None = None  # default: "<file name>-draft"


def draft_deck(doc: Document, options: DraftOptions, *, name: str) -> Deck:
    """The draft deck for a document; ``name`` is the document's file name."""
    questions = draft_questions(doc, options.source_id)
    if not questions:
        raise QuizError(
            f"{name}: found no years, sums, percentages, counts or names to ask about; "
            "nothing to draft"
        )
    source = Source(
        id=options.source_id,
        title=options.title or doc.title,
        author=options.author,
        publisher=options.publisher or (None if options.author else UNKNOWN),
    )
    return Deck(
        id=options.deck_id or f"{slug(Path(name).stem, 8)}-draft",
        title=f"Draft: {source.title}",
        description=f"Drafted by `quiz draft` from {name}. Every question needs review.",
        tags=("draft",),
        sources=(source,),
        questions=tuple(questions),
    )


def deck_yaml(deck: Deck, *, name: str) -> str:
    """The deck as YAML text, with a header that says what to do with it."""
    src = deck.sources[0] if deck.sources else None
    header = [
        f"# Drafted by `quiz draft` from {name}.",
        "# Every question is marked draft: true. Check each against the source, fix or delete it,",
        "# then remove its draft: true line. `quiz check` lists the drafts still left.",
    ]
    if src is not None and src.publisher == UNKNOWN:
        header.append("# Fill in the source's author or publisher below (publisher: unknown).")
    top = {
        "deck": deck.id,
        "title": deck.title,
        "description": deck.description,
        "tags": _Flow(deck.tags),
        "sources": [_plain(s) for s in deck.sources],
    }
    body = _dump(top) + "questions:\n"
    for q in deck.questions:
        body += "\n" + _dump({"questions": [question_dict(q)]}).removeprefix("questions:\n")
    return "\n".join(header) + "\n" + body


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


_Dumper.add_representer(_Flow, _represent_flow)


def _dump(data: object) -> str:
    return yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )
