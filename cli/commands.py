"""Handlers of the ``motcua`` commands: parse nothing, decide nothing, call ``core`` and print."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

TYPE_CHECKING = False  # typing.TYPE_CHECKING without loading typing (it costs the command line 2 ms)
if TYPE_CHECKING:  # the database layer is loaded by the commands that open a database, never by --help
    from sqlmodel import Session

    from core.storage import Database

USER_ENV, PASSWORD_ENV = "MOTCUA_USER", "MOTCUA_PASSWORD"
#: `target_database`'s key store for the office in memory that holds only the shipped data (already open).
SHIPPED = object()


def key_store(*, required: bool = False, prompt: bool = True):
    """This machine's office key store for the command line: the credential store (with the key file behind
    it), else the key file (its passphrase from ``MOTCUA_KEY_PASSPHRASE`` or asked on a terminal; an
    unsealed file if none was ever set). None, with the reason on stderr, when it cannot be opened
    (``prompt`` False: never ask, e.g. for ``due``)."""
    import os
    from getpass import getpass

    from core.errors import UserError
    from core.key_store import (
        KEY_FILE_NAME,
        PASSPHRASE_ENV,
        UnsealedKeyFile,
        choose_key_store,
        system_keyring_available,
    )
    from core.storage import default_data_dir

    folder = default_data_dir()
    passphrase = None
    sealed = (folder / KEY_FILE_NAME).exists() and not UnsealedKeyFile.holds(folder / KEY_FILE_NAME)
    if sealed and not system_keyring_available() and not os.environ.get(PASSPHRASE_ENV):
        if not prompt:
            return None
        if sys.stdin.isatty():
            passphrase = getpass("Mật khẩu tệp khoá dữ liệu: ")
    try:
        return choose_key_store(folder, passphrase, allow_unsealed=True)
    except UserError as error:
        if required:
            raise
        if prompt:
            print(f"motcua: {error}", file=sys.stderr)
        return None


def signed_in(args: argparse.Namespace, database: Database):
    """The account the command acts for: ``--user`` or ``MOTCUA_USER``, its password from ``MOTCUA_PASSWORD``
    or asked on a terminal. There is no account-less default: refused with one line."""
    import os
    from getpass import getpass

    from core.access import system_caller
    from core.accounts import has_accounts, sign_in
    from core.errors import UserError

    user = getattr(args, "user", None) or os.environ.get(USER_ENV)
    if not user:
        with database.as_caller(system_caller()).session() as session:
            any_account = has_accounts(session)
        if not any_account:
            raise UserError(
                "Cơ sở dữ liệu này chưa có tài khoản nào: hãy khai báo cơ quan và tài khoản quản trị đầu "
                'tiên (motcua init --unit-code MÃ --office-name "TÊN").',
                "This database has no account yet: run motcua init first.",
            )
        raise UserError(
            f"Lệnh này cần đăng nhập: thêm --user TÊN (hoặc biến {USER_ENV}); mật khẩu trong biến "
            f"{PASSWORD_ENV} hoặc nhập khi được hỏi.",
            f"This command needs an account: --user NAME (or {USER_ENV}), password in {PASSWORD_ENV}.",
        )
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not sys.stdin.isatty():
            raise UserError(
                f"Cần mật khẩu của tài khoản {user}: đặt biến môi trường {PASSWORD_ENV}.",
                f"The password of {user} is needed ({PASSWORD_ENV}).",
            )
        password = getpass(f"Mật khẩu của {user}: ")
    return sign_in(database, user, password)


def target_database(
    args: argparse.Namespace, *, writes: bool = False, shipped: bool = False
) -> tuple[Database, object]:
    """The database the command works on and the key store that opens it (None: this desk's store;
    `SHIPPED`: the shipped data in memory, already open and acting as the program).

    ``--demo``: the demo office (created on first use) with its own key. Otherwise ``--db`` (or the default):
    a command that writes creates it when needed; one that only reads refuses a database that does not
    exist and creates nothing, except ``shipped`` commands (``due``, ``calendar show``), which then read
    the shipped calendar from an office in memory."""
    from core.errors import UserError
    from core.storage import missing_database, open_database, require_database

    if getattr(args, "demo", False):
        if getattr(args, "db", None):
            raise UserError(
                "--demo và --db không dùng cùng nhau: --demo đã chọn cơ quan mẫu.",
                "--demo and --db cannot be used together: --demo chooses the demo office.",
            )
        from core.demo import demo_key_store, open_demo_database

        return open_demo_database(), demo_key_store()
    target = getattr(args, "db", None)
    if not writes:
        if shipped and missing_database(target) is not None:
            from core.bootstrap import open_shipped_office

            return open_shipped_office(), SHIPPED
        require_database(target)
    return open_database(target), None


def _shipped_only(args: argparse.Namespace) -> bool:
    """A ``shipped`` command (``due``, ``calendar show``) on a database file that does not exist: it reads the
    shipped calendar (core/shipped_calendar.py), the very tables a new database starts with, without opening one.
    A URL or ``--demo`` goes the way of `target_database`."""
    from core.places import database_file

    if getattr(args, "demo", False):
        return False
    path = database_file(getattr(args, "db", None))
    return path is not None and not path.exists()


def open_office(
    args: argparse.Namespace,
    *,
    public: bool = False,
    setup: bool = False,
    writes: bool = False,
    keys=None,
    shipped: bool = False,
) -> Database:
    """The database of the command: opened, its office key opened on this desk, prepared, acting for its caller.

    ``public``: a command that reads nothing personal and writes nothing (``due``, ``calendar show``,
    ``procedures list``) needs no account. ``setup``: a command that sets a new office up (``init``,
    ``demo``, the first ``users add``) needs none while the database has no account at all. ``writes``: on a
    desk without the office key the command is refused at once with the one line saying how to bring it
    (a reading command goes on, saying the data is locked)."""
    from core.access import system_caller
    from core.accounts import has_accounts
    from core.bootstrap import prepare_database, warn_about
    from core.data_key import open_office_data
    from core.errors import UserError

    database, own_keys = target_database(args, writes=writes, shipped=shipped)
    try:
        if own_keys is SHIPPED:  # the shipped calendar in memory, open and prepared: nothing to bring
            return database
        store = (
            keys
            if keys is not None
            else own_keys
            if own_keys is not None
            else key_store(prompt=not public, required=writes)
        )
        protection = open_office_data(database, store)
        if not protection.unlocked and writes:
            raise UserError(protection.message, protection.message)
        if not protection.unlocked and not public:
            print(f"motcua: {protection.message}", file=sys.stderr)
        prepare_database(database)
        if not public:
            for line in warn_about(database):
                print(f"motcua: {line}", file=sys.stderr)
        if public:
            caller = system_caller()  # only the calendar and the catalog are read
        else:
            with database.as_caller(system_caller()).session() as session:
                first = setup and not has_accounts(session)
            caller = system_caller() if first else signed_in(args, database)
        database = database.as_caller(caller)
    except BaseException:
        database.close()
        raise
    return database


@contextmanager
def _database(args: argparse.Namespace, **how) -> Iterator[Database]:
    database = open_office(args, **how)
    try:
        yield database
    finally:
        database.close()


@contextmanager
def _write(args: argparse.Namespace, **how) -> Iterator[Session]:
    """One transaction for the whole command: all of it lands, or none."""
    with _database(args, writes=True, **how) as database, database.transaction() as session:
        yield session


@contextmanager
def _read(args: argparse.Namespace, **how) -> Iterator[Session]:
    with _database(args, **how) as database, database.session() as session:
        yield session


def _json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _moment(value: dt.datetime | None) -> str | None:
    return f"{value:%Y-%m-%d %H:%M}" if value else None


# -- launch -------------------------------------------------------------------------------------
def gui(args: argparse.Namespace) -> int:
    from desktop.app import run  # Qt is imported only when a window is wanted

    return run(db=getattr(args, "db", None), demo=getattr(args, "demo", False), language=getattr(args, "lang", None))


def demo(args: argparse.Namespace) -> int:
    from core.demo import DEMO_ACCOUNTS, DEMO_PASSWORD, fill_demo_office

    with _write(args, setup=True) as session:
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

    with _database(args, setup=True, writes=True) as database:
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
    if _shipped_only(args):  # no database yet: the shipped tables, without the database layer
        from core.shipped_calendar import shipped_calendar, shipped_year

        calendar = shipped_calendar()
        status, entries = shipped_year(args.year)
    else:
        from core.office_calendar import load_calendar, year_days, year_status

        with _read(args, public=True, shipped=True) as session:
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
        _json(
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

    with _write(args) as session:
        set_day(session, args.date, args.kind, args.reason)
    print(f"Đã cập nhật ngày {args.date:%d/%m/%Y}.")
    return 0


def calendar_import(args: argparse.Namespace) -> int:
    from core.office_calendar import import_days

    with _write(args) as session:
        count = import_days(session, Path(args.file))
    print(f"Đã nhập {count} ngày.")
    return 0


def calendar_hours(args: argparse.Namespace) -> int:
    from core.office_calendar import set_hours

    with _write(args) as session:
        set_hours(session, args.periods, valid_from=args.valid_from)
    since = f" từ ngày {args.valid_from:%d/%m/%Y}" if args.valid_from else ""
    print(f"Đã đặt giờ làm việc {args.periods}{since}.")
    return 0


def calendar_confirm(args: argparse.Namespace) -> int:
    from core.office_calendar import confirm_year

    with _write(args) as session:
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

    if not args.procedure and _shipped_only(args):  # no database yet: the shipped calendar, without the database layer
        from core.shipped_calendar import shipped_calendar, shipped_setting

        calendar = shipped_calendar()
        duration = duration_of(shipped_setting("same_day_cutoff") or "15:00")
    else:
        from core.office_calendar import load_calendar
        from core.office_settings import office_settings
        from core.procedures import get_procedure, procedure_duration

        with _read(args, public=True, shipped=True) as session:
            calendar = load_calendar(session)
            default_cutoff = office_settings(session).same_day_cutoff
            if args.procedure:
                duration = procedure_duration(get_procedure(session, args.procedure), default_cutoff=default_cutoff)
            else:
                duration = duration_of(default_cutoff)
    result = calendar.due(args.received, duration)
    if args.json:
        _json(
            {
                "received": _moment(result.received),
                "start": _moment(result.start),
                "due": _moment(result.due),
                "skipped": [{"date": s.date.isoformat(), "reason": s.reason} for s in result.skipped],
                "explanation": result.explain(),
            }
        )
    else:  # why (the due-date explanation, one line per reason), then the moment alone on the last line
        for line in result.explain():
            print(line)
        print(_moment(result.due))
    return 0


# -- catalog ------------------------------------------------------------------------------------
def procedures_list(args: argparse.Namespace) -> int:
    from core.procedures import list_procedures, search_procedures

    with _read(args, public=True) as session:
        procedures = search_procedures(session, args.search, limit=10_000) if args.search else list_procedures(session)
    if args.json:
        _json(
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

    with _write(args) as session:
        count = import_catalog(session, Path(args.file))
    print(f"Đã nhập {count} thủ tục.")
    return 0


def procedures_export(args: argparse.Namespace) -> int:
    from core.procedures import export_catalog

    with _read(args) as session:
        count = export_catalog(session, Path(args.file))
    print(f"Đã xuất {count} thủ tục ra {args.file}.")
    return 0


# -- dossiers -----------------------------------------------------------------------------------
def dossiers_import(args: argparse.Namespace) -> int:
    from core.register import import_register

    with _write(args) as session:
        count = import_register(session, Path(args.file))
    print(f"Đã nhập {count} hồ sơ.")
    return 0


def dossiers_export(args: argparse.Namespace) -> int:
    from core.register import export_register

    with _read(args) as session:
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
    with _write(args) as session:
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
        _json(
            {
                "code": dossier.code,
                "received": _moment(dossier.received_at),
                "due": _moment(dossier.due_at),
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

    with _database(args) as database:
        result = check_database(database, repair=True)
    for line in result.repaired:
        print(line)
    if result.problems:
        for problem in result.problems:
            print(problem, file=sys.stderr)
        return 2
    print("Cơ sở dữ liệu tốt (integrity_check: ok)." if database.is_sqlite else "Cơ sở dữ liệu tốt.")
    return 0
