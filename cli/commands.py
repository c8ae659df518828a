"""Handlers of the ``motcua`` commands: parse nothing, decide nothing, call ``core`` and print."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from cli.office import moment_text, office_database, print_json, reading, shipped_only, writing


# -- launch -------------------------------------------------------------------------------------
def gui(args: argparse.Namespace) -> int:
    from desktop.app import run  # Qt is imported only when a window is wanted

    return run(db=getattr(args, "db", None), demo=getattr(args, "demo", False), language=getattr(args, "lang", None))


def demo(args: argparse.Namespace) -> int:
    from core.demo import DEMO_ACCOUNTS, DEMO_PASSWORD, fill_demo_office

    with writing(args, setup=True) as session:
        office = fill_demo_office(session, dossiers=args.dossiers, seed=args.seed, until=args.until)
    print(
        f"Đã tạo cơ quan mẫu: {office.dossiers} hồ sơ từ {office.first_day:%d/%m/%Y} "
        f"đến {office.last_day:%d/%m/%Y}. Tài khoản: {', '.join(a[0] for a in DEMO_ACCOUNTS)}, "
        f"mật khẩu {DEMO_PASSWORD}."
    )
    return 0


def init(args: argparse.Namespace) -> int:
    """A new office with its first admin; on a set-up office, the admin edits its name and place."""
    from core.first_run import FirstRun, set_up_office
    from core.office import init_office

    with office_database(args, setup=True, writes=True) as database:
        if database.caller is not None and database.caller.kind == "system":
            from cli.security_cmd import NEW_PASSWORD_ENV, new_password

            password = new_password(f"Mật khẩu cho tài khoản quản trị {args.admin}: ", NEW_PASSWORD_ENV)
            set_up_office(
                database,
                FirstRun(
                    unit_code=args.unit_code,
                    office_name=args.office_name,
                    place=args.place,
                    parent_name=args.parent_name,
                    admin_username=args.admin,
                    admin_full_name=args.admin_name,
                    admin_password=password,
                ),
            )
            print(
                f"Đã khai báo cơ quan {args.office_name} (mã {args.unit_code}) và tài khoản quản trị {args.admin}. "
                "Hãy in ngay phiếu khôi phục khoá và cất vào tủ của cơ quan: "
                f"motcua key sheet --out phieu-khoi-phuc-khoa.pdf --user {args.admin}"
            )
            return 0
        with database.transaction() as session:
            office = init_office(
                session, unit_code=args.unit_code, name=args.office_name, place=args.place, parent_name=args.parent_name
            )
            print(f"Đã khai báo cơ quan {office.name} (mã {office.unit_code}).")
    return 0


# -- calendar -----------------------------------------------------------------------------------
def calendar_show(args: argparse.Namespace) -> int:
    if not 1900 < args.year < 2200:
        from core.errors import UserError

        raise UserError(f"Năm {args.year} nằm ngoài khoảng 1901–2199.", f"Year {args.year} is out of range.")
    if shipped_only(args):  # no database yet: the shipped tables, without the database layer
        from core.shipped_calendar import shipped_calendar, shipped_year

        calendar = shipped_calendar()
        status, entries = shipped_year(args.year)
    else:
        from core.office_calendar import load_calendar, year_days, year_status

        with reading(args, public=True, shipped=True) as session:
            calendar = load_calendar(session)
            entries = year_days(session, args.year)
            status = year_status(session, args.year)
    days_off = [e for e in entries if e.kind == "off" and e.day.weekday() in calendar.week]
    extra = [e for e in entries if e.kind == "working" and e.day.weekday() not in calendar.week]
    item = lambda e: {
        "date": e.day.isoformat(),
        "reason": e.reason,
        "source": e.source,
        "confirmed": e.confirmed,
    }
    if args.json:
        print_json(
            {
                "year": args.year,
                "status": status,
                "days_off": [item(e) for e in days_off],
                "extra_working_days": [item(e) for e in extra],
            }
        )
        return 0
    labels = {
        "shipped": "bảng đã kiểm chứng",
        "confirmed": "đã xác nhận",
        "office": "cơ quan đã sửa",
        "suggested": "dự kiến, CHƯA XÁC NHẬN",
    }
    print(f"Lịch năm {args.year} ({labels.get(status, status)})")
    print("Ngày nghỉ (trong tuần làm việc):")
    for e in days_off:
        print(f"  {e.day:%d/%m/%Y}  {e.reason}" + ("" if e.confirmed else "  [chưa xác nhận]"))
    print("Ngày làm việc bù:")
    for e in extra:
        print(f"  {e.day:%d/%m/%Y}  {e.reason}" + ("" if e.confirmed else "  [chưa xác nhận]"))
    return 0


def calendar_set(args: argparse.Namespace) -> int:
    from core.office_calendar import set_day

    with writing(args) as session:
        set_day(session, args.date, args.kind, args.reason)
    print(f"Đã cập nhật ngày {args.date:%d/%m/%Y}.")
    return 0


def calendar_import(args: argparse.Namespace) -> int:
    from core.office_calendar import import_days

    with writing(args) as session:
        count = import_days(session, Path(args.file))
    print(f"Đã nhập {count} ngày.")
    return 0


def calendar_hours(args: argparse.Namespace) -> int:
    from core.office_calendar import set_hours

    with writing(args) as session:
        set_hours(session, args.periods, valid_from=args.valid_from)
    since = f" từ ngày {args.valid_from:%d/%m/%Y}" if args.valid_from else ""
    print(f"Đã đặt giờ làm việc {args.periods}{since}.")
    return 0


def calendar_confirm(args: argparse.Namespace) -> int:
    from core.office_calendar import confirm_year

    with writing(args) as session:
        confirm_year(session, args.year)
    print(f"Đã xác nhận lịch nghỉ năm {args.year}.")
    return 0


# -- due dates ----------------------------------------------------------------------------------
def due(args: argparse.Namespace) -> int:
    from core.work_calendar import Duration

    def duration_of(default_cutoff: str) -> Duration:
        if args.days is not None:
            return Duration("day", args.days)
        if args.hours is not None:
            return Duration("hour", args.hours)
        return Duration("same_day", 0, args.cutoff or dt.time.fromisoformat(default_cutoff))

    if not args.procedure and shipped_only(args):  # no database yet: the shipped calendar, without the database layer
        from core.shipped_calendar import shipped_calendar, shipped_setting

        calendar = shipped_calendar()
        duration = duration_of(shipped_setting("same_day_cutoff") or "15:00")
    else:
        from core.office_calendar import load_calendar
        from core.office_settings import office_settings
        from core.procedures import get_procedure, procedure_duration

        with reading(args, public=True, shipped=True) as session:
            calendar = load_calendar(session)
            default_cutoff = office_settings(session).same_day_cutoff
            if args.procedure:
                duration = procedure_duration(get_procedure(session, args.procedure), default_cutoff=default_cutoff)
            else:
                duration = duration_of(default_cutoff)
    result = calendar.due(args.received, duration)
    if args.json:
        print_json(
            {
                "received": moment_text(result.received),
                "start": moment_text(result.start),
                "due": moment_text(result.due),
                "skipped": [{"date": s.date.isoformat(), "reason": s.reason} for s in result.skipped],
                "explanation": result.explain(),
            }
        )
    else:  # why (the due-date explanation, one line per reason), then the moment alone on the last line
        for line in result.explain():
            print(line)
        print(moment_text(result.due))
    return 0


# -- catalog ------------------------------------------------------------------------------------
def procedures_list(args: argparse.Namespace) -> int:
    from core.procedures import list_procedures, search_procedures

    with reading(args, public=True) as session:
        procedures = search_procedures(session, args.search, limit=10_000) if args.search else list_procedures(session)
    if args.json:
        print_json(
            [
                {
                    "code": p.code,
                    "national_code": p.national_code,
                    "name": p.name,
                    "field": p.field,
                    "duration_unit": p.duration_unit,
                    "duration": p.duration,
                    "cutoff": p.cutoff,
                    "fee": p.fee,
                    "components": p.components,
                    "sources": p.sources,
                }
                for p in procedures
            ]
        )
        return 0
    units = {"day": "ngày làm việc", "hour": "giờ làm việc", "same_day": "trong ngày"}
    for p in procedures:
        limit = units[p.duration_unit] if p.duration_unit == "same_day" else f"{p.duration} {units[p.duration_unit]}"
        print(f"{p.code:<8} {p.field:<24} {p.name} ({limit})")
    return 0


def procedures_import(args: argparse.Namespace) -> int:
    from core.procedures import import_catalog

    with writing(args) as session:
        count = import_catalog(session, Path(args.file))
    print(f"Đã nhập {count} thủ tục.")
    return 0


def procedures_export(args: argparse.Namespace) -> int:
    from core.procedures import export_catalog

    with reading(args) as session:
        count = export_catalog(session, Path(args.file))
    print(f"Đã xuất {count} thủ tục ra {args.file}.")
    return 0


# -- dossiers -----------------------------------------------------------------------------------
def dossiers_import(args: argparse.Namespace) -> int:
    from core.register import import_register

    with writing(args) as session:
        count = import_register(session, Path(args.file))
    print(f"Đã nhập {count} hồ sơ.")
    return 0


def dossiers_export(args: argparse.Namespace) -> int:
    from core.register import export_register

    with reading(args) as session:
        count = export_register(session, Path(args.file), since=args.since, until=args.until)
    print(f"Đã xuất {count} hồ sơ ra {args.file}.")
    return 0


def intake(args: argparse.Namespace) -> int:
    from core.dossiers import DossierDraft, accept

    name, id_number, address = args.applicant, args.id_number, args.address
    if args.card_qr:
        from core.card_qr import applicant_from_card, read_card

        name, id_number, address = applicant_from_card(
            read_card(args.card_qr), name=name, id_number=id_number, address=address
        )
    with writing(args) as session:
        draft = DossierDraft(
            procedure_code=args.procedure,
            applicant_name=name,
            id_number=id_number,
            phone=args.phone,
            address=address,
            email=args.email,
            channel=args.channel,
            received_at=args.received,
            paid_online=args.paid_online,
        )
        dossier, due_result = accept(session, draft)
    if args.json:
        print_json(
            {
                "code": dossier.code,
                "received": moment_text(dossier.received_at),
                "due": moment_text(dossier.due_at),
                "explanation": due_result.explain(),
            }
        )
    else:
        print(dossier.code)
    return 0


def check(args: argparse.Namespace) -> int:
    """Integrity, schema, bookkeeping (trail head, counters, search index): names each problem, repairs what
    can be rebuilt (the search index), exit 2 while anything is wrong."""
    from core.bootstrap import check_database

    with office_database(args) as database:
        result = check_database(database, repair=True)
    for line in result.repaired:
        print(line)
    if result.problems:
        for problem in result.problems:
            print(problem, file=sys.stderr)
        return 2
    print("Cơ sở dữ liệu tốt (integrity_check: ok)." if database.is_sqlite else "Cơ sở dữ liệu tốt.")
    return 0
