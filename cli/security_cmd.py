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
from pathlib import Path

from cli.office import (
    key_store,
    moment_text,
    office_database,
    open_office,
    print_json,
    reading,
    signed_in,
    writing,
)
from core.errors import UserError

__all__ = ["add_parser"]

NEW_PASSWORD_ENV = "MOTCUA_NEW_PASSWORD"
RECOVERY_ENV = "MOTCUA_RECOVERY_KEY"
ROLE_HELP = (
    "vai trò, cách nhau bằng dấu phẩy: clerk (một cửa), officer (xử lý), leader (lãnh đạo), admin (quản trị), "
    "backup (tài khoản chỉ để sao lưu tự động)"
)


def add_parser(command: Callable[..., argparse.ArgumentParser]) -> None:
    u = command("users", None, "tài khoản và vai trò (quản trị)")
    sub = u.add_subparsers(dest="users_command", metavar="LỆNH", required=True, parser_class=type(u))
    p = command("list", users_list, "liệt kê tài khoản", sub)
    p.add_argument("--json", action="store_true", help="in dạng JSON")
    p = command(
        "add",
        users_add,
        f"tạo tài khoản (tài khoản đầu tiên là quản trị; mật khẩu: biến {NEW_PASSWORD_ENV} hoặc nhập khi được hỏi)",
        sub,
    )
    p.add_argument("username", metavar="TÊN")
    p.add_argument("--full-name", required=True, help="họ và tên")
    p.add_argument("--title", default="", help="chức vụ")
    p.add_argument("--roles", required=True, help=ROLE_HELP)
    p = command("roles", users_roles, "đổi vai trò của một tài khoản", sub)
    p.add_argument("username", metavar="TÊN")
    p.add_argument("roles", help=ROLE_HELP)
    for name, active, text in (
        ("disable", False, "khoá tài khoản (không đăng nhập được nữa)"),
        ("enable", True, "mở lại tài khoản (và xoá tạm khoá)"),
    ):
        p = command(name, users_active, text, sub)
        p.add_argument("username", metavar="TÊN")
        p.set_defaults(active=active)
    p = command("reset-password", users_reset, "đặt lại mật khẩu (người dùng phải đổi khi đăng nhập)", sub)
    p.add_argument("username", metavar="TÊN")
    p = command(
        "rescue",
        users_rescue,
        "mở lại tài khoản quản trị bị khoá hoặc quên mật khẩu, bằng phiếu khôi phục "
        "khoá (không cần đăng nhập; các nhóm ký tự nhập khi được hỏi hoặc từ biến "
        f"{RECOVERY_ENV})",
        sub,
    )
    p.add_argument("username", metavar="TÊN")

    a = command("audit", None, "nhật ký kiểm tra: chuỗi sự kiện nối bằng mã băm")
    sub = a.add_subparsers(dest="audit_command", metavar="LỆNH", required=True, parser_class=type(a))
    p = command(
        "verify",
        audit_verify,
        "kiểm tra chuỗi nhật ký, mọi dòng dữ liệu và các chứng cứ (bản sao lưu, tệp "
        "chứng cứ của máy, dấu in trên báo cáo): tìm dòng bị sửa, chèn, xoá",
        sub,
    )
    p.add_argument(
        "--witness",
        action="append",
        default=[],
        metavar="SỐ:DẤU",
        help="dấu nhật ký in ở chân báo cáo tháng hoặc phiếu nộp, ví dụ 1234:AB12-CD34 (nhiều lần được)",
    )
    p = command("list", audit_list, "các sự kiện mới nhất", sub)
    p.add_argument("--limit", type=int, default=50, help="số sự kiện mới nhất (mặc định 50)")
    p.add_argument("--actor", default="", help="chỉ sự kiện của tài khoản này")
    p.add_argument("--json", action="store_true", help="in dạng JSON")

    c = command("clock", None, "giờ của máy so với thời điểm đã ghi gần nhất trong dữ liệu")
    sub = c.add_subparsers(dest="clock_command", metavar="LỆNH", required=True, parser_class=type(c))
    p = command("status", clock_status_cmd, "giờ của máy có chậm hơn dữ liệu không (chậm: không ghi được gì)", sub)
    p.add_argument("--json", action="store_true", help="in dạng JSON")
    p = command(
        "accept",
        clock_accept_cmd,
        "chấp nhận giờ của máy khi dữ liệu đã ghi một thời điểm muộn hơn vì máy từng chạy nhanh (lãnh đạo, quản trị)",
        sub,
    )
    p.add_argument("--reason", required=True, metavar="LÝ_DO", help="lý do, ghi vào nhật ký kiểm tra")

    k = command("key", None, "khoá dữ liệu cá nhân của cơ quan trên máy này")
    sub = k.add_subparsers(dest="key_command", metavar="LỆNH", required=True, parser_class=type(k))
    command("status", key_status, "khoá nằm ở đâu, có khớp với cơ sở dữ liệu không", sub)
    command("seal", key_seal, "đặt mật khẩu cho tệp khoá chưa có mật khẩu (quản trị)", sub)
    p = command("export", key_export, "chép khoá ra tệp có mật khẩu, để đưa sang máy khác của cơ quan (quản trị)", sub)
    p.add_argument("file", metavar="TỆP")
    p = command("import", key_import, "nhận khoá của cơ quan từ tệp do 'key export' tạo (quản trị)", sub)
    p.add_argument("file", metavar="TỆP")
    p.add_argument("--replace", action="store_true", help="máy đang giữ khoá khác: cất khoá đó vào tệp rồi thay")
    p = command(
        "sheet",
        key_sheet,
        "in phiếu khôi phục khoá (PDF A4: dấu vân tay, mã QR, 14 nhóm ký tự) để cất trong tủ của cơ quan (quản trị)",
        sub,
    )
    p.add_argument("--out", required=True, metavar="TỆP.pdf", help="tệp PDF sẽ ghi")
    p = command(
        "recover",
        key_recover,
        "nhận khoá của cơ quan từ phiếu khôi phục khoá: gõ 14 nhóm ký tự khi được "
        f"hỏi (hoặc biến {RECOVERY_ENV}) (quản trị)",
        sub,
    )
    p.add_argument("--replace", action="store_true", help="máy đang giữ khoá khác: cất khoá đó vào tệp rồi thay")


def new_password(prompt: str, env: str = NEW_PASSWORD_ENV, *, confirm: bool = True) -> str:
    """From ``env``, else asked on the terminal (twice when it is being chosen)."""
    from getpass import getpass

    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise UserError(
            f"Cần mật khẩu: đặt biến môi trường {env} hoặc chạy lệnh trong cửa sổ dòng lệnh.",
            f"A password is needed: set {env}.",
        )
    first = getpass(prompt)
    if confirm and first != getpass("Nhập lại: "):
        raise UserError("Hai lần nhập mật khẩu không khớp.", "The two passwords differ.")
    return first


def _roles(text: str) -> list[str]:
    return [r.strip() for r in text.split(",") if r.strip()]


# -- users ---------------------------------------------------------------------------------------------
def users_list(args: argparse.Namespace) -> int:
    from core.security.accounts import list_users

    with reading(args) as session:
        accounts = list_users(session)
    if args.json:
        print_json(
            [
                {
                    "username": a.username,
                    "full_name": a.full_name,
                    "title": a.title,
                    "roles": [r.value for r in a.roles],
                    "active": a.active,
                }
                for a in accounts
            ]
        )
        return 0
    for a in accounts:
        state = "" if a.active else "  (đã khoá)"
        print(f"{a.username:<16} {a.full_name:<28} {a.role_names}{state}")
    return 0


def users_add(args: argparse.Namespace) -> int:
    from core.security.accounts import create_first_admin, create_user, has_accounts

    password = new_password(f"Mật khẩu cho {args.username}: ")
    with writing(args) as session:
        if has_accounts(session):
            account = create_user(
                session,
                username=args.username,
                full_name=args.full_name,
                title=args.title,
                password=password,
                roles=_roles(args.roles),
            )
        else:
            account = create_first_admin(
                session,
                username=args.username,
                full_name=args.full_name,
                title=args.title,
                password=password,
                roles=_roles(args.roles),
            )
    print(f"Đã tạo tài khoản {account.username}: {account.role_names}.")
    return 0


def users_roles(args: argparse.Namespace) -> int:
    from core.security.accounts import set_roles

    with writing(args) as session:
        account = set_roles(session, args.username, _roles(args.roles))
    print(f"{account.username}: {account.role_names}.")
    return 0


def users_active(args: argparse.Namespace) -> int:
    from core.security.accounts import set_active

    with writing(args) as session:
        account = set_active(session, args.username, args.active)
    print(f"{account.username}: {'đang dùng' if account.active else 'đã khoá'}.")
    return 0


def users_reset(args: argparse.Namespace) -> int:
    from core.security.accounts import reset_password

    password = new_password(f"Mật khẩu mới cho {args.username}: ")
    with writing(args) as session:
        account = reset_password(session, args.username, password)
    print(f"Đã đặt lại mật khẩu của {account.username}; người dùng phải đổi mật khẩu khi đăng nhập.")
    return 0


def users_rescue(args: argparse.Namespace) -> int:
    """The recovery sheet opens an admin account again (and gives this desk the key if it lacks it)."""
    from core.security.data_key import rescue_with_sheet
    from core.security.recovery import decode_key

    groups = _recovery_text()
    decode_key(groups)  # a mistyped group is named before the new password is asked
    store = key_store(required=True)
    database = _open_unsigned(args)
    try:
        password = new_password(f"Mật khẩu mới cho {args.username}: ")
        account = rescue_with_sheet(database, store, args.username, password, groups)
    finally:
        database.close()
    print(f"Đã mở lại tài khoản quản trị {account.username}; hãy đăng nhập và đổi mật khẩu.")
    return 0


def _system():
    from core.security.access import system_caller

    return system_caller()


def _open_unsigned(args: argparse.Namespace):
    """The database with the desk's key opened (if it can be), before anyone signs in."""
    from core.bootstrap import prepare_database
    from core.security.data_key import open_office_data
    from core.storage import open_database

    database = open_database(getattr(args, "db", None))
    try:
        open_office_data(database, key_store(prompt=False))
        prepare_database(database)
    except BaseException:
        database.close()
        raise
    return database


def _recovery_text() -> str:
    from getpass import getpass

    value = os.environ.get(RECOVERY_ENV)
    if value:
        return value
    if not sys.stdin.isatty():
        text = sys.stdin.read()
        if text.strip():
            return text
        raise UserError(
            f"Cần các nhóm ký tự trên phiếu khôi phục khoá: nhập khi được hỏi hoặc đặt biến {RECOVERY_ENV}.",
            f"The recovery sheet's groups are needed ({RECOVERY_ENV}).",
        )
    return getpass("14 nhóm ký tự trên phiếu khôi phục khoá (không hiện khi gõ): ")


# -- audit ---------------------------------------------------------------------------------------------
def clock_status_cmd(args: argparse.Namespace) -> int:
    from core.security.desk_clock import ClockBehind, clock_status

    with reading(args) as session:
        status = clock_status(session)
    last = moment_text(status.last_recorded)
    if args.json:
        print_json({"desk_now": moment_text(status.desk_now), "last_recorded": last, "behind": status.behind})
    elif status.behind and status.last_recorded is not None:  # the words of the refusal itself
        print(ClockBehind(status.desk_now, status.last_recorded).message())
    else:
        print(f"Đồng hồ của máy: {moment_text(status.desk_now)}; thời điểm đã ghi gần nhất: {last or 'chưa có'}.")
    return 2 if status.behind else 0


def clock_accept_cmd(args: argparse.Namespace) -> int:
    from core.security.desk_clock import accept_clock

    with writing(args) as session:
        status = accept_clock(session, reason=args.reason)
    print(
        f"Đã chấp nhận giờ của máy ({moment_text(status.desk_now)}); thời điểm {moment_text(status.last_recorded)} "
        "đã ghi trước đó vẫn nằm trong nhật ký kiểm tra."
    )
    return 0


def audit_verify(args: argparse.Namespace) -> int:
    from core.backups.archive import backup_witnesses
    from core.security.audit_check import verify
    from core.security.protect import cipher_of
    from core.security.trail_witness import Witness, parse_witness

    printed = [parse_witness(text) for text in args.witness]
    with office_database(args) as database:
        witnesses: list[Witness] = []
        notes: list[str] = []
        cipher = cipher_of(database.engine)
        if database.path is not None and cipher is not None:
            witnesses, notes = backup_witnesses(database, cipher.office_key)
        with database.session() as session:
            report = verify(session, [*witnesses, *printed])
    for problem in report.problems:
        print(problem)
    for line in [*notes, *report.notes]:
        print(f"(ghi chú) {line}")
    summary = (
        f"{report.events} sự kiện trong nhật ký, {report.rows_checked} dòng dữ liệu đối chiếu, "
        f"{report.witnesses_checked} chứng cứ đối chiếu"
        + (f", {report.rows_before_trail} dòng có từ trước khi có nhật ký" if report.rows_before_trail else "")
    )
    head = f" Đầu chuỗi: {report.head.printed}." if report.head and report.head.seq else ""
    if report.ok:
        print(f"Nhật ký nguyên vẹn: {summary}.{head}")
        return 0
    print(f"PHÁT HIỆN {len(report.problems)} chỗ không khớp ({summary}).", file=sys.stderr)
    return 2


def audit_list(args: argparse.Namespace) -> int:
    from core.security.audit_check import events

    with reading(args) as session:
        rows = events(session, limit=args.limit, actor=args.actor)
    if args.json:
        print_json(
            [
                {
                    "seq": e.seq,
                    "at": f"{e.at:%Y-%m-%d %H:%M:%S}",
                    "actor": e.actor,
                    "action": e.action,
                    "detail": e.detail,
                }
                for e in rows
            ]
        )
        return 0
    for e in rows:
        detail = ", ".join(f"{k}={v}" for k, v in e.detail.items() if k != "rows")
        tables = ", ".join(
            f"{t}: {sum(len(v) for v in ops.values())}" for t, ops in (e.detail.get("rows") or {}).items()
        )
        print(f"{e.seq:>6}  {e.at:%Y-%m-%d %H:%M:%S}  {e.actor:<14} {e.action}  {detail or tables}")
    return 0


# -- key -----------------------------------------------------------------------------------------------
def key_status(args: argparse.Namespace) -> int:
    from core.security.data_key import key_fingerprint, recorded_fingerprint

    store = key_store(required=True)
    print(store.describe())
    key = store.get_key()
    print(f"Khoá của máy này: {key_fingerprint(key) if key else 'chưa có'}.")
    with closing(open_office(args, keys=store)) as database:  # the same store: one passphrase, one key
        needed = recorded_fingerprint(database)
        print(f"Khoá của cơ sở dữ liệu: {needed or 'chưa ghi nhận'}.")
        print(
            "Dữ liệu cá nhân: đã mở khoá, khoá khớp với cơ sở dữ liệu."
            if database.unlocked
            else "Dữ liệu: CHƯA mở khoá được trên máy này (chỉ đọc được, không ghi được)."
        )
    return 0 if database.unlocked else 2


def key_seal(args: argparse.Namespace) -> int:
    from core.security.data_key import seal_key
    from core.security.key_store import PASSPHRASE_ENV
    from core.storage import default_data_dir

    with office_database(args, writes=True) as database:
        store = seal_key(database, default_data_dir(), new_password("Mật khẩu mới cho tệp khoá: ", PASSPHRASE_ENV))
    print(store.describe())
    return 0


def key_export(args: argparse.Namespace) -> int:

    from core.security.data_key import export_key

    target = Path(args.file)
    with office_database(args, writes=True) as database:
        fingerprint = export_key(
            database, key_store(required=True), target, new_password("Mật khẩu bảo vệ tệp khoá xuất ra: ")
        )
    print(
        f"Đã chép khoá (dấu vân tay {fingerprint}) ra {target}. Mang sang máy kia rồi chạy: "
        f"motcua key import {target.name}"
    )
    return 0


def _bring(args: argparse.Namespace, key: bytes, how: str) -> int:
    from core.security.data_key import bring_key

    store = key_store(required=True)
    database = _open_unsigned(args)
    try:
        database = database.as_caller(signed_in(args, database))
        protection = bring_key(database, store, key, how=how, replace=args.replace)
    finally:
        database.close()
    if not protection.unlocked:
        raise UserError(protection.message)
    print(f"Đã nhận khoá của cơ quan (dấu vân tay {protection.fingerprint}). {store.describe()}")
    return 0


def key_import(args: argparse.Namespace) -> int:

    from core.security.key_store import PassphraseKeyFile

    path = Path(args.file)
    key = (
        PassphraseKeyFile(path, new_password("Mật khẩu của tệp khoá: ", confirm=False)).get_key()
        if path.is_file()
        else None
    )
    if key is None:
        raise UserError(f"Không có tệp {args.file}.", f"No file {args.file}.")
    return _bring(args, key, "nhận khoá từ tệp")


def key_recover(args: argparse.Namespace) -> int:
    from core.security.recovery import decode_key

    return _bring(args, decode_key(_recovery_text()), "nhận khoá từ phiếu khôi phục")


def key_sheet(args: argparse.Namespace) -> int:

    from core.documents import render_pdf
    from core.security.data_key import recovery_sheet_document

    with office_database(args, writes=True) as database:
        document = recovery_sheet_document(database, key_store(required=True))
    render_pdf(document, Path(args.out))
    print(
        f"Đã in phiếu khôi phục khoá (dấu vân tay {document.reference}) ra {args.out}. In ra giấy, ký, cất vào tủ "
        "có khoá của cơ quan, rồi xoá tệp này."
    )
    return 0
