"""An import's review history into the progress store, so `quiz review` continues it."""

from __future__ import annotations

from quiz.bank.model import Deck
from quiz.imports.result import CardHistory
from quiz.srs.cards import CardState, State
from quiz.srs.carried import carry_schedule
from quiz.srs.parameters import DEFAULT_WEIGHTS, Weights
from quiz.srs.store import Store
from quiz.srs.tracked import remember_decks


def carried_card(
    history: CardHistory, store: Store, key: str, weights: Weights = DEFAULT_WEIGHTS
) -> CardState:
    """The card as the other tool left it: its due date and state; its memory (stability,
    difficulty) where it kept one, else what our FSRS (with ``weights``, the deck's
    parameters) makes of the same answers."""
    retention = store.retention
    replayed = store.scheduler.replay(
        [(rating, at, retention, weights) for rating, at, _, _ in history.reviews], key=key
    )
    stability, difficulty = history.stability, history.difficulty
    if stability is None or difficulty is None:
        stability, difficulty = replayed.stability, replayed.difficulty
    state = replayed.state if history.state == State.NEW else history.state
    return CardState(
        state=state,
        step=0 if state in (State.LEARNING, State.RELEARNING) else None,
        stability=stability,
        difficulty=difficulty,
        due=history.due,
        last_review=history.reviews[-1][1],
        reps=len(history.reviews),
        lapses=history.lapses,
    )


def carry_progress(deck: Deck, histories: list[CardHistory], store: Store) -> tuple[int, int]:
    """Carry each question's history; returns (cards given a schedule, answers added)."""
    remember_decks(store, [deck])
    weights = store.parameters(deck.id).weights
    cards = answers = 0
    for history in histories:
        card = carried_card(history, store, f"{deck.id}/{history.question}", weights)
        added = carry_schedule(store, deck.id, history.question, list(history.reviews), card)
        cards += added > 0
        answers += added
    return cards, answers
