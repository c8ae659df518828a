"""One month's report on the 1,000,000-dossier register (what the report screen asks core for: figures,
KPIs, ratings, late dossiers) vs a single hand-written SQL aggregate of the same 13 columns, in raw
sqlite3 on the same database in the same run."""

from __future__ import annotations

import sqlite3
import statistics
import time
from pathlib import Path

from bench.big_register import big_register
from bench.office import office_database
from core.reports import monthly_report, period_for

MONTH = "2026-10"  # the last whole month of the cached register
TARGET_RATIO = 1.5
TARGET_MS = 500

#: The 13 columns (+ stopped) by field, as one would write them by hand: dossiers accepted in the period,
#: plus those carried over (accepted before, neither resolved nor stopped before the period began).
REFERENCE_SQL = """
SELECT field,
  SUM(new_online) AS received_online, SUM(new_direct) AS received_direct, SUM(carried) AS carried_over,
  SUM(CASE WHEN closed < :e AND stop = 0 AND closed < date(due_at) THEN 1 ELSE 0 END) AS resolved_early,
  SUM(CASE WHEN closed < :e AND (stop = 1 OR (closed >= date(due_at) AND closed <= due_at)) THEN 1 ELSE 0 END)
    AS resolved_on_time,
  SUM(CASE WHEN closed < :e AND stop = 0 AND closed > due_at THEN 1 ELSE 0 END) AS resolved_late,
  SUM(CASE WHEN (closed IS NULL OR closed >= :e) AND due_at >= :e THEN 1 ELSE 0 END) AS pending_on_time,
  SUM(CASE WHEN (closed IS NULL OR closed >= :e) AND due_at < :e THEN 1 ELSE 0 END) AS pending_late,
  SUM(CASE WHEN closed < :e AND stop = 1 THEN 1 ELSE 0 END) AS stopped
FROM (
  SELECT field, due_at, channel = 'online' AS new_online, channel <> 'online' AS new_direct, 0 AS carried,
         CASE WHEN stopped_at < coalesce(result_at, '9') THEN stopped_at ELSE result_at END AS closed,
         coalesce(stopped_at < coalesce(result_at, '9'), 0) AS stop
  FROM dossier WHERE received_at >= :s AND received_at < :e
  UNION ALL
  SELECT field, due_at, 0, 0, 1, CASE WHEN stopped_at < result_at THEN stopped_at ELSE result_at END,
         coalesce(stopped_at < result_at, 0)
  FROM dossier WHERE result_at >= :s AND result_at < '9999-12-31' AND received_at < :s
    AND (stopped_at IS NULL OR stopped_at >= :s)
  UNION ALL
  SELECT field, due_at, 0, 0, 1, stopped_at, stopped_at IS NOT NULL
  FROM dossier WHERE result_at IS NULL AND received_at < :s AND (stopped_at IS NULL OR stopped_at >= :s)
) GROUP BY field
"""


def _median_ms(action, repeat: int = 7) -> float:
    action()  # warm caches
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def _moment(value) -> str:
    return f"{value:%Y-%m-%d %H:%M:%S}.000000"  # how SQLAlchemy stores a DateTime in SQLite


def run(folder: Path) -> dict:
    path = big_register()
    database = office_database(path)
    raw = sqlite3.connect(path)
    span = period_for(MONTH)
    bounds = {"s": _moment(span.start), "e": _moment(span.end)}
    with database.session() as session:
        report = monthly_report(session, MONTH, "calendar")
        value_ms = _median_ms(lambda: monthly_report(session, MONTH, "calendar").to_json())
    reference = {row[0]: row[1:] for row in raw.execute(REFERENCE_SQL, bounds)}
    reference_ms = _median_ms(lambda: raw.execute(REFERENCE_SQL, bounds).fetchall())
    raw.close()
    database.close()
    keys = (
        "received_online",
        "received_direct",
        "carried_over",
        "resolved_early",
        "resolved_on_time",
        "resolved_late",
        "pending_on_time",
        "pending_late",
        "stopped",
    )
    same = all(tuple(row[k] for k in keys) == tuple(reference.get(row["field"], ())) for row in report.rows) and len(
        reference
    ) == len(report.rows)
    return {
        "value_ms": round(value_ms, 2),
        "reference_ms": round(reference_ms, 2),
        "ratio": round(value_ms / reference_ms, 2),
        "target_ratio": TARGET_RATIO,
        "target_ms": TARGET_MS,
        "month": MONTH,
        "dossiers_covered": report.totals["received_total"],
        "late": len(report.late),
        "same_figures": same,
        "ok": same and value_ms < TARGET_MS and value_ms / reference_ms <= TARGET_RATIO,
    }
