"""Apologies: the draft, issuing one, the one-re-appointment rule, the letter of both profiles (docs/rules.md §4)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import unicodedata

import pytest
from sqlmodel import select

from core import lifecycle
from core.apologies import draft_apology, issue_apology
from core.board import apology_coverage, desk_board
from core.documents import build_apology, render_pdf, text_of
from core.documents.common import moment_words
from core.dossiers import get_dossier, intake
from core.errors import UserError
from core.models import Apology, DossierEvent
from core.office import set_setting
from tests.fakes import TESTER

T = dt.datetime
RECEIVED = T(2025, 3, 3, 9, 0)  # Monday; HT-07 takes 3 working days → due Thu 06/03 09:00


@pytest.fixture
def desk(office_database):
    with office_database.transaction() as s:
        set_setting(s, "signers", {"chairman_name": "Nguyễn Văn Hùng"})
        d, _ = intake(
            s,
            procedure_code="HT-07",
            applicant_name="Lê Thị Hoa",
            phone="0912345678",
            received_at=RECEIVED,
            now=RECEIVED,
        )
        lifecycle.hand_over(s, d.code, to="Công chức Tư pháp – Hộ tịch", at=RECEIVED)
    return office_database, d.code


def test_draft_suggests_reason_fault_appointment_and_signer(desk):
    database, code = desk
    with database.session() as s:
        draft = draft_apology(s, code, at=T(2025, 3, 5, 9, 0))
    assert draft.due_at == T(2025, 3, 6, 9, 0) and draft.warn_from == T(2025, 3, 5, 9, 0)
    assert draft.new_due_at == T(2025, 3, 10, 9, 0)  # due + half of 3 days (2), over the weekend
    assert "Công chức Tư pháp – Hộ tịch" in draft.reason and draft.fault == "own"
    assert draft.signer == "Nguyễn Văn Hùng" and draft.sent_via == "in_person"
    assert draft.previous == 0 and not draft.needs_override
    with database.session() as s:  # drafted when already late: at least one working day ahead
        assert draft_apology(s, code, at=T(2025, 3, 14, 16, 0)).new_due_at == T(2025, 3, 17, 16, 0)


def test_issue_sets_the_new_appointment_and_never_the_due_moment(desk):
    database, code = desk
    with database.transaction() as s:
        issued = issue_apology(
            s,
            code,
            reason="Chờ xác minh của Công an xã",
            fault="own",
            sent_via="sms",
            at=T(2025, 3, 5, 9, 0),
        )
    assert issued.new_due_at == T(2025, 3, 10, 9, 0)
    assert code in issued.sms_text and "09:00 ngày 10/03/2025" in issued.sms_text and "chờ xác minh" in issued.sms_text
    assert "Kính gửi: Ông/Bà Lê Thị Hoa" in issued.email_text
    with database.session() as s:
        d = get_dossier(s, code)
        assert d.due_at == T(2025, 3, 6, 9, 0) and d.new_due_at == T(2025, 3, 10, 9, 0)
        row = s.exec(select(Apology)).one()
        assert (row.fault, row.sent_via, row.signer, row.created_by) == ("own", "sms", "Nguyễn Văn Hùng", TESTER.name)
        event = s.exec(select(DossierEvent).where(DossierEvent.kind == "apology_issued")).one()
    assert event.actor == TESTER.name and event.at == T(2025, 3, 5, 9, 0)
    assert {k: event.detail[k] for k in ("fault", "reason", "new_due_at", "sent_via")} == {
        "fault": "own",
        "reason": "Chờ xác minh của Công an xã",
        "new_due_at": "2025-03-10 09:00",
        "sent_via": "sms",
    }


def test_only_one_re_appointment_unless_an_admin_overrides(desk):
    database, code = desk
    with database.transaction() as s:
        issue_apology(s, code, reason="Chờ xác minh", fault="own", at=T(2025, 3, 5, 9, 0))
    second = dict(reason="Vẫn chờ xác minh", fault="external", at=T(2025, 3, 10, 8, 0))
    with pytest.raises(UserError, match="chỉ được hẹn lại một lần"), database.transaction() as s:
        issue_apology(s, code, **second)
    with pytest.raises(UserError, match="lý do"), database.transaction() as s:
        issue_apology(s, code, is_admin=True, **second)
    with database.session() as s:
        assert len(s.exec(select(Apology)).all()) == 1  # nothing half-written
        assert draft_apology(s, code, at=T(2025, 3, 10, 8, 0)).needs_override
    with database.transaction() as s:
        issued = issue_apology(s, code, is_admin=True, override_reason="Chủ tịch đồng ý: chờ UBND tỉnh", **second)
    assert issued.new_due_at == T(2025, 3, 12, 9, 0)  # from the previous appointment 10/03
    with database.session() as s:
        rows = s.exec(select(Apology).order_by(Apology.id)).all()
        assert [r.override_reason for r in rows] == ["", "Chủ tịch đồng ý: chờ UBND tỉnh"]
        assert get_dossier(s, code).due_at == T(2025, 3, 6, 9, 0)


@pytest.mark.parametrize(
    "values, message",
    [
        ({"new_due_at": T(2025, 3, 6, 8, 0)}, "sau thời hạn"),
        ({"new_due_at": T(2025, 3, 8, 9, 0)}, "không trong giờ làm việc"),  # a Saturday
        ({"fault": "citizen"}, "không hợp lệ"),
        ({"sent_via": "fax"}, "không hợp lệ"),
        ({"reason": "  "}, "lý do"),
    ],
)
def test_bad_apologies_are_refused(desk, values, message):
    database, code = desk
    args = {"reason": "Chờ xác minh", "fault": "own", "at": T(2025, 3, 5, 9, 0), **values}
    with pytest.raises(UserError, match=message), database.transaction() as s:
        issue_apology(s, code, **args)


def test_a_dossier_with_its_result_is_not_re_appointed(desk):
    database, code = desk
    with database.transaction() as s:
        lifecycle.record_result(s, code, at=T(2025, 3, 5, 9, 0))
    with pytest.raises(UserError, match="đã có kết quả"), database.session() as s:
        draft_apology(s, code, at=T(2025, 3, 5, 10, 0))


def test_re_appointed_but_late_still_counts_as_late(desk):
    database, code = desk
    with database.transaction() as s:
        issue_apology(s, code, reason="Chờ xác minh", fault="own", at=T(2025, 3, 5, 9, 0))
    with database.session() as s:  # past the statutory due moment, before the new appointment
        board = desk_board(s, T(2025, 3, 7, 9, 0))
        assert [e.code for e in board.late] == [code] and not board.todo
    with database.transaction() as s:
        lifecycle.record_result(s, code, at=T(2025, 3, 7, 10, 0))
    with database.session() as s:
        coverage = apology_coverage(s, T(2025, 3, 1), T(2025, 4, 1))
    assert (coverage.late, coverage.with_apology, coverage.rate) == (1, 1, 1.0)


def pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True).stdout
    return unicodedata.normalize("NFC", " ".join(out.decode("utf-8").split()))


@pytest.mark.parametrize(
    "received, title, closing",
    [
        (T(2025, 1, 6, 9, 0), "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Thời gian hẹn trả kết quả lại"),
        (
            T(2025, 9, 8, 9, 0),
            "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT",
            "Thời gian đề nghị gia hạn trả kết quả đến",
        ),
    ],
)
def test_the_letter_of_each_profile(office_database, tmp_path, received, title, closing):
    with office_database.transaction() as s:
        set_setting(s, "signers", {"chairman_name": "Nguyễn Văn Hùng"})
        d, due = intake(s, procedure_code="HT-07", applicant_name="Lê Thị Hoa", received_at=received, now=received)
        at = received + dt.timedelta(days=1)
        issued = issue_apology(s, d.code, reason="Chờ xác minh của Công an xã", fault="external", at=at)
    with office_database.session() as s:
        document = build_apology(s, d.code)
        path = render_pdf(document, tmp_path / "xin-loi.pdf")
    words = text_of(document)
    assert title in words and "Chờ xác minh của Công an xã" in words
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) missing")
    text = pdf_text(path)
    assert title in text and "Kính gửi: Ông/Bà Lê Thị Hoa" in text and "khách quan" in text
    assert f"{closing}: {moment_words(issued.new_due_at)}" in text
    assert "Nguyễn Văn Hùng" in text and d.code in text


def test_a_new_appointment_is_never_the_first_minute_of_a_day(office_database):
    """A due moment at the opening (a dossier received after hours) or a draft written after hours gave
    07:30: nothing can be done by then that day, so the appointment is that day's closing."""
    from types import SimpleNamespace

    from core.apologies import suggest_new_due
    from core.office_calendar import load_calendar

    with office_database.session() as s:
        calendar = load_calendar(s)
    opening_due = SimpleNamespace(due_at=T(2025, 3, 6, 7, 30), duration=3, duration_unit="day")
    suggested = suggest_new_due(calendar, opening_due, T(2025, 3, 6, 9, 0))
    assert suggested.date() == dt.date(2025, 3, 10) and suggested == calendar.closing(suggested.date())
    after_hours = SimpleNamespace(due_at=T(2025, 3, 6, 9, 0), duration=1, duration_unit="day")
    suggested = suggest_new_due(calendar, after_hours, T(2025, 3, 13, 18, 30))  # long after, in the evening
    assert suggested.time() != calendar.opening(suggested.date()).time()
    assert suggested == calendar.closing(dt.date(2025, 3, 17))  # Fri 14 18:30 is after hours: Mon 17, at its closing
    same_time = SimpleNamespace(due_at=T(2025, 3, 6, 9, 0), duration=3, duration_unit="day")
    assert suggest_new_due(calendar, same_time, T(2025, 3, 6, 10, 0)) == T(2025, 3, 10, 9, 0)  # as before


def test_a_postal_dossiers_apology_goes_by_post_unless_told_otherwise(office_database):
    """Issued without saying how it is sent (the command line's default), the letter goes the way the
    dossier came, as the window suggests: by post for a postal dossier, never 'handed in person'."""
    with office_database.transaction() as s:
        d, _ = intake(
            s, procedure_code="HT-07", applicant_name="Lê Thị Hoa", channel="postal", received_at=RECEIVED, now=RECEIVED
        )
        issued = issue_apology(s, d.code, reason="Chờ xác minh", fault="own", at=T(2025, 3, 5, 9, 0))
    assert issued.sent_via == "post"
