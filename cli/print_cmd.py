"""``motcua print``: the legal forms of a dossier, a slip or the register, as A4 PDF (docs/cli.md "Documents")."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from cli.office import reading
from core.errors import UserError

__all__ = ["KIND_CHOICES", "add_parser", "print_document"]

KIND_CHOICES = ("receipt", "supplement", "refusal", "apology", "stop", "control-sheet", "evaluation", "register")

_EPILOG = """\
loại biểu mẫu (theo bộ biểu mẫu của hồ sơ: TT 01/2018 hoặc TT 03/2025):
  receipt        Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)       --dossier MÃ_HỒ_SƠ
  supplement     Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)        --slip PBS-<năm>-<số>
  refusal        Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03)       --slip PTC-<năm>-<số>
  apology        Phiếu/Văn bản xin lỗi (Mẫu 04), bản xin lỗi mới nhất    --dossier MÃ_HỒ_SƠ
  stop           Thông báo dừng giải quyết hồ sơ (hồ sơ đã dừng/rút)      --dossier MÃ_HỒ_SƠ
  control-sheet  Phiếu kiểm soát quá trình giải quyết hồ sơ              --dossier MÃ_HỒ_SƠ
  evaluation     Phiếu đánh giá giải quyết TTHC (9 chỉ số)               --dossier MÃ_HỒ_SƠ
  register       Sổ theo dõi hồ sơ, khổ A4 ngang                          --from NGÀY --to NGÀY

Phiếu bổ sung và phiếu từ chối không có mã hồ sơ (hồ sơ chưa được tiếp nhận): chúng mang số phiếu
in ở dòng "Số:", ví dụ PBS-2025-0012; --dossier cũng nhận số phiếu này.

ví dụ:
  motcua print receipt --dossier H40.25.12-250106-0001 --out giay-tiep-nhan.pdf
  motcua print supplement --slip PBS-2025-0012 --out phieu-bo-sung.pdf
  motcua print register --from 2025-10-01 --to 2025-10-31 --out so-theo-doi.pdf
"""


def add_parser(
    command: Callable[..., argparse.ArgumentParser], date_arg: Callable[[str], object]
) -> argparse.ArgumentParser:
    """Add ``print`` through cli.main's ``command(name, handler, help)`` helper."""
    p = command("print", print_document, "in biểu mẫu ra tệp PDF (A4): giấy tiếp nhận, phiếu, sổ theo dõi…")
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.epilog = _EPILOG
    p.add_argument("kind", choices=KIND_CHOICES, metavar="LOẠI", help="loại biểu mẫu: " + ", ".join(KIND_CHOICES))
    p.add_argument("--dossier", metavar="MÃ_HỒ_SƠ", help="mã hồ sơ (với supplement/refusal: số phiếu)")
    p.add_argument("--slip", metavar="SỐ_PHIẾU", help="số phiếu bổ sung (PBS-<năm>-<số>) hoặc từ chối (PTC-<năm>-<số>)")
    p.add_argument(
        "--from", dest="since", type=date_arg, metavar="NGÀY", help="sổ theo dõi: từ ngày tiếp nhận (YYYY-MM-DD)"
    )
    p.add_argument(
        "--to", dest="until", type=date_arg, metavar="NGÀY", help="sổ theo dõi: đến ngày tiếp nhận (YYYY-MM-DD)"
    )
    p.add_argument("--out", required=True, metavar="TỆP.pdf", help="tệp PDF sẽ ghi")
    return p


def _reference(args: argparse.Namespace) -> str:
    """The dossier code or slip number the kind needs; a clear error when it is missing or mixed up."""
    from core.documents import SLIP_KINDS

    if args.kind in SLIP_KINDS:
        if args.slip and args.dossier:
            raise UserError("Chỉ ghi một trong --slip hoặc --dossier.", "Give only one of --slip or --dossier.")
        reference = args.slip or args.dossier
        if not reference:
            prefix = "PBS" if args.kind == "supplement" else "PTC"
            raise UserError(f"Cần số phiếu: --slip {prefix}-<năm>-<số>.", f"A slip number is needed: --slip {prefix}-…")
        return reference
    if args.slip:
        raise UserError(
            f"Biểu mẫu {args.kind} in theo mã hồ sơ (--dossier), không theo số phiếu.",
            f"The {args.kind} form is printed by dossier code (--dossier), not by slip.",
        )
    if not args.dossier:
        raise UserError("Cần mã hồ sơ: --dossier MÃ_HỒ_SƠ.", "A dossier code is needed: --dossier CODE.")
    return args.dossier


def print_document(args: argparse.Namespace) -> int:
    """Build the form first (every check), then write the PDF: nothing is written when a check fails."""
    from core import documents

    register = args.kind == "register"
    if register and not (args.since and args.until):
        raise UserError("Sổ theo dõi cần --from NGÀY và --to NGÀY.", "The register needs --from and --to.")
    reference = "" if register else _reference(args)
    with reading(args) as session:
        document = (
            documents.build_register(session, args.since, args.until)
            if register
            else documents.build_form(session, args.kind, reference)
        )
        path = documents.render_pdf(document, Path(args.out))
    print(path)
    return 0
