"""Rules across a deck's questions: unique ids, declared sources, usable images, and
the warnings an author should see. They read the YAML nodes, so every finding has
its line, and run even when some questions did not build.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from quiz.bank.media import image_problem
from quiz.bank.model import QuestionBase
from quiz.bank.yaml_nodes import child, scalar

Add = Callable[..., None]  # the loader's add(node, field, message, severity="error")


def cross_checks(
    add: Add, deck_path: Path, node: MappingNode, questions: list[Any], question_nodes: list[Node]
) -> None:
    """Rules across questions: unique ids, declared sources, and authoring warnings.

    Run on the questions that built, even when others did not, so that one run
    reports everything.
    """
    top = {k.value: v for k, v in node.value if isinstance(k, ScalarNode)}
    source_ids = {
        scalar(child(s, "id"))
        for s in getattr(top.get("sources"), "value", [])
        if isinstance(s, MappingNode)
    }
    seen: dict[str, int] = {}
    for i, (q, q_node) in enumerate(zip(questions, question_nodes, strict=False)):
        field = f"questions[{i}]"
        id_node = child(q_node, "id")
        qid = scalar(id_node)
        if qid in seen:
            msg = f"duplicate id {qid!r} (first on line {seen[qid]}); ids must be unique"
            add(id_node, f"{field}.id", msg)
        elif qid is not None and id_node is not None:
            seen[qid] = id_node.start_mark.line + 1
        for where, ref_node in _citation_nodes(child(q_node, "source"), f"{field}.source"):
            ref_id = child(ref_node, "id")
            if scalar(ref_id) is not None and scalar(ref_id) not in source_ids:
                known = ", ".join(sorted(str(s) for s in source_ids if s)) or "none declared"
                msg = f"source {scalar(ref_id)!r} is not declared in sources ({known})"
                add(ref_id, f"{where}.id", msg)
        if not isinstance(q, QuestionBase):
            continue
        if not q.citations:
            msg = "no source; cite one as {id: ..., section: ...} or {id: ..., page: ...}"
            add(q_node, f"{field}.source", msg, "warning")
        if q.explanation is None:
            add(q_node, f"{field}.explanation", "no explanation", "warning")
        if q.image and (problem := image_problem(deck_path, q.image)):
            add(child(q_node, "image"), f"{field}.image", problem)
        if q.draft:
            msg = "draft question; edit it, then remove draft: true"
            add(q_node, f"{field}.draft", msg, "warning")


def _citation_nodes(node: Node | None, field: str) -> list[tuple[str, Node]]:
    """A question's citations as (field, node): one mapping, or each item of a list."""
    if isinstance(node, SequenceNode):
        return [(f"{field}[{i}]", item) for i, item in enumerate(node.value)]
    return [(field, node)] if node is not None else []
