"""What the window reads and writes about a dossier's scanned papers, as plain data (no Qt).

The functions run on the worker (`desktop.operations`), each in the caller's session or transaction:
`fetch_papers` (the places of a dossier and its files with their thumbnails), `attach_papers` (several files
to one place, all or none), `open_paper`, `papers_to_print` (noted in the audit trail as a print),
`check_papers` (the early word at intake: the same checks core makes when it stores a file) and
`scan_folder_setting`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath

from sqlmodel import Session

from core.attachments import attach_path, files_of, open_file, thumbnail
from core.dossiers import get_dossier
from core.errors import UserError
from core.file_checks import MEDIA_TYPES, check_file, too_large
from core.limits import MAX_ATTACHMENT_BYTES
from core.office_settings import office_settings
from core.procedures import is_conditional
from core.security import audit

__all__ = [
    "FILE_PATTERNS",
    "DossierPapers",
    "PaperFile",
    "Slot",
    "attach_papers",
    "check_papers",
    "fetch_papers",
    "is_paper_name",
    "open_paper",
    "papers_to_print",
    "scan_folder_setting",
]

#: For a file dialog's filter: ``*.pdf *.jpg *.jpeg *.png``.
FILE_PATTERNS = " ".join(f"*{suffix}" for suffix in MEDIA_TYPES)


def is_paper_name(name: str | PurePath) -> bool:
    """True for a name ending in .pdf, .jpg, .jpeg or .png (any case): what core may accept."""
    return PurePath(name).suffix.lower() in MEDIA_TYPES


@dataclass(frozen=True)
class Slot:
    """A place papers go: a checklist component (its index in ``Dossier.components``) or the result."""

    component: int | None  # None: the result
    name: str
    required: bool = True

    @property
    def is_result(self) -> bool:
        return self.component is None

    def holds(self, paper: PaperFile) -> bool:
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
    thumbnail: bytes = b""  # a small JPEG of page 1 (empty for a caller who may not see personal data)


@dataclass(frozen=True)
class DossierPapers:
    code: str
    slots: tuple[Slot, ...]
    papers: tuple[PaperFile, ...]


def fetch_papers(session: Session, code: str) -> DossierPapers:
    """The dossier's places (its checklist's components, then the result) and its files with thumbnails."""
    dossier = get_dossier(session, code)
    slots = [
        Slot(n, str(c.get("name", "")), not is_conditional(str(c.get("name", ""))))
        for n, c in enumerate(dossier.components or [])
    ]
    slots.append(Slot(None, "", required=False))
    papers = []
    for found in files_of(session, code):
        try:
            picture = thumbnail(session, found.id)
        except UserError:  # no personal data for this caller, or a damaged blob: the file is still listed
            picture = b""
        papers.append(
            PaperFile(
                found.id,
                found.component,
                found.is_result,
                found.file_name,
                found.media_type,
                found.pages,
                found.size,
                found.attached_by,
                found.attached_at,
                picture,
            )
        )
    return DossierPapers(dossier.code, tuple(slots), tuple(papers))


def attach_papers(session: Session, code: str, paths: Sequence[str | Path], slot: Slot) -> int:
    """Attach every file of ``paths`` to ``slot`` (in the caller's transaction: all or none); returns how many."""
    for path in paths:
        attach_path(session, code, Path(path), component=slot.component, result=slot.is_result)
    return len(paths)


def open_paper(session: Session, paper_id: int) -> bytes:
    """The clear bytes of one attached file (decrypted by core, checked against its SHA-256)."""
    return open_file(session, paper_id)


def papers_to_print(session: Session, code: str, papers: Sequence[PaperFile]) -> list[tuple[str, bytes]]:
    """(media type, clear bytes) of each paper, in order; the print is noted in the audit trail."""
    found = [(paper.media_type, open_file(session, paper.id)) for paper in papers]
    audit.note(session, "in giấy tờ đính kèm", dossier=code, files=[paper.id for paper in papers])
    return found


def check_papers(paths: Sequence[str | Path]) -> list[tuple[str, int]]:
    """(media type, pages) of each file, checked as core will check it when it is stored; the first file that
    cannot be attached raises its one line."""
    checked = []
    for path in map(Path, paths):
        try:
            size = path.stat().st_size
            if size > MAX_ATTACHMENT_BYTES:
                raise too_large(path.name, size)
            data = path.read_bytes()
        except FileNotFoundError:
            raise UserError(f"Không tìm thấy tệp {path.name}.", f"No file {path.name}.") from None
        except OSError:
            raise UserError(
                f"Không đọc được tệp {path.name} (đang mở ở chương trình khác, hoặc không có quyền).",
                f"Cannot read {path.name}.",
            ) from None
        found = check_file(path.name, data)
        checked.append((found.media_type, found.pages))
    return checked


def scan_folder_setting(session: Session) -> str:
    """The office scanner's folder ("" = none)."""
    return office_settings(session).scan_folder
