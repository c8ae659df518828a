"""Backups: encrypted, checked after writing, rotated by a simulated calendar, restored safely."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3

import pytest

from core.backups.archive import (
    SECOND_FOLDER_SETTING,
    backup_if_due,
    create_backup,
    list_backups,
    restore_backup,
    verify_backup,
)
from core.backups.rotation import plan_rotation, rotate
from core.bootstrap import prepare_database
from core.dossiers import intake
from core.errors import UserError
from core.office import init_office, set_setting
from core.security.key_store import MemoryKeyStore
from core.storage import open_database
from tests.databases import new_database
from tests.fakes import TEST_KEY, as_tester

NOW = dt.datetime(2025, 11, 6, 17, 0)


@pytest.fixture
def office(tmp_path):
    database = new_database(tmp_path / "office.db")
    with database.transaction() as session:
        init_office(session, unit_code="H40.25.12", name="UBND xã Hoa Thành")
    add_dossiers(database, 3)
    yield database
    database.close()


@pytest.fixture
def keys():
    return MemoryKeyStore(TEST_KEY)  # the key the test database is protected with


def add_dossiers(database, count: int) -> None:
    for n in range(count):
        with database.transaction() as session:
            intake(session, procedure_code="BTXH-01", applicant_name=f"Phạm Thị {n}", now=NOW)


def dossiers_in(database) -> int:
    with database.engine.connect() as connection:
        return connection.exec_driver_sql("SELECT count(*) FROM dossier").scalar()


def test_a_backup_is_encrypted_checked_and_a_changed_byte_is_found(office, keys, tmp_path):
    result = create_backup(office, keys, now=NOW)
    [path] = result.copies
    assert path.parent == tmp_path / "backups" and path.name == "office-20251106-170000.mcbk"
    assert result.info.counts["dossier"] == 3 and result.info.counts["dossierevent"] == 3
    data = path.read_bytes()
    assert b"SQLite format 3" not in data and "Phạm Thị".encode() not in data
    assert verify_backup(path, keys).counts == result.info.counts
    for offset in (len(data) // 2, len(data) - 5, 30):  # a byte of the data, of the last tag, of the header
        damaged = tmp_path / f"damaged-{offset}.mcbk"
        damaged.write_bytes(data[:offset] + bytes([data[offset] ^ 1]) + data[offset + 1 :])
        with pytest.raises(UserError, match="bị hỏng|không phải bản sao lưu|khoá khác"):
            verify_backup(damaged, keys)
    cut = tmp_path / "cut.mcbk"
    cut.write_bytes(data[: len(data) - 1000])
    with pytest.raises(UserError, match="bị hỏng"):
        verify_backup(cut, keys)


def test_wrong_key_and_not_a_backup_are_named(office, keys, tmp_path):
    [path] = create_backup(office, keys, now=NOW).copies
    with pytest.raises(UserError, match="khoá khác"):
        verify_backup(path, MemoryKeyStore(os.urandom(32)))
    with pytest.raises(UserError, match="không phải bản sao lưu"):
        verify_backup(office.path, keys)
    with pytest.raises(UserError, match="Không có tệp"):
        verify_backup(tmp_path / "none.mcbk", keys)


def test_a_second_folder_gets_a_checked_copy_and_a_missing_one_is_reported(office, keys, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    with office.transaction() as session:
        set_setting(session, SECOND_FOLDER_SETTING, str(usb))
    result = create_backup(office, keys, now=NOW)
    assert [p.parent for p in result.copies] == [tmp_path / "backups", usb] and not result.warnings
    verify_backup(usb / result.copies[0].name, keys)
    usb.rename(tmp_path / "usb-unplugged")
    result = create_backup(office, keys, now=NOW + dt.timedelta(hours=1))
    assert len(result.copies) == 1 and "không tồn tại" in result.warnings[0]
    assert len(list_backups(office)) == 2


def test_out_folder_must_exist(office, keys, tmp_path):
    with pytest.raises(UserError, match="không tồn tại"):
        create_backup(office, keys, out=tmp_path / "nowhere")
    assert create_backup(office, keys, out=tmp_path, now=NOW).copies[0].parent == tmp_path


def test_restore_backs_up_first_keeps_older_backups_and_refuses_a_bad_file(office, keys, tmp_path):
    [old] = create_backup(office, keys, now=NOW).copies
    add_dossiers(office, 2)
    damaged = tmp_path / "damaged.mcbk"
    data = old.read_bytes()
    damaged.write_bytes(data[:-40] + bytes([data[-40] ^ 0xFF]) + data[-39:])
    with pytest.raises(UserError, match="bị hỏng"):
        restore_backup(office, damaged, keys, now=NOW + dt.timedelta(hours=1))
    assert dossiers_in(office) == 5 and len(list_backups(office)) == 1  # nothing replaced, nothing backed up

    before = restore_backup(office, old, keys, now=NOW + dt.timedelta(hours=2))
    assert "truoc-khoi-phuc" in before.copies[0].name and before.info.counts["dossier"] == 5
    reopened = as_tester(open_database(office.path))
    assert dossiers_in(reopened) == 3 and sqlite3.connect(office.path).execute("PRAGMA integrity_check").fetchone() == (
        "ok",
    )
    reopened.close()
    assert old.exists() and len(list_backups(office)) == 2
    restore_backup(office, before.copies[0], keys, now=NOW + dt.timedelta(hours=3))  # undo the restore
    assert dossiers_in(as_tester(open_database(office.path))) == 5


def days(start: dt.datetime, count: int, *, per_day: int = 1) -> list[dt.datetime]:
    return [start + dt.timedelta(days=d, hours=h) for d in range(count) for h in range(per_day)]


def test_rotation_keeps_14_daily_and_12_monthly_by_a_simulated_calendar():
    moments = days(dt.datetime(2024, 1, 1, 8), 500, per_day=3)  # 2024-01-01 .. 2025-05-14, three a day
    keep = plan_rotation(moments)
    newest = max(moments)
    assert {m for m in keep if m.date() == newest.date()} == {m for m in moments if m.date() == newest.date()}
    daily = sorted({m.date() for m in keep if m > newest - dt.timedelta(days=14)})
    assert len(daily) == 14 and daily[0] == newest.date() - dt.timedelta(days=13)
    months = sorted({(m.year, m.month) for m in keep})
    assert len(months) == 12 and months[0] == (2024, 6)
    for month in months[:-1]:  # the newest of each earlier month: its last day at 10:00
        assert max(m for m in keep if (m.year, m.month) == month).hour == 10
    assert len(keep) == 3 + 13 + 11  # all of today, 13 more days, 11 more months
    assert plan_rotation(moments[:1]) == set(moments[:1])  # never the only copy
    gap = days(dt.datetime(2025, 1, 1, 9), 3) + days(dt.datetime(2025, 3, 1, 9), 2)  # closed for two months
    assert plan_rotation(gap) == set(gap)


def test_rotate_deletes_only_regular_backups_of_that_database(tmp_path):
    for moment in days(dt.datetime(2025, 1, 1, 17), 60):  # 2025-01-01 .. 2025-03-01
        (tmp_path / f"office-{moment:%Y%m%d-%H%M%S}.mcbk").write_bytes(b"x")
    (tmp_path / "office-truoc-khoi-phuc-20250101-120000.mcbk").write_bytes(b"x")
    (tmp_path / "demo-20250101-170000.mcbk").write_bytes(b"x")
    removed = rotate(tmp_path, "office")
    assert len(removed) == 60 - 14 - 1  # kept: 2025-02-16 .. 2025-03-01, and January's newest
    assert (tmp_path / "office-20250131-170000.mcbk").exists() and not (
        tmp_path / "office-20250130-170000.mcbk"
    ).exists()
    assert (tmp_path / "office-20250216-170000.mcbk").exists() and not (
        tmp_path / "office-20250215-170000.mcbk"
    ).exists()
    assert (tmp_path / "office-truoc-khoi-phuc-20250101-120000.mcbk").exists()
    assert (tmp_path / "demo-20250101-170000.mcbk").exists()


def test_backup_if_due_daily_and_at_exit(office, keys):
    assert backup_if_due(office, keys, now=NOW) is not None
    assert backup_if_due(office, keys, now=NOW + dt.timedelta(hours=1)) is None  # today's is there
    assert backup_if_due(office, keys, now=NOW + dt.timedelta(hours=1), at_exit=True) is None  # nothing changed
    add_dossiers(office, 1)
    newest = max((office.path.parent / "backups").iterdir(), key=lambda p: p.name)
    for path in (office.path, office.path.with_name("office.db-wal")):  # changed after the backup
        if path.exists():
            os.utime(path, (newest.stat().st_mtime + 5, newest.stat().st_mtime + 5))
    result = backup_if_due(office, keys, now=NOW + dt.timedelta(hours=2), at_exit=True)
    assert result is not None and result.info.counts["dossier"] == 4 and result.info.kind == "at-exit"
    assert backup_if_due(office, keys, now=NOW + dt.timedelta(days=1)).info.kind == "daily"


def test_postgresql_is_backed_up_by_its_server(database, keys):
    if database.is_sqlite:
        pytest.skip("the PostgreSQL case")
    with pytest.raises(UserError, match="pg_dump"):
        create_backup(database, keys)
    assert backup_if_due(database, keys) is None


def test_scratch_left_by_a_killed_backup_is_removed_at_the_next_start(tmp_path):
    """A backup cut off by a power cut or Windows shutting down leaves a plain copy of the database in its
    scratch folder: the next start removes it, but never the folder of a backup still running."""
    import subprocess
    import sys

    from core.backups.archive import SCRATCH_PREFIX, remove_stale_scratch

    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True
    ).stdout.strip()
    stale = tmp_path / f"{SCRATCH_PREFIX}{dead}-abc"
    stale.mkdir()
    (stale / "ban-sao.db").write_bytes(b"SQLite format 3\x00 plain citizens' data")
    running = tmp_path / f"{SCRATCH_PREFIX}{os.getpid()}-def"
    running.mkdir()
    other = tmp_path / "not-scratch"
    other.mkdir()
    assert remove_stale_scratch(tmp_path, tmp_path / "missing") == [stale]
    assert not stale.exists() and running.exists() and other.exists()


# -- issue 13/14: faults said in one line, keys never mixed up, another office's backup -----------------------
def test_a_full_disk_during_a_backup_is_one_line_and_leaves_no_plain_copy(office, keys, monkeypatch, tmp_path):
    import errno

    import core.backups.archive

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(core.backups.archive, "seal_file", full)
    with pytest.raises(UserError) as caught:
        create_backup(office, keys, now=NOW)
    assert "đầy" in str(caught.value) and "\n" not in str(caught.value)
    assert not list(tmp_path.glob(".motcua-sao-luu-*"))  # the scratch copy (plain data) is gone

    def sqlite_full(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(core.backups.archive, "snapshot", sqlite_full)
    with pytest.raises(UserError, match="ổ đĩa đã đầy"):
        create_backup(office, keys, now=NOW)


def test_an_antivirus_holding_the_new_backup_is_one_line(office, keys, monkeypatch, tmp_path):
    import core.files

    def held(*_args):
        error = PermissionError(13, "The process cannot access the file because it is being used by another process")
        error.winerror = 32
        raise error

    monkeypatch.setattr(core.files, "RETRY_SECONDS", 0.2)
    monkeypatch.setattr(os, "replace", held)
    with pytest.raises(UserError, match="đang mở trong một chương trình khác"):
        create_backup(office, keys, now=NOW)
    monkeypatch.undo()
    assert not [p for p in (tmp_path / "backups").iterdir() if p.name.startswith(".")]
    assert not list(tmp_path.glob(".motcua-sao-luu-*"))
    assert create_backup(office, keys, now=NOW).copies  # the database is still open and usable


def test_backups_name_their_key_office_and_trail_head(office, keys):
    from core.backups.file_format import read_authenticated_header
    from core.security.audit import head_mark
    from core.security.data_key import key_fingerprint

    [path] = create_backup(office, keys, now=NOW).copies
    header = read_authenticated_header(path, TEST_KEY)
    with office.session() as session:
        mark = head_mark(session)
    assert header["key_fingerprint"] == key_fingerprint(TEST_KEY)
    assert header["office"]["unit_code"] == "H40.25.12"
    assert header["trail"] == {"seq": mark.seq, "mac": mark.mac, "database_id": mark.database_id}
    edited = path.read_bytes().replace(b'"H40.25.12"', b'"H40.99.99"', 1)
    path.write_bytes(edited)
    with pytest.raises(UserError, match="bị sửa"):  # an edited header does not pass for a witness
        read_authenticated_header(path, TEST_KEY)


def test_rotation_never_deletes_what_another_key_sealed_and_keeps_three_readable(tmp_path):
    from core.backups.archive import MIN_READABLE, rotate_readable
    from core.backups.file_format import seal_file

    plain = tmp_path / "p.db"
    sqlite3.connect(plain).close()
    other = os.urandom(32)
    start = dt.datetime(2025, 1, 1, 8, 0)
    for day in range(40):  # 40 days sealed with the real key, then 20 with a key made by mistake
        moment = start + dt.timedelta(days=day)
        seal_file(plain, tmp_path / f"office-{moment:%Y%m%d-%H%M%S}.mcbk", other, {"created": str(moment)})
    for day in range(40, 60):
        moment = start + dt.timedelta(days=day)
        seal_file(plain, tmp_path / f"office-{moment:%Y%m%d-%H%M%S}.mcbk", TEST_KEY, {"created": str(moment)})
    removed, warnings = rotate_readable(tmp_path, "office", TEST_KEY)
    left = sorted(p.name for p in tmp_path.glob("office-*.mcbk"))
    assert len([n for n in left if n < "office-20250210"]) == 40  # the other key's 40 are all kept
    assert removed and warnings and "khoá khác" in warnings[0]
    assert MIN_READABLE == 3


def test_another_offices_backup_is_refused_unless_asked(office, keys, tmp_path):
    from core.backups.archive import OtherOffice

    other = as_tester(open_database(tmp_path / "other" / "khac.db"))
    prepare_database(other)
    with other.transaction() as session:
        init_office(session, unit_code="H40.25.99", name="UBND xã Khác")
    [theirs] = create_backup(other, keys, now=NOW).copies
    other.close()
    with pytest.raises(OtherOffice, match="UBND xã Khác"):
        restore_backup(office, theirs, keys, now=NOW + dt.timedelta(hours=1))
    assert dossiers_in(office) == 3
    restore_backup(office, theirs, keys, now=NOW + dt.timedelta(hours=2), other_office=True)
    from core.security.audit_check import verify

    again = as_tester(open_database(office.path))
    try:
        with again.session() as session:
            report = verify(session)
            from sqlmodel import select

            from core.models import AuditEvent

            last = session.exec(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        assert last.action == "khôi phục từ bản sao lưu" and last.detail["other_office"] is True
        assert last.detail["office"]["unit_code"] == "H40.25.99"
        assert report.ok, report.problems  # the other office's trail, restored whole, verifies
    finally:
        again.close()
