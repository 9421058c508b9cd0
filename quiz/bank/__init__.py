"""The question bank: the deck model, the one YAML loader, its checks, the schema, bundled decks."""
