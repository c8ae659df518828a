"""Four desks accept 500 dossiers each at the same moment: 2,000 dossiers, codes 1..2000, none lost.

On a SQLite file (WAL, ``BEGIN IMMEDIATE``) and, where PostgreSQL is installed, on a server database.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.core import workers

ROOT = Path(__file__).resolve().parents[2]
DESKS, EACH = 4, 500


def run_desks(target: str) -> list[list[str]]:
    """Start the desks, let them all begin at once, return what each printed (codes after commit)."""
    desks = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.core.workers", "intake", target, str(EACH)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(DESKS)
    ]
    try:
        for desk in desks:
            assert desk.stdout.readline().strip() == "ready"
        for desk in desks:
            desk.stdin.write("go\n")
            desk.stdin.flush()
        outputs = [desk.communicate(timeout=120)[0].split() for desk in desks]
    finally:
        for desk in desks:
            desk.kill() if desk.poll() is None else None
    assert [desk.returncode for desk in desks] == [0] * DESKS
    return outputs


def check(url: str, outputs: list[list[str]]) -> None:
    printed = [code for output in outputs for code in output]
    engine = create_engine(url)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT code, seq, received_day FROM dossier")).all()
        last = connection.execute(text("SELECT last FROM dailycounter")).scalar_one()
    engine.dispose()
    assert all(len(output) == EACH for output in outputs)
    assert len(printed) == len(set(printed)) == DESKS * EACH
    assert sorted(code for code, _, _ in rows) == sorted(printed)  # none lost, none extra
    assert sorted(seq for _, seq, _ in rows) == list(range(1, DESKS * EACH + 1))  # no gaps, no doubles
    assert {str(day) for _, _, day in rows} == {str(workers.DAY)} and last == DESKS * EACH
    assert sorted(printed) == [f"{workers.UNIT}-{workers.DAY:%y%m%d}-{n:04d}" for n in range(1, DESKS * EACH + 1)]


@pytest.mark.slow
def test_four_desks_on_sqlite(tmp_path):
    target = str(tmp_path / "office.db")
    workers.setup_office(target)
    check(f"sqlite:///{target}", run_desks(target))


@pytest.mark.slow
def test_four_desks_on_postgresql(postgres_server):
    url = postgres_server.new_database()
    try:
        workers.setup_office(url)
        check(url, run_desks(url))
    finally:
        postgres_server.drop_database(url)
