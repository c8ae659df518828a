"""A 1,000,000-dossier register for the benchmarks, built once and cached in ``bench/.cache``.

The cached file is stored as the program leaves it after its first opening with the benchmark key: personal
values encrypted, search hashes filled, protection marked complete. Otherwise every benchmark that opens a fresh
copy as the program would first encrypt a million rows (about 7 minutes on this machine) before measuring."""

from __future__ import annotations

import datetime as dt
import random
import shutil
import time
from pathlib import Path

from bench.office import BENCH_KEY, office_database
from core.bootstrap import prepare_database
from core.demo import _FIELD_WEIGHTS, _GIVEN, _HAMLETS, _MIDDLE, _SURNAME_WEIGHTS, _SURNAMES
from core.models import DailyCounter, Dossier, Setting
from core.office import init_office
from core.office_calendar import load_calendar
from core.procedures import list_procedures
from core.security.data_key import open_office_data
from core.security.key_store import MemoryKeyStore
from core.security.protect import COMPLETE_SETTING
from core.storage import Database
from core.text import fold

CACHE = Path(__file__).resolve().parent / ".cache"
SIZE = 1_000_000
UNIT = "H40.25.12"


def big_register(size: int = SIZE) -> Path:
    """Path of a cached database with ``size`` dossiers over about ten years (built on first use)."""
    path = CACHE / f"register-{size}.db"
    if path.exists():
        if not _protected(path):  # a cache built before the register was stored encrypted: once, in place
            _protect(path)
        return path
    CACHE.mkdir(exist_ok=True)
    partial = path.with_suffix(".partial.db")
    for leftover in CACHE.glob(partial.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
    database = office_database(partial)
    prepare_database(database)
    _fill(database, size)
    database.close()
    _protect(partial)
    shutil.move(partial, path)
    print(f"built {path.name} in {time.perf_counter() - started:.0f} s", flush=True)
    return path


def _protected(path: Path) -> bool:
    database = office_database(path)
    try:
        with database.session() as session:
            complete = session.get(Setting, COMPLETE_SETTING)
            return complete is not None and bool(complete.value)
    finally:
        database.close()


def _protect(path: Path) -> None:
    """Open ``path`` as the program does with the benchmark key: its clear values are encrypted now."""
    started = time.perf_counter()
    database = office_database(path)
    try:
        protection = open_office_data(database, MemoryKeyStore(BENCH_KEY))
        assert protection.unlocked, protection
    finally:
        database.close()
    print(f"encrypted {path.name} in {time.perf_counter() - started:.0f} s", flush=True)


def _fill(database: Database, size: int) -> None:
    rng = random.Random(1_000_000)
    with database.transaction() as session:
        init_office(session, unit_code=UNIT, name="UBND xã Hoa Thành", place="Hoa Thành")
        calendar = load_calendar(session)
        procedures = [p for p in list_procedures(session) if p.field in _FIELD_WEIGHTS]
    weights = [_FIELD_WEIGHTS[p.field] for p in procedures]
    end = dt.date(2026, 11, 27)
    days = [end - dt.timedelta(days=i) for i in range(3650)]
    days = sorted(d for d in days if calendar.is_working_day(d))
    per_day = size // len(days) + 1
    due_cache: dict[tuple[dt.date, int], dt.date] = {}
    now = dt.datetime.combine(end, dt.time(16))
    batch: list[dict] = []
    counters = []
    written = 0
    with database.engine.begin() as connection:
        for day in days:
            count = min(per_day, size - written)
            if count <= 0:
                break
            counters.append({"unit_code": UNIT, "day": day, "last": count})
            for seq in range(1, count + 1):
                procedure = rng.choices(procedures, weights)[0]
                received = dt.datetime.combine(day, dt.time(7, 30)) + dt.timedelta(minutes=rng.randint(0, 560))
                if dt.time(11, 30) <= received.time() < dt.time(13, 30):
                    received += dt.timedelta(hours=2)
                span = procedure.duration if procedure.duration_unit == "day" else 1
                key = (day, span)
                if key not in due_cache:
                    due_cache[key] = calendar.add_working_days(dt.datetime.combine(day, dt.time(8)), span).date()
                due = dt.datetime.combine(due_cache[key], received.time())
                roll = rng.random()
                result = (
                    None
                    if due > now and roll < 0.5
                    else received
                    + (due - received) * (rng.uniform(0.2, 0.95) if roll < 0.97 else rng.uniform(1.05, 1.6))
                )
                sex = rng.choice("mf")
                surname = rng.choices(_SURNAMES, _SURNAME_WEIGHTS)[0]
                name = f"{surname} {rng.choice(_MIDDLE[sex])} {rng.choice(_GIVEN[sex])}"
                batch.append(
                    {
                        "code": f"{UNIT}-{day:%y%m%d}-{seq:04d}",
                        "unit_code": UNIT,
                        "received_day": day,
                        "seq": seq,
                        "procedure_id": procedure.id,
                        "procedure_code": procedure.code,
                        "procedure_name": procedure.name,
                        "field": procedure.field,
                        "profile": "nd118-2025",
                        "applicant_name": name,
                        "applicant_key": fold(name),
                        "id_number": f"040{rng.randint(0, 1)}{rng.randint(40, 99):02d}{rng.randint(0, 999999):06d}",
                        "phone": f"09{rng.randint(0, 99999999):08d}",
                        "address": rng.choice(_HAMLETS),
                        "email": "",
                        "channel": rng.choice(["online", "online", "direct", "postal"]),
                        "received_at": received,
                        "start_at": received,
                        "due_at": due,
                        "duration_unit": procedure.duration_unit,
                        "duration": procedure.duration,
                        "result_at": result,
                        "returned_at": None,
                        "stopped_at": None,
                        "stop_kind": "",
                        "digitized": rng.random() < 0.95,
                        "fee": procedure.fee,
                        "paid_online": False,
                        "payment_method": "",
                        "delivery": "desk",
                        "components": [],
                        "handler": "",
                        "receipt_version": 1,
                        "status": "result_ready" if result else "received",
                        "origin": "demo",
                        "created_by": "bench",
                    }
                )
                written += 1
                if len(batch) >= 20_000:
                    connection.execute(Dossier.__table__.insert(), batch)
                    batch.clear()
        if batch:
            connection.execute(Dossier.__table__.insert(), batch)
        connection.execute(DailyCounter.__table__.insert(), counters)
