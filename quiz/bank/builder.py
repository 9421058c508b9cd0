"""Deck nodes become :class:`quiz.bank.model.Deck`, every problem collected with its place.

The loader (:mod:`quiz.bank.loader`) hands over the composed YAML nodes; the model is
built from them here, driven by :func:`quiz.bank.fields.field_specs`. Nothing is ever
constructed from a YAML tag, so ``!!python/object`` is just an error, and every problem
in the file is collected before we give up.

A builder made with ``located=False`` is for nodes without line and column (the fast
read): it stops at the first problem with :class:`Unlocated`, so that the loader reads
the file again with libyaml to say where.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from quiz.bank.fields import FieldSpec, field_specs
from quiz.bank.model import QUESTION_TYPES, SLUG_RE, Deck, Source, SourceRef
from quiz.bank.rules import cross_checks
from quiz.bank.scalars import STAND_INS, BadScalar, bool_value, number_value, text_value
from quiz.bank.slugs import slug_problem
from quiz.bank.yaml_nodes import (
    MAP,
    SCALAR_TAGS,
    SEQ,
    describe,
    join,
    locate,
    scalar,
)
from quiz.core.errors import Problem
from quiz.core.words import closest

INVALID: Any = object()  # a value that failed; its problem is already recorded
Progress = Callable[[int, int], None]  # (questions built, questions in the deck)
PROGRESS_EVERY = 500  # questions between two calls of a progress callback
_INDEX = re.compile(r"\[\d+\]")


@functools.cache
def _keys(cls: type) -> frozenset[str]:
    return frozenset(spec.key for spec in field_specs(cls))


class Unlocated(Exception):
    """A problem found in nodes without places: read the file again to locate it."""


class Builder:
    def __init__(
        self,
        path: str,
        located: bool = True,
        progress: Progress | None = None,
        ascii_only: bool = False,
    ):
        self.path = path
        self.ascii_only = ascii_only  # the file is ASCII: no text can look like another
        self.located = located
        self.progress = progress
        self.problems: list[Problem] = []
        self.questions: list[Any] = []  # built questions (INVALID where one failed)
        self.question_nodes: list[Node] = []
        self._reported: set[tuple[int, int, str, str, str]] = set()

    def add(self, node: Node | None, field: str, message: str, severity: str = "error") -> None:
        """Record a problem; one found again through an alias (the same place, field
        and message, whatever the list index) is reported once."""
        if not self.located:
            raise Unlocated(field)
        line, col = (node.start_mark.line + 1, node.start_mark.column + 1) if node else (1, 1)
        key = (line, col, severity, message, _INDEX.sub("[]", field))
        if key not in self._reported:
            self._reported.add(key)
            self.problems.append(Problem(self.path, line, col, field, message, severity))

    # -- shapes --------------------------------------------------------------------------

    def mapping(self, node: Node, field: str, what: str) -> dict[str, tuple[Node, Node]] | None:
        if not isinstance(node, MappingNode) or node.tag != MAP:
            self.add(
                node, field, f"expected {what} (a mapping of key: value), got {describe(node)}"
            )
            return None
        out: dict[str, tuple[Node, Node]] = {}
        for key, value in node.value:
            if not isinstance(key, ScalarNode) or key.tag not in SCALAR_TAGS:
                self.add(key, field, "keys must be plain words")
                continue
            if not key.value.strip():
                self.add(key, field, "empty key")
                continue
            if key.value in out:
                first = out[key.value][0].start_mark.line + 1
                self.add(key, join(field, key.value), f"repeated key (first on line {first})")
                continue
            out[key.value] = (key, value)
        return out

    def build(
        self,
        cls: type,
        node: Node,
        field: str,
        what: str,
        extra: tuple[str, ...] = (),
        m: dict[str, tuple[Node, Node]] | None = None,
    ):
        """Build a model object from a mapping node (``m``, if already read), recording
        every fault."""
        if m is None:
            m = self.mapping(node, field, what)
        if m is None:
            return INVALID
        specs = field_specs(cls)
        known = _keys(cls)
        for key, (key_node, _) in m.items():
            if key not in known and key not in extra:
                takes = f"{what} takes {', '.join(s.key for s in specs)}"
                hint = closest(key, known)
                message = f"did you mean {hint!r}? ({takes})" if hint else takes
                self.add(key_node, join(field, key), f"unknown key; {message}")
        kwargs: dict[str, Any] = {}
        broken_required = False
        broken_optional: list[FieldSpec] = []
        for spec in specs:
            entry = m.get(spec.key)
            if entry is None:
                if spec.required:
                    self.add(node, join(field, spec.key), "missing; it is required")
                    broken_required = True
                continue
            value = self.value(spec, entry[1], join(field, spec.key))
            if value is INVALID:
                broken_required |= spec.required
                if not spec.required:
                    broken_optional.append(spec)
            elif value is not None:
                kwargs[spec.name] = value
        if broken_required:
            return INVALID
        # With only optional fields broken, the rules across fields (an answer among the
        # options...) still run on the rest, so one run reports everything; but only the
        # problems the broken fields did not cause: those that stay with a stand-in value
        # in their place ("give one of section or page" is no news when page is broken).
        obj = cls(**kwargs)
        problems: list[tuple[str, str]] = getattr(obj, "problems", list)()
        if broken_optional:
            stand_ins = {spec.name: STAND_INS[spec.kind] for spec in broken_optional}
            problems = [p for p in problems if p in cls(**kwargs, **stand_ins).problems()]
        for name, message in problems:
            self.add(locate(m, name, node), join(field, name), message)
        if broken_optional:
            return INVALID
        for name, message in getattr(obj, "warnings", list)():
            self.add(locate(m, name, node), join(field, name), message, "warning")
        return obj

    def value(self, spec: FieldSpec, node: Node, field: str) -> Any:
        kind = spec.kind
        if kind == "text":
            value = self.text(node, field, spec.required)
            if (
                isinstance(value, str)
                and spec.pattern
                and not SLUG_RE.match(value)
                and (problem := slug_problem(value))
            ):
                self.add(node, field, problem)
                return INVALID
            return value
        if kind == "bool":
            try:
                return bool_value(node)
            except BadScalar as e:
                self.add(node, field, str(e))
                return INVALID
        if kind == "number":
            return self.number(spec, node, field)
        if kind == "refs" and isinstance(node, MappingNode):  # one citation, not a list
            ref = self.build(SourceRef, node, field, "a citation")
            return INVALID if ref is INVALID else (ref,)
        if kind == "pairs":
            m = self.mapping(node, field, "pairs")
            if m is None:
                return INVALID
            keys = [self.text(k, join(field, k.value), True) for k, _ in m.values()]
            pairs = [(k, self.text(v, join(field, k), True)) for k, (_, v) in m.items()]
            if INVALID in keys or any(v is INVALID or v is None for _, v in pairs):
                return INVALID
            return self.count(spec, node, field, tuple(pairs), given=len(node.value))
        if not isinstance(node, SequenceNode) or node.tag != SEQ:
            what = "a citation or a list of them" if kind == "refs" else "a list"
            self.add(node, field, f"expected {what}, got {describe(node)}")
            return INVALID
        if kind == "texts":
            items = [self.text(n, f"{field}[{i}]", True) for i, n in enumerate(node.value)]
            if spec.pattern:
                for i, (n, v) in enumerate(zip(node.value, items, strict=False)):
                    if isinstance(v, str) and not SLUG_RE.match(v) and (problem := slug_problem(v)):
                        self.add(n, f"{field}[{i}]", problem)
                        items[i] = INVALID
        elif kind == "refs":
            items = [
                self.build(SourceRef, n, f"{field}[{i}]", "a citation")
                for i, n in enumerate(node.value)
            ]
            for i, ref in enumerate(items):
                if ref is not INVALID and ref in items[:i]:
                    self.add(node.value[i], f"{field}[{i}]", "repeats an earlier citation")
                    items[i] = INVALID
        elif kind == "sources":
            items = [
                self.build(Source, n, f"{field}[{i}]", "a source") for i, n in enumerate(node.value)
            ]
        else:
            items = self.question_list(node.value, field)
            self.questions, self.question_nodes = items, node.value
        if any(v is INVALID or v is None for v in items):
            return INVALID
        return self.count(spec, node, field, tuple(items))

    def count(self, spec: FieldSpec, node: Node, field: str, items: tuple, given: int = -1) -> Any:
        """Check the number of entries (``given`` counts repeated keys, already reported)."""
        n = len(items) if given < 0 else given
        if spec.min_items and n < spec.min_items:
            self.add(node, field, f"needs at least {spec.min_items}, has {n}")
            return INVALID
        if spec.max_items and n > spec.max_items:
            self.add(node, field, f"takes at most {spec.max_items}, has {n}")
            return INVALID
        return items

    def text(self, node: Node, field: str, required: bool) -> Any:
        try:
            return text_value(node, required)
        except BadScalar as e:
            self.add(node, field, str(e))
            return INVALID

    def number(self, spec: FieldSpec, node: Node, field: str) -> Any:
        try:
            return number_value(spec, node)
        except BadScalar as e:
            self.add(node, field, str(e))
            return INVALID

    # -- questions and the deck ----------------------------------------------------------

    def question_list(self, nodes: list[Node], field: str) -> list[Any]:
        progress, total = self.progress, len(nodes)
        items = []
        for i, node in enumerate(nodes):
            if progress and i % PROGRESS_EVERY == 0:
                progress(i, total)
            items.append(self.question(node, f"{field}[{i}]"))
        if progress:
            progress(total, total)
        return items

    def question(self, node: Node, field: str) -> Any:
        m = self.mapping(node, field, "a question")
        if m is None:
            return INVALID
        types = ", ".join(QUESTION_TYPES)
        if "type" not in m:
            self.add(node, join(field, "type"), f"missing; one of {types}")
            return INVALID
        type_node = m["type"][1]
        given = scalar(type_node) or ""
        cls = QUESTION_TYPES.get(given)
        if cls is None:
            hint = closest(given, QUESTION_TYPES) if given else None
            message = (
                f" {given!r}; did you mean {hint!r}? (one of {types})"
                if hint
                else (f"; one of {types}")
            )
            self.add(type_node, join(field, "type"), f"unknown type{message}")
            return INVALID
        return self.build(cls, node, field, f"a {cls.type} question", extra=("type",), m=m)

    def deck(self, node: Node) -> Deck | None:
        deck = self.build(Deck, node, "deck", "a deck")
        if isinstance(node, MappingNode):
            cross_checks(
                self.add,
                Path(self.path),
                node,
                self.questions,
                self.question_nodes,
                look_alikes=not self.ascii_only,
            )
        self.problems.sort(key=lambda p: (p.line, p.col))
        return None if deck is INVALID else deck
