"""``motcua report``: the monthly report as JSON, xlsx (Biểu II.06a) or PDF, and its submission (docs/cli.md)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from cli.office import reading
from cli.office import writing as transaction
from core.errors import UserError

__all__ = ["add_parser", "monthly", "submit"]

_EPILOG = """\
ví dụ:
  motcua report monthly --month 2025-03 --format json --out bao-cao.json
  motcua report monthly --month 2025-03 --period decree09 --format xlsx --out bieu-II06a.xlsx
  motcua report monthly --month 2025-03 --format pdf --out bao-cao.pdf
  motcua report submit --month 2025-03 --user lan   (tài khoản đăng nhập được ghi là người nộp)
"""


def add_parser(
    command: Callable[..., argparse.ArgumentParser], month_arg: Callable[[str], str]
) -> argparse.ArgumentParser:
    """Add ``report monthly`` and ``report submit`` through cli.main's ``command`` helper."""
    report = command("report", None, "báo cáo định kỳ: kết quả giải quyết hồ sơ hằng tháng")
    report.formatter_class = argparse.RawDescriptionHelpFormatter
    report.epilog = _EPILOG
    sub = report.add_subparsers(dest="report_command", metavar="LỆNH", required=True, parser_class=type(report))
    p = command("monthly", monthly, "báo cáo tháng: JSON, xlsx theo Biểu II.06a, hoặc PDF A4 trình ký", sub)
    p.add_argument("--month", required=True, type=month_arg, metavar="YYYY-MM", help="tháng báo cáo")
    p.add_argument(
        "--period",
        choices=["calendar", "decree09"],
        help="kỳ: calendar (ngày 1 đến cuối tháng) hoặc decree09 (15 tháng trước đến 14); mặc định theo cài đặt",
    )
    p.add_argument(
        "--format",
        dest="fmt",
        choices=["json", "xlsx", "pdf"],
        default="json",
        help="json: số liệu theo docs/cli.md (mặc định; in ra màn hình khi không có --out); xlsx: Biểu II.06a "
        "để tải lên; pdf: báo cáo A4 để lãnh đạo ký",
    )
    p.add_argument("--out", metavar="TỆP", help="tệp sẽ ghi (JSON: không ghi thì in ra màn hình)")
    p = command("submit", submit, "nộp báo cáo tháng: chốt số liệu và tệp với mã kiểm tra SHA-256", sub)
    p.add_argument("--month", required=True, type=month_arg, metavar="YYYY-MM", help="tháng báo cáo")
    p.add_argument("--period", choices=["calendar", "decree09"], help="kỳ (mặc định theo cài đặt)")
    p.add_argument("--note", default="", help="ghi chú")
    return report


def writing(path: Path, data: bytes) -> None:
    """Whole or nothing, no side file left; a file Excel or a PDF reader holds gives one line (exit 2)."""
    from core.files import write_file

    write_file(path, data)


def monthly(args: argparse.Namespace) -> int:
    """Compute first (every check), then write the file."""
    from core import reports

    if args.fmt != "json" and not args.out:
        raise UserError(f"Định dạng {args.fmt} cần --out TỆP.", f"The {args.fmt} format needs --out FILE.")
    with reading(args) as session:
        report = reports.monthly_report(session, args.month, args.period)
        if args.fmt == "json":
            data = json.dumps(report.to_json(), ensure_ascii=False, indent=2).encode("utf-8")
        elif args.fmt == "xlsx":
            data = reports.xlsx_bytes(report, recipient=reports.recipient_of(session))
        else:
            data = reports.pdf_bytes(
                report,
                reports.signer_of(session),
                recipient=reports.recipient_of(session),
                trail=reports.trail_mark_of(session),
            )
    if args.fmt == "json" and not args.out:
        print(data.decode("utf-8"))
        return 0
    writing(Path(args.out), data)
    print(args.out)
    return 0


def submit(args: argparse.Namespace) -> int:
    from core import reports

    with transaction(args) as session:
        before = reports.latest_submission(session, args.month, args.period)
        row = reports.submit(session, args.month, period=args.period, note=args.note)
        label = f"{row.month[5:]}/{row.month[:4]}"
        if before is not None and before.id == row.id:
            print(f"Báo cáo tháng {label} không thay đổi so với lần nộp {row.revision}: không tạo lần nộp mới.")
            return 0
        print(f"Đã nộp báo cáo tháng {label}, lần {row.revision}; tệp {row.file_name}, SHA-256 {row.checksum}.")
        for change in row.changes:
            where = change["field"] or "Chỉ số"
            print(f"  thay đổi: {where} / {change['column']}: {change['before']} → {change['after']}")
    return 0
