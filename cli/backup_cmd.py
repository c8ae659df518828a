"""``motcua backup create|list|verify|restore|folder``: the care of the data (docs/cli.md "Care of the data").

Backups are encrypted with the office key (`core.security.key_store`): the operating system's credential store,
or on a desk without one a key file sealed with a passphrase (asked on the terminal, or taken from
``MOTCUA_KEY_PASSPHRASE``). A bad file, a wrong key or a missing folder exits 2 with one line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from cli.office import key_store, open_office
from core.errors import UserError

__all__ = ["add_parser"]

_KINDS = {"manual": "thủ công", "daily": "hằng ngày", "at-exit": "khi đóng", "truoc-khoi-phuc": "trước khôi phục"}


def add_parser(command: Callable[..., argparse.ArgumentParser]) -> argparse.ArgumentParser:
    """Add ``backup`` and its sub-commands through cli.main's ``command(name, handler, help, parent)``."""
    p = command("backup", None, "sao lưu cơ sở dữ liệu (mã hoá, có kiểm tra), xem, kiểm tra và khôi phục bản sao lưu")
    sub = p.add_subparsers(dest="backup_command", metavar="LỆNH", required=True, parser_class=type(p))
    c = command("create", create, "tạo bản sao lưu ngay (vào thư mục backups/ và thư mục thứ hai nếu có)", sub)
    c.add_argument("--out", metavar="THƯ_MỤC", help="ghi bản sao lưu vào thư mục này thay cho backups/")
    c.add_argument(
        "--if-due", action="store_true", help="chỉ sao lưu khi hôm nay chưa có bản nào (cho lịch chạy tự động)"
    )
    command("list", list_, "liệt kê các bản sao lưu của cơ sở dữ liệu", sub)
    v = command("verify", verify, "kiểm tra một bản sao lưu: giải mã, integrity_check, số dòng khớp", sub)
    v.add_argument("file", metavar="TỆP")
    r = command("restore", restore, "khôi phục từ một bản sao lưu (sao lưu dữ liệu hiện tại trước)", sub)
    r.add_argument("file", metavar="TỆP")
    r.add_argument(
        "--other-office",
        action="store_true",
        help="cho phép khôi phục bản sao lưu của một cơ quan hoặc cơ sở dữ liệu khác (chỉ khi chắc chắn)",
    )
    f = command("folder", folder, "xem hoặc đặt thư mục thứ hai nhận bản sao lưu (ổ USB, ổ mạng)", sub)
    f.add_argument("path", nargs="?", metavar="THƯ_MỤC")
    f.add_argument("--clear", action="store_true", help="không dùng thư mục thứ hai nữa")
    return p


def _keys(database):
    """The office key this command opened the database with (asked once, never created here)."""
    from core.security.audit import TrailLocked
    from core.security.key_store import MemoryKeyStore
    from core.security.protect import cipher_of

    cipher = cipher_of(database.engine)
    if cipher is None:
        raise TrailLocked()
    return MemoryKeyStore(cipher.office_key)


def _open(args: argparse.Namespace, *, writes: bool = False):

    return open_office(args, writes=writes)


def _size(count: int) -> str:
    return f"{count / 1024 / 1024:.1f} MB" if count >= 1024 * 1024 else f"{count / 1024:.0f} kB"


def create(args: argparse.Namespace) -> int:
    from core.backups.archive import backup_if_due, create_backup

    out = Path(args.out) if args.out else None
    if out is not None and not out.is_dir():
        raise UserError(f"Thư mục {out} không tồn tại.", f"The folder {out} does not exist.")
    database = _open(args, writes=True)
    try:
        keys = _keys(database)
        result = (
            backup_if_due(database, keys) if args.if_due and out is None else create_backup(database, keys, out=out)
        )
    finally:
        database.close()
    if result is None:
        print("Hôm nay đã có bản sao lưu: không cần sao lưu thêm.")
        return 0
    tables = len(result.info.counts)
    for path in result.copies:
        print(f"{path}  (đã kiểm tra: giải mã được, integrity_check ok, số dòng {tables} bảng khớp)")
    for path in result.removed:
        print(f"đã xoá bản cũ theo lịch giữ: {path.name}")
    for warning in result.warnings:
        print(f"motcua: {warning}", file=sys.stderr)
    return 2 if result.warnings else 0


def list_(args: argparse.Namespace) -> int:
    from core.backups.archive import backup_folders, list_backups

    database = _open(args)
    try:
        backups, folders = list_backups(database), backup_folders(database)
    finally:
        database.close()
    if not backups:
        print(f"Chưa có bản sao lưu nào trong {', '.join(map(str, folders))}.")
    for info in backups:
        dossiers = info.counts.get("dossier", 0)
        print(
            f"{info.created:%Y-%m-%d %H:%M:%S}  {_KINDS.get(info.kind, info.kind):<16} {_size(info.size):>9}  "
            f"{dossiers:>7} hồ sơ  {info.path}"
        )
    return 0


def verify(args: argparse.Namespace) -> int:
    from core.backups.archive import verify_backup

    info = verify_backup(Path(args.file), key_store(required=True))
    print(
        f"Bản sao lưu tốt: {info.path.name} ({info.created:%Y-%m-%d %H:%M}, {info.counts.get('dossier', 0)} hồ sơ, "
        f"integrity_check ok, số dòng {len(info.counts)} bảng khớp)."
    )
    return 0


def restore(args: argparse.Namespace) -> int:
    from core.backups.archive import restore_backup
    from core.bootstrap import check_database

    database = _open(args, writes=True)
    try:
        before = restore_backup(database, Path(args.file), _keys(database), other_office=args.other_office)
    finally:
        database.close()
    database = _open(args)  # brings a restored older schema up to date
    try:
        problems = check_database(database).problems
    finally:
        database.close()
    if problems:
        raise UserError("Đã khôi phục nhưng kiểm tra cơ sở dữ liệu báo lỗi: " + "; ".join(problems[:3]))
    print(
        f"Đã khôi phục từ {Path(args.file).name}. Dữ liệu trước khi khôi phục được sao lưu ở "
        f"{', '.join(map(str, before.copies))}."
    )
    return 0


def folder(args: argparse.Namespace) -> int:
    from core.backups.archive import SECOND_FOLDER_SETTING
    from core.office import get_setting, set_setting

    if args.path and args.clear:
        raise UserError("Chỉ ghi THƯ_MỤC hoặc --clear, không cả hai.", "Give a folder or --clear, not both.")
    if args.path and not Path(args.path).is_dir():
        raise UserError(f"Thư mục {args.path} không tồn tại.", f"The folder {args.path} does not exist.")
    database = _open(args)
    try:
        with database.transaction() as session:
            if args.path or args.clear:
                set_setting(session, SECOND_FOLDER_SETTING, str(Path(args.path).resolve()) if args.path else "")
            current = get_setting(session, SECOND_FOLDER_SETTING)
    finally:
        database.close()
    print(f"Thư mục sao lưu thứ hai: {current}" if current else "Không có thư mục sao lưu thứ hai.")
    return 0
