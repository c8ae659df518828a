"""Backups of the SQLite office database: consistent, encrypted, checked, rotated, restorable.

A backup is a snapshot taken with SQLite's backup API inside one read transaction (so the row
counts in its header are those of the same state), sealed with the office key (`core.backups.file_format`)
into ``backups/`` beside the database and into the optional second folder (setting
``backup_second_folder``: a USB stick or a network share), and each copy is read back and checked
(decrypts, ``integrity_check`` ok, row counts equal). `backup_if_due` makes the daily and the
at-exit backup; rotation keeps 14 daily and 12 monthly ones and never the only copy
(`core.backups.rotation`). A restore refuses a file that fails the check and first backs up what it
replaces (never deleting anything). PostgreSQL is backed up by its server (``pg_dump``), not here.

Attached files (core/file_store.py) live beside the database as encrypted, immutable blobs: each backup folder
keeps one shared ``files/`` store, into which a backup copies the blobs it does not hold yet (a blob is never
changed, so a name present is the same blob, and years of scans are copied once, not at every backup). A restore
brings the blobs its folder holds back beside the database before the database itself, and says which attached
files it could not find. The rotation never deletes a blob.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlmodel import col

from core.backups.file_format import SUFFIX, key_id, read_authenticated_header, read_header, seal_file, unseal_file
from core.backups.rotation import STAMP, backup_moments, plan_rotation, rotate
from core.db_errors import explain_database_error
from core.errors import UserError
from core.file_store import FolderStore, blob_folder, copy_missing
from core.files import explain_write_error, remove_file, replace_file
from core.models import AttachedFile, Office
from core.office_settings import office_settings
from core.security.access import AccessDenied, Permission
from core.security.audit import Witness
from core.security.key_store import KeyStore, office_key
from core.snapshot import row_counts, snapshot
from core.storage import Database, default_data_dir, head_revision, upgrade

__all__ = [
    "BLOBS_FOLDER",
    "MIN_READABLE",
    "SECOND_FOLDER_SETTING",
    "BackupInfo",
    "BackupResult",
    "OtherOffice",
    "backup_folders",
    "backup_if_due",
    "backup_witnesses",
    "create_backup",
    "list_backups",
    "plan_rotation",
    "remove_stale_scratch",
    "restore_backup",
    "rotate",
    "rotate_readable",
    "verify_backup",
]

SECOND_FOLDER_SETTING = "backup_second_folder"
#: The rotation never leaves fewer backups that the current key opens.
MIN_READABLE = 3
PRE_RESTORE = "truoc-khoi-phuc"
#: The shared store of attached files' blobs in each backup folder.
BLOBS_FOLDER = "files"


@dataclass
class BackupInfo:
    """One backup file, as its header describes it."""

    path: Path
    created: dt.datetime
    kind: str
    counts: dict[str, int]
    revision: str | None
    size: int


@dataclass
class BackupResult:
    """Where a new backup was written and checked; `warnings` name copies that could not be made."""

    copies: list[Path]
    info: BackupInfo
    warnings: list[str] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)


def _sqlite_path(database: Database) -> Path:
    if database.path is None:
        raise UserError(
            "Cơ sở dữ liệu này nằm trên máy chủ PostgreSQL: việc sao lưu do máy chủ đảm nhận "
            "(pg_dump theo lịch của máy chủ); lệnh sao lưu của Một Cửa chỉ dành cho tệp SQLite.",
            "This is a PostgreSQL database: back it up on the server (pg_dump); Một Cửa backs up SQLite files only.",
        )
    return database.path


def backup_folders(database: Database) -> list[Path]:
    """``backups/`` beside the database, then the second folder when one is set."""
    folders = [_sqlite_path(database).parent / "backups"]
    with database.session() as session:
        second = office_settings(session).backup_second_folder
    if second:
        folders.append(Path(second))
    return folders


SCRATCH_PREFIX = ".motcua-sao-luu-"


@contextmanager
def _scratch(near: Path) -> Iterator[Path]:
    """A private folder for the plain copy, beside the database (never in a backup folder).

    Its name carries this process's id, so `remove_stale_scratch` can tell a folder left by a killed run
    (a power cut, Windows shutting down mid-backup) from one in use. Removal waits for an antivirus that
    holds a file and never raises (a folder it cannot remove is removed at the next start)."""
    folder = Path(tempfile.mkdtemp(prefix=f"{SCRATCH_PREFIX}{os.getpid()}-", dir=near))
    try:
        yield folder
    finally:
        _remove_tree(folder)


def _remove_tree(folder: Path) -> bool:
    for path in sorted(folder.rglob("*"), reverse=True) if folder.exists() else []:
        if path.is_dir():
            try:
                path.rmdir()
            except OSError:
                pass
        else:
            remove_file(path)
    try:
        folder.rmdir()
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return True


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # not os.name: type checkers follow sys.platform (ctypes.windll)
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_scratch(*folders: Path) -> list[Path]:
    """Delete the scratch folders that killed backups left in ``folders`` (they may hold a plain copy of
    the database); a folder of a backup still running is kept. Returns what was removed. Run at start."""
    removed = []
    for folder in folders:
        for path in Path(folder).glob(f"{SCRATCH_PREFIX}*") if Path(folder).is_dir() else []:
            pid = path.name.removeprefix(SCRATCH_PREFIX).split("-", 1)[0]
            if path.is_dir() and not (pid.isdigit() and _process_alive(int(pid))) and _remove_tree(path):
                removed.append(path)
    return removed


def _info(path: Path, header: dict) -> BackupInfo:
    return BackupInfo(
        path=path,
        created=dt.datetime.fromisoformat(header["created"]),
        kind=header.get("kind", ""),
        counts=header.get("counts", {}),
        revision=header.get("revision"),
        size=path.stat().st_size,
    )


def _check(path: Path, key: bytes, scratch: Path) -> BackupInfo:
    plain = scratch / "kiem-tra.db"
    try:
        header = unseal_file(path, plain, key)
        connection = sqlite3.connect(plain)
        try:
            result = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            counts = row_counts(connection)
        except sqlite3.DatabaseError as exc:
            result, counts = [str(exc)], {}
        finally:
            connection.close()
    finally:
        plain.unlink(missing_ok=True)
    if result != ["ok"]:
        raise UserError(
            f"Bản sao lưu {path.name} giải mã được nhưng cơ sở dữ liệu bên trong bị hỏng ({'; '.join(result[:3])}).",
            f"The backup {path.name} holds a damaged database.",
        )
    if counts != header.get("counts"):
        raise UserError(
            f"Số dòng trong bản sao lưu {path.name} không khớp với lúc sao lưu.",
            f"The row counts in {path.name} differ from those at backup time.",
        )
    return _info(path, header)


def verify_backup(path: Path, keys: KeyStore, *, scratch_near: Path | None = None) -> BackupInfo:
    """Decrypt, open, integrity-check and count a backup file; a clear `UserError` when anything fails."""
    path = Path(path)
    if not path.is_file():
        raise UserError(f"Không có tệp sao lưu {path}.", f"No backup file {path}.")
    read_header(path)  # a file that is no backup at all is named so before the key is asked for
    if scratch_near is None:  # the plain copy stays in the user's own data folder, not in a shared /tmp
        scratch_near = default_data_dir()
        scratch_near.mkdir(parents=True, exist_ok=True)
    with _scratch(scratch_near) as scratch:
        return _check(path, office_key(keys), scratch)


def _target(folder: Path, stem: str, label: str, now: dt.datetime) -> Path:
    base = f"{stem}-{label + '-' if label else ''}{now:{STAMP}}"
    path, n = folder / f"{base}{SUFFIX}", 1
    while path.exists():
        path, n = folder / f"{base}-{n}{SUFFIX}", n + 1
    return path


def _write_copy(sealed: Path, folder: Path, name: str, key: bytes, scratch: Path) -> BackupInfo:
    target = folder / name
    partial = folder / f".{name}.dang-ghi"
    try:
        shutil.copyfile(sealed, partial)
        replace_file(partial, target)  # an antivirus scanning the new file: waited for, then one line
    finally:
        remove_file(partial)
    try:
        return _check(target, key, scratch)
    except UserError:
        remove_file(target)
        raise


def _allowed(database: Database) -> None:
    """Backups copy every citizen's data: only a caller with the backup permission (or the program)."""

    if database.caller is None or not database.caller.can(Permission.BACKUP):
        raise AccessDenied(database.caller, Permission.BACKUP)


def _one_line(error: BaseException, target: Path) -> UserError:
    """A full disk, a read-only folder, a file held by an antivirus, a database locked: one line."""

    if isinstance(error, UserError):
        return error
    if isinstance(error, OSError):
        return explain_write_error(error, target)
    clear = explain_database_error(error, str(target))
    return clear or UserError(f"Không sao lưu được: {error}.", f"The backup failed: {error}.")


def create_backup(
    database: Database, keys: KeyStore, *, now: dt.datetime | None = None, out: Path | None = None, kind: str = "manual"
) -> BackupResult:
    """Back the database up into ``out`` (else ``backups/`` and the second folder), each copy checked.

    The header records the audit trail's head (a witness `core.security.audit_check.verify` checks the live
    trail against), the office and the fingerprint of the key that seals it."""
    _allowed(database)
    source = _sqlite_path(database)
    remove_stale_scratch(source.parent)  # a plain copy left by a backup cut off last time goes first
    now = now or dt.datetime.now().replace(microsecond=0)
    if out is not None and not Path(out).is_dir():
        raise UserError(f"Thư mục {out} không tồn tại.", f"The folder {out} does not exist.")
    folders = [Path(out)] if out is not None else backup_folders(database)
    key = office_key(keys)
    if out is None:
        folders[0].mkdir(parents=True, exist_ok=True)
    name = _target(folders[0], source.stem, PRE_RESTORE if kind == PRE_RESTORE else "", now).name
    copies: list[Path] = []
    warnings: list[str] = []
    info: BackupInfo | None = None
    try:
        with _scratch(source.parent) as scratch:
            plain, sealed = scratch / "ban-sao.db", scratch / name
            taken = snapshot(source, plain)
            header = {
                "created": now.isoformat(sep=" "),
                "kind": kind,
                "source": source.name,
                "counts": taken.counts,
                "revision": taken.revision,
                "trail": taken.trail,
                "office": taken.office,
            }
            seal_file(plain, sealed, key, header)
            remove_file(plain)
            for index, folder in enumerate(folders):
                try:
                    if not folder.is_dir():
                        raise UserError("thư mục không tồn tại (chưa cắm ổ USB hay chưa nối ổ mạng?)")
                    checked = _write_copy(sealed, folder, name, key, scratch)
                    copy_missing(blob_folder(source), folder / BLOBS_FOLDER)
                except (OSError, UserError) as exc:
                    if index == 0:
                        raise
                    reason = exc.vi if isinstance(exc, UserError) else (exc.strerror or str(exc))
                    warnings.append(f"Không ghi được bản sao thứ hai vào {folder}: {reason}.")
                    continue
                copies.append(checked.path)
                info = info or checked
    except (OSError, sqlite3.Error) as error:
        raise _one_line(error, folders[0] / name) from error
    assert info is not None, "the first folder's copy raises when it fails"
    result = BackupResult(copies=copies, info=info, warnings=warnings)
    if kind != PRE_RESTORE and out is None:
        for copy in copies:
            removed, kept = rotate_readable(copy.parent, source.stem, key)
            result.removed += removed
            result.warnings += kept
    return result


def rotate_readable(folder: Path, stem: str, key: bytes) -> tuple[list[Path], list[str]]:
    """Rotation (`core.backups.rotation`) that never deletes a backup sealed with another key than ``key``
    (it may be the only copy of the office's data under its real key), and never leaves fewer than
    `MIN_READABLE` backups this key opens. Returns what was deleted and one warning line per kept group."""

    found = backup_moments(folder, stem)
    mine = key_id(key)
    readable: dict[Path, tuple[dt.datetime, str]] = {}
    others: dict[Path, tuple[dt.datetime, str]] = {}
    for path, moment in found.items():
        try:
            header = read_header(path)
        except UserError:
            continue  # not a backup we can name: never deleted by the rotation
        (readable if header.get("key_id") == mine else others)[path] = (moment, header.get("key_fingerprint", ""))
    keep = plan_rotation([moment for moment, _ in readable.values()])
    newest = sorted(readable, key=lambda p: readable[p][0], reverse=True)
    keep |= {readable[p][0] for p in newest[:MIN_READABLE]}
    removed = [path for path, (moment, _) in readable.items() if moment not in keep]
    for path in removed:
        remove_file(path)
    warnings = []
    if others:
        prints = sorted({f or "không rõ" for _, f in others.values()})
        warnings.append(
            f"{len(others)} bản sao lưu trong {folder} được mã hoá bằng khoá khác (dấu vân tay "
            f"{', '.join(prints)}): không xoá tự động. Nếu đó là khoá thật của cơ quan, hãy nhận lại khoá "
            "ấy (motcua key recover) thay vì dùng khoá hiện tại."
        )
    return removed, warnings


def list_backups(database: Database) -> list[BackupInfo]:
    """The backups of this database in its backup folders, newest first (damaged headers skipped)."""
    stem, found = _sqlite_path(database).stem, []
    for folder in backup_folders(database):
        for path in folder.glob(f"{stem}-*{SUFFIX}") if folder.is_dir() else []:
            try:
                found.append(_info(path, read_header(path)))
            except (UserError, KeyError, ValueError):
                continue
    return sorted(found, key=lambda info: (info.created, str(info.path)), reverse=True)


def backup_witnesses(database: Database, key: bytes) -> tuple[list[Witness], list[str]]:
    """The trail heads recorded by this database's backups (headers proven with ``key``) for
    `core.security.audit_check.verify`, and notes on the backups that could not be read (another key, damaged)."""
    if database.path is None:
        return [], []
    witnesses, notes = [], []
    for info in list_backups(database):
        try:
            header = read_authenticated_header(info.path, key)
        except UserError as error:
            notes.append(f"Không đối chiếu được {info.path.name}: {error.vi}")
            continue
        trail = header.get("trail") or {}
        if trail.get("seq"):
            witnesses.append(
                Witness(
                    int(trail["seq"]),
                    str(trail.get("mac", "")),
                    f"bản sao lưu {info.path.name}",
                    str(trail.get("database_id", "")),
                    info.created,
                )
            )
    return witnesses, notes


def backup_if_due(
    database: Database, keys: KeyStore, *, now: dt.datetime | None = None, at_exit: bool = False
) -> BackupResult | None:
    """The automatic backup: once a day, and at exit when the database changed since the last one.

    Returns None when nothing was due (or the database is not a SQLite file)."""
    if database.path is None:
        return None
    now = now or dt.datetime.now().replace(microsecond=0)
    found = backup_moments(backup_folders(database)[0], database.path.stem)
    newest = max(found.items(), key=lambda item: item[1], default=None)
    due = newest is None or newest[1].date() < now.date()
    if not due and at_exit:
        changed = [p.stat().st_mtime for p in (database.path, Path(f"{database.path}-wal")) if p.exists()]
        # against the newest file written (two backups within one second share their name's moment)
        due = max(changed, default=0) > max(path.stat().st_mtime for path in found)
    return create_backup(database, keys, now=now, kind="at-exit" if at_exit else "daily") if due else None


class OtherOffice(UserError):
    """The backup belongs to another office or another database: restored only when asked explicitly."""


def restore_backup(
    database: Database, path: Path, keys: KeyStore, *, now: dt.datetime | None = None, other_office: bool = False
) -> BackupResult:
    """Replace the database with the backup ``path`` once it passes the check; returns the backup of what
    was replaced. Older backups are kept. A backup of another office (or of another database) is refused
    unless ``other_office``. The restored database is brought to the current schema and the restore is
    written into its trail (the file, its office, the head it restored and the head it replaced)."""
    from core.security import audit

    _allowed(database)
    target = _sqlite_path(database)
    path = Path(path)
    key = office_key(keys)
    with database.session() as session:
        current = audit.head_mark(session)
        office = _office_of(session)
    with _scratch(target.parent) as scratch:
        info = verify_backup(path, keys, scratch_near=scratch)
        header = read_authenticated_header(path, key)
        if info.revision and info.revision > head_revision():
            raise UserError(
                f"Bản sao lưu {path.name} do một phiên bản Một Cửa mới hơn tạo ra: hãy cập nhật "
                "chương trình trước khi khôi phục.",
                "The backup comes from a newer version.",
            )
        theirs, trail = header.get("office") or {}, header.get("trail") or {}
        differs = (
            theirs.get("unit_code") and office.get("unit_code") and theirs["unit_code"] != office["unit_code"]
        ) or (trail.get("database_id") and current.database_id and trail["database_id"] != current.database_id)
        if differs and not other_office:
            raise OtherOffice(
                f"Bản sao lưu {path.name} là của {theirs.get('name') or 'một cơ sở dữ liệu khác'}"
                f"{' (mã ' + theirs['unit_code'] + ')' if theirs.get('unit_code') else ''}, không phải "
                f"của cơ sở dữ liệu đang dùng ({office.get('name', '')}). Chỉ khôi phục khi chắc chắn "
                "(dòng lệnh: --other-office).",
                f"The backup {path.name} belongs to another office or database.",
            )
        before = create_backup(database, keys, now=now, kind=PRE_RESTORE)
        try:  # blobs first: they only add to the store, and the restored rows find their files at once
            copy_missing(path.parent / BLOBS_FOLDER, blob_folder(target))
        except OSError as error:
            raise _one_line(error, blob_folder(target)) from error
        plain = scratch / "khoi-phuc.db"
        unseal_file(path, plain, key)
        database.close()
        try:
            source, live = sqlite3.connect(plain), sqlite3.connect(target, timeout=15)
            try:
                source.backup(live)
            finally:
                source.close()
                live.close()
        except sqlite3.Error as error:
            raise _one_line(error, target) from error
        finally:
            remove_file(plain)
    upgrade(database)
    with database.transaction() as session:
        session.info.setdefault("calls", []).append("restore_backup")
        audit.note(
            session,
            "khôi phục từ bản sao lưu",
            file=path.name,
            created=str(info.created),
            office=theirs,
            other_office=bool(differs),
            restored={
                "seq": trail.get("seq", 0),
                "mac": str(trail.get("mac", ""))[:16],
                "database_id": trail.get("database_id", ""),
            },
            superseded={
                "seq": current.seq,
                "mac": current.mac[:16],
                "database_id": current.database_id,
                "backup": before.copies[0].name if before.copies else "",
            },
        )
    before.warnings += _missing_blobs(database, blob_folder(target), path.parent / BLOBS_FOLDER)
    return before


def _missing_blobs(database: Database, store_folder: Path, searched: Path) -> list[str]:
    """One line naming the attached files whose blob the restored database lacks (none: no line)."""

    store = FolderStore(store_folder)
    with database.session() as session:
        rows = session.execute(
            select(col(AttachedFile.file_name), col(AttachedFile.blob), col(AttachedFile.thumbnail_blob))
        ).all()
    missing = [row.file_name for row in rows if not (store.has(row.blob) and store.has(row.thumbnail_blob))]
    if not missing:
        return []
    shown = ", ".join(missing[:5]) + (f" và {len(missing) - 5} tệp khác" if len(missing) > 5 else "")
    return [
        f"{len(missing)} tệp đính kèm không có trong {searched} ({shown}): hãy chép thư mục {BLOBS_FOLDER}/ "
        f"của thư mục sao lưu cũ vào {searched} rồi khôi phục lại."
    ]


def _office_of(session) -> dict[str, str]:

    row = session.execute(select(col(Office.unit_code), col(Office.name)).order_by(col(Office.id)).limit(1)).first()
    return {"unit_code": row.unit_code, "name": row.name} if row else {}
