"""What `quiz import` may be told besides the file: which fields hold front and back
(Anki note types quiz does not know, CSV columns), whether to carry review history,
and the folder beside the deck that media go to."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ImportOptions:
    front: str | None = None
    back: str | None = None
    with_progress: bool = False
    media_folder: str = "media"
