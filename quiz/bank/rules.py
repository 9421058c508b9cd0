"""Rules across a deck's questions: unique ids, declared sources, usable images, and
the warnings an author should see. They read the YAML nodes, so every finding has
its line, and run even when some questions did not build.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from quiz.bank.fields import FieldSpec, field_specs
from quiz.bank.lookalike import hidden_character, look_alikes, mixed_script
from quiz.bank.media import image_problem
from quiz.bank.model import QuestionBase, Short
from quiz.bank.yaml_nodes import child, scalar

Add = Callable[..., None]  # the loader's add(node, field, message, severity="error")


def cross_checks(
    add: Add,
    deck_path: Path,
    node: MappingNode,
    questions: list[Any],
    question_nodes: list[Node],
    look_alikes: bool = True,
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
    if look_alikes:
        for i, source in enumerate(getattr(top.get("sources"), "value", [])):
            hidden_text_warnings(add, f"sources[{i}]", source)
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
            if look_alikes:
                hidden_text_warnings(add, where, ref_node)
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
        if isinstance(q, Short) and (alone := _family_name_alone(q)):
            msg = (f"a learner who writes only {alone!r} is marked wrong; if the family "
                   "name alone should count, add it to alternatives")  # fmt: skip
            add(child(q_node, "answer") or q_node, f"{field}.answer", msg, "warning")
        if look_alikes:  # False for an ASCII file, where no text can look like another
            look_alike_warnings(add, field, q, q_node)


def _family_name_alone(q: Short) -> str | None:
    from quiz.answers.names import family_name_alone  # the word list loads only if needed

    return family_name_alone(q.answer, q.accepted)


def _citation_nodes(node: Node | None, field: str) -> list[tuple[str, Node]]:
    """A question's citations as (field, node): one mapping, or each item of a list."""
    if isinstance(node, SequenceNode):
        return [(f"{field}[{i}]", item) for i, item in enumerate(node.value)]
    return [(field, node)] if node is not None else []


def look_alike_warnings(add: Add, field: str, q: QuestionBase, q_node: Node) -> None:
    """Warnings about text that reads other than it looks (:mod:`quiz.bank.lookalike`)."""
    specs = [s for s in field_specs(type(q)) if s.kind in _TEXT_KINDS and not s.pattern]
    if all(_ascii(getattr(q, s.name)) for s in specs):
        return  # the common case, and nothing to warn about
    for group in _texts(field, q, q_node, specs):
        flagged = set()
        for i, j, difference in look_alikes([text for _, _, text in group]):
            (first, _, text_i), (where, node, text_j) = group[i], group[j]
            msg = f"{text_j!r} looks the same as {first} {text_i!r} ({difference})"
            add(node, where, msg + "; learners cannot tell them apart", "warning")
            flagged.add(j)
        for k, (where, node, text) in enumerate(group):
            problem = None if k in flagged else hidden_character(text) or mixed_script(text)
            if problem:
                add(node, where, problem, "warning")


def hidden_text_warnings(add: Add, field: str, node: Node) -> None:
    """Warnings about hidden characters or mixed scripts in the texts of a mapping that is
    no question (a source, a citation): shown with the question, never typed or compared."""
    if not isinstance(node, MappingNode):
        return
    for key, value in node.value:
        text = scalar(value)
        if isinstance(text, str) and (problem := hidden_character(text) or mixed_script(text)):
            add(value, f"{field}.{scalar(key)}", problem, "warning")


_TEXT_KINDS = ("text", "texts", "pairs")


def _ascii(value: object) -> bool:
    if isinstance(value, str):
        return value.isascii()
    if isinstance(value, tuple):
        return all(_ascii(v) for v in value)
    return True


def _texts(
    field: str, q: QuestionBase, q_node: Node, specs: list[FieldSpec]
) -> list[list[tuple[str, Node, str]]]:
    """The question's texts as (field, node, text), grouped: each list of options,
    items or match sides is one group (shown side by side); every other text alone."""
    groups = []
    nodes = {k.value: v for k, v in q_node.value} if isinstance(q_node, MappingNode) else {}
    for spec in specs:
        value, node, where = getattr(q, spec.name), nodes.get(spec.key), f"{field}.{spec.key}"
        if spec.kind == "text" and isinstance(value, str) and node is not None:
            groups.append([(where, node, value)])
        elif spec.kind == "texts" and isinstance(node, SequenceNode):
            items = zip(node.value, value, strict=False)
            groups.append([(f"{where}[{i}]", n, text) for i, (n, text) in enumerate(items)])
        elif spec.kind == "pairs" and isinstance(node, MappingNode):
            keys = [(f"{where}.{k.value}", k, k.value) for k, _ in node.value]
            rights = [(f"{where}.{k.value}", v, right) for (k, v), (_, right) in
                      zip(node.value, value, strict=False)]  # fmt: skip
            groups += [keys, rights]
    return groups
