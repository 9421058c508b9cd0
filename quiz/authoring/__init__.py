"""Writing decks from documents: drafting questions and the coverage report."""
