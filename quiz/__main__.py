from __future__ import annotations

from quiz.cli import main

main()
