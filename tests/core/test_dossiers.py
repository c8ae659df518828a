"""Intake: checked input, a unique code per day, the statutory due moment, an event for each step."""

import datetime as dt
import unicodedata

import pytest
from sqlmodel import func, select

from core.dossiers import count_dossiers, get_dossier, intake, list_dossiers
from core.errors import UserError
from core.identity import mask_id_number, validate_id_number
from core.models import Dossier, DossierEvent
from core.procedures import save_procedure

D = dt.datetime
NOW = D(2025, 6, 30, 16, 0)


@pytest.fixture
def desk(office_database):
    with office_database.transaction() as session:
        save_procedure(
            session,
            {
                "code": "T-3D",
                "name": "Thủ tục thử ba ngày",
                "field": "Chứng thực",
                "duration_unit": "day",
                "duration": 3,
                "fee": 30000,
                "components": [{"name": "Tờ khai", "kind": "bản chính", "count": 1}],
            },
        )
    return office_database


def accept(database, **values):
    values = {"procedure_code": "T-3D", "applicant_name": "Nguyễn Văn An", "now": NOW, **values}
    with database.transaction() as session:
        dossier, _ = intake(session, **values)
    return dossier


def test_intake_gives_code_due_moment_and_event(desk):
    dossier = accept(desk, received_at=D(2025, 1, 24, 10), id_number="040090012345", phone="+84 912 345 678")
    assert dossier.code == "H40.25.12-250124-0001"
    assert dossier.due_at == D(2025, 2, 5, 10)
    assert dossier.profile == "nd61-2018"
    assert dossier.phone == "0912345678" and dossier.fee == 30000
    with desk.session() as session:
        events = session.exec(select(DossierEvent)).all()
    assert [e.kind for e in events] == ["received"]
    assert events[0].detail["due_at"] == "2025-02-05 10:00"
    assert any("Tết" in line for line in events[0].detail["why"])


def test_codes_count_up_per_day_and_restart_next_day(desk):
    codes = [accept(desk, received_at=D(2025, 3, 3, 8, m)).code for m in range(3)]
    codes.append(accept(desk, received_at=D(2025, 3, 4, 8)).code)
    assert codes == ["H40.25.12-250303-0001", "H40.25.12-250303-0002", "H40.25.12-250303-0003", "H40.25.12-250304-0001"]


def test_profile_follows_the_receipt_date(desk):
    assert accept(desk, received_at=D(2025, 6, 30, 9)).profile == "nd61-2018"
    with desk.transaction() as session:
        dossier, _ = intake(
            session, procedure_code="T-3D", applicant_name="A", received_at=D(2025, 7, 1, 9), now=D(2025, 7, 1, 9)
        )
    assert dossier.profile == "nd118-2025"


def test_decomposed_input_is_stored_in_nfc_and_found_without_accents(desk):
    accept(desk, applicant_name=unicodedata.normalize("NFD", "Trần Thị Thuỷ"), received_at=D(2025, 3, 3, 9))
    with desk.session() as session:
        found = list_dossiers(session, search="tran thi thuy")
        assert [d.applicant_name for d in found] == ["Trần Thị Thuỷ"]
        assert count_dossiers(session, search="thủy") == 1
        assert unicodedata.is_normalized("NFC", found[0].applicant_name)


@pytest.mark.parametrize(
    "values, message",
    [
        ({"applicant_name": "  "}, "họ tên"),
        ({"id_number": "12345"}, "12 chữ số"),
        ({"id_number": "999090012345"}, "mã tỉnh"),
        ({"id_number": "040990012345"}, "chưa tới"),
        ({"phone": "12ab"}, "Số điện thoại"),
        ({"channel": "fax"}, "Hình thức nộp"),
        ({"procedure_code": "KHONG-CO"}, "Không có thủ tục"),
        ({"email": "an@"}, "email"),
        ({"received_at": D(2025, 7, 2, 9)}, "tương lai"),
    ],
)
def test_bad_input_gets_a_vietnamese_message_and_writes_nothing(desk, values, message):
    with pytest.raises(UserError, match=message):
        accept(desk, **values)
    with desk.session() as session:
        assert session.exec(select(func.count()).select_from(Dossier)).one() == 0


def test_intake_needs_an_office(database):
    with database.transaction() as session:
        save_procedure(
            session, {"code": "T-1", "name": "Thử", "field": "Hộ tịch", "duration_unit": "day", "duration": 1}
        )
    with pytest.raises(UserError, match="motcua init"):
        accept(database, procedure_code="T-1")


def test_identity_numbers():
    assert validate_id_number("040 090 012 345") == "040090012345"
    assert validate_id_number("") == ""
    assert mask_id_number("040090012345") == "040*******45"
    with pytest.raises(UserError):
        validate_id_number("04009001234a")


def test_get_dossier_by_code(desk):
    code = accept(desk, received_at=D(2025, 3, 3, 9)).code
    with desk.session() as session:
        assert get_dossier(session, code).applicant_name == "Nguyễn Văn An"
        with pytest.raises(UserError, match="Không tìm thấy"):
            get_dossier(session, "H40.25.12-250303-9999")


def test_a_dossier_accepted_in_this_transaction_is_found_only_while_it_is_there(desk):
    """The receipt printed right after an intake takes the session's own dossier; one deleted meanwhile, or
    deleted behind the session's back before a later transaction, is not found."""
    from sqlalchemy import delete

    with desk.session(write=True) as session:
        dossier, _ = intake(session, procedure_code="T-3D", applicant_name="Nguyễn Văn An", now=NOW)
        assert get_dossier(session, f" {dossier.code} ") is dossier
        session.execute(delete(DossierEvent).where(DossierEvent.dossier_id == dossier.id))
        session.delete(dossier)
        session.flush()
        with pytest.raises(UserError, match="Không tìm thấy"):
            get_dossier(session, dossier.code)
        session.rollback()
    with desk.session(write=True) as session:
        dossier, _ = intake(session, procedure_code="T-3D", applicant_name="Nguyễn Văn An", now=NOW)
        session.commit()
        with desk.engine.begin() as connection:
            connection.execute(delete(DossierEvent.__table__).where(DossierEvent.dossier_id == dossier.id))
            connection.execute(delete(Dossier.__table__).where(Dossier.id == dossier.id))
        with pytest.raises(UserError, match="Không tìm thấy"):
            get_dossier(session, dossier.code)


def test_filters_for_the_dossier_list(desk):
    from core.dossiers import DossierFilter
    from core.lifecycle import record_result

    a = accept(desk, received_at=D(2025, 3, 3, 9), channel="online")  # due 6/3 09:00
    b = accept(desk, received_at=D(2025, 3, 5, 9), applicant_name="Đinh Văn Đạt")  # due 10/3 09:00
    c = accept(desk, received_at=D(2025, 3, 6, 9))  # due 11/3 09:00
    with desk.transaction() as session:
        record_result(session, a.code, at=D(2025, 3, 5, 10))
    now = D(2025, 3, 10, 10)
    with desk.session() as session:
        codes = lambda **kw: [d.code for d in list_dossiers(session, DossierFilter(now=now, **kw))]
        assert codes(late=True) == [b.code]
        assert codes(due_soon=True, due_soon_until=D(2025, 3, 11, 10)) == [c.code]
        assert codes(channel="online") == [a.code]
        assert codes(status="result_ready") == [a.code]
        assert codes(received_from=dt.date(2025, 3, 5), received_to=dt.date(2025, 3, 5)) == [b.code]
        assert codes(search="dinh van dat") == [b.code]
        assert codes(search="250306") == [c.code]
        assert count_dossiers(session, DossierFilter(field="Chứng thực")) == 3


def test_list_rows_match_list_dossiers(desk):
    from core.dossiers import DossierFilter, list_rows

    for minute in range(5):
        accept(desk, received_at=D(2025, 3, 3, 8, minute), applicant_name=f"Người số {minute}")
    with desk.session() as session:
        flt = DossierFilter(search="nguoi so")
        rows = list_rows(session, flt, offset=1, limit=3)
        full = list_dossiers(session, flt, offset=1, limit=3)
    assert [r.code for r in rows] == [d.code for d in full]
    assert rows[0].received_at == full[0].received_at and rows[0].status == "received"


def test_a_list_row_is_late_as_the_board_says():
    """Open, not waiting on the citizen, past the statutory due moment (a re-appointment does not help)."""
    from core.dossiers import DossierRow, is_late

    due = dt.datetime(2026, 3, 10, 17, 0)
    row = DossierRow(
        1, "C", "An", "Khai sinh", "Hộ tịch", "direct", due - dt.timedelta(days=3), due, None, None, None, "received"
    )
    before, after = due - dt.timedelta(minutes=1), due + dt.timedelta(minutes=1)
    assert not is_late(row, before) and is_late(row, after)
    assert is_late(row._replace(new_due_at=after + dt.timedelta(days=5)), after)  # re-appointed: still late
    assert not is_late(row._replace(result_at=after, status="result_ready"), after + dt.timedelta(days=1))
    assert not is_late(row._replace(stopped_at=before, status="stopped"), after)
    assert not is_late(row._replace(status="waiting"), after)  # the clock is stopped
