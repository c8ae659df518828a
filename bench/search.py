"""First page of a name search on the 1,000,000-dossier register (what the dossier list asks core for)
vs the same SQL in raw sqlite3."""

from __future__ import annotations

import sqlite3
import statistics
import time
from pathlib import Path

from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlmodel import select

from bench.big_register import big_register
from bench.office import office_database
from core.dossiers import _ROW_COLUMNS, DossierFilter, _apply, list_rows
from core.models import Dossier

QUERIES = ["nguyen van an", "Trần Thị Thủy", "le quang vinh", "hoang ngoc", "0912"]
TARGET_RATIO = 1.5
TARGET_MS = 50
PAGE = 200


def _median_ms(action, repeat: int = 5) -> float:
    action()  # warm caches
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def run(folder: Path) -> dict:
    path = big_register()
    database = office_database(path)
    raw = sqlite3.connect(path)
    value, reference = [], []
    with database.session() as session:
        for text in QUERIES:
            flt = DossierFilter(search=text)
            query = (
                _apply(select(*_ROW_COLUMNS), flt).order_by(Dossier.received_at.desc(), Dossier.id.desc()).limit(PAGE)
            )
            compiled = query.compile(dialect=sqlite_dialect.dialect(), compile_kwargs={"literal_binds": True})
            sql = str(compiled)
            value.append(_median_ms(lambda flt=flt: list_rows(session, flt, limit=PAGE)))
            reference.append(_median_ms(lambda sql=sql: raw.execute(sql).fetchall()))
    raw.close()
    database.close()
    value_ms, reference_ms = statistics.mean(value), statistics.mean(reference)
    return {
        "value_ms": round(value_ms, 2),
        "reference_ms": round(reference_ms, 2),
        "ratio": round(value_ms / reference_ms, 2),
        "target_ratio": TARGET_RATIO,
        "target_ms": TARGET_MS,
        "per_query_ms": dict(zip(QUERIES, [round(v, 1) for v in value])),
        "ok": value_ms < TARGET_MS and value_ms / reference_ms <= TARGET_RATIO,
    }
