"""A throw-away PostgreSQL server for the tests, so storage and services run on both databases.

The server is started once per test session from the machine's PostgreSQL binaries (Debian's
``postgresql`` package, installed by ``installer/setup.sh --test``) in a temporary folder (in /dev/shm
where there is one), on a Unix socket only, and stopped at the end. Each test gets a new database copied
from a migrated, seeded template. Without PostgreSQL binaries the PostgreSQL variants are skipped.
``MOTCUA_TEST_POSTGRES`` = an SQLAlchemy URL of an existing server overrides all this.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from sqlalchemy import create_engine, text

__all__ = ["PostgresServer", "find_binaries"]

_counter = itertools.count(1)


def find_binaries() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    found = candidates[-1] if candidates else shutil.which("initdb")
    return Path(found).parent if found else None


class PostgresServer:
    def __init__(self) -> None:
        self.url = os.environ.get("MOTCUA_TEST_POSTGRES", "")
        self.folder: Path | None = None
        self.bin = None
        if not self.url:
            self._start()
        self.template = None

    def _as_postgres(self, *command: str) -> list[str]:
        if os.geteuid() == 0:  # initdb refuses to run as root
            return ["runuser", "-u", "postgres", "--", *command]
        return list(command)

    def _start(self) -> None:
        self.bin = find_binaries()
        if self.bin is None:
            raise RuntimeError("PostgreSQL binaries not found")
        # in memory where the machine has a RAM disk: the server is thrown away anyway (and runs with fsync off),
        # and on a disk each test's CREATE DATABASE … TEMPLATE costs ~0.3 s of creating files, in memory ~20 ms
        memory = Path("/dev/shm")
        where = str(memory) if memory.is_dir() and os.access(memory, os.W_OK) else None
        self.folder = Path(tempfile.mkdtemp(prefix="motcua-pg-", dir=where))
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
        data = self.folder / "data"
        subprocess.run(
            self._as_postgres(
                str(self.bin / "initdb"),
                "-D",
                str(data),
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "-U",
                "postgres",
            ),
            check=True,
            capture_output=True,
        )
        options = f"-c listen_addresses='' -k {self.folder} -c fsync=off -c full_page_writes=off"
        subprocess.run(
            self._as_postgres(
                str(self.bin / "pg_ctl"), "-D", str(data), "-o", options, "-w", "-l", str(self.folder / "log"), "start"
            ),
            check=True,
            capture_output=True,
        )
        self.url = f"postgresql+psycopg://postgres@/postgres?host={self.folder}"

    def _admin(self):
        return create_engine(self.url, isolation_level="AUTOCOMMIT")

    def new_database(self) -> str:
        """A fresh, migrated and seeded database; its URL."""
        from core.bootstrap import prepare_database
        from core.storage import open_database

        engine = self._admin()
        name = f"motcua_{os.getpid()}_{next(_counter)}"
        with engine.connect() as connection:
            if self.template is None:
                self.template = f"motcua_template_{os.getpid()}"
                connection.execute(text(f'DROP DATABASE IF EXISTS "{self.template}"'))
                connection.execute(text(f'CREATE DATABASE "{self.template}"'))
                from tests.fakes import as_tester

                template_db = as_tester(open_database(self._url_for(self.template)))
                prepare_database(template_db)
                template_db.close()
            connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"'))
        engine.dispose()
        return self._url_for(name)

    def drop_database(self, url: str) -> None:
        name = url.split("/")[-1].split("?")[0]
        engine = self._admin()
        with engine.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()

    def _url_for(self, name: str) -> str:
        base, _, query = self.url.partition("?")
        return f"{base.rsplit('/', 1)[0]}/{name}" + (f"?{query}" if query else "")

    def stop(self) -> None:
        if self.folder is not None and self.bin is not None:
            subprocess.run(
                self._as_postgres(str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "stop"),
                capture_output=True,
            )
            shutil.rmtree(self.folder, ignore_errors=True)
