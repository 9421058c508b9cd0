"""Exam variants from question banks: selection, order, option shuffles and points.

A pure engine: decks, options and a ``random.Random`` in, an :class:`Exam` out; no
files, no clock. The same decks, options and seed always give the same exam.

- Selection: every eligible question, or ``count`` of them at random, or per-tag
  quotas (``picks``; with ``count`` too, the quotas come first and the rest is
  drawn from any tag). Drafts are never eligible (a warning counts them); cards
  only when asked for by type, since a card's back is a definition, not an
  answer one can mark.
- Variants: the same questions in a different order with options reshuffled, or
  with ``pool`` a fresh draw per variant in which every slot keeps its type, its
  points and its tag quota, so the variants weigh the same.
- Points: each question's own ``points``, or with ``total_points`` scaled to that
  total in half points (largest remainder, so the total is exact).
- Letters: for each single-choice question, random shuffles are drawn (up to
  64) until one puts the right answer on a letter least used so far in the
  variant, so right answers spread evenly over a, b, c, d instead of clustering;
  a variant whose right answers still pile up on one letter gets a warning.
  Multi questions are shuffled freely and left out of the count: their several
  right letters say nothing about where a single right answer sits.
  ``--no-shuffle-options`` keeps the deck's option order (for options that
  follow a logic, like years); order and match items are always shuffled,
  since in deck order they would show the answer.
- Variant codes run A..Z, then AA, AB ... (up to 100 variants).
"""

from __future__ import annotations

import random
import string
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from quiz.answers.arrangement import Arrangement, arrange, letter
from quiz.bank.model import Choice, Deck, Multi, Question, TrueFalse
from quiz.bank.overlap import repeats_note, without_repeats
from quiz.core.errors import OptionError, UsageError
from quiz.core.words import plural
from quiz.exams.options import ExamOptions, check_options, check_pick_tags, scale_points

SHUFFLES_TRIED = 64  # most shuffles drawn per question when balancing answer letters
PATTERN_EXCESS = 3  # right answers on one letter beyond chance that earn a warning


@dataclass(frozen=True)
class ExamQuestion:
    number: int
    deck: Deck
    question: Question
    arrangement: Arrangement
    points: float


@dataclass(frozen=True)
class Variant:
    code: str
    questions: tuple[ExamQuestion, ...]

    @property
    def total_points(self) -> float:
        return sum(q.points for q in self.questions)

    def answer_letters(self) -> dict[str, int]:
        """How often each letter is the right option of a single-choice question."""
        counts: Counter[str] = Counter()
        width = 0
        for item in self.questions:
            if isinstance(item.question, Choice):
                width = max(width, len(item.question.options))
                counts.update(correct_letters(item.question, item.arrangement))
        return {letter(i): counts[letter(i)] for i in range(width)}

    def expected_letters(self) -> dict[str, float]:
        """How often each letter would be right if every option order were random."""
        expected: dict[str, float] = {}
        for item in self.questions:
            q = item.question
            if isinstance(q, Choice):
                for i in range(len(q.options)):
                    expected[letter(i)] = expected.get(letter(i), 0.0) + 1 / len(q.options)
        return expected

    def letter_pattern(self) -> str | None:
        """A warning when right answers pile up on one letter well beyond chance."""
        got, expected = self.answer_letters(), self.expected_letters()
        if not got:
            return None
        top = max(got, key=lambda x: got[x] - expected[x])
        if got[top] - expected[top] < PATTERN_EXCESS:
            return None
        return (
            f"variant {self.code}: {got[top]} of {sum(got.values())} right answers are on "
            f"letter {top} (about {expected[top]:.0f} expected); students notice such "
            "patterns: shuffle the options or vary their order in the deck"
        )

    def true_false(self) -> dict[str, int]:
        answers = [i.question.answer for i in self.questions if isinstance(i.question, TrueFalse)]
        return {"true": answers.count(True), "false": answers.count(False)}


@dataclass(frozen=True)
class Exam:
    options: ExamOptions
    seed: int
    variants: tuple[Variant, ...]
    warnings: tuple[str, ...] = ()
    left_out: tuple[str, ...] = ()  # questions left out as repeating another's fact, and why


@dataclass(frozen=True)
class _Slot:
    """One place on the paper: what a question must be to fill it in every variant."""

    type: str
    points: float
    tag: str | None


Entry = tuple[Deck, Question]


def build_exam(decks: Sequence[Deck], options: ExamOptions, seed: int) -> Exam:
    """The exam for these decks and options; ``seed`` decides every random choice."""
    rng = random.Random(seed)
    check_options(options)
    warnings: list[str] = []
    pool, drafts = _eligible(decks, options.types)
    if not pool:
        only = f", only {_drafts_note(drafts)}" if drafts else ""
        raise UsageError(f"no questions of type {', '.join(options.types)} in the decks{only}")
    if drafts:
        warnings.append(f"left out {_drafts_note(drafts)}")
    pool, left_out = without_repeats(pool)
    check_pick_tags(options, {t for d in decks for q in d.questions for t in (*d.tags, *q.tags)})
    first, slots = _select(pool, options, rng)
    draws = [first]
    for code in map(variant_code, range(1, options.variants)):
        if options.pool:
            draw, short = _redraw(pool, slots, draws, rng)
            draws.append(draw)
            if short:
                warnings.append(
                    f"variant {code} repeats {plural(short, 'question')} of an earlier "
                    "variant: the decks have too few questions of the same type, points and tag"
                )
        else:
            draws.append(first)
    points, points_note = scale_points([s.points for s in slots], options.total_points)
    if points_note:
        warnings.append(points_note)
    variants: list[Variant] = []
    orders: list[list[int]] = []
    for code, draw in zip(map(variant_code, range(len(draws))), draws, strict=True):
        order = _new_order(len(draw), orders, rng)
        orders.append(order)
        placed = [(draw[i], points[i]) for i in order]
        variants.append(Variant(code, _lay_out(placed, options.shuffle_options, rng)))
    warnings += [w for w in map(Variant.letter_pattern, variants) if w]
    warnings += repeats_note(left_out)
    return Exam(options, seed, tuple(variants), tuple(warnings), tuple(map(str, left_out)))


def variant_code(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA, 27 -> AB: spreadsheet-style, never ambiguous."""
    code = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        code = string.ascii_uppercase[rest] + code
    return code


def _eligible(decks: Sequence[Deck], types: Sequence[str]) -> tuple[list[Entry], int]:
    """The questions of these types, each once, and how many drafts of them were left out."""
    seen, out, drafts = set(), [], 0
    for deck in decks:
        for q in deck.questions:
            key = (deck.id, q.id)
            if q.type in types and key not in seen:
                seen.add(key)
                if q.draft:
                    drafts += 1
                else:
                    out.append((deck, q))
    return out, drafts


def _drafts_note(n: int) -> str:
    it = "them" if n != 1 else "it"
    return (
        f"{plural(n, 'draft question')} (draft: true, not yet checked): "
        f"check {it} and remove draft: true to use {it}"
    )


def _tags(entry: Entry) -> set[str]:
    deck, q = entry
    return set(q.tags) | set(deck.tags)


def _select(pool: list[Entry], options: ExamOptions, rng: random.Random):
    """The first variant's questions (in bank order) and the slot each one fills."""
    chosen: list[tuple[Entry, str | None]] = []
    taken: set[int] = set()
    for tag, n in options.picks:
        tagged = [i for i, e in enumerate(pool) if tag in _tags(e) and i not in taken]
        if len(tagged) < n:
            problem = (
                f"only {plural(len(tagged), 'more question')}"
                f" tagged {tag!r} of types {', '.join(options.types)}"
            )
            raise OptionError("picks", problem, f"{tag}={n}")
        for i in rng.sample(tagged, n):
            taken.add(i)
            chosen.append((pool[i], tag))
    if options.count is not None or not options.picks:
        want = len(pool) if options.count is None else options.count - len(chosen)
        rest = [i for i in range(len(pool)) if i not in taken]
        if want < 0:
            raise OptionError("count", "fewer than the questions picked by tag", options.count)
        if want > len(rest):
            problem = (
                f"the decks have only {len(pool)} questions of types {', '.join(options.types)}"
            )
            raise OptionError("count", problem, options.count)
        chosen += [(pool[i], None) for i in rng.sample(rest, want)]
    index = {id(e[1]): i for i, e in enumerate(pool)}
    chosen.sort(key=lambda c: index[id(c[0][1])])
    slots = [_Slot(e[1].type, float(e[1].points), tag) for e, tag in chosen]
    return [e for e, _ in chosen], slots


def _redraw(pool: list[Entry], slots: list[_Slot], earlier: list[list[Entry]], rng):
    """A fresh draw for every slot, avoiding questions used so far where the bank allows."""
    used = {id(q) for draw in earlier for _, q in draw}
    draw: list[Entry] = []
    drawn: set[int] = set()
    short = 0
    for slot in slots:
        fits = [
            e
            for e in pool
            if e[1].type == slot.type
            and float(e[1].points) == slot.points
            and (slot.tag is None or slot.tag in _tags(e))
            and id(e[1]) not in drawn
        ]
        fresh = [e for e in fits if id(e[1]) not in used]
        short += not fresh
        draw.append(rng.choice(fresh or fits))
        drawn.add(id(draw[-1][1]))
    return draw, short


def _new_order(n: int, earlier: list[list[int]], rng: random.Random) -> list[int]:
    """A shuffled question order, unlike the earlier variants' where n allows."""
    order = list(range(n))
    for _ in range(20):
        rng.shuffle(order)
        if order not in earlier:
            break
    return list(order)


def _lay_out(placed, shuffle_options: bool, rng: random.Random) -> tuple[ExamQuestion, ...]:
    used: Counter[str] = Counter()
    out = []
    for number, ((deck, q), points) in enumerate(placed, start=1):
        if isinstance(q, Choice | Multi) and not shuffle_options:
            arrangement = Arrangement(order=tuple(range(len(q.options))))
        elif isinstance(q, Choice):
            arrangement = _balanced_arrangement(q, used, rng)
        else:
            arrangement = arrange(q, rng)
        if isinstance(q, Choice):
            used.update(correct_letters(q, arrangement))
        out.append(ExamQuestion(number, deck, q, arrangement, points))
    return tuple(out)


def _balanced_arrangement(q: Choice, used: Counter[str], rng: random.Random) -> Arrangement:
    """Among random shuffles, one whose right letter is the least used so far."""
    floor = min(used[letter(i)] for i in range(len(q.options)))
    best, best_cost = Arrangement(), -1
    for _ in range(SHUFFLES_TRIED):
        arrangement = arrange(q, rng)
        cost = sum(used[x] for x in correct_letters(q, arrangement))
        if best_cost < 0 or cost < best_cost:
            best, best_cost = arrangement, cost
        if cost <= floor:
            break
    return best


def correct_letters(q: Choice | Multi, arrangement: Arrangement) -> list[str]:
    right = {q.answer} if isinstance(q, Choice) else set(q.answers)
    return [letter(pos) for pos, i in enumerate(arrangement.order) if q.options[i] in right]
