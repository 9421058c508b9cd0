"""The only place YAML enters: deck files become :class:`quiz.bank.model.Deck`.

A deck is read in the first of three ways that applies:

1. the cache (:mod:`quiz.bank.deck_cache`): a deck read before, with these very bytes
   (hashed on every read) and this version of quiz, and whose images are still there;
2. the fast read (:mod:`quiz.bank.fast_yaml`): rapidyaml's nodes, built while nothing is
   wrong, when they are sure to be the ones libyaml would compose;
3. libyaml composes the file into nodes that carry line and column, and the builder
   (:mod:`quiz.bank.builder`) reports every problem at its place.

All three give the same deck and the same problems: the fast read gives up at the first
problem, error or warning, for the located read to report them all.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator
from pathlib import Path

import yaml
from yaml.nodes import Node

from quiz.bank import deck_cache
from quiz.bank.builder import Builder, Progress, Unlocated
from quiz.bank.deck_file import decode, read_bytes
from quiz.bank.fast_yaml import fast_nodes
from quiz.bank.media import image_problem
from quiz.bank.model import Deck
from quiz.bank.scalars import NONCHARACTERS
from quiz.bank.yaml_aliases import alias_problem
from quiz.bank.yaml_errors import explain
from quiz.core.errors import DeckError, Problem

try:
    from yaml import CSafeLoader as _YamlLoader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _YamlLoader  # type: ignore[assignment]

STEPS = 100  # the total a progress callback is given
_PARSED = 35  # of STEPS, once the file is parsed and before the questions are built


def read_deck(
    path: str | Path, progress: Progress | None = None
) -> tuple[Deck | None, list[Problem]]:
    """Load one deck file; return the deck (None if any error) and every problem.

    ``progress(done, total)`` is called while a deck not in the cache is read.
    """
    path = Path(path)
    data, problem = read_bytes(path)
    if data is None:
        return None, [problem] if problem else []
    key = deck_cache.entry_key(data)
    with paused_gc():
        hit = deck_cache.lookup(key, path)
    if hit is not None and not _images_missing(hit[0], path):
        deck_cache.remember(hit[0], key)
        return hit
    text, problem = decode(path, data)
    del data  # a big deck's bytes are not needed past here
    if text is None:
        return None, [problem] if problem else []
    with paused_gc():
        deck, problems = _read(str(path), text, progress)
        if deck is not None:
            deck_cache.keep(key, deck, problems)
            deck_cache.remember(deck, key)
            object.__setattr__(deck, "path", path)
    return deck, problems


def load_deck(path: str | Path) -> Deck:
    """Load one deck or raise :class:`DeckError` with every error in it."""
    deck, problems = read_deck(path)
    if deck is None:
        raise DeckError([p for p in problems if p.severity == "error"])
    return deck


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Reading makes a million small objects and no cycles; the cyclic collector would
    walk them again and again (3.5 s of the 5 s libyaml takes on 50,000 questions)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _read(path: str, text: str, progress: Progress | None) -> tuple[Deck | None, list[Problem]]:
    steps = _Steps(progress)
    plain = text.isascii() and "\\" not in text  # no escape can make a non-ASCII letter
    root = fast_nodes(text)
    if root is not None:
        try:
            deck = Builder(
                path, located=False, progress=steps.parsed(_PARSED), ascii_only=plain
            ).deck(root)
        except Unlocated:
            root = None  # its nodes go before libyaml's are made
            steps.read_again()
        else:
            return deck, []
    builder = Builder(path, progress=steps.parsed(STEPS // 2), ascii_only=plain)
    node = _compose(builder, text)
    deck = builder.deck(node) if node is not None else None
    problems = builder.problems
    return (None if any(p.severity == "error" for p in problems) else deck), problems


class _Steps:
    """A read's progress as ``(done, total)``: STEPS for a read, STEPS more for a re-read
    (so ``done`` never goes back), the questions built after the file is parsed."""

    def __init__(self, progress: Progress | None):
        self.progress, self.before, self.total = progress, 0, STEPS
        self.report(0)

    def report(self, step: int) -> None:
        if self.progress:
            self.progress(self.before + step, self.total)

    def read_again(self) -> None:
        self.before, self.total = self.total, self.total + STEPS

    def parsed(self, step: int) -> Progress | None:
        """Report the file parsed at ``step``; the builder's progress goes on from there."""
        self.report(step)
        return lambda done, total: self.report(step + (STEPS - step) * done // max(total, 1))


def _compose(builder: Builder, text: str) -> Node | None:
    loader = _YamlLoader(text)
    try:
        node = loader.get_single_node()
    except yaml.reader.ReaderError as e:  # a character YAML refuses, even raw
        before = text[: e.position]
        line, col = before.count("\n") + 1, len(before) - before.rfind("\n")
        kind = "noncharacter" if NONCHARACTERS.match(chr(e.character)) else "character"
        problem = f"contains the {kind} U+{e.character:04X}; remove it"
        builder.problems.append(Problem(builder.path, line, col, "text", problem))
        return None
    except yaml.YAMLError as e:  # said where the author made the slip, with the fix
        line, col, message = explain(e, text)
        builder.problems.append(Problem(builder.path, line, col, "yaml", message))
        return None
    finally:
        loader.dispose()
    if node is None:
        builder.problems.append(Problem(builder.path, 1, 1, "file", "holds only comments"))
        return None
    found = alias_problem(node, text)  # before any work: aliases may stand for gigabytes
    if found is not None:
        builder.add(found[0], "yaml", found[1])
        return None
    return node


def _images_missing(deck: Deck, path: Path) -> bool:
    """Whether an image a cached deck shows has gone (the located read then says where)."""
    return any(q.image and image_problem(path, q.image) for q in deck.questions)
