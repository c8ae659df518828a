"""Issue 13's attacks, each as a test: a person at the office PC with a SQL shell on the database (sqlite3 on the
file, or psql on the server) edits, deletes or forges rows; `audit verify` must name it, and no edited
bookkeeping row may stop the office. Run on SQLite and on PostgreSQL (the ``database`` fixture)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import statistics
import time

import pytest
from sqlalchemy import text

from core.bootstrap import check_database, prepare_database, warn_about
from core.dossiers import DossierFilter, count_dossiers, get_dossier, intake, list_dossiers
from core.office import init_office
from core.security import audit, audit_chain
from core.security.access import Caller, Role
from core.security.accounts import LoginFailed, create_first_admin, create_user, set_active, sign_in
from core.security.audit import parse_witness
from core.security.audit_check import verify
from core.security.data_key import open_office_data
from core.security.key_store import MemoryKeyStore
from core.security.protect import UNREADABLE
from core.storage import open_database
from tests.fakes import TEST_KEY, as_tester

NOW = dt.datetime(2025, 11, 6, 9, 0)
CCCD = ("040090012345", "001085001234")


@pytest.fixture
def office(database):
    assert open_office_data(database, MemoryKeyStore(TEST_KEY)).unlocked  # as every client does: records the key
    with database.transaction() as session:
        init_office(session, unit_code="H40.25.12", name="UBND xã Hoa Thành", place="Hoa Thành")
    codes = []
    for name, number in zip(("Nguyễn Văn An", "Lê Thị Bình"), CCCD):
        with database.transaction() as session:
            dossier, _ = intake(
                session,
                procedure_code="HT-01",
                applicant_name=name,
                id_number=number,
                address="Xóm 3, Hoa Thành",
                now=NOW,
                received_at=NOW,
            )
            codes.append(dossier.code)
    return database, codes


def sql(database, statement: str, **params) -> None:
    """What a person with a SQL shell does: straight to the database, no program in between."""
    with database.engine.begin() as connection:
        connection.execute(text(statement), params)


def problems(database, witnesses=()) -> list[str]:
    with database.session() as session:
        return verify(session, witnesses).problems


def reopen(database):
    """The next start of the program on the same database."""
    again = as_tester(open_database(database.url))
    prepare_database(again)
    return again


def test_an_untouched_office_verifies(office):
    database, _ = office
    assert problems(database) == []


def test_wiping_the_trail_after_editing_and_deleting_is_tampering_for_ever(office):
    database, codes = office
    sql(database, "UPDATE dossier SET due_at = '2030-01-01 00:00:00' WHERE code = :c", c=codes[0])
    sql(database, "DELETE FROM dossierevent WHERE dossier_id = (SELECT id FROM dossier WHERE code = :c)", c=codes[1])
    sql(database, "DELETE FROM dossier WHERE code = :c", c=codes[1])
    sql(database, "DELETE FROM auditevent")
    sql(database, "DELETE FROM audithead")
    assert any("đã bị xoá" in p for p in problems(database))
    again = reopen(database)  # the program starts again: it never re-baselines quietly
    try:
        with again.transaction() as session:
            intake(session, procedure_code="HT-01", applicant_name="Trần Văn Cường", now=NOW, received_at=NOW)
        found = problems(again)
        assert any("bắt đầu lại" in p for p in found), found
    finally:
        again.close()


def test_recomputing_the_unkeyed_chain_after_an_edit_is_found(office):
    """The old trail could be rewritten by anyone: recompute SHA-256 links over an edited event."""
    database, codes = office
    sql(database, "UPDATE dossier SET due_at = '2030-01-01 00:00:00' WHERE code = :c", c=codes[0])
    with database.engine.begin() as connection:
        rows = (
            connection.execute(
                text("SELECT id, seq, at, actor, action, detail, prev_hash FROM auditevent ORDER BY seq")
            )
            .mappings()
            .all()
        )
        previous = audit_chain.GENESIS
        for row in rows:
            link = dict(row)
            link["detail"] = json.loads(link["detail"]) if isinstance(link["detail"], str) else link["detail"]
            link["at"] = link["at"] if isinstance(link["at"], dt.datetime) else dt.datetime.fromisoformat(link["at"])
            link["prev_hash"] = previous
            previous = hashlib.sha256((previous + audit_chain.link_body(link)).encode()).hexdigest()
            connection.execute(
                text("UPDATE auditevent SET prev_hash = :p, hash = :h WHERE id = :i"),
                {"p": link["prev_hash"], "h": previous, "i": row["id"]},
            )
        connection.execute(text("UPDATE audithead SET hash = :h"), {"h": previous})
    found = problems(database)
    assert sum("chữ ký không khớp" in p for p in found) >= len(rows)


def test_deleting_a_trailing_export_note_and_moving_the_head_back_is_found(office, tmp_path):
    from core.register import export_register

    database, _ = office
    with database.session() as session:
        export_register(session, tmp_path / "so.xlsx")
    with database.engine.connect() as connection:
        last, before = connection.execute(text("SELECT seq, prev_hash FROM auditevent ORDER BY seq DESC LIMIT 1")).one()
    sql(database, "DELETE FROM auditevent WHERE seq = :s", s=last)
    sql(database, "UPDATE audithead SET seq = :s, hash = :h", s=last - 1, h=before)
    found = problems(database)  # the desk's witness file remembers the head it wrote
    assert any("ngắn hơn tệp chứng cứ" in p for p in found), found


def test_a_backup_and_a_printed_mark_are_witnesses(office, tmp_path):
    from core.backups.archive import backup_witnesses, create_backup

    database, _ = office
    if database.path is None:
        pytest.skip("PostgreSQL is backed up by its server")
    with database.session() as session:
        printed = parse_witness(audit.head_mark(session).printed)
    create_backup(database, MemoryKeyStore(TEST_KEY))
    with database.transaction() as session:
        intake(session, procedure_code="HT-01", applicant_name="Trần Văn Cường", now=NOW, received_at=NOW)
    witnesses, notes = backup_witnesses(database, TEST_KEY)
    assert len(witnesses) == 1 and not notes
    assert problems(database, [*witnesses, printed]) == []
    database.witness_file.unlink()  # the forger deletes this desk's witness too
    with database.engine.connect() as connection:
        top = connection.execute(text("SELECT max(seq) FROM auditevent")).scalar()
    sql(database, "DELETE FROM auditevent WHERE seq > :s", s=witnesses[0].seq - 2)
    with database.engine.connect() as connection:
        seq, mac = connection.execute(text("SELECT seq, hash FROM auditevent ORDER BY seq DESC LIMIT 1")).one()
    sql(database, "UPDATE audithead SET seq = :s, hash = :h", s=seq, h=mac)
    assert top > seq
    found = problems(database, witnesses)
    assert any("ngắn hơn bản sao lưu" in p for p in found), found


def test_swapped_encrypted_values_are_found(office):
    database, codes = office
    with database.engine.connect() as connection:
        first, second = (
            connection.execute(text("SELECT id_number FROM dossier WHERE code = :c"), {"c": c}).scalar() for c in codes
        )
    sql(database, "UPDATE dossier SET id_number = :v WHERE code = :c", v=second, c=codes[0])
    sql(database, "UPDATE dossier SET id_number = :v WHERE code = :c", v=first, c=codes[1])
    found = problems(database)
    assert all(any(c in p and "bị sửa ngoài chương trình" in p for p in found) for c in codes), found


def test_replaced_report_bytes_are_found(office):
    from core.reports import submit

    database, _ = office
    with database.transaction() as session:
        row = submit(session, "2025-10", at=NOW)
        assert row.trail_seq > 0 and len(row.trail_mark) == 9 and row.submitted_by == "Người kiểm thử"
    forged = b"PK\x03\x04 another workbook"
    sql(
        database,
        "UPDATE reportsubmission SET file_data = :d, checksum = :c",
        d=forged,
        c=hashlib.sha256(forged).hexdigest(),
    )
    assert any("Bản báo cáo đã nộp" in p and "bị sửa" in p for p in problems(database))


def test_edited_events_of_imported_dossiers_are_found(office, tmp_path):
    from core.register import export_register, import_register

    database, _ = office
    with database.session() as session:
        export_register(session, tmp_path / "so.csv")
    other = as_tester(open_database(tmp_path / "khac.db"))
    prepare_database(other)
    try:
        with other.transaction() as session:
            init_office(session, unit_code="H40.25.12", name="UBND xã Hoa Thành")
            import_register(session, tmp_path / "so.csv")
        assert problems(other) == []
        sql(other, "UPDATE dossierevent SET actor = 'ai-do' WHERE kind = 'imported'")
        assert any("Sự kiện hồ sơ" in p and "bị sửa" in p for p in problems(other))
    finally:
        other.close()


def test_a_deleted_search_index_row_is_found_and_rebuilt(office):
    database, _ = office
    if not database.is_sqlite:
        pytest.skip("PostgreSQL searches the dossier rows themselves")
    with database.session() as session:
        assert count_dossiers(session, DossierFilter(search="Nguyễn Văn An")) == 1
    sql(database, "DELETE FROM dossier_search WHERE rowid = (SELECT id FROM dossier ORDER BY id LIMIT 1)")
    with database.session() as session:
        assert count_dossiers(session, DossierFilter(search="Nguyễn Văn An")) == 0  # hidden from the search box
    assert any("Chỉ mục tìm kiếm" in p for p in problems(database))
    result = check_database(database, repair=True)
    assert result.repaired and not result.problems
    with database.session() as session:
        assert count_dossiers(session, DossierFilter(search="Nguyễn Văn An")) == 1


def test_text_that_looks_encrypted_is_text(office, tmp_path):
    """An address typed as ``enc1:abc`` is stored encrypted like any other; one planted raw by SQL reads as
    unreadable; neither stops an export, a printed register or the check."""
    from core.documents import build_register, render_bytes
    from core.register import export_register

    database, codes = office
    with database.transaction() as session:
        dossier, _ = intake(
            session,
            procedure_code="HT-01",
            applicant_name="Phạm Văn Dũng",
            address="enc1:abc",
            now=NOW,
            received_at=NOW,
        )
        code = dossier.code
    with database.engine.connect() as connection:
        stored = connection.execute(text("SELECT address FROM dossier WHERE code = :c"), {"c": code}).scalar()
    assert stored != "enc1:abc"
    with database.session() as session:
        assert get_dossier(session, code).address == "enc1:abc"
    sql(database, "UPDATE dossier SET address = 'enc1:abc' WHERE code = :c", c=codes[0])
    with database.session() as session:
        assert get_dossier(session, codes[0]).address == UNREADABLE
        export_register(session, tmp_path / "so.csv")
        render_bytes(build_register(session, NOW.date(), NOW.date()))
    assert any("không giải mã được" in p for p in check_database(database).problems)


def test_a_deleted_trail_head_stops_nothing_and_is_named(office):
    database, _ = office
    sql(database, "DELETE FROM audithead")
    assert any("audithead" in line for line in warn_about(database))
    assert any("audithead" in p for p in check_database(database).problems)
    with database.transaction() as session:  # intake goes on
        intake(session, procedure_code="HT-01", applicant_name="Trần Văn Cường", now=NOW, received_at=NOW)
    found = problems(database)
    assert any("dòng đầu chuỗi nhật ký đã bị xoá" in p for p in found), found
    assert not any("audithead" in line for line in warn_about(database))  # rebuilt; the trail keeps the repair


def test_a_head_moved_back_stops_nothing(office):
    database, _ = office
    sql(database, "UPDATE audithead SET seq = 1")
    with database.transaction() as session:  # no clash on the next sequence number
        intake(session, procedure_code="HT-01", applicant_name="Trần Văn Cường", now=NOW, received_at=NOW)
    assert any("đầu chuỗi ghi sự kiện số 1" in p for p in problems(database))


def test_a_reset_day_counter_stops_no_intake(office):
    database, codes = office
    sql(database, "UPDATE dailycounter SET last = 0")
    with database.transaction() as session:
        dossier, _ = intake(session, procedure_code="HT-01", applicant_name="Trần Văn Cường", now=NOW, received_at=NOW)
    assert dossier.code.endswith("-0003") and dossier.code not in codes
    sql(database, "DELETE FROM dailycounter")
    with database.transaction() as session:
        dossier, _ = intake(session, procedure_code="HT-01", applicant_name="Lý Thị Em", now=NOW, received_at=NOW)
    assert dossier.code.endswith("-0004")


def test_the_day_counter_behind_is_named(office):
    database, _ = office
    today = dt.datetime.now().replace(second=0, microsecond=0)
    with database.transaction() as session:
        intake(session, procedure_code="HT-01", applicant_name="Trần Văn Cường", now=today, received_at=today)
    sql(database, "UPDATE dailycounter SET last = 0")
    assert any("Bộ đếm số hồ sơ" in line for line in warn_about(database))


def test_a_reading_desk_without_the_key_writes_nothing(office):
    database, _ = office
    database.unlock(None)
    with pytest.raises(audit.TrailLocked), database.transaction() as session:
        intake(session, procedure_code="HT-01", applicant_name="Trần Văn Cường", now=NOW, received_at=NOW)


def test_a_lost_key_is_never_replaced(office):
    database, _ = office
    store = MemoryKeyStore()  # this desk's store lost the key (a new Windows profile, a removed key file)
    protection = open_office_data(database, store)
    assert not protection.unlocked and store.key is None
    assert "key recover" in protection.message and "Không tạo khoá mới" in protection.message
    wrong = MemoryKeyStore(bytes(range(1, 33)))
    assert not open_office_data(database, wrong).unlocked
    assert open_office_data(database, MemoryKeyStore(TEST_KEY)).unlocked


def test_a_new_database_gets_a_new_key(tmp_path):
    database = open_database(tmp_path / "moi.db")
    store = MemoryKeyStore()
    try:
        assert open_office_data(database, store).unlocked and store.key is not None
    finally:
        database.close()


def test_masking_happens_in_core_and_a_guessed_number_is_not_confirmed(office):
    database, _ = office
    leader = database.as_caller(Caller("chutich", frozenset({Role.LEADER}), "Chủ tịch"))
    with leader.session() as session:
        shown = list_dossiers(session)
        assert shown and all(d.id_number.count("•") == 7 for d in shown if d.id_number)
        assert all(d.address.startswith("…") for d in shown)
        assert count_dossiers(session, DossierFilter(search=CCCD[0])) == 0
    with database.session() as session:
        assert count_dossiers(session, DossierFilter(search=CCCD[0])) == 1
        assert any(d.id_number == CCCD[0] for d in list_dossiers(session))


# -- sign-in --------------------------------------------------------------------------------------------------
@pytest.fixture
def accounts(office):
    database, _ = office
    with database.as_caller(None).transaction() as session:
        create_first_admin(session, username="quantri", full_name="Lê Văn Quản", password="mat-khau-quan-tri")
    with database.transaction() as session:
        create_user(session, username="lan", full_name="Nguyễn Thị Lan", password="mat-khau-cua-lan", roles=["clerk"])
        create_user(session, username="nghi", full_name="Đã Nghỉ", password="mat-khau-da-nghi", roles=["clerk"])
        set_active(session, "nghi", False)
    return database


def test_a_disabled_account_is_not_told_before_the_password(accounts):
    with pytest.raises(LoginFailed) as wrong:
        sign_in(accounts, "nghi", "sai-mat-khau")
    assert "không đúng" in str(wrong.value) and "khoá" not in str(wrong.value)
    with pytest.raises(LoginFailed, match="đã bị khoá"):
        sign_in(accounts, "nghi", "mat-khau-da-nghi")


def test_every_sign_in_checks_one_password_hash(accounts, monkeypatch):
    import core.security.accounts

    checked = []
    real = core.security.accounts._verify
    monkeypatch.setattr(core.security.accounts, "_verify", lambda h, p: checked.append(1) or real(h, p))
    for login, password in (
        ("khongco", "x" * 10),
        ("lan", "sai-mat-khau"),
        ("nghi", "sai-mat-khau"),
        ("lan", "mat-khau-cua-lan"),
    ):
        checked.clear()
        try:
            sign_in(accounts, login, password)
        except LoginFailed:
            pass
        assert len(checked) == 1, login


@pytest.mark.slow
def test_sign_in_takes_the_same_time_for_unknown_and_real_accounts(accounts):
    """Account enumeration by timing: within 20 % (medians of interleaved tries)."""
    times: dict[str, list[float]] = {"khongco": [], "lan": [], "nghi": []}
    for _ in range(7):
        for login in times:
            started = time.perf_counter()
            with pytest.raises(LoginFailed):
                sign_in(accounts, login, "sai-mat-khau")
            times[login].append(time.perf_counter() - started)
    unknown = statistics.median(times["khongco"])
    for login in ("lan", "nghi"):
        assert abs(statistics.median(times[login]) - unknown) <= 0.2 * unknown, times
