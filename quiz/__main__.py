from __future__ import annotations

from quiz import main

main()
