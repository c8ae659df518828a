"""Scanned papers and results kept with the dossier (issue 16; docs/attachments.md).

A file (PDF, JPEG, PNG) is attached to one component of a dossier's checklist or to its result. It is checked
first (`core.file_checks`: content against extension, pages, password, damage, limits), then stored encrypted
with the office key as an immutable blob named by a keyed hash (`core.file_store`), its thumbnail beside it,
and described by an ``attachment`` row (SHA-256 and size of the clear file, pages, who, when) that the audit
trail digests; the dossier's history gets an ``attached`` event. Any refusal is one Vietnamese line and leaves
nothing stored. The caller owns the transaction: `attach` works on a dossier flushed in the same transaction
(the intake window accepts and attaches at once) and never commits.

A checklist component is digitised when a readable file is attached to it, a dossier when every component of
its checklist is. For dossiers received at the desk (``digitized_source == "files"``) `attach` keeps
``Dossier.digitized`` and each component's ``digitized`` equal to that fact; imported and older dossiers keep
the flag they were recorded with (``recorded``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, col, select

from core.dossiers import get_dossier, record_event
from core.errors import UserError
from core.file_checks import base_name, check_file, media_type_of, too_large
from core.file_store import BlobStore, FolderStore, MissingBlob, store_for
from core.limits import MAX_ATTACHMENT_BYTES
from core.models import AttachedFile, Dossier, stored_id
from core.security.access import Permission, acting_name, requires
from core.security.protect import Cipher, cipher_of

__all__ = [
    "RESULT_LABEL",
    "Attachment",
    "FilesLocked",
    "attach",
    "attach_path",
    "digitised_components",
    "files_of",
    "missing_files",
    "open_file",
    "place_label",
    "thumbnail",
]

RESULT_LABEL = "Kết quả"


class FilesLocked(UserError):
    """A file must be attached or opened, and the office key is not open on this desk."""

    def __init__(self) -> None:
        super().__init__(
            "Chưa mở khoá dữ liệu của cơ quan trên máy này: không đính kèm hay mở được giấy tờ đã quét. "
            "Hãy mở khoá bằng mật khẩu tệp khoá, hoặc chép khoá của cơ quan sang máy này "
            "(motcua key import).",
            "The office key is not open on this desk: cannot attach or open scanned papers.",
        )


@dataclass(frozen=True)
class Attachment:
    id: int
    dossier_code: str
    component: int | None  # index into Dossier.components; None for the result
    is_result: bool
    file_name: str  # original base name, shown to the clerk
    media_type: str  # "application/pdf" | "image/jpeg" | "image/png"
    sha256: str  # of the clear file
    size: int  # bytes of the clear file
    pages: int
    attached_by: str
    attached_at: dt.datetime


def _plain(row: AttachedFile, code: str) -> Attachment:
    return Attachment(
        id=stored_id(row),
        dossier_code=code,
        component=row.component,
        is_result=row.is_result,
        file_name=row.file_name,
        media_type=row.media_type,
        sha256=row.sha256,
        size=row.size,
        pages=row.pages,
        attached_by=row.attached_by,
        attached_at=row.attached_at,
    )


def _cipher(session: Session) -> Cipher:
    cipher = cipher_of(session)
    if cipher is None:
        raise FilesLocked()
    return cipher


def place_label(dossier: Dossier, component: int | None) -> str:
    """How the clerk names where a file is: "thành phần 2 «Tờ khai»" or "Kết quả"."""
    if component is None:
        return RESULT_LABEL
    components = dossier.components or []
    name = components[component].get("name", "") if 0 <= component < len(components) else ""
    return f"thành phần {component + 1} «{name}»" if name else f"thành phần {component + 1}"


def _place(dossier: Dossier, component: int | None, result: bool) -> int | None:
    """The component index the file goes to (None: the result), or a clear refusal."""
    components = dossier.components or []
    if result:
        if component is not None:
            raise UserError(
                "Một tệp đính kèm vào một thành phần hoặc vào kết quả, không vào cả hai.",
                "A file goes to one component or to the result, not both.",
            )
        if dossier.stopped_at:
            raise UserError(
                f"Hồ sơ {dossier.code} đã dừng/rút ngày {dossier.stopped_at:%d/%m/%Y}: không có kết quả để đính kèm.",
                f"Dossier {dossier.code} was stopped: it has no result.",
            )
        return None
    if component is None:
        if len(components) == 1:
            return 0
        if not components:
            raise UserError(
                f"Hồ sơ {dossier.code} không có danh mục thành phần: chỉ đính kèm được kết quả.",
                f"Dossier {dossier.code} has no checklist: only its result can be attached.",
            )
        raise UserError(
            f"Hồ sơ {dossier.code} có {len(components)} thành phần: hãy chọn thành phần (1–"
            f"{len(components)}) hoặc kết quả.",
            f"Dossier {dossier.code} has {len(components)} components: choose one or the result.",
        )
    if isinstance(component, bool) or not isinstance(component, int) or not 0 <= component < len(components):
        shown = component + 1 if isinstance(component, int) and not isinstance(component, bool) else component
        raise UserError(
            f"Hồ sơ {dossier.code} có {len(components)} thành phần: không có thành phần số {shown}.",
            f"Dossier {dossier.code} has {len(components)} components: no component {shown}.",
        )
    return component


def _put(store: BlobStore, cipher: Cipher, name: str, data: bytes, *, durable: bool = True) -> None:
    """Store ``data`` encrypted as blob ``name``, unless the same content is already there and opens."""
    if store.has(name):
        present = cipher.open_blob(store.get(name), name)
        if present is not None and hashlib.sha256(present).digest() == hashlib.sha256(data).digest():
            return
        store.put(name, cipher.seal_blob(data, name), replace=True, durable=durable)  # damaged: written again
        return
    store.put(name, cipher.seal_blob(data, name), durable=durable)


@requires(Permission.PROCESS)
def attach(
    session: Session,
    code: str,
    name: str,
    data: bytes,
    *,
    component: int | None = None,
    result: bool = False,
    at: dt.datetime | None = None,
) -> Attachment:
    """Attach the file ``name`` (its bytes ``data``) to component ``component`` (0-based) or to the result.

    Without ``component`` and ``result``, a dossier whose checklist has a single component gets it there."""
    cipher = _cipher(session)
    dossier = get_dossier(session, code)
    file_name = base_name(name)
    if not file_name:
        raise UserError("Tệp đính kèm chưa có tên.", "The attached file has no name.")
    place = _place(dossier, component, result)
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise too_large(file_name, len(data))
    checked = check_file(file_name, data)
    sha256 = hashlib.sha256(data).hexdigest()
    twin = session.exec(
        select(AttachedFile).where(AttachedFile.dossier_id == dossier.id, AttachedFile.sha256 == sha256)
    ).first()
    if twin is not None:
        raise UserError(
            f'Tệp "{file_name}" đã được đính kèm vào hồ sơ {dossier.code} ở '
            f'{place_label(dossier, twin.component)} (tên "{twin.file_name}").',
            f'"{file_name}" is already attached to dossier {dossier.code}.',
        )
    store = store_for(session)
    blob, thumb = cipher.blob_name(sha256, "file"), cipher.blob_name(sha256, "thumb")
    _put(store, cipher, blob, data)
    _put(store, cipher, thumb, checked.thumbnail, durable=False)  # made again from the file if ever lost
    at = (at or dt.datetime.now()).replace(microsecond=0)
    row = AttachedFile(
        dossier_id=stored_id(dossier),
        component=place,
        is_result=place is None,
        file_name=file_name,
        media_type=checked.media_type,
        sha256=sha256,
        size=len(data),
        pages=checked.pages,
        blob=blob,
        thumbnail_blob=thumb,
        attached_by=acting_name(session),
        attached_at=at,
    )
    session.add(row)
    session.flush()
    if place is not None:
        _refresh_digitized(session, dossier)
    record_event(
        session,
        dossier,
        "attached",
        at=at,
        file_name=file_name,
        component=place_label(dossier, place),
        index=None if place is None else place + 1,
        pages=checked.pages,
        size=len(data),
        sha256=sha256,
    )
    session.flush()
    return _plain(row, dossier.code)


@requires(Permission.PROCESS)
def attach_path(
    session: Session,
    code: str,
    path: Path,
    *,
    component: int | None = None,
    result: bool = False,
    at: dt.datetime | None = None,
) -> Attachment:
    """`attach` a file on disk: its size is checked before it is read (a 200 MB photo is never read whole)."""
    path = Path(path)
    name = base_name(path.name)
    media_type_of(name)  # a .docx is refused before it is read
    try:
        size = path.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise too_large(name, size)
        with open(path, "rb") as stream:
            data = stream.read(MAX_ATTACHMENT_BYTES + 1)
    except FileNotFoundError:
        raise UserError(f"Không tìm thấy tệp {path}.", f"No file {path}.") from None
    except IsADirectoryError:
        raise UserError(f"{path} là một thư mục, không phải một tệp.", f"{path} is a folder.") from None
    except PermissionError:
        raise UserError(f"Không có quyền đọc tệp {path}.", f"Cannot read {path}: permission denied.") from None
    except OSError as error:
        raise UserError(
            f"Không đọc được tệp {path}: {error.strerror or error}.", f"Cannot read {path}: {error}."
        ) from None
    if len(data) > MAX_ATTACHMENT_BYTES:  # grew while being read
        raise too_large(name, len(data))
    return attach(session, code, name, data, component=component, result=result, at=at)


def _rows(session: Session, dossier: Dossier) -> list[AttachedFile]:
    return list(
        session.exec(
            select(AttachedFile)
            .where(col(AttachedFile.dossier_id) == dossier.id)
            .order_by(
                col(AttachedFile.is_result),
                col(AttachedFile.component),
                col(AttachedFile.attached_at),
                col(AttachedFile.id),
            )
        )
    )


@requires(Permission.VIEW)
def files_of(session: Session, code: str) -> list[Attachment]:
    """The files of a dossier: its components' in checklist order, then its result's."""
    dossier = get_dossier(session, code)
    return [_plain(row, dossier.code) for row in _rows(session, dossier)]


def _row(session: Session, attachment_id: int) -> AttachedFile:
    row = session.get(AttachedFile, attachment_id) if isinstance(attachment_id, int) else None
    if row is None:
        raise UserError(f"Không có tệp đính kèm số {attachment_id}.", f"No attached file {attachment_id}.")
    return row


def _damaged(session: Session, row: AttachedFile) -> UserError:
    dossier = session.get(Dossier, row.dossier_id)
    code = dossier.code if dossier else "?"
    return UserError(
        f'Tệp "{row.file_name}" của hồ sơ {code} không khớp với bản đã lưu (bị hỏng hoặc bị sửa ngoài '
        "chương trình): hãy khôi phục từ bản sao lưu.",
        f'"{row.file_name}" of dossier {code} does not match what was stored (damaged or altered).',
    )


@requires(Permission.VIEW_PERSONAL)
def open_file(session: Session, attachment_id: int) -> bytes:
    """The clear file, checked against its recorded SHA-256 (a tampered or damaged blob: one line)."""
    cipher = _cipher(session)
    row = _row(session, attachment_id)
    clear = cipher.open_blob(store_for(session).get(row.blob), row.blob)
    if clear is None or hashlib.sha256(clear).hexdigest() != row.sha256:
        raise _damaged(session, row)
    return clear


@requires(Permission.VIEW_PERSONAL)
def thumbnail(session: Session, attachment_id: int) -> bytes:
    """A small JPEG of the file's first page, ~200 px wide. A thumbnail lost or damaged (it is written without
    waiting for the disk) is made again from the file, and stored again beside a SQLite database."""
    cipher = _cipher(session)
    row = _row(session, attachment_id)
    store = store_for(session)
    try:
        clear = cipher.open_blob(store.get(row.thumbnail_blob), row.thumbnail_blob)
    except MissingBlob:
        clear = None
    if clear is not None:
        return clear
    made = check_file(row.file_name, open_file(session, attachment_id)).thumbnail
    if isinstance(store, FolderStore):  # immutable and named by its content: safe outside any transaction
        store.put(row.thumbnail_blob, cipher.seal_blob(made, row.thumbnail_blob), replace=True, durable=False)
    return made


def _digitised(session: Session, dossier: Dossier, store: BlobStore | None = None) -> list[bool]:
    count = len(dossier.components or [])
    done = [False] * count
    for row in _rows(session, dossier):
        if row.component is not None and 0 <= row.component < count and not done[row.component]:
            done[row.component] = store is None or store.has(row.blob)
    return done


def _refresh_digitized(session: Session, dossier: Dossier) -> None:
    done = _digitised(session, dossier)
    dossier.components = [{**c, "digitized": flag} for c, flag in zip(dossier.components or [], done)]
    whole = bool(done) and all(done)
    dossier.digitized = whole if dossier.digitized_source == "files" else (dossier.digitized or whole)
    session.add(dossier)


@requires(Permission.VIEW)
def digitised_components(session: Session, code: str) -> list[bool]:
    """Per checklist component: whether a readable file is attached to it (its blob is in the store)."""
    dossier = get_dossier(session, code)
    return _digitised(session, dossier, store_for(session))


@requires(Permission.VIEW)
def missing_files(session: Session) -> list[tuple[str, str]]:
    """``(dossier code, file name)`` of every attached file whose blob (or thumbnail) is not in the store: a folder
    deleted or not restored (`core.bootstrap.check_database`). Only presence is checked: reading years of scans
    back is what ``open_file`` does, one file at a time."""
    store = store_for(session)
    rows = session.exec(
        select(Dossier.code, AttachedFile.file_name, AttachedFile.blob)
        .join(Dossier, col(Dossier.id) == col(AttachedFile.dossier_id))
        .order_by(col(AttachedFile.id))
    ).all()
    return [(code, name) for code, name, blob in rows if not store.has(blob)]
