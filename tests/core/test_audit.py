"""The audit trail: hash-chained, append-only; `verify` names every edited, inserted or deleted row."""

from __future__ import annotations

import sqlite3

import pytest
from sqlmodel import select

from core.bootstrap import prepare_database
from core.documents import build_receipt
from core.dossiers import intake
from core.models import AuditEvent
from core.office import init_office
from core.security.audit_check import verify
from core.storage import open_database
from tests.databases import cli, new_database
from tests.fakes import as_tester


@pytest.fixture
def office(tmp_path):
    path = tmp_path / "office.db"
    database = new_database(path)
    with database.transaction() as session:
        init_office(session, unit_code="H40.25.12", name="UBND xã Hoa Thành", place="Hoa Thành")
    codes = []
    for name in ("Nguyễn Văn An", "Lê Thị Bình", "Trần Văn Cường"):
        with database.transaction() as session:
            codes.append(intake(session, procedure_code="HT-01", applicant_name=name, id_number="040090012345")[0].code)
    yield database, path, codes
    database.close()


def _sql(path, statement, *args):
    with sqlite3.connect(path) as raw:
        raw.execute(statement, args)


def _problems(database):
    with database.session() as session:
        return verify(session).problems


def test_an_untouched_trail_verifies_and_names_who_did_what(office):
    database, _, codes = office
    with database.session() as session:
        report = verify(session)
        actions = [e.action for e in session.exec(select(AuditEvent).order_by(AuditEvent.seq))]
        last = session.exec(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
    assert report.ok and report.rows_checked > 3
    assert actions.count("intake") == 3 and last.actor == "kiemthu"
    assert [k for k in last.detail["rows"]] == ["dossier", "dossierevent"]
    assert "040090012345" not in str(last.detail)  # never a citizen's data in the trail


def test_an_edited_event_is_named(office):
    database, path, _ = office
    _sql(path, "UPDATE auditevent SET actor = 'ke-gian' WHERE seq = 3")
    assert any("số 3" in p and "đã bị sửa" in p for p in _problems(database))


def test_a_deleted_event_is_named(office):
    database, path, _ = office
    _sql(path, "DELETE FROM auditevent WHERE seq = 4")
    assert any("thiếu sự kiện số 4" in p for p in _problems(database))


def test_a_deleted_tail_is_named(office):
    database, path, _ = office
    with database.session() as session:
        last = session.exec(select(AuditEvent).order_by(AuditEvent.seq.desc())).first().seq
    _sql(path, "DELETE FROM auditevent WHERE seq = ?", last)
    assert any(f"đến {last}" in p and "bị xoá" in p for p in _problems(database))


def test_an_inserted_event_is_named(office):
    database, path, _ = office
    _sql(path, "UPDATE auditevent SET seq = seq + 1000 WHERE seq >= 5")  # make room, as a forger would
    _sql(path, "UPDATE auditevent SET seq = seq - 999 WHERE seq >= 1005")
    _sql(
        path,
        "INSERT INTO auditevent (seq, at, actor, action, detail, prev_hash, hash) "
        "VALUES (5, '2026-11-27 08:00:00', 'x', 'giả', '{}', 'x', 'x')",
    )
    problems = _problems(database)
    assert any("số 5" in p for p in problems) and len(problems) >= 2


def test_rows_changed_outside_the_program_are_named(office):
    database, path, codes = office
    _sql(path, "UPDATE dossier SET due_at = '2030-01-01 00:00:00' WHERE code = ?", codes[0])
    _sql(path, "DELETE FROM dossierevent WHERE dossier_id = (SELECT id FROM dossier WHERE code = ?)", codes[1])
    _sql(path, "INSERT INTO setting (key, value) VALUES ('lén', '1')")
    problems = _problems(database)
    assert any(codes[0] in p and "bị sửa ngoài chương trình" in p for p in problems)
    assert any("Sự kiện hồ sơ" in p and "bị xoá ngoài chương trình" in p for p in problems)
    assert any("lén" in p and "chèn ngoài chương trình" in p for p in problems)


def test_printing_personal_data_is_logged_even_from_a_reading_session(office):
    database, _, codes = office
    with database.session() as session:
        build_receipt(session, codes[0])
    with database.session() as session:
        last = session.exec(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        assert (last.action, last.detail, last.actor) == ("in giấy tiếp nhận", {"dossier": codes[0]}, "kiemthu")
        assert verify(session).ok


def test_motcua_audit_verify_exit_code_and_lines(office, capsys):
    database, path, codes = office
    assert cli(["audit", "verify"], path) == 0
    assert "Nhật ký nguyên vẹn" in capsys.readouterr().out
    _sql(path, "UPDATE dossier SET applicant_name = 'Người Khác' WHERE code = ?", codes[2])
    assert cli(["audit", "verify"], path) == 2
    out = capsys.readouterr().out
    assert codes[2] in out and "bị sửa ngoài chương trình" in out


@pytest.mark.slow
def test_a_demo_office_and_an_import_verify_clean(tmp_path):
    from core.demo import fill_demo_office
    from core.register import export_register, import_register

    database = as_tester(open_database(tmp_path / "demo.db"))
    prepare_database(database)
    with database.transaction() as session:
        fill_demo_office(session, dossiers=200, seed=3)
    with database.session() as session:
        export_register(session, tmp_path / "register.csv")
    other = as_tester(open_database(tmp_path / "other.db"))
    prepare_database(other)
    with other.transaction() as session:
        init_office(session, unit_code="H40.25.12", name="UBND xã Hoa Thành", place="Hoa Thành")
        import_register(session, tmp_path / "register.csv")
    for db in (database, other):
        with db.session() as session:
            report = verify(session)
        assert report.ok, report.problems[:5]
        assert report.rows_checked > 400
        db.close()
