"""A dossier's steps after intake: each an event with who and when; pauses move the due moment."""

import datetime as dt

import pytest
from sqlmodel import select

from core.dossiers import intake
from core.errors import UserError
from core.lifecycle import (
    correct,
    hand_over,
    record_guidance,
    record_result,
    record_return,
    request_supplement,
    resume,
    stop,
    timeline,
)
from core.models import IntakeGuidance
from core.procedures import save_procedure
from core.security.access import acting_as, caller_of
from tests.fakes import TESTER

D = dt.datetime


@pytest.fixture
def code(office_database):
    with office_database.transaction() as session:
        save_procedure(
            session,
            {
                "code": "T-3D",
                "name": "Thủ tục ba ngày",
                "field": "Chứng thực",
                "duration_unit": "day",
                "duration": 3,
                "components": [{"name": "Tờ khai", "kind": "bản chính", "count": 1}],
            },
        )
        dossier, _ = intake(
            session,
            procedure_code="T-3D",
            applicant_name="Lê Thị Hoa",
            received_at=D(2025, 3, 3, 9),
            now=D(2025, 3, 3, 9),
        )
    return dossier.code


def test_a_whole_life(office_database, code):
    db = office_database
    with db.transaction() as s:
        hand_over(s, code, to="Công chức Tư pháp – Hộ tịch", at=D(2025, 3, 3, 10))
        request_supplement(s, code, reason="Thiếu bản sao CCCD", items=["Bản sao CCCD"], at=D(2025, 3, 4, 9))
    with db.transaction() as s:
        dossier = resume(s, code, at=D(2025, 3, 6, 9))
        assert dossier.due_at == D(2025, 3, 10, 9)  # 2 working days waited: Thu 6/3 → Mon 10/3
        record_result(s, code, at=D(2025, 3, 7, 15))
        record_return(s, code, collected_by="Lê Thị Hoa", at=D(2025, 3, 10, 8))
    with db.session() as s:
        kinds = [e.kind for e in timeline(s, code)]
        assert kinds == ["received", "handed_over", "supplement_requested", "resumed", "result_ready", "returned"]
        assert all(e.actor for e in timeline(s, code))
    with pytest.raises(UserError, match="đã trả kết quả"), db.transaction() as s:
        stop(s, code, kind="withdrawn", reason="x")


def test_stop_and_refusals(office_database, code):
    with pytest.raises(UserError, match="lý do"), office_database.transaction() as s:
        stop(s, code, kind="withdrawn", reason=" ")
    with office_database.transaction() as s:
        dossier = stop(s, code, kind="withdrawn", reason="Công dân xin rút", at=D(2025, 3, 4, 9))
    assert dossier.status == "stopped" and dossier.stop_kind == "withdrawn"


def test_result_before_return_and_no_time_travel(office_database, code):
    with pytest.raises(UserError, match="chưa có kết quả"), office_database.transaction() as s:
        record_return(s, code, at=D(2025, 3, 4, 9))
    with pytest.raises(UserError, match="trước lúc tiếp nhận"), office_database.transaction() as s:
        record_result(s, code, at=D(2025, 3, 2, 9))


def test_correction_keeps_the_old_value_and_bumps_the_receipt(office_database, code):
    with office_database.transaction() as s:
        dossier = correct(
            s,
            code,
            field="applicant_name",
            value="Lê Thị Hòa",
            reason="Gõ nhầm dấu",
            at=D(2025, 3, 3, 11),
        )
        assert dossier.receipt_version == 2 and dossier.applicant_key == "le thi hoa"
        event = timeline(s, code)[-1]
        assert (event.detail["old"], event.detail["new"], event.detail["reason"]) == (
            "Lê Thị Hoa",
            "Lê Thị Hòa",
            "Gõ nhầm dấu",
        )
    with pytest.raises(UserError, match="12 chữ số"), office_database.transaction() as s:
        correct(s, code, field="id_number", value="123", reason="x")


def test_guidance_slips_are_numbered_and_accept_nothing(office_database, code):
    with office_database.transaction() as s:
        first = record_guidance(
            s,
            kind="supplement",
            procedure_code="T-3D",
            applicant_name="Ngô Văn Tài",
            items=[{"name": "Bản sao CCCD", "kind": "bản sao", "count": 1}],
            reason="",
            at=D(2025, 3, 3, 14),
        )
        second = record_guidance(
            s,
            kind="supplement",
            procedure_code="T-3D",
            applicant_name="Ngô Văn Tài",
            reason="Thiếu chữ ký",
            at=D(2025, 3, 4, 14),
        )
        assert (first.number, second.number) == (1, 2)
    with pytest.raises(UserError, match="lý do từ chối"), office_database.transaction() as s:
        record_guidance(s, kind="refusal", procedure_code="T-3D", applicant_name="A", reason="")
    with office_database.session() as s:
        assert len(s.exec(select(IntakeGuidance)).all()) == 2


def test_the_history_names_people_not_logins(office_database, code):
    """An event's actor is the login; the history shows the account's full name (a name without an account
    stays as written)."""
    from core.security.accounts import create_user

    with office_database.transaction() as s:
        create_user(s, username="lan.nt", full_name="Nguyễn Thị Lan", password="mật khẩu dài", roles=["clerk"])
        with acting_as(s, "lan.nt"):
            hand_over(s, code, to="Công chức Tư pháp – Hộ tịch", at=D(2025, 3, 3, 10))
    with office_database.session() as s:
        actors = [e.actor for e in timeline(s, code)]
    assert actors == [TESTER.name, "Nguyễn Thị Lan"]  # the tester has no account here
    with office_database.session() as s:  # the stored events keep the login
        from core.models import DossierEvent

        assert "lan.nt" in [e.actor for e in s.exec(select(DossierEvent))]


def test_resuming_keeps_the_time_limit_the_dossier_was_accepted_with(office_database, code):
    """The catalog's limit changed after intake (3 → 10 days): a resumed dossier still counts its own 3 days,
    as its receipt promised; only the paused days move its due moment."""
    with office_database.transaction() as s:
        save_procedure(
            s,
            {
                "code": "T-3D",
                "name": "Thủ tục ba ngày",
                "field": "Chứng thực",
                "duration_unit": "day",
                "duration": 10,
                "components": [{"name": "Tờ khai", "kind": "bản chính", "count": 1}],
            },
        )
        request_supplement(s, code, reason="Thiếu bản sao CCCD", items=["Bản sao CCCD"], at=D(2025, 3, 4, 9))
    with office_database.transaction() as s:
        assert resume(s, code, at=D(2025, 3, 6, 9)).due_at == D(2025, 3, 10, 9)


def test_resuming_a_same_day_dossier_takes_the_offices_cutoff(office_database):
    """A same-day procedure without its own cut-off uses the office's (11:00 here), at resume as at intake."""
    from core.office import set_setting

    with office_database.transaction() as s:
        set_setting(s, "same_day_cutoff", "11:00")
        save_procedure(
            s,
            {
                "code": "T-0D",
                "name": "Thủ tục trong ngày",
                "field": "Chứng thực",
                "duration_unit": "same_day",
                "duration": 0,
                "cutoff": "",
                "components": [{"name": "Tờ khai", "kind": "bản chính", "count": 1}],
            },
        )
        dossier, _ = intake(
            s,
            procedure_code="T-0D",
            applicant_name="Lê Thị Hoa",
            received_at=D(2025, 3, 3, 12),
            now=D(2025, 3, 3, 12),
        )
        at_intake = dossier.due_at
        request_supplement(s, dossier.code, reason="Thiếu tờ khai", items=["Tờ khai"], at=D(2025, 3, 3, 12, 5))
        resumed = resume(s, dossier.code, at=D(2025, 3, 3, 12, 5))
    assert at_intake.date() == dt.date(2025, 3, 4)  # after 11:00: the next working day
    assert resumed.due_at == at_intake  # no office time paused: the same promise


def test_an_event_names_the_session_caller_and_no_service_takes_an_actor(office_database, code):
    """Who acts comes from the session's caller (issue 18 §2): a name passed by hand is refused."""
    with office_database.transaction() as s, acting_as(s, "hoa.lt"):
        hand_over(s, code, to="Công chức Tư pháp – Hộ tịch", at=D(2025, 3, 3, 10))
    with office_database.session() as s:
        assert [e.actor for e in timeline(s, code)] == [TESTER.name, "hoa.lt"]
        assert caller_of(s) == TESTER  # the block gave the session its own caller back
    with pytest.raises(TypeError, match="actor"), office_database.transaction() as s:
        hand_over(s, code, to="Công chức Tư pháp – Hộ tịch", actor="ke-gian")  # type: ignore[call-arg]
