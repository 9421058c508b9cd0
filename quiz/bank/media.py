"""Images that questions reference: one rule for where they may be, used by every reader.

An image path is relative to the deck file and must stay inside the deck's folder
(no absolute paths, no ``..`` or symlinks leading out), so sharing a deck never
shares anything else from the author's disk. It must be a file (not a pipe or a
device) within the image size limit whose first bytes are what its name says: a
text file named ``.png`` fails ``quiz check``, not the exam's PDF later.
"""

from __future__ import annotations

from pathlib import Path, PurePath

from quiz.core.errors import QuizError
from quiz.core.inputs import InputError, read_input

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp")
FORMATS = {  # name, and how its files start
    "PNG": (b"\x89PNG\r\n\x1a\n",),
    "JPEG": (b"\xff\xd8\xff",),
    "GIF": (b"GIF87a", b"GIF89a"),
    "WebP": (b"RIFF",),  # and "WEBP" at byte 8
}
SUFFIX_FORMAT = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".gif": "GIF", ".webp": "WebP"}


class ImageError(QuizError):
    """An unusable image is a fault in the deck: exit 2, like the loader's errors."""

    exit_code = 2


def image_problem(deck_path: Path, image: str) -> str | None:
    """Why ``image`` cannot be used with the deck at ``deck_path``, or None if it can."""
    rel = PurePath(image)
    folder = deck_path.parent.resolve()
    target = (folder / rel).resolve()
    if rel.is_absolute() or not target.is_relative_to(folder):
        return f"{image!r} is outside the deck's folder; put the image beside the deck"
    if target.suffix.lower() not in IMAGE_SUFFIXES:
        return f"{image!r} is not an image; use one of {', '.join(IMAGE_SUFFIXES)}"
    if not target.exists():
        return f"no such image {image!r} in {folder}"
    try:
        head = read_input(target, "image", head=4096)
    except InputError as e:
        return f"{image!r} {e.reason}"
    problem = _content_problem(image, target.suffix.lower(), head)
    if problem is None and target.suffix.lower() == ".svg":
        from quiz.bank.svg import svg_problem

        try:
            data = read_input(target, "image")
        except InputError as e:
            return f"{image!r} {e.reason}"
        if found := svg_problem(data):
            return f"{image!r} {found}"
    return problem


def image_format(head: bytes) -> str | None:
    """PNG, JPEG, GIF, WebP or SVG by the file's first bytes, or None."""
    for name, starts in FORMATS.items():
        if head.startswith(starts) and (name != "WebP" or head[8:12] == b"WEBP"):
            return name
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith((b"<?xml", b"<svg", b"<!--", b"<!DOCTYPE")) and b"<svg" in head:
        return "SVG"
    return None


def _content_problem(image: str, suffix: str, head: bytes) -> str | None:
    expected = SUFFIX_FORMAT.get(suffix, "SVG")
    found = image_format(head)
    if found == expected:
        return None
    if found is None:
        return f"{image!r} is not a{'n' if expected[0] in 'SA' else ''} {expected} image"
    ending = next(s for s, f in SUFFIX_FORMAT.items() if f == found) if found != "SVG" else ".svg"
    return f"{image!r} is a {found} image named {suffix}; rename it to end in {ending}"


def image_file(deck_path: Path | None, image: str, where: str) -> Path:
    """The image's file, or an :class:`ImageError` naming ``where`` it was asked for."""
    if deck_path is None:
        raise ImageError(f"{where}: images need a deck read from a file")
    problem = image_problem(deck_path, image)
    if problem:
        raise ImageError(f"{where}: image {problem}")
    return (deck_path.parent / image).resolve()
