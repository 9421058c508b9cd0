"""Where the shared test fixtures are: imported by name, never from ``conftest`` (each test
folder may have its own conftest, and which one ``import conftest`` finds depends on what runs)."""

from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
EVERY_TYPE = FIXTURES / "every-type.yaml"
