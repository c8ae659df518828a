"""``motcua dossiers ACTION CODE``: a dossier's steps after intake; ``motcua slip``: a dossier not accepted.

    motcua dossiers handover CODE --to NAME [--from TEXT] [--note TEXT]
    motcua dossiers supplement CODE --reason TEXT [--item TEXT]…
    motcua dossiers resume CODE
    motcua dossiers result CODE [--note TEXT]
    motcua dossiers return CODE [--collected-by NAME]
    motcua dossiers withdraw CODE --reason TEXT
    motcua dossiers stop CODE --reason TEXT [--kind stopped|refused]
    motcua dossiers history CODE [--json]
    motcua slip supplement|refusal --procedure CODE --applicant NAME [--reason TEXT] [--item TEXT]…

Each step is the core service the window's dossier page calls (core/lifecycle.py), with its checks and
messages; each is an event naming the signed-in account and the moment.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from cli.office import print_json, reading, writing

TYPE_CHECKING = False  # typing.TYPE_CHECKING without loading typing at --help
if TYPE_CHECKING:
    from typing import Any

__all__ = ["add_actions", "add_slip_parser"]

_DONE = {
    "handover": "đã chuyển cho {to}",
    "supplement": "chờ công dân bổ sung (tạm dừng tính thời hạn)",
    "resume": "tiếp tục giải quyết, hẹn trả {due}",
    "result": "đã có kết quả",
    "return": "đã trả kết quả",
    "withdraw": "công dân đã rút hồ sơ",
    "stop": "đã dừng giải quyết",
}


def add_actions(command: Callable[..., argparse.ArgumentParser], parent) -> None:
    """Add the steps under ``dossiers`` through cli.main's ``command(name, handler, help, parent)`` helper."""

    def step(name: str, help_text: str) -> argparse.ArgumentParser:
        p = command(name, run_step, help_text, parent)
        p.set_defaults(step=name)
        p.add_argument("code", metavar="MÃ_HỒ_SƠ", help="mã hồ sơ, ví dụ H40.25.12-250303-0001")
        return p

    p = step("handover", "chuyển hồ sơ cho người hoặc cơ quan giải quyết (một dòng của phiếu kiểm soát)")
    p.add_argument("--to", required=True, metavar="TÊN", help="người hoặc cơ quan nhận hồ sơ")
    p.add_argument(
        "--from", dest="from_", default="Bộ phận Một cửa", metavar="TÊN", help="bên giao (mặc định: Bộ phận Một cửa)"
    )
    p.add_argument("--note", default="", help="ghi chú")
    p = step("supplement", "yêu cầu công dân bổ sung hồ sơ trong khi giải quyết: dừng tính thời hạn")
    p.add_argument("--reason", required=True, help="lý do yêu cầu bổ sung")
    p.add_argument(
        "--item",
        dest="items",
        action="append",
        default=[],
        metavar="GIẤY_TỜ",
        help="giấy tờ cần bổ sung (ghi nhiều lần cho nhiều giấy tờ)",
    )
    step("resume", "công dân đã bổ sung: tiếp tục tính thời hạn, dời ngày hẹn trả")
    p = step("result", "ghi nhận hồ sơ đã có kết quả")
    p.add_argument("--note", default="", help="ghi chú")
    p = step("return", "ghi nhận đã trả kết quả cho công dân")
    p.add_argument(
        "--collected-by", default="", metavar="HỌ_TÊN", help="người nhận kết quả (mặc định: người nộp hồ sơ)"
    )
    p = step("withdraw", "công dân xin rút hồ sơ")
    p.add_argument("--reason", required=True, help="lý do rút hồ sơ")
    p = step("stop", "dừng giải quyết hồ sơ (Thông báo dừng) hoặc từ chối giải quyết sau tiếp nhận")
    p.add_argument("--reason", required=True, help="lý do dừng giải quyết")
    p.add_argument(
        "--kind",
        choices=["stopped", "refused"],
        default="stopped",
        help="stopped: dừng giải quyết (mặc định); refused: từ chối giải quyết sau tiếp nhận",
    )
    p = command("history", history, "các bước của một hồ sơ: ai làm, lúc nào", parent)
    p.add_argument("code", metavar="MÃ_HỒ_SƠ", help="mã hồ sơ")
    p.add_argument("--json", action="store_true", help="in dạng JSON")


def add_slip_parser(command: Callable[..., argparse.ArgumentParser]) -> argparse.ArgumentParser:
    p = command(
        "slip",
        record_slip,
        "ghi phiếu của hồ sơ chưa được tiếp nhận (yêu cầu bổ sung hoặc từ chối); "
        "in ra số phiếu PBS-… hoặc PTC-… để in bằng motcua print … --slip",
    )
    p.add_argument(
        "kind",
        choices=["supplement", "refusal"],
        metavar="LOẠI",
        help="supplement: phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02, số PBS-…); "
        "refusal: phiếu từ chối tiếp nhận (Mẫu 03, số PTC-…)",
    )
    p.add_argument("--procedure", required=True, metavar="MÃ", help="mã thủ tục")
    p.add_argument("--applicant", required=True, metavar="HỌ_TÊN", help="họ tên người nộp")
    p.add_argument("--reason", default="", help="lý do từ chối, hoặc nội dung hướng dẫn bổ sung")
    p.add_argument(
        "--item",
        dest="items",
        action="append",
        default=[],
        metavar="GIẤY_TỜ",
        help="giấy tờ cần bổ sung (ghi nhiều lần cho nhiều giấy tờ)",
    )
    p.add_argument("--id-number", default="", help="số CCCD/định danh cá nhân (12 chữ số)")
    p.add_argument("--phone", default="", help="số điện thoại")
    p.add_argument("--address", default="", help="địa chỉ")
    p.add_argument("--email", default="", help="thư điện tử")
    return p


def run_step(args: argparse.Namespace) -> int:
    from core import lifecycle

    with writing(args) as session:
        code = args.code
        if args.step == "handover":
            lifecycle.hand_over(session, code, to=args.to, from_=args.from_, note=args.note)
        elif args.step == "supplement":
            lifecycle.request_supplement(session, code, reason=args.reason, items=args.items)
        elif args.step == "resume":
            dossier = lifecycle.resume(session, code)
            args.due = f"{dossier.due_at:%Y-%m-%d %H:%M}"
        elif args.step == "result":
            lifecycle.record_result(session, code, note=args.note)
        elif args.step == "return":
            lifecycle.record_return(session, code, collected_by=args.collected_by)
        else:
            kind = "withdrawn" if args.step == "withdraw" else args.kind
            lifecycle.stop(session, code, kind=kind, reason=args.reason)
    print(f"{code.strip()}: " + _DONE[args.step].format(**vars(args)))
    return 0


def history(args: argparse.Namespace) -> int:
    from core.lifecycle import timeline

    with reading(args) as session:
        events = timeline(session, args.code)
        rows: list[dict[str, Any]] = [
            {"at": f"{e.at:%Y-%m-%d %H:%M}", "actor": e.actor, "kind": e.kind, "detail": dict(e.detail or {})}
            for e in events
        ]
    if args.json:
        print_json({"code": args.code.strip(), "events": rows})
        return 0
    for row in rows:
        detail = "; ".join(
            f"{key}: {', '.join(map(str, value)) if isinstance(value, list) else value}"
            for key, value in row["detail"].items()
            if value not in ("", None, []) and key != "why"
        )
        print(f"{row['at']}  {row['actor']:<12} {row['kind']}" + (f"  ({detail})" if detail else ""))
    return 0


def record_slip(args: argparse.Namespace) -> int:
    from core.documents.forms_intake import slip_reference
    from core.lifecycle import record_guidance

    with writing(args) as session:
        slip = record_guidance(
            session,
            kind=args.kind,
            procedure_code=args.procedure,
            applicant_name=args.applicant,
            reason=args.reason,
            items=[{"name": item, "count": 1} for item in args.items],
            id_number=args.id_number,
            phone=args.phone,
            address=args.address,
            email=args.email,
        )
        number = slip_reference(slip)
    print(number)
    return 0
