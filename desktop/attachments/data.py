"""What the papers panel shows and sends, as plain data (no Qt)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

__all__ = ["Slot", "PaperFile"]


@dataclass(frozen=True)
class Slot:
    """A place papers go: a checklist component (its index in ``Dossier.components``) or the result."""

    component: int | None  # None: the result
    name: str
    required: bool = True

    @property
    def is_result(self) -> bool:
        return self.component is None

    def holds(self, paper: "PaperFile") -> bool:
        return paper.is_result if self.is_result else (not paper.is_result and paper.component == self.component)


@dataclass(frozen=True)
class PaperFile:
    """One attached file as the window shows it (its bytes stay in core until it is opened)."""

    id: int
    component: int | None
    is_result: bool
    file_name: str
    media_type: str
    pages: int
    size: int
    attached_by: str
    attached_at: dt.datetime
    thumbnail: bytes = b""  # a small JPEG/PNG of page 1
