"""Spaced repetition: the FSRS scheduler, the review queue, the progress store and statistics."""
