"""What quiz relies on inside py-fsrs beyond its documented API: fails loudly on change.

The scheduler draws its own fuzz (seeded, so replays are exact) with py-fsrs's fuzz
ranges; pyproject.toml pins fsrs below 7 for this.
"""

from __future__ import annotations

import math


def test_fuzz_ranges_keep_their_shape_and_values():
    from fsrs.scheduler import FUZZ_RANGES as ranges

    assert ranges == [
        {"start": 2.5, "end": 7.0, "factor": 0.15},
        {"start": 7.0, "end": 20.0, "factor": 0.1},
        {"start": 20.0, "end": math.inf, "factor": 0.05},
    ]
