"""Scans in, greyscale pages out: PDFs (a whole stack in one file), photos and images.

PDFs are rasterised by pypdfium2 at :data:`DPI`, so no system tool is needed; PNG, JPEG
and TIFF (every page of a multi-page TIFF) are decoded by OpenCV, and a photo larger
than :data:`MAX_SIDE` pixels is scaled down, which is still well above what the bubbles
need. Each page is named for the review by its file and, in a stack, its page number:
``scans.pdf#3``. A file that cannot be read stops the command with its name.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from quiz.core.errors import QuizError, UsageError
from quiz.core.inputs import check_input, read_input

DPI = 200
MAX_SIDE = 3600
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")


@dataclass(frozen=True)
class Source:
    """One input file and how many pages it holds."""

    path: Path
    name: str  # as the review names it
    pages: int


def open_sources(paths: list[Path]) -> list[Source]:
    """Every input checked and counted before any is read (a typo fails at once)."""
    sources = []
    names = [p.name for p in paths]
    for path in paths:
        name = path.name if names.count(path.name) == 1 else str(path)
        sources.append(Source(path, name, _count(path)))
    return sources


def _count(path: Path) -> int:
    suffix = path.suffix.lower()
    if suffix != ".pdf" and suffix not in IMAGE_SUFFIXES:
        raise UsageError(f"{path}: give scans as PDF, PNG, JPEG or TIFF files")
    check_input(path, "scan")  # a file, not too big; never written over
    if suffix == ".pdf":
        import pypdfium2 as pdfium

        try:
            return len(pdfium.PdfDocument(path))
        except pdfium.PdfiumError as e:
            raise QuizError(f"{path}: not a PDF we can read ({e})") from None
    if suffix in (".tif", ".tiff"):
        count = cv2.imcount(str(path))
        if count < 1:
            raise QuizError(f"{path}: not a TIFF image we can read")
        return count
    return 1


def pages(source: Source) -> Iterator[tuple[str, np.ndarray]]:
    """Each page of the file: its name for the review and its greyscale pixels."""
    label = (lambda i: f"{source.name}#{i}") if source.pages > 1 else (lambda i: source.name)
    if source.path.suffix.lower() == ".pdf":
        import pypdfium2 as pdfium

        document = pdfium.PdfDocument(source.path)
        for i, page in enumerate(document, start=1):
            bitmap = page.render(scale=DPI / 72, grayscale=True)
            array = bitmap.to_numpy()
            yield label(i), np.ascontiguousarray(array[:, :, 0] if array.ndim == 3 else array)
        return
    data = np.frombuffer(read_input(source.path, "scan"), dtype=np.uint8)
    if source.path.suffix.lower() in (".tif", ".tiff"):
        ok, images = cv2.imdecodemulti(data, cv2.IMREAD_GRAYSCALE)
        if not ok:
            raise QuizError(f"{source.path}: not a TIFF image we can read")
    else:
        image = cv2.imdecode(data, cv2.IMREAD_GRAYSCALE)
        if image is None:
            raise QuizError(f"{source.path}: not an image we can read")
        images = [image]
    for i, image in enumerate(images, start=1):
        yield label(i), _bounded(image)


def _bounded(image: np.ndarray) -> np.ndarray:
    side = max(image.shape)
    if side <= MAX_SIDE:
        return image
    scale = MAX_SIDE / side
    return cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)


def is_blank(image: np.ndarray) -> bool:
    """A page with (almost) nothing on it: the back of a one-sided sheet in a duplex scan."""
    step = max(1, min(image.shape) // 400)
    sample = image[::step, ::step]  # every few pixels: ink on a page is never that thin
    paper = float(np.percentile(sample, 90))
    return bool(np.mean(sample < paper - 60) < 0.002)
