"""The typed settings object: one field per declared setting, checked values, garbage written by hand ignored."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlmodel import select

from core.dossiers import intake
from core.models import Procedure, Setting
from core.office import set_setting
from core.office_settings import OfficeSettings, office_settings
from core.settings_catalog import defaults, stored_keys


def test_every_declared_setting_has_its_typed_field_and_no_other():
    assert {f.name for f in dataclasses.fields(OfficeSettings)} == stored_keys()


def test_a_new_office_reads_the_declared_defaults(office_database):
    with office_database.session() as session:
        settings = office_settings(session)
    wanted = defaults()
    assert settings.same_day_cutoff == wanted["same_day_cutoff"] == "15:00"
    assert settings.office_week == (0, 1, 2, 3, 4)
    assert settings.targets.as_dict() == wanted["targets"]
    assert settings.signers.as_dict() == wanted["signers"]
    assert settings.evaluation_grades[0] == (15.0, "Xuất sắc")
    assert settings.report_due_day == 5 and settings.csv_separator == ";"


def test_what_an_admin_saves_is_read_in_the_same_transaction(office_database):
    with office_database.transaction() as session:
        assert office_settings(session).same_day_cutoff == "15:00"
        set_setting(session, "same_day_cutoff", "11:30")
        assert office_settings(session).same_day_cutoff == "11:30"  # read afresh after a write
    with office_database.session() as session:
        assert office_settings(session).same_day_cutoff == "11:30"


@pytest.mark.parametrize(
    ("key", "garbage"),
    [
        ("same_day_cutoff", "25:99"),
        ("same_day_cutoff", None),
        ("office_week", "mon-fri"),
        ("office_week", []),
        ("report_due_day", 0),
        ("targets", {"on_time_rate": "nhiều"}),
        ("signers", ["a"]),
        ("csv_separator", "|"),
        ("idle_lock_minutes", -5),
        ("evaluation_grades", "rác"),
        ("satisfaction_field_targets", {"Đất đai": 7}),
    ],
)
def test_a_value_written_by_hand_with_sqlite3_counts_as_the_default(office_database, key, garbage, caplog):
    """Someone at the PC edits the setting table directly: the desk goes on with the default, and logs it."""
    with office_database.session() as session:
        expected = getattr(office_settings(session), key)
    with office_database.transaction() as session:
        session.merge(Setting(key=key, value=garbage))
    with office_database.session() as session:
        assert getattr(office_settings(session), key) == expected
    assert f"setting {key}: stored value refused" in caplog.text


def test_a_garbage_cutoff_does_not_stop_the_intake(office_database):
    """A procedure without its own cutoff takes the office's: garbage there gives the declared 15:00."""
    with office_database.transaction() as session:
        session.merge(Setting(key="same_day_cutoff", value="bữa trưa"))
        procedure = session.exec(select(Procedure).where(Procedure.code == "CT-01")).one()
        procedure.cutoff = ""
    with office_database.transaction() as session:
        early, _ = intake(
            session,
            procedure_code="CT-01",
            applicant_name="Nguyễn Văn A",
            received_at=dt.datetime(2026, 12, 1, 14, 0),
            now=dt.datetime(2026, 12, 1, 16, 0),
        )
        late, _ = intake(
            session,
            procedure_code="CT-01",
            applicant_name="Trần Thị B",
            received_at=dt.datetime(2026, 12, 1, 15, 30),
            now=dt.datetime(2026, 12, 1, 16, 0),
        )
    assert early.due_at.date() == dt.date(2026, 12, 1)  # before 15:00: the same day
    assert late.due_at.date() == dt.date(2026, 12, 2)  # after 15:00: the next working day
