"""A fast first read of a deck's YAML, for the loader, when it can be sure to match libyaml.

libyaml builds a Python node and two marks for every scalar: on a 50,000-question deck
that is 1.5 s and 430 MB before any checking. rapidyaml (C++) parses the same file in
0.2 s and writes it out as JSON in C++; ``json.loads`` turns that into nodes of PyYAML's
classes, so the loader's one builder checks them. They carry no line and column: the
loader uses them only while nothing is wrong, and reads the file again with libyaml to
report any problem at its place (see :func:`quiz.bank.loader.read_deck`).

The nodes must be the ones libyaml would compose (same shapes, tags and text), so
:func:`fast_nodes` returns None whenever it cannot be sure of that:

- libyaml itself must accept the file (its event parser, no Python objects), and compose
  as many nodes as we get, in one document;
- no tabs, anchors, aliases, tags, directives, explicit or container keys, and no line
  breaks that YAML 1.1 and 1.2 read differently (NEL, LS, PS, a lone CR);
- JSON loses whether a scalar was quoted. A string stands for text only when quoted and
  plain would be read alike by the builder (str, int, float and timestamp all read as
  the same text); anything that could be a boolean or null unquoted gives up;
- rapidyaml rewrites a few plain numbers for JSON (``.5`` as ``0.5``, ``1.`` as ``1.0``,
  ``inf`` as ``".inf"``): a number of a shape that may be rewritten gives up when the
  file holds a number written that way.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Iterator
from typing import Any

from yaml import Mark
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import Resolver

from quiz.bank.yaml_nodes import BOOL, FLOAT, INT, MAP, NULL, SEQ, STR, TIMESTAMP

_INDICATORS = re.compile(r"[&*!?%|>\]}\t\r\x85\u2028\u2029]")
_INDENTATION_INDICATOR = re.compile(r"[-+]?[1-9]")
_TOKEN_START = frozenset(" \n[]{},")
_LEADING_DOT_NUMBER = re.compile(r"(?:^|[\s\[{,:])[-+]?\.[0-9]", re.MULTILINE)
_TRAILING_DOT_NUMBER = re.compile(r"[0-9]\.[ \t]*(?:$|#|[,\]}])", re.MULTILINE)
_REWRITTEN = frozenset((".inf", "-.inf", ".nan"))  # what rapidyaml writes for inf, nan...
_AS_TEXT = frozenset((STR, INT, FLOAT, TIMESTAMP))  # tags the builder reads as the same text
_RESOLVED_FIRST = frozenset(c for c in Resolver.yaml_implicit_resolvers if c)
_resolve = Resolver().resolve
_NOWHERE = Mark("", 0, 0, 0, None, 0)


class _Unsure(Exception):
    """The JSON could stand for something libyaml reads otherwise."""


class _Scalar(ScalarNode):
    start_mark = end_mark = _NOWHERE
    style = None

    def __init__(self, tag: str, value: str):
        self.tag, self.value = tag, value


class _Sequence(SequenceNode):
    start_mark = end_mark = _NOWHERE
    flow_style = None

    def __init__(self, value: list[Node]):
        self.tag, self.value = SEQ, value


class _Mapping(MappingNode):
    start_mark = end_mark = _NOWHERE
    flow_style = None

    def __init__(self, value: list[tuple[Node, Node]]):
        self.tag, self.value = MAP, value


def fast_nodes(text: str) -> Node | None:
    """The document's root node as libyaml would compose it (without marks), or None."""
    try:
        import ryml
        from yaml._yaml import CParser
    except ImportError:  # pragma: no cover - no rapidyaml or no libyaml: the loader reads it
        return None
    parser = CParser(text)
    try:
        events = parser.raw_parse()  # libyaml's events, without a Python object each
    except Exception:  # libyaml's own error: the located read reports it
        return None
    finally:
        parser.dispose()
    if events <= 4:  # nothing in the document
        return None
    if "\r\n" in text:
        text = text.replace("\r\n", "\n")  # libyaml reads CRLF as LF; so must rapidyaml
    if _unsure_text(text):
        return None
    try:
        json_text = _as_json(ryml, text.encode("utf-8"))
        if json_text is None:
            return None
        reader = _JsonReader(text)
        root = reader.read(json_text)
    except Exception:  # _Unsure, or JSON or rapidyaml refused: libyaml reads it all
        return None
    # stream and document start and end are 4 events; each scalar 1, each collection 2
    return root if reader.events + 4 == events else None


def _unsure_text(text: str) -> bool:
    """Whether the text may hold what the fast read leaves to libyaml: tabs, a CR that is
    not in CRLF, NEL, LS, PS; anchors, aliases, tags, explicit keys and directives (an
    indicator at the start of a token); a list or mapping as a key ('] :' or '}:'); block
    scalars with an indentation indicator ('|2') or a comment on their first line, or at
    the end of a file without a final line break (the two parsers keep their spaces and
    last break differently)."""
    if not text.endswith("\n"):
        return True
    for match in _INDICATORS.finditer(text):
        i = match.start()
        char, before = text[i], text[i - 1] if i else "\n"
        if char in "]}":
            rest = text[i + 1 : i + 80].lstrip(" ")
            if rest[:1] == ":" and rest[1:2] in ("", " ", "\n"):
                return True
        elif char in "&*!":
            if before in _TOKEN_START and text[i + 1 : i + 2] not in ("", " ", "\n"):
                return True
        elif char == "?":
            if before in _TOKEN_START:
                return True
        elif char in "|>":
            header = text[i + 1 : text.find("\n", i)]  # rapidyaml reads '> #-' as '>-'
            if before in _TOKEN_START and (
                _INDENTATION_INDICATOR.match(text, i + 1) or "#" in header
            ):
                return True
        elif char != "%" or before == "\n":
            return True
    return False


def _as_json(ryml: Any, data: bytes) -> str | None:
    with _quiet_stderr():
        tree = ryml.parse_in_arena(data)
        node = tree.root_id()
        if tree.is_stream(node):  # an explicit '---': one document, or give up
            if tree.num_children(node) != 1:
                return None
            node = tree.first_child(node)
        return ryml.emit_json(tree, node)


@contextlib.contextmanager
def _quiet_stderr() -> Iterator[None]:
    """rapidyaml prints what it cannot read (a mapping as a key...) to stderr before it
    raises; libyaml's read reports it properly, so the print is dropped."""
    try:
        saved = os.dup(2)
    except OSError:  # pragma: no cover - no stderr at all
        yield
        return
    quiet = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(quiet, 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(quiet)


class _JsonReader:
    """Nodes from rapidyaml's JSON, counting the events libyaml would have seen."""

    def __init__(self, text: str):
        self.source = text
        self.events = 0
        self.keys: dict[str, _Scalar] = {}
        self.plain_numbers_rewritten: dict[re.Pattern[str], bool] = {}

    def read(self, json_text: str) -> Node:
        value = json.loads(
            json_text,
            object_pairs_hook=self.mapping,
            parse_int=self.number,
            parse_float=self.number,
            parse_constant=self.constant,
        )
        return self.node(value)

    def mapping(self, pairs: list[tuple[str, Any]]) -> _Mapping:
        self.events += 2 + len(pairs)
        keys, node = self.keys, self.node
        out: list[tuple[Node, Node]] = []
        for key, value in pairs:
            key_node = keys.get(key)
            if key_node is None:
                key_node = keys[key] = self.text(key)
                self.events -= 1  # text() counted it again
            out.append((key_node, node(value)))
        return _Mapping(out)

    def node(self, value: Any) -> Node:
        kind = type(value)
        if kind is str:
            return self.text(value)
        if kind is _Mapping or kind is _Scalar:  # already counted
            return value
        if kind is list:
            self.events += 2
            return _Sequence([self.node(item) for item in value])
        self.events += 1
        if value is None:
            return _Scalar(NULL, "")
        return _Scalar(BOOL, "true" if value else "false")

    def text(self, value: str) -> _Scalar:
        """A string: text, unless unquoted it could be something else (then unsure)."""
        self.events += 1
        if (
            value
            and value[0] in _RESOLVED_FIRST
            and (value in _REWRITTEN or _resolve(ScalarNode, value, (True, False)) not in _AS_TEXT)
        ):
            raise _Unsure(value)
        return _Scalar(STR, value)

    def number(self, text: str) -> _Scalar:
        self.events += 1
        if "." in text:
            body = text.removeprefix("-")
            if body.startswith("0.") and self.written(_LEADING_DOT_NUMBER):
                raise _Unsure(text)  # may have been .5
            if body.endswith(".0") and self.written(_TRAILING_DOT_NUMBER):
                raise _Unsure(text)  # may have been 1.
        return _Scalar(_resolve(ScalarNode, text, (True, False)), text)

    def written(self, pattern: re.Pattern[str]) -> bool:
        """Whether the file may hold a plain number of this shape (asked once each)."""
        found = self.plain_numbers_rewritten.get(pattern)
        if found is None:
            found = self.plain_numbers_rewritten[pattern] = bool(pattern.search(self.source))
        return found

    def constant(self, text: str) -> Any:
        raise _Unsure(text)
