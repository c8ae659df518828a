"""``motcua rate`` and ``motcua satisfaction``: a citizen's rating of a returned dossier, and the figures.

    motcua rate --dossier H40.25.12-250303-0001 --level 3 [--comment "…"] [--by citizen|clerk]
    motcua rate --dossier H40.25.12-250303-0001 --level 2 --reason "bấm nhầm"      (corrects a rating)
    motcua satisfaction --month 2025-03 [--json] [--xlsx FILE]

A dossier not returned, a bad level or a second rating (without ``--reason``) exits 2 with one line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable

from cli.office import reading, writing

__all__ = ["add_parser", "rate", "satisfaction"]


def add_parser(
    command: Callable[..., argparse.ArgumentParser], month_arg: Callable[[str], str], date_arg: Callable[[str], object]
) -> None:
    """Add ``rate`` and ``satisfaction`` through cli.main's ``command(name, handler, help)`` helper."""
    p = command("rate", rate, "ghi đánh giá mức độ hài lòng của công dân với hồ sơ đã trả kết quả")
    p.add_argument("--dossier", required=True, metavar="MÃ_HỒ_SƠ", help="mã hồ sơ đã trả kết quả")
    p.add_argument("--level", required=True, metavar="1|2|3", help="1 không hài lòng, 2 hài lòng, 3 rất hài lòng")
    p.add_argument("--comment", default="", help="góp ý của công dân (không bắt buộc)")
    p.add_argument(
        "--by",
        dest="entered_by",
        choices=["citizen", "clerk"],
        default="clerk",
        help="ai nhập: công dân (citizen) hay cán bộ theo ý kiến công dân (clerk, mặc định)",
    )
    p.add_argument("--reason", default="", help="sửa đánh giá đã có: lý do sửa (bắt buộc khi sửa)")
    p = command("satisfaction", satisfaction, "mức độ hài lòng: theo lĩnh vực, cán bộ, hình thức nộp, tháng")
    p.add_argument("--month", type=month_arg, metavar="YYYY-MM", help="tháng (mặc định: tháng này)")
    p.add_argument("--from", dest="since", type=date_arg, metavar="NGÀY", help="từ ngày (thay cho --month)")
    p.add_argument("--to", dest="until", type=date_arg, metavar="NGÀY", help="đến ngày (thay cho --month)")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.add_argument("--xlsx", metavar="TỆP.xlsx", help="xuất các bảng ra tệp Excel")


def rate(args: argparse.Namespace) -> int:
    from core.satisfaction import ratings

    with writing(args) as session:
        if args.reason:
            rating = ratings.correct_rating(
                session,
                args.dossier,
                level=args.level,
                reason=args.reason,
                comment=args.comment or None,
            )
        else:
            rating = ratings.rate(
                session,
                args.dossier,
                level=args.level,
                comment=args.comment,
                entered_by=args.entered_by,
            )
        code, level = args.dossier.strip(), rating.level
    print(f"{code}: {ratings.LEVELS[level]}")
    return 0


def _period(args: argparse.Namespace):

    from core.errors import UserError
    from core.satisfaction.figures import month_period

    if args.since or args.until:
        if args.month or not (args.since and args.until):
            raise UserError("Dùng --month, hoặc cả --from và --to.", "Use --month, or both --from and --to.")
        return args.since, args.until
    return month_period(args.month or f"{dt.date.today():%Y-%m}")


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%".replace(".", ",")


def satisfaction(args: argparse.Namespace) -> int:
    from core.satisfaction.figures import satisfaction_figures
    from core.satisfaction.workbook import TABLES, write_xlsx

    since, until = _period(args)
    with reading(args) as session:
        figures = satisfaction_figures(session, since, until)
    if args.xlsx:
        write_xlsx(figures, args.xlsx)
    if args.json:
        print(json.dumps(figures.to_json(), ensure_ascii=False, indent=2))
        return 0
    print(
        f"Mức độ hài lòng {since:%d/%m/%Y} – {until:%d/%m/%Y}: {figures.total.counts.total} đánh giá, "
        f"tỷ lệ hài lòng {_percent(figures.total.rate)} (chỉ tiêu {_percent(figures.total.target)})"
    )
    for name, title, _heading in TABLES:
        print(f"\n{title}:")
        for row in getattr(figures, name):
            c = row.counts
            print(
                f"  {row.label}: {c.total} đánh giá ({c.dissatisfied}/{c.satisfied}/{c.very_satisfied}), "
                f"{_percent(row.rate)} / chỉ tiêu {_percent(row.target)}"
            )
    if figures.dissatisfied:
        print("\nKhông hài lòng:")
        for d in figures.dissatisfied:
            print(f"  {d.code} {d.at:%d/%m/%Y %H:%M} {d.officer}: {d.comment or '(không có góp ý)'}")
    if args.xlsx:
        print(f"\nĐã ghi {args.xlsx}")
    return 0
