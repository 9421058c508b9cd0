"""Small readers of PyYAML nodes for the loader: tags, children, locations, descriptions."""

from __future__ import annotations

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

_T = "tag:yaml.org,2002:"
STR, INT, FLOAT, BOOL, NULL = _T + "str", _T + "int", _T + "float", _T + "bool", _T + "null"
TIMESTAMP = _T + "timestamp"
SCALAR_TAGS = {STR, INT, FLOAT, BOOL, NULL, TIMESTAMP}
MAP, SEQ = _T + "map", _T + "seq"


def join(field: str, key: str) -> str:
    return key if field == "deck" else f"{field}.{key}"


def locate(m: dict[str, tuple[Node, Node]], name: str, default: Node) -> Node:
    """The node of a field named like 'answer' or 'options[2]'."""
    key, _, index = name.partition("[")
    if key not in m:
        return default
    node = m[key][1]
    if index and isinstance(node, SequenceNode):
        i = int(index.rstrip("]"))
        if 0 <= i < len(node.value):
            return node.value[i]
    return node


def describe(node: Node) -> str:
    """How a node reads in a message: 'a list', 'nothing', the value, or its odd tag."""
    if node.tag not in SCALAR_TAGS | {MAP, SEQ}:
        return f"unsupported tag {node.tag.replace(_T, '!!')}"
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    if node.tag not in SCALAR_TAGS:
        return f"unsupported tag {node.tag.replace(_T, '!!')}"
    if node.tag == NULL:
        return "nothing"
    value = node.value if len(node.value) <= 40 else node.value[:37] + "..."
    return f"{value!r}"


def child(node: Node | None, key: str) -> Node | None:
    if isinstance(node, MappingNode):
        for k, v in node.value:
            if isinstance(k, ScalarNode) and k.value == key:
                return v
    return None


def scalar(node: Node | None) -> str | None:
    return node.value if isinstance(node, ScalarNode) and node.tag in SCALAR_TAGS else None
