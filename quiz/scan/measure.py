"""How dark every bubble of a located page is.

The page is warped onto its own millimetre grid (:data:`PX_PER_MM` pixels a millimetre),
so a bubble is where the manifest says. Each bubble is compared with the paper around it
(a high percentile of its neighbourhood, so shadows and uneven lighting cancel out) and
with the printed black of the corner markers (so a grey, washed-out scan still has full
marks). Two figures per bubble, measured inside the printed ring:

- ``fill``: the mean darkness, 0 (paper) .. 1 (marker black);
- ``peak``: the darkness of its darkest tenth, which tells a thin dark stroke (a tick, a
  cross: little fill, a high peak) from a smudge or an erasure (some fill, a low peak).
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from quiz.exams.sheet_layout import Field
from quiz.scan.geometry import SheetGeometry

PX_PER_MM = 8.0
INNER = 0.68  # the measured disc, as a share of the bubble's radius (inside the ring)
PEAK_PERCENTILE = 90
PAPER_PERCENTILE = 90


@dataclass(frozen=True)
class Page:
    """A located page on its millimetre grid."""

    image: np.ndarray  # uint8, PX_PER_MM pixels per mm
    black: float  # the markers' grey level on this page


def warp(gray: np.ndarray, to_image: np.ndarray, sheet: SheetGeometry) -> Page:
    w, h = sheet.size
    scale = np.diag([PX_PER_MM, PX_PER_MM, 1.0])
    to_page = scale @ np.linalg.inv(to_image)
    size = (round(w * PX_PER_MM), round(h * PX_PER_MM))
    image = cv2.warpPerspective(
        gray, to_page, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    )
    r = max(1, round(sheet.marker * PX_PER_MM * 0.3))
    blacks = [
        float(
            np.median(
                image[
                    round(y * PX_PER_MM) - r : round(y * PX_PER_MM) + r,
                    round(x * PX_PER_MM) - r : round(x * PX_PER_MM) + r,
                ]
            )
        )
        for x, y in sheet.markers
    ]
    return Page(image, float(np.median(blacks)))


def _disc(radius: float, half: int) -> np.ndarray:
    yy, xx = np.mgrid[-half : half + 1, -half : half + 1]
    return (xx * xx + yy * yy) <= radius * radius


def bubble_centres(fields: tuple[Field, ...]) -> np.ndarray:
    return np.array([(b.x, b.y) for f in fields for r in f.rows for b in r.bubbles], float)


def measure(page: Page, centres_mm: np.ndarray, radius_mm: float) -> tuple[np.ndarray, np.ndarray]:
    """``fill`` and ``peak`` of each bubble (see the module docstring)."""
    if len(centres_mm) == 0:
        return np.zeros(0), np.zeros(0)
    image = page.image
    half = round(radius_mm * PX_PER_MM * 1.35)
    centres = np.rint(centres_mm * PX_PER_MM).astype(int)
    padded = cv2.copyMakeBorder(image, half, half, half, half, cv2.BORDER_REPLICATE)
    offsets = np.arange(-half, half + 1)
    ys = centres[:, 1, None, None] + half + offsets[None, :, None]
    xs = centres[:, 0, None, None] + half + offsets[None, None, :]
    patches = padded[ys, xs].astype(np.float32)  # n x k x k
    flat = patches.reshape(len(centres), -1)
    paper = _percentile(flat, PAPER_PERCENTILE)
    contrast = np.maximum(paper - page.black, 40.0)
    darkness = np.clip((paper[:, None, None] - patches) / contrast[:, None, None], 0.0, 1.0)
    inner = _disc(INNER * radius_mm * PX_PER_MM, half)
    inside = darkness[:, inner]
    return inside.mean(axis=1), _percentile(inside, PEAK_PERCENTILE)


def _percentile(rows: np.ndarray, q: float) -> np.ndarray:
    """Each row's q-th percentile, to the nearest value (one partition, no interpolation)."""
    kth = round(q / 100 * (rows.shape[1] - 1))
    return np.partition(rows, kth, axis=1)[:, kth]
