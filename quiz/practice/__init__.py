"""`quiz run`: a practice session and the terminal it runs in."""
