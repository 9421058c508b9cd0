"""Finding a sheet in a scan or photo: its QR code, then its four corner markers.

The code says which exam, variant and page this is, and where its corners are, which
gives the page's orientation (upside down, sideways) and a first, affine guess of where
the page lies. Every solid dark square of about a marker's size is then a candidate
(found on a small copy of the image, with a threshold that follows the lighting), and
the candidates nearest each corner's guessed place are tried four at a time: each
choice gives a homography, which must put the code where it was read. The choices that
do are returned best first; :mod:`quiz.scan.align` checks them against the printed
bubble rings, which no wrong choice can match.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import cv2
import numpy as np

from quiz.scan.geometry import SheetGeometry

CANDIDATE_PX_PER_MM = 3.0  # the small copy candidates are found in
NEAR = 60.0  # mm around a corner's guessed place where its marker may be
PER_CORNER = 3  # candidates tried per corner
MIN_AREA, MAX_AREA = 0.35, 2.6  # a marker's area, as a share of the expected one
SQUARE = 0.85  # area over the smallest rotated rectangle around it (a disc: 0.79)
AGREE = 1.5  # mm: the markers and the code's corners must agree this well
TRIED = 3  # transforms handed on, best first


@dataclass(frozen=True)
class Found:
    """A way the sheet may lie in the image: ``to_image`` maps page mm to image pixels."""

    to_image: np.ndarray  # 3x3 homography
    markers: int  # corner markers it rests on (3 or 4)
    error: float  # mm between the code's corners as read and as this transform puts them


def read_code(gray: np.ndarray) -> list[tuple[str, np.ndarray]]:
    """Every QR code in the image: its text and its corners (top left first, clockwise)."""
    import zxingcpp

    found = []
    tries = (
        lambda: gray,
        lambda: _flattened(gray),
        lambda: cv2.resize(gray, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA),
    )
    for attempt, make in enumerate(tries):
        image = make()
        scale = 2.0 if attempt == 2 else 1.0
        qr = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
        for code in zxingcpp.read_barcodes(image, formats=qr, try_invert=False):
            p = code.position
            corners = [p.top_left, p.top_right, p.bottom_right, p.bottom_left]
            points = np.array([(c.x, c.y) for c in corners], dtype=np.float64) * scale
            found.append((code.text, points))
        if found:
            break
    return found


def _flattened(gray: np.ndarray) -> np.ndarray:
    """Uneven lighting divided out: the page's brightness estimated at a coarse scale."""
    small = cv2.resize(gray, None, fx=1 / 16, fy=1 / 16, interpolation=cv2.INTER_AREA)
    background = cv2.dilate(small, np.ones((5, 5), np.uint8))
    background = cv2.resize(background, (gray.shape[1], gray.shape[0]))
    return cv2.divide(gray, background, scale=255)


def _project(h: np.ndarray, points) -> np.ndarray:
    pts = np.asarray(points, dtype=np.float64).reshape(-1, 1, 2)
    return cv2.perspectiveTransform(pts, h).reshape(-1, 2)


def _affine(page: np.ndarray, image: np.ndarray) -> np.ndarray:
    design = np.hstack([page, np.ones((len(page), 1))])
    solution, *_ = np.linalg.lstsq(design, image, rcond=None)
    return np.vstack([solution.T, [0.0, 0.0, 1.0]])


def locate(gray: np.ndarray, corners: np.ndarray, sheet: SheetGeometry) -> list[Found]:
    """The transforms the markers and the code agree on, best first (maybe none)."""
    qx, qy, qs = sheet.qr
    qr_page = np.array([(qx, qy), (qx + qs, qy), (qx + qs, qy + qs), (qx, qy + qs)], float)
    guess = _affine(qr_page, corners)
    scale = float(np.hypot(*(corners[1] - corners[0])) / qs)  # pixels per mm near the code
    if not np.isfinite(scale) or scale <= 0:
        return []
    candidates = _candidates(gray, scale, sheet.marker, corners)
    targets = list(sheet.markers)
    options = []
    for point in _project(guess, targets):
        near = sorted(candidates, key=lambda c: float(np.hypot(*(c - point))))
        near = [c for c in near[:PER_CORNER] if np.hypot(*(c - point)) < NEAR * scale]
        refined = [
            _square_near(gray, c, 1.8 * sheet.marker * scale, sheet.marker * scale) for c in near
        ]
        options.append([c for c in refined if c is not None])
    found = []
    for choice in itertools.product(*[[*o, None] for o in options]):
        used = [(t, c) for t, c in zip(targets, choice, strict=True) if c is not None]
        if len(used) < 3 or len({tuple(c) for _, c in used}) < len(used):
            continue
        page = np.array([t for t, _ in used], float)
        image = np.array([c for _, c in used], float)
        if len(used) == 4:
            h = cv2.getPerspectiveTransform(page.astype(np.float32), image.astype(np.float32))
        else:
            h, _ = cv2.findHomography(np.vstack([page, qr_page]), np.vstack([image, corners]), 0)
        if h is None or abs(np.linalg.det(h[:2, :2])) < 1e-9:
            continue
        error = float(np.max(np.hypot(*(_project(h, qr_page) - corners).T))) / scale
        if error <= AGREE:
            found.append(Found(h, len(used), error))
    found.sort(key=lambda f: (-f.markers, f.error))
    return found[:TRIED]


def _candidates(gray: np.ndarray, scale: float, side: float, code: np.ndarray) -> list[np.ndarray]:
    """Rough centres (image pixels) of the solid squares of about a marker's size, outside
    the code; :func:`_square_near` measures the few that are tried exactly."""
    f = min(1.0, CANDIDATE_PX_PER_MM / scale)
    small = cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)
    block = int(15 * scale * f) | 1  # the threshold follows the light over 15 mm
    binary = cv2.adaptiveThreshold(
        small, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, max(block, 3), 20
    )
    count, labels, stats, centroids = cv2.connectedComponentsWithStats(binary, connectivity=8)
    expected = (side * scale * f) ** 2
    quiet = cv2.convexHull(code.astype(np.float32))
    out = []
    for i in range(1, count):
        x, y, w, h, area = stats[i]
        if not MIN_AREA * expected <= area <= MAX_AREA * expected or max(w, h) > 2 * min(w, h):
            continue
        points = np.column_stack(np.nonzero(labels[y : y + h, x : x + w] == i)[::-1])
        (_, _), (rw, rh), _ = cv2.minAreaRect(points.astype(np.float32))
        if area < SQUARE * rw * rh or max(rw, rh) > 1.5 * min(rw, rh):
            continue
        centre = (centroids[i] / f).astype(np.float64)
        if cv2.pointPolygonTest(quiet, (float(centre[0]), float(centre[1])), True) > -2 * scale:
            continue  # the code's own finder patterns
        out.append(centre)
    return out


def _square_near(gray: np.ndarray, centre, half: float, side: float) -> np.ndarray | None:
    """The centroid, at full resolution, of the dark square around ``centre``, measured in
    a window of ``half`` pixels that holds it whole."""
    x0, y0 = max(int(centre[0] - half), 0), max(int(centre[1] - half), 0)
    x1 = min(int(centre[0] + half), gray.shape[1])
    y1 = min(int(centre[1] + half), gray.shape[0])
    if x1 - x0 < 4 or y1 - y0 < 4:
        return None
    window = gray[y0:y1, x0:x1]
    _, binary = cv2.threshold(window, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    count, _, stats, centroids = cv2.connectedComponentsWithStats(binary, connectivity=8)
    best, best_distance = None, np.inf
    for i in range(1, count):
        x, y, w, h, area = stats[i]
        if not MIN_AREA * side * side <= area <= MAX_AREA * side * side:
            continue
        if x == 0 or y == 0 or x + w == window.shape[1] or y + h == window.shape[0]:
            continue  # cut by the window (or the image's edge): its centroid would be off
        point = centroids[i] + (x0, y0)
        distance = float(np.hypot(*(point - centre)))
        if distance < best_distance:
            best, best_distance = point, distance
    return best
