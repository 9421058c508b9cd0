"""quiz: one YAML question bank for terminal quizzes, spaced repetition, Anki decks and exams."""

from __future__ import annotations

__version__ = "0.1.0"
