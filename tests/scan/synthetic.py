"""Synthetic scans: real sheets rendered, filled by a simulated hand, then damaged.

A sheet PDF is rasterised at a chosen resolution, bubbles are filled in the styles people
use (a pen, a pencil, a tick, a cross, a light tick, an erasure that leaves a trace), and
the page is then degraded as scanners and phones do: rotated, seen in perspective on a
desk, blurred, unevenly lit, noisy and saved as a low-quality JPEG. Every choice comes
from the ``random.Random`` passed in, so a failure can be replayed from its seed.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

import cv2
import numpy as np

MARKED_STYLES = ("pen", "pencil", "tick", "cross", "light tick")
ERASED = "erased"  # was filled, then rubbed out: not a mark


def render(pdf: bytes, dpi: float) -> list[np.ndarray]:
    """Each page as greyscale pixels, ``dpi`` pixels per inch."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    pages = []
    for page in document:
        bitmap = page.render(scale=dpi / 72, grayscale=True)
        array = bitmap.to_numpy()
        pages.append(np.ascontiguousarray(array[:, :, 0] if array.ndim == 3 else array))
    return pages


def _ink(rng: random.Random, pencil: bool) -> int:
    return rng.randint(95, 140) if pencil else rng.randint(10, 60)


def fill(image: np.ndarray, x: float, y: float, r: float, style: str, rng: random.Random) -> None:
    """Mark the bubble centred at (x, y) pixels, radius ``r`` pixels, in ``style``."""
    mm = r / 2.0  # bubbles are 2 mm in radius
    x += rng.uniform(-0.15, 0.15) * r
    y += rng.uniform(-0.15, 0.15) * r
    if style in ("pen", "pencil", ERASED):
        _scribble(image, x, y, r, rng, pencil=style != "pen")
        if style == ERASED:
            _erase(image, x, y, r, rng)
    elif style in ("tick", "light tick"):
        light = style == "light tick"
        size = r * rng.uniform(0.7, 1.0) * (0.8 if light else 1.0)
        turn = rng.uniform(-0.35, 0.35)
        points = [(-0.55, 0.0), (-0.1, 0.5), (0.75, -0.75)]
        pts = [_rotate(px * size, py * size, turn) for px, py in points]
        line = np.array([(x + px, y + py) for px, py in pts], np.int32)
        width = max(1, round(mm * rng.uniform(0.3, 0.5) * (0.8 if light else 1.0)))
        cv2.polylines(image, [line], False, _ink(rng, light), width, cv2.LINE_AA)
    elif style == "cross":
        size = r * rng.uniform(0.75, 1.05)
        width = max(1, round(mm * rng.uniform(0.3, 0.5)))
        for sign in (1, -1):
            a = (round(x - size * 0.7), round(y - sign * size * 0.7))
            b = (round(x + size * 0.7), round(y + sign * size * 0.7))
            cv2.line(image, a, b, _ink(rng, rng.random() < 0.3), width, cv2.LINE_AA)
    else:
        raise ValueError(style)


def _rotate(x: float, y: float, angle: float) -> tuple[float, float]:
    c, s = math.cos(angle), math.sin(angle)
    return x * c - y * s, x * s + y * c


def _scribble(image, x, y, r, rng, pencil: bool) -> None:
    """Back-and-forth strokes covering most of the bubble, as a hurried hand fills it."""
    reach = r * rng.uniform(0.85, 1.1)
    tone = _ink(rng, pencil)
    width = max(2, round(r * rng.uniform(0.3, 0.45)))
    lines = rng.randint(4, 7)
    angle = rng.uniform(-0.6, 0.6)
    points = []
    for i in range(lines):
        t = -1 + 2 * (i + 0.5) / lines
        half = math.sqrt(max(0.0, 1 - t * t)) * reach * rng.uniform(0.8, 1.05)
        ends = [(-half, t * reach), (half, t * reach)]
        points += ends if i % 2 == 0 else ends[::-1]
    half = int(reach + width + 2)
    x0, y0 = int(x) - half, int(y) - half
    path = np.array(
        [(x - x0 + px, y - y0 + py) for px, py in (_rotate(a, b, angle) for a, b in points)]
    )
    patch = np.full((2 * half, 2 * half), 255, np.uint8)
    cv2.polylines(patch, [path.astype(np.int32)], False, tone, width, cv2.LINE_AA)
    if pencil:  # graphite leaves grain
        grain = np.random.default_rng(rng.randrange(2**32)).normal(0, 18, patch.shape)
        marked = patch < 250
        patch = np.where(marked, np.clip(patch + grain, 0, 255), patch).astype(np.uint8)
    region = image[y0 : y0 + 2 * half, x0 : x0 + 2 * half]
    np.minimum(region, patch[: region.shape[0], : region.shape[1]], out=region)


def _erase(image, x, y, r, rng) -> None:
    """Rub out the bubble's surroundings, leaving a faint trace of what was there."""
    half = int(r * 1.5)
    y0, y1, x0, x1 = int(y) - half, int(y) + half, int(x) - half, int(x) + half
    region = image[y0:y1, x0:x1].astype(np.float32)
    left = rng.uniform(0.04, 0.14)  # share of the darkness that stays
    ring = np.full_like(region, 255.0)
    cv2.circle(ring, (half, half), round(r), 60, max(1, round(r / 10)), cv2.LINE_AA)
    rubbed = 255 - (255 - region) * left
    image[y0:y1, x0:x1] = np.minimum(rubbed, ring).astype(np.uint8)  # the ring is reprinted


@dataclass(frozen=True)
class Damage:
    """How a page is degraded (all optional; see :func:`random_damage`)."""

    angle: float = 0.0  # degrees
    perspective: float = 0.0  # corner displacement, share of the page width
    blur: float = 0.0  # Gaussian sigma, pixels
    lighting: float = 0.0  # darkest corner's loss of brightness, 0..1
    noise: float = 0.0
    jpeg: int | None = None
    upside_down: bool = False


def random_damage(rng: random.Random, photo: bool | None = None) -> Damage:
    photo = rng.random() < 0.4 if photo is None else photo
    return Damage(
        angle=rng.uniform(-5, 5),
        perspective=rng.uniform(0.01, 0.06) if photo else 0.0,
        blur=rng.uniform(0.0, 1.3),
        lighting=rng.uniform(0.1, 0.45) if photo else rng.uniform(0.0, 0.15),
        noise=rng.uniform(1, 6),
        jpeg=rng.choice([40, 60, 85, None]),
        upside_down=rng.random() < 0.15,
    )


def degrade(image: np.ndarray, damage: Damage, rng: random.Random) -> np.ndarray:
    h, w = image.shape
    turned = abs(math.sin(math.radians(damage.angle))) * h / 2  # a turned page stays whole
    margin = int((0.06 if damage.perspective else 0.02) * w + turned)
    background = rng.randint(70, 140) if damage.perspective else 250
    canvas = np.full((h + 2 * margin, w + 2 * margin), background, np.uint8)
    corners = np.float32([(0, 0), (w, 0), (w, h), (0, h)])
    spread = damage.perspective * w
    moved = (
        corners
        + margin
        + np.float32(
            [(rng.uniform(-spread, spread), rng.uniform(-spread, spread)) for _ in range(4)]
        )
    )
    centre = (canvas.shape[1] / 2, canvas.shape[0] / 2)
    turn = cv2.getRotationMatrix2D(centre, damage.angle + (180 if damage.upside_down else 0), 1)
    moved = cv2.transform(moved[None], turn)[0].astype(np.float32)
    matrix = cv2.getPerspectiveTransform(corners, moved)
    out = cv2.warpPerspective(
        image,
        matrix,
        (canvas.shape[1], canvas.shape[0]),
        dst=canvas,
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_TRANSPARENT,
    )
    if damage.lighting:  # a ramp of light across the page, drawn small and enlarged
        small = np.mgrid[0:64, 0:64].astype(np.float32)
        direction = rng.uniform(0, 2 * math.pi)
        ramp = small[1] * math.cos(direction) + small[0] * math.sin(direction)
        ramp = (ramp - ramp.min()) / max(float(np.ptp(ramp)), 1.0)
        light = cv2.resize(1 - damage.lighting * ramp, (out.shape[1], out.shape[0]))
        out = cv2.multiply(out, light, dtype=cv2.CV_8U)
    if damage.blur:
        out = cv2.GaussianBlur(out, (0, 0), damage.blur)
    if damage.noise:
        grain = np.empty(out.shape, np.int16)
        cv2.setRNGSeed(rng.randrange(2**31))
        cv2.randn(grain, 0, damage.noise)
        out = cv2.add(out, grain, dtype=cv2.CV_8U)
    out8 = out
    if damage.jpeg:
        ok, data = cv2.imencode(".jpg", out8, [cv2.IMWRITE_JPEG_QUALITY, damage.jpeg])
        assert ok
        out8 = cv2.imdecode(data, cv2.IMREAD_GRAYSCALE)
    return out8


def jpeg(image: np.ndarray, quality: int = 85) -> bytes:
    ok, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return data.tobytes()


def stack_pdf(images: list[np.ndarray], dpi: float, quality: int = 85) -> bytes:
    """One PDF of scanned pages, each a JPEG image filling its page, as scanners save them."""
    import io

    import pypdfium2 as pdfium

    document = pdfium.PdfDocument.new()
    for image in images:
        h, w = image.shape[:2]
        page = document.new_page(w * 72 / dpi, h * 72 / dpi)
        picture = pdfium.PdfImage.new(document)
        picture.load_jpeg(io.BytesIO(jpeg(image, quality)), inline=True)
        picture.set_matrix(pdfium.PdfMatrix().scale(w * 72 / dpi, h * 72 / dpi))
        page.insert_obj(picture)
        page.gen_content()
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
