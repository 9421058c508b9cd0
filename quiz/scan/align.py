"""The printed bubble rings as a check of the page's alignment, and as its fine tuning.

Every bubble is printed as a thin dark ring, so a straightened page is right only if the
rings are where the manifest puts them. A "ridge" (dark on the ring, light just inside
and just outside it, sampled on three circles) summed over a field's bubbles peaks where
the field really is. Each field is moved to its peak
within :data:`SHIFT` millimetres (paper is not flat under a phone), and the page's
median ridge tells a true alignment from a wrong one: off by a millimetre, the rings
are not there.
"""

from __future__ import annotations

import numpy as np

from quiz.exams.sheet_layout import Field
from quiz.scan.measure import PX_PER_MM, Page

STEP = 2  # pixels between the shifts tried (a quarter of a millimetre)
ANGLES = 24  # points sampled on each circle
SHIFT = 0.75  # mm a field may be moved onto its rings
GAP = 0.5  # mm from the ring to where the paper inside and outside it is measured
PAGE_RIDGE = 0.15  # the median field's ridge on a page that is aligned
FIELD_RIDGE = 0.08  # below this a field is not on its rings: its marks are in doubt
ASTRAY = 0.05  # share of fields that may be astray on a page that is aligned


def aligned(ridges: list[float]) -> bool:
    """Whether the page's fields, each moved onto its rings, show the page is aligned."""
    astray = sum(r < FIELD_RIDGE for r in ridges)
    return (
        bool(ridges) and float(np.median(ridges)) >= PAGE_RIDGE and astray <= ASTRAY * len(ridges)
    )


def _circle(radius_px: float) -> np.ndarray:
    turns = np.linspace(0, 2 * np.pi, ANGLES, endpoint=False)
    return np.column_stack([np.cos(turns), np.sin(turns)]) * radius_px


def align(
    page: Page, fields: tuple[Field, ...], radius: float
) -> tuple[list[float], list[np.ndarray]]:
    """Per field, the median ridge of its bubbles (0: no rings where they should be) and
    the shift in mm that puts it on its rings."""
    image = page.image
    paper = float(np.percentile(image[::8, ::8], 95))
    contrast = max(paper - page.black, 40.0)
    k = PX_PER_MM
    pattern = np.vstack(
        [_circle(radius * k), _circle((radius - GAP) * k), _circle((radius + GAP) * k)]
    )
    # ridge in darkness: the ring's, less half of the paper's just inside and just outside
    weights = np.concatenate([np.full(ANGLES, -1.0), np.full(2 * ANGLES, 0.5)]) / (
        ANGLES * contrast
    )
    steps = np.arange(-round(SHIFT * k), round(SHIFT * k) + 1, STEP)
    offsets = np.array([(dx, dy) for dy in steps for dx in steps])
    spots = np.rint(offsets[:, None, :] + pattern[None]).astype(np.intp)  # shift x point x 2
    h, w = image.shape
    flat, spread = image.ravel(), spots[..., 1] * w + spots[..., 0]
    weights = weights.astype(np.float32)
    ridges, shifts = [], []
    for f in fields:
        centres = np.rint(np.array([(b.x, b.y) for r in f.rows for b in r.bubbles]) * k)
        at = (centres[:, 1] * w + centres[:, 0]).astype(np.intp)
        index = np.clip(at[:, None, None] + spread[None], 0, h * w - 1)
        ridge = flat[index].astype(np.float32) @ weights  # bubble x shift
        best = int(np.argmax(ridge.sum(axis=0)))
        ridges.append(float(np.median(ridge[:, best])))
        shifts.append(offsets[best] / k)
    return ridges, shifts
