"""Files only this account may read, for office data kept outside the user's profile.

Inside the profile (``%LOCALAPPDATA%\\motcua``, ``~/.local/share/motcua``) the system already keeps other
users out. A database or key file placed elsewhere (``--db D:\\MotCua\\motcua.db``, ``MOTCUA_DATA_DIR``)
inherits the folder's permissions: on Windows ``D:\\`` lets every local user read, and ``os.chmod(0o600)``
does nothing there. `restrict_to_owner` sets a user-only ACL (``icacls``: inherited entries removed, full
control for this account alone) on Windows, and mode 0600/0700 elsewhere; it returns a warning to show
when it could not, None when it did.

`protect_database` applies it to a SQLite database outside the profile (the file, its ``-wal``/``-shm``,
and its folder when the folder holds nothing but Một Cửa's files, so the write-ahead log and a backup's
scratch copy made there are private too); a folder shared with other files is left alone and said so.
Warnings wait in `take_warnings` for the client to show them once (stderr, the window).
"""

from __future__ import annotations

import getpass
import os
import stat
import subprocess
from pathlib import Path, PurePath, PureWindowsPath

from core.errors import UserError

__all__ = [
    "CREATE_NO_WINDOW",
    "note_warning",
    "outside_profile",
    "protect_database",
    "restrict_to_owner",
    "take_warnings",
    "windows_account",
]

#: True on Windows (a module flag, so tests can take the Windows branch on Linux).
WINDOWS = os.name == "nt"
#: subprocess flag: icacls runs without flashing a console window.
CREATE_NO_WINDOW = 0x08000000
ICACLS_TIMEOUT = 30

_pending: list[str] = []
_said: set[str] = set()


def _profile() -> str:
    if WINDOWS:
        return os.environ.get("USERPROFILE") or str(Path.home())
    return str(Path.home())


def outside_profile(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` is not inside the user's profile (home) folder."""
    profile = _profile()
    if WINDOWS:  # case-blind, either slash
        return not PureWindowsPath(os.fspath(path)).is_relative_to(PureWindowsPath(profile))
    return not PurePath(os.path.realpath(path)).is_relative_to(os.path.realpath(profile))


def windows_account() -> str:
    """``DOMAIN\\user`` of this Windows session (``%USERDOMAIN%\\%USERNAME%``)."""
    user = os.environ.get("USERNAME") or getpass.getuser()
    domain = os.environ.get("USERDOMAIN")
    return f"{domain}\\{user}" if domain else user


def _run(command: list[str]) -> subprocess.CompletedProcess:
    """Run a Windows tool without a console window (tests replace this)."""
    return subprocess.run(
        command, capture_output=True, timeout=ICACLS_TIMEOUT, creationflags=CREATE_NO_WINDOW if WINDOWS else 0
    )


def _decode(data: bytes) -> str:
    for encoding in ("oem", "utf-8"):  # icacls speaks the console's code page
        try:
            return data.decode(encoding, errors="replace")
        except LookupError:
            continue
    return data.decode("latin-1")


def _warning(path: Path, reason: str) -> str:
    reason = " ".join(reason.split()).rstrip(".")
    return str(
        UserError(
            f"Không giới hạn được quyền đọc {path} cho riêng tài khoản này ({reason}): người dùng khác của máy tính "
            "có thể đọc dữ liệu công dân trong đó. Hãy để dữ liệu trong thư mục của tài khoản (mặc định) hoặc nhờ "
            "người quản trị máy đặt quyền chỉ cho tài khoản này.",
            f"Could not make {path} readable by this account only ({reason}): other users of this computer may "
            "read the citizens' data in it. Keep the data in the account's own folder (the default), or ask the "
            "PC's administrator to restrict it to this account.",
        )
    )


def restrict_to_owner(path: str | os.PathLike[str]) -> str | None:
    """Let only the current account read and write ``path`` (a file or a folder).

    Windows: ``icacls "<path>" /inheritance:r /grant:r "DOMAIN\\user:(OI)(CI)F"`` (``:F`` for a file);
    elsewhere mode 0700 (folder) or 0600 (file). Returns a warning line when it could not, else None."""
    path = Path(path)
    if not path.exists():
        return None
    folder = path.is_dir()
    if WINDOWS:
        grant = f"{windows_account()}:{'(OI)(CI)F' if folder else 'F'}"
        try:
            done = _run(["icacls", str(path), "/inheritance:r", "/grant:r", grant])
        except (OSError, subprocess.SubprocessError) as error:
            return _warning(path, str(getattr(error, "strerror", None) or error))
        if done.returncode != 0:
            output = _decode((done.stderr or b"") + (done.stdout or b"")).strip().splitlines()
            return _warning(path, output[0] if output else f"icacls: {done.returncode}")
        return None
    wanted = 0o700 if folder else 0o600
    try:
        if stat.S_IMODE(path.stat().st_mode) != wanted:
            os.chmod(path, wanted)
    except OSError as error:
        return _warning(path, error.strerror or str(error))
    return None


def _ours_only(folder: Path, stem: str) -> bool:
    """Whether ``folder`` holds nothing but this database's files and Một Cửa's own."""
    try:
        names = [entry.name for entry in os.scandir(folder)]
    except OSError:
        return False
    return all(
        name.startswith((stem, f".{stem}", ".motcua", "motcua"))
        or name in ("backups", "logs")
        or name.endswith((".mckey", ".lock"))
        for name in names
    )


def _others_may_enter(folder: Path) -> bool:
    """Whether other accounts can reach files in ``folder`` (POSIX: every folder above lets them pass)."""
    if WINDOWS:
        return True  # an ACL cannot be read cheaply: assume the drive's default (every user reads)
    for part in (folder, *folder.parents):
        try:
            if not part.stat().st_mode & (stat.S_IXGRP | stat.S_IXOTH):
                return False
        except OSError:
            return True
    return True


def _anchor(folder: Path) -> bool:
    return folder == Path(folder.anchor) or folder.parent == folder


def protect_database(database_file: str | os.PathLike[str], *, created_folder: bool = False) -> list[str]:
    """Keep a SQLite database outside the profile to this account (see the module's text); the warnings are
    returned and kept for `take_warnings`. Nothing is done for a database inside the profile."""
    if not outside_profile(database_file):
        return []
    path = Path(database_file).absolute()
    folder = path.parent
    warnings = [restrict_to_owner(p) for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"))]
    if not _anchor(folder) and (created_folder or _ours_only(folder, path.stem)):
        warnings.append(restrict_to_owner(folder))
    elif _others_may_enter(folder):
        warnings.append(
            str(
                UserError(
                    f"Thư mục {folder} còn chứa tệp khác nên Một Cửa không giới hạn quyền của nó: "
                    "tệp ghi tạm (-wal) và bản sao tạm lúc sao lưu của cơ sở dữ liệu có thể bị người dùng khác "
                    "của máy đọc. Hãy để cơ sở dữ liệu trong một thư mục riêng.",
                    f"The folder {folder} holds other files, so Một Cửa leaves its permissions alone: the database's "
                    "write-ahead log and a backup's scratch copy there may be readable by other users. Keep the "
                    "database in a folder of its own.",
                )
            )
        )
    found = [warning for warning in warnings if warning]
    for warning in found:
        note_warning(warning)
    return found


def note_warning(warning: str) -> None:
    """Keep ``warning`` for the client to show once (`take_warnings`)."""
    if warning not in _said:
        _said.add(warning)
        _pending.append(warning)


def take_warnings() -> list[str]:
    """The warnings not shown yet (each is given once per process)."""
    taken = list(_pending)
    _pending.clear()
    return taken
