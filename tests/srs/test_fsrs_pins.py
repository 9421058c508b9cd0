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


def test_parameter_bounds_hold_fsrs_rs_s_clamps():
    """Fitted weights are clipped into py-fsrs's bounds (quiz.srs.fitting.schedulable);
    fsrs-rs clamps its fits into the same ranges (w19 from 0.01), so clipping only trims
    f32 rounding at the edges."""
    from fsrs.scheduler import LOWER_BOUNDS_PARAMETERS as low
    from fsrs.scheduler import UPPER_BOUNDS_PARAMETERS as high

    assert low == (0.001,) * 4 + (1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001, 0.001, 0.001,
                                  0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1)  # fmt: skip
    assert high == (100.0,) * 4 + (10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5, 5.0, 0.25, 0.9,
                                   4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8)  # fmt: skip
