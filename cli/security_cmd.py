"""``motcua users …``, ``motcua audit …``, ``motcua key …``: accounts, the audit trail, the data key (issue 7).

Passwords are never options (they would stay in the shell's history): they come from
``MOTCUA_NEW_PASSWORD`` or are asked on the terminal.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from contextlib import closing

from cli.commands import _json, _read, _write
from core.errors import UserError

__all__ = ["add_parser"]

NEW_PASSWORD_ENV = "MOTCUA_NEW_PASSWORD"
ROLE_HELP = "vai trò, cách nhau bằng dấu phẩy: clerk (một cửa), officer (xử lý), leader (lãnh đạo), admin (quản trị)"


def add_parser(command: Callable[..., argparse.ArgumentParser]) -> None:
    u = command("users", None, "tài khoản và vai trò (quản trị)")
    sub = u.add_subparsers(dest="users_command", metavar="LỆNH", required=True, parser_class=type(u))
    p = command("list", users_list, "liệt kê tài khoản", sub)
    p.add_argument("--json", action="store_true")
    p = command("add", users_add, "tạo tài khoản (tài khoản đầu tiên là quản trị; mật khẩu: biến "
                                  f"{NEW_PASSWORD_ENV} hoặc nhập khi được hỏi)", sub)
    p.add_argument("username", metavar="TÊN")
    p.add_argument("--full-name", required=True, help="họ và tên")
    p.add_argument("--title", default="", help="chức vụ")
    p.add_argument("--roles", required=True, help=ROLE_HELP)
    p = command("roles", users_roles, "đổi vai trò của một tài khoản", sub)
    p.add_argument("username", metavar="TÊN")
    p.add_argument("roles", help=ROLE_HELP)
    for name, active, text in (("disable", False, "khoá tài khoản (không đăng nhập được nữa)"),
                               ("enable", True, "mở lại tài khoản (và xoá tạm khoá)")):
        p = command(name, users_active, text, sub)
        p.add_argument("username", metavar="TÊN")
        p.set_defaults(active=active)
    p = command("reset-password", users_reset, "đặt lại mật khẩu (người dùng phải đổi khi đăng nhập)", sub)
    p.add_argument("username", metavar="TÊN")

    a = command("audit", None, "nhật ký kiểm tra: chuỗi sự kiện nối bằng mã băm")
    sub = a.add_subparsers(dest="audit_command", metavar="LỆNH", required=True, parser_class=type(a))
    command("verify", audit_verify, "kiểm tra chuỗi nhật ký và mọi dòng dữ liệu: tìm dòng bị sửa, chèn, xoá", sub)
    p = command("list", audit_list, "các sự kiện mới nhất", sub)
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--actor", default="", help="chỉ sự kiện của tài khoản này")
    p.add_argument("--json", action="store_true")

    k = command("key", None, "khoá dữ liệu cá nhân của cơ quan trên máy này")
    sub = k.add_subparsers(dest="key_command", metavar="LỆNH", required=True, parser_class=type(k))
    command("status", key_status, "khoá nằm ở đâu, có khớp với cơ sở dữ liệu không", sub)
    command("seal", key_seal, "đặt mật khẩu cho tệp khoá chưa có mật khẩu (máy không có kho khoá)", sub)
    p = command("export", key_export, "chép khoá ra tệp có mật khẩu, để đưa sang máy khác của cơ quan", sub)
    p.add_argument("file", metavar="TỆP")
    p = command("import", key_import, "nhận khoá của cơ quan từ tệp do 'key export' tạo", sub)
    p.add_argument("file", metavar="TỆP")


def _password(prompt: str, env: str = NEW_PASSWORD_ENV, *, confirm: bool = True) -> str:
    """From ``env``, else asked on the terminal (twice when it is being chosen)."""
    from getpass import getpass

    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise UserError(f"Cần mật khẩu: đặt biến môi trường {env} hoặc chạy lệnh trong cửa sổ dòng lệnh.",
                        f"A password is needed: set {env}.")
    first = getpass(prompt)
    if confirm and first != getpass("Nhập lại: "):
        raise UserError("Hai lần nhập mật khẩu không khớp.", "The two passwords differ.")
    return first


def _roles(text: str) -> list[str]:
    return [r.strip() for r in text.split(",") if r.strip()]


# -- users ---------------------------------------------------------------------------------------------
def users_list(args: argparse.Namespace) -> int:
    from core.accounts import list_users

    with _read(args) as session:
        accounts = list_users(session)
    if args.json:
        _json([{"username": a.username, "full_name": a.full_name, "title": a.title,
                "roles": [r.value for r in a.roles], "active": a.active} for a in accounts])
        return 0
    for a in accounts:
        state = "" if a.active else "  (đã khoá)"
        print(f"{a.username:<16} {a.full_name:<28} {a.role_names}{state}")
    return 0


def users_add(args: argparse.Namespace) -> int:
    from core.accounts import create_first_admin, create_user, has_accounts

    password = _password(f"Mật khẩu cho {args.username}: ")
    with _write(args) as session:
        if has_accounts(session):
            account = create_user(session, username=args.username, full_name=args.full_name, title=args.title,
                                  password=password, roles=_roles(args.roles))
        else:
            account = create_first_admin(session, username=args.username, full_name=args.full_name,
                                         title=args.title, password=password, roles=_roles(args.roles))
    print(f"Đã tạo tài khoản {account.username}: {account.role_names}.")
    return 0


def users_roles(args: argparse.Namespace) -> int:
    from core.accounts import set_roles

    with _write(args) as session:
        account = set_roles(session, args.username, _roles(args.roles))
    print(f"{account.username}: {account.role_names}.")
    return 0


def users_active(args: argparse.Namespace) -> int:
    from core.accounts import set_active

    with _write(args) as session:
        account = set_active(session, args.username, args.active)
    print(f"{account.username}: {'đang dùng' if account.active else 'đã khoá'}.")
    return 0


def users_reset(args: argparse.Namespace) -> int:
    from core.accounts import reset_password

    password = _password(f"Mật khẩu mới cho {args.username}: ")
    with _write(args) as session:
        account = reset_password(session, args.username, password)
    print(f"Đã đặt lại mật khẩu của {account.username}; người dùng phải đổi mật khẩu khi đăng nhập.")
    return 0


# -- audit ---------------------------------------------------------------------------------------------
def audit_verify(args: argparse.Namespace) -> int:
    from core.audit import verify

    with _read(args) as session:
        report = verify(session)
    for problem in report.problems:
        print(problem)
    summary = (f"{report.events} sự kiện trong nhật ký, {report.rows_checked} dòng dữ liệu đối chiếu"
               + (f", {report.rows_before_trail} dòng có từ trước khi có nhật ký" if report.rows_before_trail else ""))
    if report.ok:
        print(f"Nhật ký nguyên vẹn: {summary}.")
        return 0
    print(f"PHÁT HIỆN {len(report.problems)} chỗ không khớp ({summary}).", file=sys.stderr)
    return 2


def audit_list(args: argparse.Namespace) -> int:
    from core.audit import events

    with _read(args) as session:
        rows = events(session, limit=args.limit, actor=args.actor)
    if args.json:
        _json([{"seq": e.seq, "at": f"{e.at:%Y-%m-%d %H:%M:%S}", "actor": e.actor, "action": e.action,
                "detail": e.detail} for e in rows])
        return 0
    for e in rows:
        detail = ", ".join(f"{k}={v}" for k, v in e.detail.items() if k != "rows")
        tables = ", ".join(f"{t}: {sum(len(v) for v in ops.values())}" for t, ops in (e.detail.get("rows") or {}).items())
        print(f"{e.seq:>6}  {e.at:%Y-%m-%d %H:%M:%S}  {e.actor:<14} {e.action}  {detail or tables}")
    return 0


# -- key -----------------------------------------------------------------------------------------------
def key_status(args: argparse.Namespace) -> int:
    from cli.commands import key_store, open_office

    store = key_store(required=True)
    print(store.describe())
    with closing(open_office(args, keys=store)) as database:  # the same store: one passphrase, one key
        print("Dữ liệu cá nhân: đã mở khoá, khoá khớp với cơ sở dữ liệu." if database.unlocked
              else "Dữ liệu cá nhân: CHƯA mở khoá được trên máy này.")
    return 0 if database.unlocked else 2


def key_seal(args: argparse.Namespace) -> int:
    from core.secrets import PASSPHRASE_ENV, seal_key_file
    from core.storage import default_data_dir

    store = seal_key_file(default_data_dir(), _password("Mật khẩu mới cho tệp khoá: ", PASSPHRASE_ENV))
    print(store.describe())
    return 0


def key_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from cli.commands import key_store
    from core.secrets import PassphraseKeyFile, office_key

    store = key_store(required=True)
    target = Path(args.file)
    if target.exists():
        raise UserError(f"Tệp {target} đã có: chọn tên khác.", f"{target} exists already.")
    PassphraseKeyFile(target, _password("Mật khẩu bảo vệ tệp khoá xuất ra: ")).write_key(office_key(store))
    print(f"Đã chép khoá ra {target}. Mang sang máy kia rồi chạy: motcua key import {target.name}")
    return 0


def key_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from cli.commands import key_store
    from core.secrets import PassphraseKeyFile, put_key

    key = PassphraseKeyFile(Path(args.file), _password("Mật khẩu của tệp khoá: ", confirm=False)).get_key()
    if key is None:
        raise UserError(f"Không có tệp {args.file}.", f"No file {args.file}.")
    store = key_store(required=True)
    put_key(store, key)
    print(f"Đã nhận khoá của cơ quan. {store.describe()}")
    return 0
