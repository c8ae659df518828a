"""``motcua``: the command line, a thin client of ``core`` (the reference and contract is docs/cli.md).

Exit codes: 0 success; 2 bad input or a refused action, with one line on stderr saying what is
wrong (Vietnamese by default, English with ``--lang en``); nothing is half-written.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from cli.args import count_arg, date_arg, int_arg, moment_arg, month_arg, time_arg, year_arg
from core import __version__
from core.errors import UserError, language, set_language

__all__ = ["build_parser", "main"]

#: argparse's own words (it asks gettext for them, domain "argparse"), in Vietnamese; English with --lang en.
_ARGPARSE_WORDS = {
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "show this help message and exit": "xem hướng dẫn này rồi thoát",
    "show program's version number and exit": "xem số phiên bản rồi thoát",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "one of the arguments %s is required": "cần một trong các tham số: %s",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "not allowed with argument %s": "không dùng cùng %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "lựa chọn %(value)r không hợp lệ (chọn: %(choices)s)",
    "invalid %(type)s value: %(value)r": "giá trị %(value)r không hợp lệ",
    "expected one argument": "cần một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "expected %s argument": "cần %s giá trị",
    "expected %s arguments": "cần %s giá trị",
    "unrecognized arguments: %s": "tham số không được hỗ trợ: %s",
    "ambiguous option: %(option)s could match %(matches)s": "tùy chọn %(option)s chưa rõ: có thể là %(matches)s",
    "ignored explicit argument %r": "giá trị %r bị bỏ qua",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "không có lệnh %(parser_name)r (chọn: %(choices)s)",
    "unexpected option string: %s": "tùy chọn không mong đợi: %s",
}


def _argparse_gettext(message: str) -> str:
    return message if language() == "en" else _ARGPARSE_WORDS.get(message, message)


def _argparse_ngettext(singular: str, plural: str, count: int) -> str:
    return _argparse_gettext(singular if count == 1 else plural)


def _speak_argparse() -> None:
    """argparse looks its words up through the module's ``_`` and ``ngettext`` at each use: answer in the
    language of the messages (the command line is the process's only argparse user that prints)."""
    argparse._ = _argparse_gettext  # type: ignore[attr-defined]
    argparse.ngettext = _argparse_ngettext  # type: ignore[attr-defined]


class _Parser(argparse.ArgumentParser):
    """argparse with one-line errors (Vietnamese by default) and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        if language() == "en":
            self.exit(2, f"motcua: error: {message} (see: motcua --help)\n")
        self.exit(2, f"motcua: lỗi: {message} (xem: motcua --help)\n")


def _language_of(argv: Sequence[str]) -> str:
    """``--lang`` wherever it stands (the arguments are checked before the command sees it), else MOTCUA_LANG."""
    chosen = os.environ.get("MOTCUA_LANG", "vi")
    for word, following in zip(argv, [*argv[1:], ""]):
        if word == "--lang":
            chosen = following
        elif word.startswith("--lang="):
            chosen = word.removeprefix("--lang=")
    return "en" if chosen == "en" else "vi"


def build_parser() -> argparse.ArgumentParser:
    from cli import commands as c  # the handlers import core lazily, so --help stays fast

    _speak_argparse()
    from cli import (
        attach_cmd,
        backup_cmd,
        dossier_cmd,
        handover_cmd,
        late_cmd,
        print_cmd,
        rate_cmd,
        report_cmd,
        security_cmd,
        settings_cmd,
    )

    common = _Parser(add_help=False)
    common.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        metavar="TARGET",
        help="tệp SQLite hoặc URL SQLAlchemy (mặc định: motcua.db trong thư mục dữ liệu; biến môi trường MOTCUA_DB)",
    )
    common.add_argument(
        "--demo",
        action="store_true",
        default=argparse.SUPPRESS,
        help="dùng cơ quan mẫu (demo.db trong thư mục dữ liệu, tạo khi dùng lần đầu) và khoá riêng "
        "của nó; tài khoản quantri, motcua, xuly, chutich, mật khẩu motcua-demo",
    )
    common.add_argument(
        "--lang", choices=["vi", "en"], default=argparse.SUPPRESS, help="ngôn ngữ thông báo (mặc định: vi)"
    )
    common.add_argument(
        "--user",
        default=argparse.SUPPRESS,
        metavar="TÊN",
        help="tài khoản thực hiện lệnh (hoặc biến MOTCUA_USER; mật khẩu trong biến MOTCUA_PASSWORD "
        "hoặc nhập khi được hỏi); mọi lệnh cần tài khoản, trừ due, calendar show, "
        "procedures list",
    )

    parser = _Parser(
        prog="motcua",
        parents=[common],
        description="Một Cửa: tiếp nhận và trả kết quả hồ sơ thủ tục hành chính cấp xã, chạy không cần mạng.",
    )
    parser.add_argument(
        "--version", action="version", version=f"motcua {__version__}", help="xem số phiên bản rồi thoát"
    )
    sub = parser.add_subparsers(dest="command", metavar="LỆNH", parser_class=_Parser)

    def command(name: str, handler, help_text: str, parent=sub) -> argparse.ArgumentParser:
        p = parent.add_parser(name, parents=[common], help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        return p

    command("gui", c.gui, "mở cửa sổ chương trình (--demo: cơ quan mẫu có sẵn dữ liệu)")

    p = command("demo", c.demo, "tạo cơ quan mẫu với dữ liệu giống thật (trên cơ sở dữ liệu trống)")
    p.add_argument("--dossiers", type=count_arg, default=3000, help="số hồ sơ khoảng bao nhiêu (mặc định 3000)")
    p.add_argument("--seed", type=int_arg, default=2025, help="hạt giống ngẫu nhiên: cùng hạt giống, cùng dữ liệu")
    p.add_argument("--until", type=date_arg, help="ngày cuối của năm dữ liệu (mặc định: hôm nay)")

    p = command("init", c.init, "khai báo cơ quan mới và tài khoản quản trị đầu tiên (hoặc sửa tên, địa danh)")
    p.add_argument("--unit-code", required=True, help="mã định danh đơn vị, ví dụ H40.25.12")
    p.add_argument("--office-name", required=True, help='tên cơ quan, ví dụ "UBND xã Hoa Thành"')
    p.add_argument("--place", default="", help='địa danh ghi trên văn bản, ví dụ "Hoa Thành"')
    p.add_argument("--parent-name", default="", help='cơ quan chủ quản, ví dụ "UBND TỈNH NGHỆ AN"')
    p.add_argument(
        "--admin",
        default="quantri",
        metavar="TÊN",
        help="tên đăng nhập của tài khoản quản trị đầu tiên (mặc định quantri; mật khẩu trong biến "
        "MOTCUA_NEW_PASSWORD hoặc nhập khi được hỏi)",
    )
    p.add_argument("--admin-name", default="Quản trị hệ thống", metavar="HỌ_TÊN", help="họ và tên của người quản trị")

    cal = command("calendar", None, "lịch làm việc: ngày nghỉ, ngày làm bù, giờ làm việc")
    cal_sub = cal.add_subparsers(dest="calendar_command", metavar="LỆNH", required=True, parser_class=_Parser)
    p = command("show", c.calendar_show, "xem ngày nghỉ và ngày làm bù của một năm", cal_sub)
    p.add_argument("year", type=year_arg, metavar="NĂM", help="năm, ví dụ 2025")
    p.add_argument("--json", action="store_true", help="in dạng JSON")
    p = command(
        "set", c.calendar_set, "đặt một ngày là ngày nghỉ (off), làm việc (working) hay theo tuần (default)", cal_sub
    )
    p.add_argument("date", type=date_arg)
    p.add_argument("kind", choices=["off", "working", "default"])
    p.add_argument("--reason", default="", help="lý do (ghi cả số văn bản quyết định)")
    p = command("import", c.calendar_import, "nhập ngày từ tệp CSV (date,kind,reason): tất cả hoặc không", cal_sub)
    p.add_argument("file")
    p = command("hours", c.calendar_hours, 'đặt giờ làm việc, ví dụ "07:30-11:30,13:30-17:00"', cal_sub)
    p.add_argument("periods")
    p.add_argument("--from", dest="valid_from", type=date_arg, help="áp dụng từ ngày (mặc định: mọi ngày)")
    p = command(
        "confirm", c.calendar_confirm, "xác nhận lịch nghỉ của một năm (sau khi có thông báo chính thức)", cal_sub
    )
    p.add_argument("year", type=year_arg, metavar="NĂM", help="năm, ví dụ 2025")

    p = command("due", c.due, "tính ngày hẹn trả kết quả")
    p.add_argument("--received", required=True, type=moment_arg, help='"YYYY-MM-DD HH:MM"')
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--days", type=count_arg, help="số ngày làm việc")
    how.add_argument("--hours", type=count_arg, help="số giờ làm việc")
    how.add_argument("--same-day", action="store_true", help="trả trong ngày")
    how.add_argument("--procedure", help="theo thời hạn của thủ tục có mã này")
    p.add_argument("--cutoff", type=time_arg, help="giờ chốt khi trả trong ngày (mặc định 15:00)")
    p.add_argument("--json", action="store_true", help="in dạng JSON")

    proc = command("procedures", None, "danh mục thủ tục hành chính")
    proc_sub = proc.add_subparsers(dest="procedures_command", metavar="LỆNH", required=True, parser_class=_Parser)
    p = command("list", c.procedures_list, "liệt kê thủ tục", proc_sub)
    p.add_argument("--json", action="store_true", help="in dạng JSON")
    p.add_argument("--search", default="", help="tìm theo mã hoặc tên, không phân biệt dấu")
    p = command("import", c.procedures_import, "nhập danh mục từ .csv hoặc .xlsx", proc_sub)
    p.add_argument("file")
    p = command("export", c.procedures_export, "xuất danh mục ra .csv hoặc .xlsx", proc_sub)
    p.add_argument("file")

    dos = command("dossiers", None, "sổ theo dõi hồ sơ")
    dos_sub = dos.add_subparsers(dest="dossiers_command", metavar="LỆNH", required=True, parser_class=_Parser)
    p = command("import", c.dossiers_import, "nhập sổ theo dõi từ .csv hoặc .xlsx: tất cả hoặc không", dos_sub)
    p.add_argument("file")
    p = command("export", c.dossiers_export, "xuất sổ theo dõi hồ sơ ra .csv hoặc .xlsx", dos_sub)
    p.add_argument("file")
    p.add_argument("--from", dest="since", type=date_arg, help="từ ngày tiếp nhận")
    p.add_argument("--to", dest="until", type=date_arg, help="đến ngày tiếp nhận")
    dossier_cmd.add_actions(command, dos_sub)

    p = command("intake", c.intake, "tiếp nhận một hồ sơ đầy đủ; in ra mã hồ sơ")
    p.add_argument("--procedure", required=True, help="mã thủ tục")
    p.add_argument("--applicant", default="", help="họ tên người nộp (bắt buộc, trừ khi có --card-qr)")
    p.add_argument(
        "--card-qr",
        metavar="TEXT",
        default="",
        help="chữ của mã QR trên CCCD/Căn cước gắn chip (số|CMND|họ tên|ngày sinh|giới tính|địa chỉ|"
        "ngày cấp): điền họ tên, số CCCD và địa chỉ; các giá trị nhập thêm phải khớp với thẻ",
    )
    p.add_argument("--id-number", default="", help="số CCCD/định danh cá nhân (12 chữ số)")
    p.add_argument("--phone", default="", help="số điện thoại")
    p.add_argument("--address", default="", help="địa chỉ")
    p.add_argument("--email", default="", help="thư điện tử")
    p.add_argument(
        "--channel",
        default="direct",
        choices=["direct", "online", "postal"],
        help="hình thức nộp: direct trực tiếp (mặc định), online trực tuyến, postal bưu chính",
    )
    p.add_argument("--received", type=moment_arg, help='"YYYY-MM-DD HH:MM" (mặc định: bây giờ)')
    p.add_argument("--paid-online", action="store_true", help="đã nộp phí trực tuyến")
    p.add_argument("--json", action="store_true", help="in dạng JSON")

    dossier_cmd.add_slip_parser(command)
    attach_cmd.add_parser(command)
    command("check", c.check, "kiểm tra tính toàn vẹn của cơ sở dữ liệu")
    print_cmd.add_parser(command, date_arg)
    handover_cmd.add_parser(command)
    report_cmd.add_parser(command, month_arg)
    rate_cmd.add_parser(command, month_arg, date_arg)
    late_cmd.add_parser(command, moment_arg)
    backup_cmd.add_parser(command)
    settings_cmd.add_parser(command)
    security_cmd.add_parser(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    set_language(_language_of(argv))  # before parsing: argparse's own words and the argument errors use it
    parser = build_parser()
    try:
        args = parser.parse_args(argv or ["gui"])
    except SystemExit as exit_:  # --help, --version, or a usage error already printed
        return int(exit_.code or 0)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    _start_log(args)
    try:
        if getattr(args, "demo", False) and args.command in ("key", "users"):
            raise UserError(
                "Cơ quan mẫu có khoá và tài khoản cố định (xem README): lệnh key và users chỉ dùng cho "
                "cơ quan thật, không dùng với --demo.",
                "The demo office has a fixed key and fixed accounts: key and users do not take --demo.",
            )
        return handler(args) or 0
    except UserError as error:
        print(f"motcua: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except OSError as error:  # a full disk, a read-only folder, a file held by another program
        line = _explain_os_error(error)
        print(f"motcua: {line}", file=sys.stderr)
        if args.command == "gui":
            _show_in_a_box(line)
        return 2
    except Exception as error:
        from core.logs import report_unexpected

        database_errors = sys.modules.get("sqlalchemy.exc")  # loaded by any command that reached the database
        if database_errors is None or not isinstance(error, database_errors.SQLAlchemyError):
            line = report_unexpected(error)
            print(f"motcua: {line}", file=sys.stderr)
            if args.command == "gui":  # the windowed program has no stderr: the clerk reads it in a box
                _show_in_a_box(line)
            return 1
        from core.db_errors import explain_database_error

        detail = getattr(error, "orig", None) or error
        clear = explain_database_error(error)
        print(f"motcua: {clear or f'cơ sở dữ liệu từ chối thao tác: {detail}. Chưa có gì được ghi.'}", file=sys.stderr)
        return 1
    finally:
        from core.security.private_files import take_warnings

        for warning in take_warnings():  # e.g. a database outside the profile that could not be made private
            print(f"motcua: {warning}", file=sys.stderr)


def _start_log(args: argparse.Namespace) -> None:
    """The log in the data folder (core/logs.py), opened once a command will run: nothing heavy is loaded."""
    from core.logs import log, setup_logging
    from core.places import default_data_dir

    if setup_logging(default_data_dir()) is not None:
        words = [args.command, *(value for name, value in vars(args).items() if name.endswith("_command"))]
        log.info("command line: motcua %s", " ".join(str(word) for word in words if word))  # never the values


def _show_in_a_box(line: str) -> None:
    """The window's start failed unexpectedly: say it in a message box when Qt is up (never raises)."""
    if "PySide6.QtWidgets" not in sys.modules:
        return
    try:
        from desktop.error_report import show_fatal_if_up

        show_fatal_if_up(line)
    except Exception:
        pass


def _explain_os_error(error: OSError) -> str:
    """One line for an OS error a command did not handle itself: a file held open, a full disk, no right."""

    from core.files import explain_write_error
    from core.logs import log

    log.warning("File error in a command", exc_info=error)
    if error.filename:
        target = Path(error.filename)
        if isinstance(error, FileNotFoundError) and target.parent.is_dir():
            return f"không có tệp {target}."
        return str(explain_write_error(error, target))
    from core.db_errors import explain_os_error

    clear = explain_os_error(error)
    return str(clear) if clear else f"lỗi tệp: {error.strerror or error}."


if __name__ == "__main__":
    sys.exit(main())
