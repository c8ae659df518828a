"""A realistic sample office, deterministic for a seed: a year of intakes at a commune's rhythm.

Monday peaks, a dip around Tết, most dossiers in Hộ tịch and Chứng thực, online share growing over
the year, a few supplements (pauses), stops, late cases with apologies, returns and ratings.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, insert
from sqlmodel import Session, select

from core.board import warning_from
from core.bootstrap import prepare_database
from core.dossiers import derive_status, profile_for
from core.errors import UserError
from core.identity import province_codes
from core.models import Apology, DailyCounter, Dossier, DossierEvent, DossierPause, Procedure, Rating, User
from core.office import get_office, init_office, set_setting
from core.office_calendar import load_calendar
from core.procedures import list_procedures, procedure_duration
from core.security.access import Permission, requires, system_caller
from core.security.audit import touched_dossiers
from core.security.protect import add_hashes
from core.storage import Database, default_data_dir, open_database
from core.text import fold
from core.work_calendar import Pause, WorkCalendar

__all__ = ["DemoOffice", "fill_demo_office", "open_demo_database"]

DEMO_UNIT = "H40.25.12"
_SURNAMES = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Đinh",
    "Cao",
    "Thái",
]
_SURNAME_WEIGHTS = [38, 11, 9, 7, 5, 5, 4, 4, 3, 3, 3, 3, 2, 2, 1, 1, 1, 1]
_MIDDLE = {
    "m": ["Văn", "Đức", "Hữu", "Minh", "Quang", "Công", "Đình", "Xuân"],
    "f": ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Hồng", "Thanh", "Kim"],
}
_GIVEN = {
    "m": [
        "An",
        "Bình",
        "Cường",
        "Dũng",
        "Đức",
        "Hải",
        "Hùng",
        "Khánh",
        "Long",
        "Nam",
        "Phúc",
        "Quân",
        "Sơn",
        "Thắng",
        "Tuấn",
        "Việt",
        "Vinh",
        "Hiếu",
        "Toàn",
        "Lâm",
    ],
    "f": [
        "Anh",
        "Ánh",
        "Chi",
        "Dung",
        "Giang",
        "Hà",
        "Hạnh",
        "Hoa",
        "Hường",
        "Lan",
        "Linh",
        "Mai",
        "Nga",
        "Ngọc",
        "Nhung",
        "Oanh",
        "Phương",
        "Quỳnh",
        "Thảo",
        "Thủy",
        "Trang",
        "Yến",
    ],
}
_HAMLETS = ["Xóm 1", "Xóm 2", "Xóm 3", "Xóm 4", "Xóm 5", "Xóm Đông", "Xóm Tây", "Xóm Trung", "Xóm Bắc Sơn"]
_OFFICERS = {
    "Hộ tịch": "Công chức Tư pháp – Hộ tịch",
    "Chứng thực": "Công chức Tư pháp – Hộ tịch",
    "Đất đai": "Công chức Địa chính – Xây dựng",
    "Bảo trợ xã hội": "Công chức Văn hóa – Xã hội",
    "Người có công": "Công chức Văn hóa – Xã hội",
    "Hộ kinh doanh": "Công chức Tài chính – Kế toán",
}
_FIELD_WEIGHTS = {
    "Hộ tịch": 40,
    "Chứng thực": 35,
    "Bảo trợ xã hội": 6,
    "Đất đai": 5,
    "Người có công": 3,
    "Thi đua – khen thưởng": 2,
    "Hộ kinh doanh": 3,
}


@dataclass(frozen=True)
class DemoOffice:
    dossiers: int
    first_day: dt.date
    last_day: dt.date


def open_demo_database() -> Database:
    """The demo office in the user's data folder (``demo.db``), created and filled on first use.

    Its citizens are invented, so its key is a file of its own beside it (``demo-khoa.mckey``), never
    the office's key; its accounts are listed in `DEMO_ACCOUNTS`."""
    from core.security.data_key import open_office_data

    database = open_database(default_data_dir() / "demo.db", caller=system_caller())
    open_office_data(database, demo_key_store())
    prepare_database(database)
    with database.session() as session:
        empty = session.exec(select(func.count()).select_from(Dossier)).one() == 0
    if empty:
        with database.transaction() as session:
            fill_demo_office(session)
    return database


def demo_key_store():
    """The demo office's own key file (its citizens are invented), beside ``demo.db``."""
    from core.security.key_store import UnsealedKeyFile

    return UnsealedKeyFile(default_data_dir() / DEMO_KEY_FILE)


DEMO_KEY_FILE = "demo-khoa.mckey"
#: The demo office's accounts: (login, full name, title, roles); all share `DEMO_PASSWORD`.
DEMO_ACCOUNTS = (
    ("quantri", "Lê Văn Quản", "Công chức Văn phòng - Thống kê", ("admin",)),
    ("motcua", "Trần Thị Mai", "Công chức Bộ phận Một cửa", ("clerk",)),
    ("xuly", "Phạm Văn Xử", "Công chức Tư pháp - Hộ tịch", ("officer",)),
    ("chutich", "Nguyễn Văn Hùng", "Chủ tịch UBND xã", ("leader",)),
)
DEMO_PASSWORD = "motcua-demo"
#: The demo's apologies, each reason with whose fault it is (docs/rules.md §4): the office's own delays are
#: "own" (chủ quan), waiting on another agency is "external" (khách quan).
DEMO_APOLOGY_REASONS = (
    ("external", "Hồ sơ cần xác minh thêm với cơ quan khác, cơ quan đó chưa có văn bản trả lời"),
    ("own", "Công chức thụ lý hồ sơ nghỉ đột xuất, chưa bàn giao kịp cho người thay thế"),
    ("own", "Hồ sơ chuyển giữa các bộ phận trong cơ quan bị chậm"),
    ("external", "Chờ kết quả trích lục từ cơ quan khác (Văn phòng đăng ký đất đai)"),
)
#: The demo clerk who receives the dossiers (an account of `DEMO_ACCOUNTS`: its name prints on receipts).
DEMO_CLERK = "motcua"


def _demo_accounts(session: Session) -> None:
    from core.security.accounts import create_first_admin, create_user, has_accounts

    if has_accounts(session):
        return
    (login, name, title, roles), *others = DEMO_ACCOUNTS
    create_first_admin(session, username=login, full_name=name, title=title, password=DEMO_PASSWORD, roles=roles)
    for login, name, title, roles in others:
        create_user(session, username=login, full_name=name, title=title, password=DEMO_PASSWORD, roles=roles)

    for user in session.exec(select(User)):
        user.must_change_password = False
        session.add(user)


@requires(Permission.SETTINGS, Permission.IMPORT)
def fill_demo_office(
    session: Session, *, dossiers: int = 3000, seed: int = 2025, until: dt.date | None = None
) -> DemoOffice:
    """Fill an empty office database with about ``dossiers`` dossiers over the year before ``until``."""
    if dossiers < 1:
        raise UserError("Số hồ sơ mẫu phải lớn hơn 0.", "The number of demo dossiers must be positive.")
    if session.exec(select(func.count()).select_from(Dossier)).one():
        raise UserError(
            "Cơ sở dữ liệu đã có hồ sơ: chỉ tạo cơ quan mẫu trên cơ sở dữ liệu trống.",
            "The database already holds dossiers: the demo office needs an empty one.",
        )
    until = until or dt.date.today()
    office = get_office(session) or init_office(
        session, unit_code=DEMO_UNIT, name="UBND xã Hoa Thành", place="Hoa Thành", parent_name="UBND TỈNH NGHỆ AN"
    )
    set_setting(
        session,
        "signers",
        {
            "receiver_title": "NGƯỜI TIẾP NHẬN HỒ SƠ",
            "chairman_title": "CHỦ TỊCH",
            "chairman_prefix": "TM. ỦY BAN NHÂN DÂN",
            "chairman_name": "Nguyễn Văn Hùng",
        },
    )
    _demo_accounts(session)
    builder = _Builder(session, load_calendar(session), random.Random(seed), office.unit_code, until)
    first_day = until - dt.timedelta(days=365)
    builder.run(first_day, dossiers)
    return DemoOffice(dossiers=builder.count, first_day=first_day, last_day=until)


class _Builder:
    def __init__(self, session: Session, calendar: WorkCalendar, rng: random.Random, unit: str, until: dt.date) -> None:
        self.session, self.calendar, self.rng, self.unit, self.until = session, calendar, rng, unit, until
        procedures = list_procedures(session)
        self.by_field = {f: [p for p in procedures if p.field == f] for f in _FIELD_WEIGHTS}
        self.by_field = {f: ps for f, ps in self.by_field.items() if ps}
        self.now = dt.datetime.combine(until, dt.time(16, 30))
        self.count = 0
        self.rows: list[dict] = []
        self.extras: list[tuple[str, str, dict]] = []  # (code, table, values)
        self.counters: dict[dt.date, int] = {}

    def run(self, first_day: dt.date, target: int) -> None:
        days = [first_day + dt.timedelta(days=i) for i in range((self.until - first_day).days + 1)]
        working = [d for d in days if self.calendar.is_working_day(d)]
        weights = [self._day_weight(d) for d in working]
        per_weight = target / max(sum(weights), 1)
        for day, weight in zip(working, weights):
            for _ in range(self._poisson(weight * per_weight)):
                self._dossier(day, (day - first_day).days / 365)
        self._write()

    def _day_weight(self, day: dt.date) -> float:
        weight = {0: 1.45, 1: 1.1, 2: 1.0, 3: 0.95, 4: 0.8}.get(day.weekday(), 0.6)
        for offset in range(1, 8):  # quiet days just before and after the Tết break
            for neighbour in (day - dt.timedelta(days=offset), day + dt.timedelta(days=offset)):
                rule = self.calendar.rule(neighbour)
                if rule is not None and "Tết Nguyên đán" in rule.reason:
                    return weight * 0.45
        return weight

    def _poisson(self, mean: float) -> int:
        count, limit, product = 0, pow(2.718281828, -mean), self.rng.random()
        while product > limit:
            count += 1
            product *= self.rng.random()
        return count

    def _person(self) -> tuple[str, str, str, str]:
        sex = self.rng.choice("mf")
        name = " ".join(
            [
                self.rng.choices(_SURNAMES, _SURNAME_WEIGHTS)[0],
                self.rng.choice(_MIDDLE[sex]),
                self.rng.choice(_GIVEN[sex]),
            ]
        )
        year = self.rng.randint(1950, 2006)
        century = (0 if year < 2000 else 2) + (0 if sex == "m" else 1)
        province = "040" if self.rng.random() < 0.9 else self.rng.choice(sorted(province_codes()))
        id_number = f"{province}{century}{year % 100:02d}{self.rng.randint(0, 999999):06d}"
        phone = "0" + self.rng.choice(["912", "983", "868", "352", "705", "945"]) + f"{self.rng.randint(0, 999999):06d}"
        address = f"{self.rng.choice(_HAMLETS)}, xã Hoa Thành, tỉnh Nghệ An"
        return name, id_number, phone, address

    def _dossier(self, day: dt.date, progress: float) -> None:
        rng = self.rng
        field = rng.choices(list(self.by_field), [_FIELD_WEIGHTS[f] for f in self.by_field])[0]
        procedure: Procedure = rng.choice(self.by_field[field])
        periods = self.calendar.periods(day)
        period = rng.choices(periods, [3, 2][: len(periods)])[0] if len(periods) > 1 else periods[0]
        start_minute = period.start.hour * 60 + period.start.minute
        received = dt.datetime.combine(day, dt.time()) + dt.timedelta(
            minutes=rng.randint(start_minute, start_minute + period.minutes - 5)
        )
        if received > self.now:
            return
        self.counters[day] = seq = self.counters.get(day, 0) + 1
        code = f"{self.unit}-{day:%y%m%d}-{seq:04d}"
        online = rng.random() < 0.45 + 0.35 * progress
        channel = "online" if online else ("postal" if rng.random() < 0.05 else "direct")
        pauses = []
        if rng.random() < 0.05:
            pause_start = self.calendar.add_working_minutes(received, rng.randint(60, 600))
            pause_end = self.calendar.add_working_minutes(pause_start, rng.randint(240, 1800))
            pauses.append(Pause(pause_start, pause_end if pause_end < self.now else None, "Chờ công dân bổ sung hồ sơ"))
        due = self.calendar.due(received, procedure_duration(procedure), pauses, as_of=self.now)
        result_at, stopped_at = self._outcome(received, due.due, due.start)
        returned_at = None
        if result_at and rng.random() < 0.93:
            returned_at = self.calendar.add_working_minutes(result_at, rng.choice([5, 30, 120, 450, 900]))
            returned_at = returned_at if returned_at <= self.now else None
        name, id_number, phone, address = self._person()
        row = {
            "code": code,
            "unit_code": self.unit,
            "received_day": day,
            "seq": seq,
            "procedure_id": procedure.id,
            "procedure_code": procedure.code,
            "procedure_name": procedure.name,
            "field": procedure.field,
            "profile": profile_for(day),
            "applicant_name": name,
            "applicant_key": fold(name),
            "id_number": id_number,
            "phone": phone,
            "address": address,
            "email": "",
            "channel": channel,
            "received_at": received,
            "start_at": due.start,
            "due_at": due.due,
            "duration_unit": procedure.duration_unit,
            "duration": procedure.duration,
            "result_at": result_at,
            "returned_at": returned_at,
            "stopped_at": stopped_at,
            "stop_kind": "withdrawn" if stopped_at else "",
            "new_due_at": None,
            "digitized": rng.random() < 0.9 + 0.08 * progress,
            "fee": procedure.fee,
            "paid_online": procedure.fee > 0 and online and rng.random() < 0.8,
            "origin": "demo",
            "handler": _OFFICERS.get(procedure.field, "Công chức Văn phòng – Thống kê"),
            "delivery": "online" if online and rng.random() < 0.3 else "desk",
            "components": [{**c, "digitized": True} for c in procedure.components],
            "created_by": DEMO_CLERK,
            "created_at": received,
            "updated_at": returned_at or result_at or received,
        }
        row["payment_method"] = (
            ("online" if row["paid_online"] else rng.choice(["cash", "transfer"])) if procedure.fee else ""
        )
        row["status"] = derive_status(stopped_at=stopped_at, returned_at=returned_at, result_at=result_at)
        late_moment = result_at or (None if stopped_at else self.now)
        if late_moment and late_moment > due.due and rng.random() < 0.85:
            issued = max(received, warning_from(self.calendar, due.due))  # one working day before (docs/rules.md §4)
            new_due = self.calendar.add_working_days(due.due, rng.choice([2, 3, 5]))
            row["new_due_at"] = new_due
            fault, reason = DEMO_APOLOGY_REASONS[seq % len(DEMO_APOLOGY_REASONS)]  # no draw: the seed's office stays
            self.extras.append(
                (
                    code,
                    "apology",
                    {
                        "issued_at": issued,
                        "reason": reason,
                        "fault": fault,
                        "new_due_at": new_due,
                        "signer": "Nguyễn Văn Hùng",
                        "sent_via": "in_person",
                        "override_reason": "",
                        "created_by": "demo",
                    },
                )
            )
        for pause in pauses:
            self.extras.append(
                (code, "pause", {"started_at": pause.start, "ended_at": pause.end, "reason": pause.reason})
            )
        if returned_at and rng.random() < 0.7:
            level = rng.choices([3, 2, 1], [55, 42, 3])[0]
            comment = {1: "Chờ lâu, phải đi lại nhiều lần", 2: "", 3: "Cán bộ hướng dẫn tận tình"}[level]
            self.extras.append(
                (
                    code,
                    "rating",
                    {
                        "at": returned_at,
                        "level": level,
                        "comment": comment,
                        "entered_by": rng.choice(["citizen", "clerk"]),
                        "actor": "demo",
                    },
                )
            )
        self.rows.append(row)
        self.count += 1

    def _outcome(
        self, received: dt.datetime, due: dt.datetime, start: dt.datetime
    ) -> tuple[dt.datetime | None, dt.datetime | None]:
        rng = self.rng
        if rng.random() < 0.012:
            stopped = self.calendar.add_working_minutes(start, rng.randint(30, 900))
            return None, stopped if stopped <= self.now else None
        span = max(self.calendar.working_minutes_between(start, due), 30)
        roll = rng.random()
        if roll < 0.55:
            minutes = int(span * rng.uniform(0.2, 0.95))
        elif roll < 0.965:
            minutes = span
        else:
            minutes = span + rng.randint(60, 3000)
        result = self.calendar.add_working_minutes(start, minutes)
        return (result if result <= self.now else None), None

    def _events(self, dossier_id: int, row: dict, pauses: list[dict], apologies: Sequence[dict] = ()) -> list[dict]:
        """The history a real dossier would have: intake, hand-over, pauses, result, return or stop."""

        def event(event_kind: str, at: dt.datetime, actor: str, /, **detail) -> dict:
            return {"dossier_id": dossier_id, "at": at, "actor": actor, "kind": event_kind, "detail": detail}

        clerk, officer = "Nguyễn Thị Lan", row["handler"] or "Công chức Văn phòng – Thống kê"
        events = [event("received", row["received_at"], clerk, due_at=f"{row['due_at']:%Y-%m-%d %H:%M}")]
        handed = row["received_at"] + dt.timedelta(minutes=20)
        if (row["result_at"] or row["stopped_at"] or self.now) > handed:
            events.append(event("handed_over", handed, clerk, **{"from": "Bộ phận Một cửa", "to": officer, "note": ""}))
        for pause in pauses:
            events.append(
                event(
                    "supplement_requested",
                    pause["started_at"],
                    officer,
                    reason=pause["reason"],
                    items=["Bản sao giấy tờ còn thiếu"],
                )
            )
            if pause["ended_at"]:
                events.append(event("resumed", pause["ended_at"], clerk, due_at=f"{row['due_at']:%Y-%m-%d %H:%M}"))
        for a in apologies:  # one per dossier, as issue_apology records it
            events.append(
                event(
                    "apology_issued",
                    a["issued_at"],
                    clerk,
                    fault=a["fault"],
                    reason=a["reason"],
                    new_due_at=f"{a['new_due_at']:%Y-%m-%d %H:%M}",
                    sent_via=a["sent_via"],
                    due_at=f"{row['due_at']:%Y-%m-%d %H:%M}",
                )
            )
        if row["result_at"]:
            events.append(event("result_ready", row["result_at"], officer, note=""))
        if row["returned_at"]:
            events.append(event("returned", row["returned_at"], clerk, collected_by=row["applicant_name"]))
        if row["stopped_at"]:
            events.append(event("stopped", row["stopped_at"], clerk, kind="withdrawn", reason="Công dân xin rút hồ sơ"))
        return events

    def _write(self) -> None:
        session = self.session
        add_hashes(session, self.rows)
        session.execute(insert(Dossier), self.rows)
        ids = dict(session.execute(select(Dossier.code, Dossier.id)).all())
        events = []
        pauses: dict[str, list[dict]] = {}
        apologies: dict[str, list[dict]] = {}
        for code, table, extra in self.extras:
            if table in ("pause", "apology"):
                (pauses if table == "pause" else apologies).setdefault(code, []).append(extra)
        for row in self.rows:
            events.extend(
                self._events(ids[row["code"]], row, pauses.get(row["code"], []), apologies.get(row["code"], []))
            )
        session.execute(insert(DossierEvent), events)
        tables = {"apology": Apology, "pause": DossierPause, "rating": Rating}
        for name, model in tables.items():
            values = [{"dossier_id": ids[code], **extra} for code, table, extra in self.extras if table == name]
            if values:
                session.execute(insert(model), values)
        for day, last in self.counters.items():
            session.add(DailyCounter(unit_code=self.unit, day=day, last=last))
        session.flush()
        touched_dossiers(session, list(ids.values()))
