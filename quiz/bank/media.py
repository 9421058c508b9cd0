"""Images that questions reference: one rule for where they may be, used by every reader.

An image path is relative to the deck file and must stay inside the deck's folder
(no absolute paths, no ``..`` or symlinks leading out), so sharing a deck never
shares anything else from the author's disk.
"""

from __future__ import annotations

from pathlib import Path, PurePath

from quiz.core.errors import QuizError

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp")


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
    if not target.is_file():
        return f"no such image {image!r} in {folder}"
    return None


def image_file(deck_path: Path | None, image: str, where: str) -> Path:
    """The image's file, or an :class:`ImageError` naming ``where`` it was asked for."""
    if deck_path is None:
        raise ImageError(f"{where}: images need a deck read from a file")
    problem = image_problem(deck_path, image)
    if problem:
        raise ImageError(f"{where}: image {problem}")
    return (deck_path.parent / image).resolve()
