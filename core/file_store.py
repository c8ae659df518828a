"""Where attached files live: encrypted, immutable, content-addressed blobs (issue 16, docs/attachments.md).

A blob is an attached file (or its thumbnail) encrypted with the office key (`core.security.protect.Cipher.seal_blob`)
and named by a keyed hash of the clear file's SHA-256 (`Cipher.blob_name`): a name never tells which known
document is stored, and the same file attached twice is stored once.

One small interface, `BlobStore`, with two implementations chosen from the database (`store_for`):

- `FolderStore`, beside a SQLite file: ``<database stem>.files/ab/cdef…``. A commune gathers ~10 GB of scans
  over the years; inside SQLite every backup would copy them all again, while immutable blobs in a folder are
  copied once (`copy_missing`, used by core/backups/archive.py). A blob is written whole through a side file
  (`core.files.write_file`) before its row is added, so a crash leaves at most an orphan encrypted blob, never
  a row without its file.
- `TableStore`, in the database itself (``attachment_blob``): a PostgreSQL server shared by several desks has
  no folder they all see; the blob is written in the same transaction as its row.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlmodel import col

from core.errors import UserError
from core.files import write_file
from core.models import AttachmentBlob

__all__ = [
    "FOLDER_SUFFIX",
    "BlobStore",
    "FolderStore",
    "MissingBlob",
    "TableStore",
    "blob_folder",
    "copy_missing",
    "is_blob_name",
    "store_for",
]

#: The blob folder of ``office.db`` is ``office.files`` beside it.
FOLDER_SUFFIX = ".files"
_NAME = re.compile(r"^[0-9a-f]{64}$")


def is_blob_name(name: str) -> bool:
    return bool(_NAME.match(name or ""))


class MissingBlob(UserError):
    """A blob named by an attachment row is not in the store (a folder deleted or not restored)."""

    def __init__(self, where: str) -> None:
        super().__init__(
            f"Không tìm thấy tệp đính kèm đã mã hoá trong {where}: hãy khôi phục từ bản sao lưu "
            "(motcua backup restore).",
            f"An attached file's encrypted blob is missing from {where}: restore a backup.",
        )


class BlobStore(Protocol):
    """Encrypted blobs by name; a blob, once written, is never changed (except a damaged one written again)."""

    def has(self, name: str) -> bool: ...

    def get(self, name: str) -> bytes: ...

    def put(self, name: str, data: bytes, *, replace: bool = False, durable: bool = True) -> None: ...

    def names(self) -> Iterator[str]: ...


def _checked(name: str) -> str:
    if not is_blob_name(name):
        raise UserError(f'Tên tệp đính kèm "{name[:80]}" không hợp lệ.', f'Invalid blob name "{name[:80]}".')
    return name


def blob_folder(database_path: Path) -> Path:
    """The folder of a SQLite database's blobs: ``office.files`` beside ``office.db``."""
    path = Path(database_path)
    return path.with_name(path.stem + FOLDER_SUFFIX)


class FolderStore:
    """Blobs as files ``ab/cdef…`` under ``root``."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path(self, name: str) -> Path:
        name = _checked(name)
        return self.root / name[:2] / name[2:]

    def has(self, name: str) -> bool:
        return self.path(name).is_file()

    def get(self, name: str) -> bytes:
        try:
            return self.path(name).read_bytes()
        except FileNotFoundError:
            raise MissingBlob(f"thư mục {self.root}") from None
        except OSError as error:
            raise UserError(
                f"Không đọc được tệp đính kèm trong {self.root}: {error.strerror or error}.",
                f"Cannot read an attached file in {self.root}: {error}.",
            ) from error

    def put(self, name: str, data: bytes, *, replace: bool = False, durable: bool = True) -> None:
        """Write the blob whole (side file, rename); ``durable`` False skips the flush to disk (a thumbnail, made
        again from its file if a power cut loses it)."""
        target = self.path(name)
        if target.is_file() and not replace:
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        write_file(target, data, sync=durable)

    def names(self) -> Iterator[str]:
        if not self.root.is_dir():
            return
        for folder in sorted(self.root.iterdir()):
            if folder.is_dir() and len(folder.name) == 2:
                for file in sorted(folder.iterdir()):
                    name = folder.name + file.name
                    if file.is_file() and is_blob_name(name):
                        yield name


class TableStore:
    """Blobs as rows of ``attachment_blob``, in the caller's transaction."""

    def __init__(self, session: Any) -> None:
        self.session = session

    def has(self, name: str) -> bool:
        return (
            self.session.execute(
                select(col(AttachmentBlob.name)).where(col(AttachmentBlob.name) == _checked(name))
            ).first()
            is not None
        )

    def get(self, name: str) -> bytes:
        data = self.session.execute(
            select(col(AttachmentBlob.data)).where(col(AttachmentBlob.name) == _checked(name))
        ).scalar()
        if data is None:
            raise MissingBlob("cơ sở dữ liệu")
        return bytes(data)

    def put(self, name: str, data: bytes, *, replace: bool = False, durable: bool = True) -> None:
        row = self.session.get(AttachmentBlob, _checked(name))
        if row is None:
            try:
                with self.session.begin_nested():
                    self.session.add(AttachmentBlob(name=name, data=data))
            except IntegrityError:  # another desk stored the same blob meanwhile: same name, same content
                pass
            return
        if replace:
            row.data = data
            self.session.add(row)
            self.session.flush()

    def names(self) -> Iterator[str]:
        yield from self.session.execute(select(col(AttachmentBlob.name)).order_by(col(AttachmentBlob.name))).scalars()


def store_for(session: Any) -> BlobStore:
    """The blob store of a session's database: a folder beside a SQLite file, else the database's own table."""
    bind = session.get_bind()
    if bind.dialect.name == "sqlite":
        database = bind.url.database
        if database and database != ":memory:" and not database.startswith("file:"):
            return FolderStore(blob_folder(Path(database)))
    return TableStore(session)


def copy_missing(source: Path, target: Path) -> list[str]:
    """Copy every blob of the folder ``source`` that ``target`` lacks (blobs never change: a name present is
    the same blob); returns the names copied. Used by backups (into their shared ``files/``) and restores."""
    source_store, target_store = FolderStore(source), FolderStore(target)
    copied = []
    for name in source_store.names():
        if not target_store.has(name):
            target_store.put(name, source_store.get(name))
            copied.append(name)
    return copied
