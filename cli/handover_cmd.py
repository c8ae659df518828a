"""``motcua handover``: dossiers to enter in the provincial system, their export, reconciliation, outage mode.

    motcua handover list [--json]
    motcua handover export FILE (.csv|.xlsx|.json) [--layout office|national]
    motcua handover print --out FILE.pdf
    motcua handover mark CODE PROVINCE_CODE
    motcua handover reconcile FILE [--map FIELD=COLUMN]… [--dry-run] [--json]
    motcua handover mode offline-first|outage-only
    motcua handover outage on|off
    motcua handover uploads | uploaded YYYY-MM [--note TEXT]

The layouts are in docs/handover-format.md (the national one's names and codes in
resources/handover/national.json).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from cli.args import month_arg
from cli.office import print_json, reading, writing
from core.errors import UserError

__all__ = ["add_parser"]

_REASONS = {"none": "không khớp hồ sơ nào", "ambiguous": "khớp nhiều hồ sơ", "no_code": "thiếu mã hồ sơ"}


def add_parser(command: Callable[..., argparse.ArgumentParser]) -> argparse.ArgumentParser:
    """Add ``handover`` and its subcommands through cli.main's ``command(name, handler, help, parent)``."""
    top = command("handover", None, "chuyển hồ sơ và báo cáo lên hệ thống của tỉnh sau khi mất mạng")
    sub = top.add_subparsers(dest="handover_command", metavar="LỆNH", required=True, parser_class=type(top))
    p = command("list", handover_list, "hồ sơ chờ nhập vào hệ thống tỉnh, cũ nhất trước", sub)
    p.add_argument("--json", action="store_true", help="in dạng JSON")
    p = command("export", handover_export, "xuất danh sách chờ nhập ra .csv, .xlsx hoặc .json", sub)
    p.add_argument("file")
    p.add_argument(
        "--layout",
        choices=["office", "national"],
        default="office",
        help="office: các cột của văn phòng (mặc định, .csv, .xlsx, .json); national: tên trường và mã "
        "trạng thái của Cổng DVC quốc gia (.json, .xlsx), sửa được trong "
        "resources/handover/national.json",
    )
    p = command("print", handover_print, "in danh sách chờ nhập (PDF A4 ngang) cho bàn làm việc", sub)
    p.add_argument("--out", required=True, metavar="TỆP.pdf", help="tệp PDF sẽ ghi")
    p = command("mark", handover_mark, "ghi nhận đã nhập một hồ sơ, với mã hồ sơ trên hệ thống tỉnh", sub)
    p.add_argument("code", metavar="MÃ_HỒ_SƠ")
    p.add_argument("province_code", metavar="MÃ_TỈNH")
    p = command("reconcile", handover_reconcile, "đối chiếu với tệp xuất từ hệ thống tỉnh (.csv, .xlsx)", sub)
    p.add_argument("file")
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="TRƯỜNG=CỘT",
        help="cột của tệp cho từng trường (province_code, id_number, applicant_name, procedure, "
        "received_at); được ghi nhớ cho lần sau",
    )
    p.add_argument("--dry-run", action="store_true", help="chỉ xem kết quả, không ghi gì")
    p.add_argument("--json", action="store_true", help="in dạng JSON")
    p = command("mode", handover_mode, "cách làm việc với hệ thống tỉnh", sub)
    p.add_argument("mode", choices=["offline-first", "outage-only"])
    p = command("outage", handover_outage, "bật/tắt chế độ mất mạng", sub)
    p.add_argument("state", choices=["on", "off"])
    command("uploads", handover_uploads, "báo cáo tháng còn chờ tải lên hệ thống tỉnh", sub)
    p = command("uploaded", handover_uploaded, "ghi nhận đã tải báo cáo tháng lên hệ thống tỉnh", sub)
    p.add_argument("month", type=month_arg, metavar="YYYY-MM")
    p.add_argument("--note", default="", help="ghi chú")
    return top


def handover_list(args: argparse.Namespace) -> int:
    from core.handover.queue import pending_rows

    with reading(args) as session:
        rows = pending_rows(session)
    if args.json:
        print_json(
            {
                "count": len(rows),
                "dossiers": [
                    {
                        "code": r.code,
                        "received_at": f"{r.received_at:%Y-%m-%d %H:%M}",
                        "applicant_name": r.applicant_name,
                        "procedure_name": r.procedure_name,
                        "channel": r.channel,
                        "due_at": f"{r.due_at:%Y-%m-%d %H:%M}",
                    }
                    for r in rows
                ],
            }
        )
        return 0
    print(f"{len(rows)} hồ sơ chờ nhập vào hệ thống tỉnh")
    for r in rows:
        print(f"{r.code}  {r.received_at:%Y-%m-%d %H:%M}  {r.applicant_name}  {r.procedure_name}")
    return 0


def handover_export(args: argparse.Namespace) -> int:
    from core.handover.export import export_handover

    with reading(args) as session:
        count = export_handover(session, Path(args.file), layout=args.layout)
    which = " (mẫu Cổng DVC quốc gia)" if args.layout == "national" else ""
    print(f"Đã xuất {count} hồ sơ chờ nhập{which} ra {args.file}")
    return 0


def handover_print(args: argparse.Namespace) -> int:
    from core.documents import render_pdf
    from core.documents.forms_handover import handover_list as build

    with reading(args) as session:
        document = build(session)
    print(render_pdf(document, Path(args.out)))
    return 0


def handover_mark(args: argparse.Namespace) -> int:
    from core.handover.queue import mark_entered

    with writing(args) as session:
        dossier = mark_entered(session, args.code, args.province_code)
        print(f"{dossier.code}: đã nhập, mã trên hệ thống tỉnh {dossier.province_code}")
    return 0


def _mapping(pairs: list[str]) -> dict[str, str]:
    mapping = {}
    for pair in pairs:
        field, sep, column = pair.partition("=")
        if not sep or not field.strip() or not column.strip():
            raise UserError(
                f'--map "{pair}" không hợp lệ: dạng TRƯỜNG=CỘT, ví dụ province_code="Số hồ sơ".',
                f'Invalid --map "{pair}": FIELD=COLUMN.',
            )
        mapping[field.strip()] = column.strip()
    return mapping


def handover_reconcile(args: argparse.Namespace) -> int:
    from core.handover.reconcile import reconcile

    mapping = _mapping(args.map)
    with writing(args) as session:
        result = reconcile(session, Path(args.file), mapping=mapping or None, apply=not args.dry_run)
    if args.json:
        print_json(result.to_json())
        return 0
    verb = "Sẽ ghi nhận" if args.dry_run else "Đã ghi nhận"
    print(
        f"{result.rows} dòng trong tệp. {verb} đã nhập: {len(result.marked)}; đã ghi từ trước: "
        f"{len(result.already)}; nhập trùng: {len(result.doubles)}; chưa khớp: {len(result.unmatched_ours)} hồ sơ "
        f"của ta, {len(result.unmatched_theirs)} dòng của tỉnh."
    )
    for match in result.marked:
        print(f"  đã nhập  {match.code} = {match.province_code} (khớp theo {match.how})")
    for double in result.doubles:
        print(
            f"  NHẬP TRÙNG  {double.code}: {', '.join(double.province_codes)} (dòng "
            f"{', '.join(map(str, double.lines))})"
        )
    for row in result.unmatched_ours:
        print(f"  chưa có trên tỉnh  {row.code}  {row.received_at:%Y-%m-%d %H:%M}  {row.applicant_name}")
    for theirs in result.unmatched_theirs:
        print(
            f"  dòng {theirs.line} của tỉnh  {theirs.province_code}  {theirs.applicant_name}: {_REASONS[theirs.reason]}"
        )
    return 0


def handover_mode(args: argparse.Namespace) -> int:
    from core.handover.mode import set_mode

    with writing(args) as session:
        set_mode(session, args.mode)
    print(f"Chế độ: {args.mode}")
    return 0


def handover_outage(args: argparse.Namespace) -> int:
    from core.handover.mode import set_outage

    with writing(args) as session:
        state = set_outage(session, args.state == "on")
    print(f"Đang mất mạng từ {state.outage_since:%Y-%m-%d %H:%M}" if state.outage_on else "Đã tắt chế độ mất mạng")
    return 0


def handover_uploads(args: argparse.Namespace) -> int:
    from core.report_uploads import pending_uploads

    with reading(args) as session:
        months = pending_uploads(session)
    print(f"{len(months)} báo cáo tháng chờ tải lên" + (": " + ", ".join(months) if months else ""))
    return 0


def handover_uploaded(args: argparse.Namespace) -> int:
    from core.report_uploads import record_report_upload

    with writing(args) as session:
        row = record_report_upload(session, args.month, note=args.note)
        print(f"Báo cáo tháng {row.month}: đã tải lên lúc {row.uploaded_at:%Y-%m-%d %H:%M}")
    return 0
