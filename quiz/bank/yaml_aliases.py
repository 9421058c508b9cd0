"""Anchors and aliases: how much a deck grows when every alias is read in full.

An alias (``*name``) repeats what its anchor (``&name``) holds; libyaml gives both
places the same node, so a few kilobytes of nested aliases can stand for gigabytes
(every export, check and exam would then work through all of it). Before a deck is
built, :func:`measure` counts its size as written (each node once) and as read
(each alias in full) in one pass over the nodes, and finds an alias that contains
itself. (The loader reports a fault in a repeated node once, however many aliases
reach it.)
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from yaml.nodes import MappingNode, Node, ScalarNode

from quiz.core.inputs import ALIAS_EXTRA, size_text

# An anchor: '&' then a name, at the start of a value. Text such as "R&D" or
# "Siemens & Halske" has none, so most decks skip the count entirely.
ANCHOR = re.compile(r"(?:^|[\s\[{,:-])&[^\s\[\]{},]")


@dataclass
class Aliases:
    written: int = 0  # characters of node text, each node counted once
    read: int = 0  # the same with every alias read in full
    largest: Node | None = None  # the shared node whose repeats add the most
    loop: Node | None = None  # a node that contains an alias of itself


def measure(root: Node, text: str) -> Aliases:
    """The sizes of the deck's nodes as written and as read (see the module docstring)."""
    if "&" not in text or not ANCHOR.search(text):
        return Aliases()
    sizes: dict[int, int] = {}
    refs: Counter[int] = Counter()
    nodes: dict[int, Node] = {}
    state: dict[int, int] = {}  # 1: its children are being measured, 2: measured
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if children_done:
            sizes[key] = _own(node) + sum(sizes[id(c)] for c in _children(node))
            state[key] = 2
            continue
        if state.get(key):
            continue
        state[key], nodes[key] = 1, node
        stack.append((node, True))
        for child in _children(node):
            refs[id(child)] += 1
            if state.get(id(child)) == 1:  # still open: an ancestor, so the alias loops
                return Aliases(loop=child)
            if not state.get(id(child)):
                stack.append((child, False))
    shared = {key for key, n in refs.items() if n > 1}
    largest = max(shared, key=lambda k: (refs[k] - 1) * sizes[k], default=None)
    return Aliases(
        written=sum(_own(n) for n in nodes.values()),
        read=sizes[id(root)],
        largest=nodes[largest] if largest is not None else None,
    )


def _own(node: Node) -> int:
    return len(node.value) + 2 if isinstance(node, ScalarNode) else 2


def _children(node: Node) -> list[Node]:
    if isinstance(node, MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, ScalarNode):
        return []
    return list(node.value)


def alias_problem(root: Node, text: str) -> tuple[Node | None, str] | None:
    """(where, message) if the deck's aliases loop or repeat more than its own size plus
    :data:`quiz.core.inputs.ALIAS_EXTRA`; None if they do not."""
    aliases = measure(root, text)
    if aliases.loop is not None:
        return aliases.loop, (
            "an alias inside this list or mapping repeats it, which would never end; "
            "remove the alias"
        )
    if aliases.read - aliases.written > len(text) + ALIAS_EXTRA:
        return aliases.largest, (
            f"aliases (*name) repeat this anchor until the deck reads as "
            f"{size_text(aliases.read)} from a file of {size_text(len(text))}; aliases may "
            f"add at most the file's own size plus {size_text(ALIAS_EXTRA)}: write the text "
            "out, or use fewer aliases"
        )
    return None
