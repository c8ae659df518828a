"""Child processes for the concurrency and kill tests (run as ``python -m tests.core.workers …``).

``intake TARGET N`` waits for a line on stdin (so all desks start at once), accepts N dossiers, one
transaction each, and prints each code only after its commit.

``zygote DB CSV`` imports everything once, then for each line ``intake LOG`` or ``import LOG`` on stdin
forks a child that works until it is killed, appending to LOG (unbuffered) ``start`` once it is
ready, then after each commit the code of the dossier accepted or ``import`` for a whole register. The zygote answers
``pid N`` at once and ``done`` when the child is gone, so the test can kill children at random
moments without paying Python's start-up each time.
"""

from __future__ import annotations

import datetime as dt
import os
import sys

from tests.fakes import as_tester

DAY = dt.date(2025, 11, 6)
RECEIVED = dt.datetime(2025, 11, 6, 9, 0)
NOW = dt.datetime(2025, 11, 6, 17, 0)
IMPORT_DAY = "2025-11-05 08:30"
PROCEDURE = "BTXH-01"
UNIT = "H40.25.12"


def setup_office(target: str) -> None:
    """An office ready for intake (called by the tests before starting the workers)."""
    from core.bootstrap import prepare_database
    from core.office import init_office
    from core.storage import open_database

    database = as_tester(open_database(target))
    prepare_database(database)
    with database.transaction() as session:
        init_office(session, unit_code=UNIT, name="UBND xã Hoa Thành", place="Hoa Thành")
    database.close()


def write_register(path: str, rows: int) -> None:
    """A register file of ``rows`` dossiers without codes (the import numbers them)."""
    lines = ["procedure_code,field,applicant_name,channel,received_at"]
    lines += [f"{PROCEDURE},Bảo trợ xã hội,Trần Thị {n},direct,{IMPORT_DAY}" for n in range(rows)]
    with open(path, "w", encoding="utf-8") as stream:
        stream.write("\n".join(lines) + "\n")


def _calendar(database):
    from core.office_calendar import load_calendar

    with database.session() as session:
        return load_calendar(session)


def _intakes(database, calendar, emit, count: int | None) -> None:
    from core.dossiers import intake

    n = 0
    while count is None or n < count:
        with database.transaction() as session:
            dossier, _ = intake(
                session,
                procedure_code=PROCEDURE,
                applicant_name=f"Lê Văn {os.getpid()} {n}",
                received_at=RECEIVED,
                now=NOW,
                calendar=calendar,
            )
        emit(dossier.code)  # only after the commit
        n += 1


def run_intake(target: str, count: int) -> None:
    from core.storage import open_database

    database = as_tester(open_database(target, migrate=False))
    calendar = _calendar(database)
    print("ready", flush=True)
    sys.stdin.readline()
    _intakes(database, calendar, lambda code: print(code, flush=True), count)
    database.close()


def _child(job: str, log: str, db_path: str, csv_path: str, calendar) -> None:
    from pathlib import Path

    from core.register import import_register
    from core.storage import open_database

    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)

    def emit(text: str) -> None:
        os.write(fd, (text + "\n").encode())

    database = as_tester(open_database(db_path, migrate=False))
    emit("start")
    if job == "intake":
        _intakes(database, calendar, emit, None)
    while job == "import":
        with database.transaction() as session:
            import_register(session, Path(csv_path), now=NOW)
        emit("import")


def run_zygote(db_path: str, csv_path: str) -> None:
    from pathlib import Path

    from core.dossiers import intake
    from core.register import import_register
    from core.storage import open_database

    database = as_tester(open_database(db_path))
    calendar = _calendar(database)
    with database.session(write=True) as session:  # warm up imports and SQL caches, then write nothing
        intake(
            session,
            procedure_code=PROCEDURE,
            applicant_name="Khởi động",
            received_at=RECEIVED,
            now=NOW,
            calendar=calendar,
        )
        import_register(session, Path(csv_path), now=NOW)
        session.rollback()
    database.close()
    for line in sys.stdin:
        job, log = line.split()
        pid = os.fork()
        if pid == 0:
            try:
                _child(job, log, db_path, csv_path, calendar)
            finally:
                os._exit(0)
        print(f"pid {pid}", flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"done {status}", flush=True)


if __name__ == "__main__":
    mode, *rest = sys.argv[1:]
    if mode == "intake":
        run_intake(rest[0], int(rest[1]))
    else:
        run_zygote(rest[0], rest[1])
