"""One YAML scalar read as a field's value (text, number, true or false), or the
one-line problem with it, raised as :class:`BadScalar` for the builder to place."""

from __future__ import annotations

import math
import re
from typing import Any

import yaml
from yaml.nodes import Node, ScalarNode

from quiz.bank.fields import FieldSpec
from quiz.bank.yaml_nodes import BOOL, FLOAT, INT, NULL, SCALAR_TAGS, describe
from quiz.core.console import CONTROL_CHARACTERS
from quiz.core.inputs import FIELD_CHARS

# Unicode's 66 noncharacters: U+FDD0..U+FDEF and the last two code points of every plane;
# no file format takes them as text (XML, for one, may not hold them)
NONCHARACTERS = re.compile(
    "[\ufdd0-\ufdef"
    + "".join(chr(plane + 0xFFFE) + chr(plane + 0xFFFF) for plane in range(0, 0x110000, 0x10000))
    + "]"
)
_scalars = yaml.constructor.SafeConstructor()
# A valid value of each kind of field, standing in for one that failed (see Builder.build).
STAND_INS: dict[str, Any] = {
    "text": "?",
    "bool": False,
    "number": 1.0,
    "texts": (),
    "pairs": (),
    "refs": (),
    "sources": (),
    "questions": (),
}


class BadScalar(ValueError):
    """What is wrong with a scalar, said in one line."""


def text_value(node: Node, required: bool) -> str | None:
    """The text of ``node``; None for an empty optional field."""
    if not isinstance(node, ScalarNode) or node.tag not in SCALAR_TAGS:
        raise BadScalar(f"expected text, got {describe(node)}")
    if node.tag == BOOL:
        raise BadScalar(f"expected text, got {node.value}; put it in quotes")
    if node.tag == NULL or not node.value.strip():
        if required:
            raise BadScalar("is empty")
        return None
    if len(node.value) > FIELD_CHARS:
        raise BadScalar(
            f"is {len(node.value):,} characters long; a text holds at most "
            f"{FIELD_CHARS:,}: shorten it"
        )
    for pattern, kind in (
        (CONTROL_CHARACTERS, "control character"),
        (NONCHARACTERS, "noncharacter"),
    ):
        bad = pattern.search(node.value)
        if bad:
            raise BadScalar(f"contains the {kind} U+{ord(bad.group()):04X}; remove it")
    return node.value


def number_value(spec: FieldSpec, node: Node) -> float:
    """The finite number of ``node``, within the field's bounds."""
    if not isinstance(node, ScalarNode) or node.tag not in (INT, FLOAT):
        hint = "; write 1000, not 1,000" if "," in str(getattr(node, "value", "")) else ""
        raise BadScalar(f"expected a number, got {describe(node)}{hint}")
    value = (
        _scalars.construct_yaml_int(node)
        if node.tag == INT
        else _scalars.construct_yaml_float(node)
    )
    if not math.isfinite(value):
        raise BadScalar("must be a finite number")
    if spec.minimum is not None and value < spec.minimum:
        raise BadScalar(f"must be at least {spec.minimum:g}")
    if spec.exclusive_minimum is not None and value <= spec.exclusive_minimum:
        raise BadScalar(f"must be more than {spec.exclusive_minimum:g}")
    return value


def bool_value(node: Node) -> bool:
    if isinstance(node, ScalarNode) and node.tag == BOOL:
        return _scalars.construct_yaml_bool(node)
    raise BadScalar(f"expected true or false, got {describe(node)}")
