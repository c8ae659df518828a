"""Register import (all rows or none) vs a raw sqlite3 executemany of the same rows into the same table.

``import_10k``: 10,000 rows, goal under 5 s (foundation issue); ``import``: 100,000 rows, ratio ≤ 3.0.
Both report the median of three runs, each side writing into its own fresh database every run.
"""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3
import statistics
import time
from pathlib import Path

from sqlmodel import select

from bench.big_register import big_register
from bench.office import office_database
from core.bootstrap import prepare_database
from core.demo import fill_demo_office
from core.models import Dossier
from core.office import init_office
from core.register import REGISTER_COLUMNS, export_register, import_register
from core.tabular import from_csv

ROWS = 10_000
TARGET_MS = 5_000
TARGET_RATIO = 3.0
RUNS = 3  # each with its own fresh database; the median is reported


def _register_file(folder: Path, rows: int) -> Path:
    """A realistic register of ``rows`` rows in the import layout: the demo office's for 10,000 rows,
    the last ``rows`` dossiers of the cached 1,000,000-dossier register for more."""
    path = folder / f"register-{rows}.csv"
    if rows <= ROWS:
        source = office_database(folder / "source.db")
        prepare_database(source)
        with source.transaction() as session:
            fill_demo_office(session, dossiers=int(rows * 1.1), seed=10, until=dt.date(2026, 11, 27))
        since = None
    else:
        source = office_database(big_register())
        with source.session() as session:
            days = session.exec(
                select(Dossier.received_day).order_by(Dossier.received_day.desc()).offset(rows).limit(1)
            ).first()
        since = days
    with source.session() as session:
        export_register(session, path, since=since)
    source.close()
    with path.open(encoding="utf-8-sig", newline="") as handle:  # ";" and ="0123…": the export's CSV for Excel
        records = [[from_csv(value) for value in record] for record in csv.reader(handle, delimiter=";")]
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(records[: rows + 1])  # header + exactly ``rows`` rows
    return path


def _fresh(folder: Path, name: str):
    for leftover in folder.glob(name + "*"):  # the 100,000-row run follows the 10,000-row one in the same folder
        leftover.unlink()
    database = office_database(folder / name)
    prepare_database(database)
    with database.transaction() as session:
        init_office(session, unit_code="H40.25.12", name="UBND xã Hoa Thành")
    return database


def _reference(folder: Path, path: Path) -> float:
    """The same rows written by a bare executemany into the same table (no checks, no due dates)."""
    database = _fresh(folder, "reference.db")
    file = database.path
    database.close()
    with path.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    columns = [
        "code",
        "unit_code",
        "procedure_code",
        "procedure_name",
        "field",
        "profile",
        "applicant_name",
        "applicant_key",
        "id_number",
        "phone",
        "address",
        "email",
        "channel",
        "received_at",
        "due_at",
        "duration_unit",
        "duration",
        "stop_kind",
        "digitized",
        "fee",
        "paid_online",
        "status",
        "origin",
        "created_by",
        "result_at",
        "returned_at",
        "stopped_at",
    ]
    values = [
        (
            r["code"],
            "H40.25.12",
            r["procedure_code"],
            r["procedure_name"],
            r["field"],
            "nd118-2025",
            r["applicant_name"],
            r["applicant_name"].lower(),
            r["id_number"],
            r["phone"],
            r["address"],
            "",
            r["channel"],
            r["received_at"],
            r["due_at"],
            "day",
            0,
            "",
            int(r["digitized"]),
            int(r["fee"] or 0),
            int(r["paid_online"]),
            "received",
            "import",
            "",
            r["result_at"] or None,
            r["returned_at"] or None,
            r["stopped_at"] or None,
        )
        for r in rows
    ]
    connection = sqlite3.connect(file)
    connection.execute("PRAGMA synchronous=FULL")
    start = time.perf_counter()
    with connection:
        connection.executemany(
            f"INSERT INTO dossier ({','.join(columns)}) VALUES ({','.join('?' * len(columns))})", values
        )
    elapsed = time.perf_counter() - start
    connection.close()
    return elapsed * 1000


def run_10k(folder: Path) -> dict:
    return run(folder, ROWS)


def run_100k(folder: Path) -> dict:
    return run(folder, 100_000)


def run(folder: Path, rows: int) -> dict:
    """Three rounds, each importing into its own fresh database and then running the reference into its own
    fresh one; the figures are the medians of the three."""
    path = _register_file(folder, rows)
    values, references = [], []
    for _ in range(RUNS):
        database = _fresh(folder, "target.db")
        start = time.perf_counter()
        with database.transaction() as session:
            count = import_register(session, path)
        values.append((time.perf_counter() - start) * 1000)
        database.close()
        assert count == rows, count
        references.append(_reference(folder, path))
    value_ms, reference_ms = statistics.median(values), statistics.median(references)
    target_ms = TARGET_MS if rows <= ROWS else None
    ratio = value_ms / reference_ms
    return {
        "rows": count,
        "value_ms": round(value_ms, 1),
        "reference_ms": round(reference_ms, 1),
        "ratio": round(ratio, 2),
        "target_ratio": None if target_ms else TARGET_RATIO,
        "target_ms": target_ms,
        "ok": value_ms < target_ms if target_ms else ratio <= TARGET_RATIO,
        "columns": len(REGISTER_COLUMNS),
        "runs": RUNS,
    }
