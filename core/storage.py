"""Opening the office database: SQLite by default, PostgreSQL for several desks.

`open_database` turns a target (a file path or an SQLAlchemy URL) into a `Database` whose schema
is at the newest Alembic revision: a new database is built by the migrations from nothing; an
existing one is first copied aside (SQLite) and then upgraded in a transaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sys
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import event, inspect, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import DatabaseError, DBAPIError, StatementError
from sqlmodel import Session, create_engine

from core import limits
from core.db_errors import database_error_reason, explain_database_error
from core.errors import UserError
from core.models import Dossier, IntakeGuidance
from core.places import database_url, default_data_dir
from core.security import audit, protect, protected_rows
from core.snapshot import snapshot

if TYPE_CHECKING:
    from core.security.access import Caller

__all__ = [
    "Database",
    "OfficeSession",
    "database_url",
    "default_data_dir",
    "head_revision",
    "missing_database",
    "network_share",
    "open_database",
    "require_database",
    "synced_folder",
]

MIGRATIONS = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 15_000
PROC_MOUNTS = Path("/proc/mounts")
#: File systems that reach another computer: SQLite's file locks are not safe on them.
_NETWORK_FS = (
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "fuse.sshfs",
    "sshfs",
    "9p",
    "afs",
    "ncpfs",
    "davfs",
    "fuse.davfs",
    "fuse.rclone",
    "ceph",
    "glusterfs",
    "fuse.glusterfs",
    "lustre",
)


def missing_database(target: str | os.PathLike[str] | None = None) -> Path | None:
    """The SQLite file ``target`` names when it does not exist (a mistyped folder too); None when it exists,
    or for a server URL and an in-memory database (the server says for itself)."""
    parsed = make_url(database_url(target))
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    path = Path(parsed.database.removeprefix("file:"))
    return None if path.exists() else path


def require_database(target: str | os.PathLike[str] | None = None) -> None:
    """The rule of a command that only reads: a database that does not exist is refused and nothing is
    created (no folder, no file). A command that writes opens it with `open_database`, which creates it."""
    path = missing_database(target)
    if path is not None:
        raise UserError(
            f"Không có cơ sở dữ liệu {path}: lệnh chỉ đọc không tạo cơ sở dữ liệu mới. Hãy kiểm tra "
            "--db (hoặc biến MOTCUA_DB), khai báo cơ quan bằng motcua init, hoặc dùng --demo.",
            f"No database at {path}: a reading command creates none. Check --db (or MOTCUA_DB), "
            "set an office up with motcua init, or use --demo.",
        )


def network_share(path: str | os.PathLike[str]) -> str | None:
    """The network file system that holds ``path`` (e.g. "cifs", "nfs4", "UNC"), or None on a local disk."""
    text_ = os.path.abspath(path)
    if sys.platform == "win32":  # not os.name: type checkers follow sys.platform (ctypes.windll)
        if text_.startswith(("\\\\", "//")):
            return "UNC"
        import ctypes  # GetDriveTypeW: 4 = DRIVE_REMOTE, a mapped network drive

        drive = os.path.splitdrive(text_)[0]
        return "ổ mạng" if drive and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == 4 else None
    try:
        mounts = PROC_MOUNTS.read_text(encoding="utf-8", errors="replace")
    except OSError:  # not Linux: no way to tell cheaply
        return None
    resolved, best, kind = os.path.realpath(text_), "", ""
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")
        inside = resolved == point or resolved.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fields[2]
    return kind if kind in _NETWORK_FS or kind.startswith(("nfs", "smb", "cifs")) else None


#: Folders a sync service uploads and replaces behind SQLite's back, by their own name (casefolded).
_SYNCED_NAMES = {
    "dropbox": "Dropbox",
    "google drive": "Google Drive",
    "my drive": "Google Drive",  # Google Drive for desktop's virtual drive, G:\My Drive
    "drive của tôi": "Google Drive",  # the same under a Vietnamese display language
    "icloud drive": "iCloud Drive",
    "iclouddrive": "iCloud Drive",
}
#: Where Windows says the user's OneDrive folders are (Documents and Desktop are often moved into them).
_ONEDRIVE_VARIABLES = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")


def synced_folder(path: str | os.PathLike[str]) -> str | None:
    """The sync service whose folder holds ``path`` ("OneDrive", "Dropbox", "Google Drive", "iCloud Drive"), or
    None. A synced copy of a SQLite file is uploaded and replaced while the program writes beside it (its
    ``-wal`` file): commits are lost or the file is damaged, so `open_database` refuses such a place."""
    absolute = os.path.abspath(path)
    folded = os.path.normcase(absolute)
    for variable in _ONEDRIVE_VARIABLES:
        root = os.environ.get(variable)
        if root:
            root = os.path.normcase(os.path.abspath(root)).rstrip("\\/")
            if folded == root or folded.startswith(root + os.sep):
                return "OneDrive"
    for part in Path(absolute).parts:
        name = unicodedata.normalize("NFC", part).casefold()  # a name copied from a Mac may be decomposed
        if name == "onedrive" or name.startswith("onedrive - "):  # "OneDrive - <organisation>" for work accounts
            return "OneDrive"
        if name in _SYNCED_NAMES:
            return _SYNCED_NAMES[name]
    return None


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # WAL lets readers work while a desk writes; FULL sync survives a power cut after COMMIT.
    # pysqlite's own implicit BEGIN is switched off: `_sqlite_begin` emits BEGIN itself.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


#: SQLite's page cache (KiB, as ``PRAGMA cache_size`` takes a negative number) while one transaction writes
#: many rows: the random-keyed indexes (the CCCD and phone search hashes) then stay in memory instead of
#: spilling to the WAL and being read back; the default (2 MB) comes back when the connection returns.
BULK_CACHE_KIB = 65_536
_DEFAULT_CACHE = "restore_cache_size"


def bulk_write_cache(session: Session) -> None:
    """Give this session's SQLite connection a large page cache until it goes back to the pool (nothing
    elsewhere: PostgreSQL manages its own)."""
    if session.get_bind().dialect.name != "sqlite":
        return
    connection = session.connection()
    info = connection.connection.info
    if _DEFAULT_CACHE not in info:
        info[_DEFAULT_CACHE] = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")


def _restore_cache(dbapi_connection, record) -> None:
    """Pool check-in: a connection given a bulk cache returns to its own size (and frees the pages)."""
    size = record.info.pop(_DEFAULT_CACHE, None) if record is not None else None
    if size is not None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA cache_size={int(size)}")
        cursor.close()


def _sqlite_begin(connection) -> None:
    # A writing transaction takes SQLite's write lock at BEGIN, so it waits (busy timeout) for
    # another desk instead of failing when it upgrades from reading to writing.
    immediate = connection.get_execution_options().get("immediate", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _alembic_config():
    from alembic.config import Config  # Alembic is imported only when a schema must change

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))  # read with interpolation
    return config


def head_revision() -> str:
    """The newest revision: `core.migrations.HEAD`, which a test keeps equal to Alembic's own head."""
    from core.migrations import HEAD

    return HEAD


class OfficeSession(Session):
    """A session of the office database. ``info`` holds the ``caller`` (core/security/access.py); its hooks keep
    the search hashes of protected fields (core/security/protect.py) and append each commit to the audit trail
    (core/security/audit.py)."""


def _before_flush(session, _context, _instances) -> None:
    limits.check_flush(session)  # a text longer than its column: a clear message, on both databases
    protected_rows.refresh_hashes(session)


event.listen(OfficeSession, "before_flush", _before_flush)
event.listen(OfficeSession, "after_flush", audit.collect_flush)
event.listen(OfficeSession, "before_commit", audit.write_chain)
event.listen(OfficeSession, "after_commit", audit.after_commit)
event.listen(OfficeSession, "after_rollback", audit.after_rollback)
for _model in (Dossier, IntakeGuidance):  # masked for callers without the personal-data permission
    event.listen(_model, "load", protect.mask_loaded)
    event.listen(_model, "refresh", protect.mask_loaded)


@dataclass
class Database:
    """An open office database: an engine, who is acting (``caller``) and the sessions made from it.

    `as_caller` gives the same database acting for someone else (the same engine: close it once).
    """

    url: str
    engine: Engine
    caller: Caller | None = None

    def as_caller(self, caller: Caller | None) -> Database:
        return replace(self, caller=caller)

    def unlock(self, cipher: protect.Cipher | None) -> None:
        """Open (or, with None, close) the personal data on this engine: see core/security/protect.py."""
        protect.unlock(self.engine, cipher)

    @property
    def unlocked(self) -> bool:
        return protect.cipher_of(self.engine) is not None

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def witness_file(self) -> Path | None:
        """This desk's witness of the audit trail's head (core/security/audit.py), outside the database: in the user's
        data folder, named after the database (a file path or a server URL without its password)."""
        if self.is_sqlite and self.path is None:
            return None

        name = str(self.path) if self.path is not None else make_url(self.url).render_as_string(hide_password=True)
        return default_data_dir() / "nhat-ky" / f"{hashlib.sha256(name.encode()).hexdigest()[:16]}.json"

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database or an in-memory one."""
        database = make_url(self.url).database
        return Path(database) if self.is_sqlite and database and database != ":memory:" else None

    def session(self, *, write: bool = False) -> Session:
        """A session; ``write=True`` takes the write lock when its transaction begins (SQLite)."""
        bind = self.engine.execution_options(immediate=True) if write else self.engine
        session = OfficeSession(bind, expire_on_commit=False)
        session.info.update(caller=self.caller, write=write, engine=self.engine, witness=self.witness_file)
        return session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A writing session whose work is committed together, or not at all."""
        with self.session(write=True) as session:
            try:
                yield session
                session.commit()
            except BaseException as exc:
                session.rollback()
                if isinstance(exc, StatementError) and isinstance(exc.orig, UserError):
                    raise exc.orig from None  # e.g. a protected value with the data key closed
                problem = explain_database_error(exc, str(self.path or "")) if isinstance(exc, DBAPIError) else None
                if problem is not None:
                    raise problem from exc
                raise

    def revision(self) -> str | None:
        """The schema revision stamped in the database (None for an empty database)."""
        with self.engine.connect() as connection:
            if not inspect(connection).has_table("alembic_version"):
                return None
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def close(self) -> None:
        self.engine.dispose()


def _refuse_garbled_password(parsed: URL) -> None:
    """A password written with a bare ``@`` splits the URL there: its rest would be taken (and shown) as the
    server's name."""
    if parsed.host and "@" in parsed.host:
        raise UserError(
            "Địa chỉ máy chủ cơ sở dữ liệu (--db hoặc biến MOTCUA_DB) viết sai: mật khẩu có ký tự đặc biệt thì "
            "phải viết dạng mã: @ là %40, # là %23, % là %25, / là %2F, : là %3A (ví dụ mật khẩu Xa@1 viết Xa%401).",
            "The database server address (--db or MOTCUA_DB) is malformed: write a password's special characters "
            "escaped: @ as %40, # as %23, % as %25, / as %2F, : as %3A.",
        )


def _refuse_unsafe_place(file: str, folder: Path, allow_network_share: bool) -> None:
    """A SQLite file where its locks or its writes are unsafe: on a network share (unless allowed), or in a
    folder a sync service replaces."""
    share = network_share(folder)
    if share and not allow_network_share:
        raise UserError(
            f"Tệp cơ sở dữ liệu {file} nằm trên ổ mạng ({share}): SQLite không khoá tệp "
            "an toàn qua mạng nên dữ liệu có thể hỏng. Hãy để tệp trên ổ đĩa của máy này; nhiều máy "
            "dùng chung thì dùng máy chủ PostgreSQL (--db postgresql+psycopg://…).",
            f"The database file {file} is on a network share ({share}): SQLite's "
            "locking is unsafe there. Keep it on a local disk, or use PostgreSQL for several desks.",
        )
    service = synced_folder(folder)
    if service:
        raise UserError(
            f"Tệp cơ sở dữ liệu {file} nằm trong thư mục đồng bộ {service}: dịch vụ đồng bộ tải tệp "
            "lên và thay tệp trong lúc chương trình đang ghi, nên có thể mất hồ sơ vừa ghi hoặc hỏng tệp. Hãy để "
            "tệp trên ổ đĩa của máy (thư mục mặc định của chương trình); thư mục đồng bộ thì đặt làm thư mục sao "
            "lưu thứ hai (Cài đặt → Sao lưu, hoặc motcua backup folder). Nhiều máy dùng chung một dữ liệu thì "
            "dùng máy chủ PostgreSQL.",
            f"The database file {file} is in a {service} folder: the sync uploads and replaces it "
            "while the program writes, which loses commits or damages it. Keep it on a local disk (the default "
            "folder) and back up into the synced folder.",
        )


def open_database(
    target: str | os.PathLike[str] | None = None,
    *,
    migrate: bool = True,
    caller: Caller | None = None,
    backup_dir: Path | None = None,
    allow_network_share: bool = False,
) -> Database:
    """Open (and create or upgrade) the database at ``target``.

    A SQLite file on a network share is refused unless ``allow_network_share``: SQLite's locks are
    not safe there (several desks share a PostgreSQL server instead). So is one in a synced folder
    (`synced_folder`), and a server URL whose password was written with a bare ``@``."""
    url = database_url(target)
    parsed = make_url(url)
    _refuse_garbled_password(parsed)
    created_folder = False
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        folder = Path(parsed.database.removeprefix("file:")).parent
        _refuse_unsafe_place(parsed.database, folder, allow_network_share)
        created_folder = not folder.exists()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(
                f"Không tạo được thư mục dữ liệu {folder}: {exc.strerror}.",
                f"Cannot create the data folder {folder}: {exc.strerror}.",
            )
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        event.listen(engine, "checkin", _restore_cache)
    else:
        engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)  # no citizen's values in errors
    database = Database(url=url, engine=engine, caller=caller)
    if migrate:
        try:
            upgrade(database, backup_dir=backup_dir)
        except DatabaseError as exc:  # locked, unreadable, or not a database at all
            database.close()
            vi, en, advice = database_error_reason(exc) or (exc.orig, exc.orig, "")
            place = database.path or parsed.render_as_string(hide_password=True)  # the file as named; no password
            raise UserError(
                f"Không mở được cơ sở dữ liệu {place}: {vi}." + (f" {advice}." if advice else ""),
                f"Cannot open the database {place}: {en}.",
            ) from exc
    if database.path is not None:  # outside the profile: this account only (core/security/private_files.py)
        from core.security.private_files import protect_database

        protect_database(database.path, created_folder=created_folder)
    return database


def upgrade(database: Database, *, backup_dir: Path | None = None) -> Path | None:
    """Bring the schema to head. Returns the copy made aside before upgrading, if any."""
    head = head_revision()
    current = database.revision()
    if current == head:
        return None
    with database.engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
    if current is None and tables - {"alembic_version"}:
        raise UserError(
            "Tệp này không phải cơ sở dữ liệu Một Cửa (không có phiên bản lược đồ).",
            "This file is not a Một Cửa database (no schema version).",
        )
    from alembic import command
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    config = _alembic_config()
    if current is not None:
        try:
            ScriptDirectory.from_config(config).get_revision(current)
        except CommandError:
            raise UserError(
                f"Cơ sở dữ liệu này do một phiên bản Một Cửa mới hơn tạo ra (lược đồ {current}): "
                "hãy cài phiên bản mới nhất của chương trình; dữ liệu không bị thay đổi.",
                f"This database was made by a newer Một Cửa (schema {current}): install the "
                "newest version; nothing was changed.",
            ) from None
    copy = None
    if current is not None and database.path is not None:
        copy = copy_aside(database.path, current, backup_dir=backup_dir)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return copy


def copy_aside(path: Path, revision: str, *, backup_dir: Path | None = None) -> Path:
    """A consistent copy of a SQLite file, made with SQLite's backup API before a migration."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    folder = backup_dir or path.parent
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{path.stem}.truoc-nang-cap-{revision}-{stamp}{path.suffix}"
    snapshot(path, target)
    return target
