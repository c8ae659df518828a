"""The window's automatic backup: made and checked once a day, and at exit after a change."""

from __future__ import annotations

import datetime as dt

from core.backups.archive import list_backups
from core.dossiers import intake
from core.office import init_office
from core.security.key_store import MemoryKeyStore
from desktop.auto_backup import AutoBackup
from tests.fakes import TEST_KEY


def test_daily_backup_then_at_exit_only_after_a_change(ops, settle, database):
    said: list[str] = []
    backup = AutoBackup(ops, database, MemoryKeyStore(TEST_KEY), said.append)
    backup.at_start()
    settle()
    copies = list_backups(database)
    assert len(copies) == 1
    assert len(said) == 1 and str(copies[0].path.parent) in said[0]
    assert backup.at_exit() is None  # nothing changed since the morning's copy
    with database.transaction() as session:
        init_office(session, unit_code="H40.25.12", name="UBND xã Hoa Thành")
        moment = dt.datetime.now().replace(second=0, microsecond=0)
        intake(session, procedure_code="HT-01", applicant_name="Lê Văn Tám", received_at=moment, now=moment)
    assert backup.at_exit() is not None
    assert len(list_backups(database)) == 2


def test_no_key_means_no_backup_and_a_clear_note(ops, database):
    said: list[str] = []
    backup = AutoBackup(ops, database, None, said.append)
    backup.at_start()
    assert said and backup.at_exit() is None
