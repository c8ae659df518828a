"""The shipped calendar read without a database (``motcua due`` / ``calendar show`` before any office exists)
is the very calendar a new office database starts with: one source, two ways to read it (issue 17)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from core.bootstrap import open_shipped_office
from core.office import get_setting
from core.office_calendar import load_calendar, year_days, year_status
from core.shipped_calendar import shipped_calendar, shipped_setting, shipped_year, shipped_years
from core.work_calendar import Duration

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def new_office():
    database = open_shipped_office()
    with database.session() as session:
        yield session
    database.close()


def test_the_shipped_year_view_is_what_a_new_database_holds(new_office):
    for year in [*shipped_years(), shipped_years()[-1] + 1]:
        status, entries = shipped_year(year)
        assert status == year_status(new_office, year)
        assert entries == year_days(new_office, year)
    assert shipped_year(shipped_years()[0])[0] == "shipped"


def test_due_dates_and_defaults_agree_with_a_new_database(new_office):
    stored, shipped = load_calendar(new_office), shipped_calendar()
    assert shipped.week == stored.week and shipped.schedules == stored.schedules
    assert shipped_setting("same_day_cutoff") == get_setting(new_office, "same_day_cutoff")
    durations = [
        Duration("day", 1),
        Duration("day", 3),
        Duration("day", 15),
        Duration("hour", 4),
        Duration("hour", 40),
        Duration("same_day", 0, dt.time(15)),
    ]
    first = dt.datetime(shipped_years()[0], 1, 1, 8)
    for step in range(0, 365 * len(shipped_years()) + 30, 5):
        received = first + dt.timedelta(days=step, hours=step % 9)
        for duration in durations:
            assert shipped.due(received, duration) == stored.due(received, duration), (received, duration)


def test_the_shipped_calendar_loads_no_database_layer():
    program = (
        "import sys, datetime as dt\n"
        "from core.shipped_calendar import shipped_calendar, shipped_year\n"
        "from core.work_calendar import Duration\n"
        "assert shipped_calendar().due(dt.datetime(2025,1,24,10), Duration('day',3)).due.day == 5\n"
        "assert shipped_year(2025)[0] == 'shipped'\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'sqlmodel', 'alembic'))\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", program], check=True, cwd=ROOT)
