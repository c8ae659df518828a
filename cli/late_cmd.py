"""``motcua late`` (the desk board: due-soon and late dossiers) and ``motcua apology`` (record one)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable

from cli.office import moment_text, reading, writing

TYPE_CHECKING = False  # typing.TYPE_CHECKING without loading typing at --help
if TYPE_CHECKING:
    from typing import Any

__all__ = ["add_parser", "apology", "entry_json", "late"]

_SECTION_TITLES = {
    "due_today": "Đến hạn hôm nay",
    "due_soon": "Sắp đến hạn",
    "late": "Quá hạn",
    "waiting": "Chờ công dân bổ sung",
}
_APOLOGY_WORDS = {
    "none": "chưa xin lỗi",
    "issued": "đã xin lỗi, hẹn lại {new}",
    "expired": "đã quá cả ngày hẹn lại {new}",
}


def add_parser(command: Callable[..., argparse.ArgumentParser], moment_arg: Callable[[str], dt.datetime]) -> None:
    """Add ``late`` and ``apology`` through cli.main's ``command(name, handler, help)`` helper."""
    p = command("late", late, "hồ sơ đến hạn hôm nay, sắp đến hạn, quá hạn (kèm tình trạng xin lỗi)")
    p.add_argument("--json", action="store_true", help="in dạng JSON")
    p.add_argument("--at", type=moment_arg, metavar="THỜI_ĐIỂM", help='"YYYY-MM-DD HH:MM" (mặc định: bây giờ)')
    p.add_argument("--all", action="store_true", help="liệt kê cả hồ sơ đang chờ công dân bổ sung")

    p = command("apology", apology, "ghi văn bản xin lỗi và hẹn lại ngày trả kết quả (chỉ một lần mỗi hồ sơ)")
    p.add_argument("--dossier", required=True, metavar="MÃ_HỒ_SƠ", help="mã hồ sơ trễ hạn")
    p.add_argument("--reason", required=True, help="lý do chậm trả kết quả")
    p.add_argument("--fault", required=True, choices=["own", "external"], help="own: chủ quan; external: khách quan")
    p.add_argument(
        "--new-due",
        type=moment_arg,
        metavar="THỜI_ĐIỂM",
        help='ngày hẹn mới "YYYY-MM-DD HH:MM" (mặc định: theo lịch làm việc)',
    )
    p.add_argument(
        "--sent-via",
        choices=["in_person", "post", "sms", "email"],
        help="cách gửi cho công dân (mặc định: theo cách nộp hồ sơ — trao trực tiếp, bưu chính, "
        "hoặc SMS/email với hồ sơ trực tuyến)",
    )
    p.add_argument("--signer", help="người ký (mặc định: chủ tịch trong cài đặt)")
    p.add_argument(
        "--admin-override", metavar="LÝ_DO", default="", help="quản trị viên cho phép hẹn lại lần thứ hai, với lý do"
    )
    p.add_argument("--at", type=moment_arg, metavar="THỜI_ĐIỂM", help="thời điểm ghi (mặc định: bây giờ)")
    p.add_argument("--json", action="store_true", help="in dạng JSON")


def entry_json(entry: Any) -> dict[str, Any]:
    return {
        "code": entry.code,
        "applicant": entry.applicant,
        "procedure": entry.procedure,
        "field": entry.field,
        "handler": entry.handler,
        "state": entry.section,
        "due_at": moment_text(entry.due_at),
        "warn_from": moment_text(entry.warn_from),
        "new_due_at": moment_text(entry.new_due_at),
        "apology": entry.apologies > 0,
        "apology_state": entry.apology_state,
        "fault": entry.fault or None,
        "todo": entry.is_todo,
    }


def _board_json(board: Any, sections: tuple[str, ...]) -> dict[str, Any]:
    from core.board import SECTIONS

    groups = lambda rows: [{"name": g.name, **{s: getattr(g, s) for s in SECTIONS}, "total": g.total} for g in rows]
    return {
        "at": moment_text(board.at),
        "counts": board.counts(),
        "dossiers": [entry_json(e) for name in sections for e in board.section(name)],
        "todo": [e.code for e in board.todo],
        "by_field": groups(board.by_field),
        "by_handler": groups(board.by_handler),
        "apology_coverage": board.coverage.rate,
        "coverage": {
            "from": moment_text(board.coverage.since),
            "to": moment_text(board.coverage.until),
            "late": board.coverage.late,
            "with_apology": board.coverage.with_apology,
        },
    }


def late(args: argparse.Namespace) -> int:
    from core.board import desk_board, format_rate

    at = (args.at or dt.datetime.now()).replace(second=0, microsecond=0)
    sections = ("due_today", "due_soon", "late") + (("waiting",) if args.all else ())
    with reading(args) as session:
        board = desk_board(session, at)
    if args.json:
        print(json.dumps(_board_json(board, sections), ensure_ascii=False, indent=2))
        return 0
    print(f"Bảng theo dõi lúc {at:%H:%M} ngày {at:%d/%m/%Y}")
    for name in sections:
        rows = board.section(name)
        print(f"\n{_SECTION_TITLES[name]}: {len(rows)}")
        for e in rows:
            state = _APOLOGY_WORDS[e.apology_state].format(new=f"{e.new_due_at:%H:%M %d/%m/%Y}" if e.new_due_at else "")
            print(f"  {e.code}  hạn {e.due_at:%H:%M %d/%m/%Y}  {e.applicant} — {e.procedure}  [{state}]")
    print(
        f"\nCần xin lỗi ngay: {len(board.todo)}. Hồ sơ chờ công dân bổ sung: {len(board.waiting)}. "
        f"Tỷ lệ xin lỗi hồ sơ quá hạn trong tháng: {format_rate(board.coverage.rate)} "
        f"({board.coverage.with_apology}/{board.coverage.late})."
    )
    return 0


def apology(args: argparse.Namespace) -> int:
    from core.apologies import issue_apology

    with writing(args) as session:
        issued = issue_apology(
            session,
            args.dossier,
            reason=args.reason,
            fault=args.fault,
            new_due_at=args.new_due,
            signer=args.signer,
            sent_via=args.sent_via,
            is_admin=bool(args.admin_override),
            override_reason=args.admin_override,
            at=args.at,
        )
    if args.json:
        print(
            json.dumps(
                {
                    "code": issued.code,
                    "issued_at": moment_text(issued.issued_at),
                    "new_due_at": moment_text(issued.new_due_at),
                    "sent_via": issued.sent_via,
                    "sms_text": issued.sms_text,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    print(
        f"Đã ghi văn bản xin lỗi hồ sơ {issued.code}: hẹn trả kết quả lại {issued.new_due_at:%H:%M} "
        f"ngày {issued.new_due_at:%d/%m/%Y}. In: motcua print apology --dossier {issued.code} --out FILE.pdf"
    )
    return 0
