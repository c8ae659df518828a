"""The printed forms' polish (issue 15): each point read back from the PDF as a person would read the page."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from sqlmodel import select

from core import documents, lifecycle
from core.dossiers import intake
from core.models import User
from core.security.access import acting_as
from tests.core.documents.test_documents_pdf import ID_NUMBER, NAME, pages, pdf_text

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) missing")
MASKED = "040*******45"
PROFILES = ["nd61-2018", "nd118-2025"]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _receipt_text(session, code, tmp_path) -> str:
    return _one_line(pdf_text(documents.print_form(session, "receipt", code, tmp_path / f"{code}.pdf")))


# -- 1. "Đăng ký nhận kết quả tại:" reads naturally --------------------------------------------------------
@pytest.mark.parametrize("profile", PROFILES)
def test_receipt_line_6_names_the_place_once(printable, profile, tmp_path):
    database, made = printable
    day = made[profile].code.split("-")[1]
    moment = dt.datetime.strptime(day, "%y%m%d").replace(hour=9)
    wanted = {
        "desk": "6. Đăng ký nhận kết quả tại: Bộ phận Một cửa 7.",
        "postal": "6. Đăng ký nhận kết quả tại: Địa chỉ của người nộp hồ sơ (qua dịch vụ bưu chính) 7.",
        "online": "6. Đăng ký nhận kết quả tại: Cổng Dịch vụ công (nhận kết quả trực tuyến) 7.",
    }
    with database.transaction() as session:
        for delivery, line in wanted.items():
            dossier, _ = intake(
                session, procedure_code="HT-07", applicant_name=NAME, delivery=delivery, received_at=moment, now=moment
            )
            text = _receipt_text(session, dossier.code, tmp_path)
            assert line in text, (delivery, text)
            assert "tại: Tại" not in text and "tại: tại" not in text


def test_a_place_written_with_tai_loses_it_once():
    from core.documents.forms_intake import result_place

    assert result_place("desk") == "Bộ phận Một cửa"
    assert result_place("Tại nhà văn hoá thôn 3") == "Nhà văn hoá thôn 3"
    assert result_place("tại Bộ phận Một cửa") == "Bộ phận Một cửa"
    assert result_place("Tại Tại chỗ") == "Tại chỗ"  # once, not every time
    assert result_place("Tạiđây") == "Tạiđây"  # a word beginning with the letters is not the preposition


# -- 2. the receiving clerk's full name under "NGƯỜI TIẾP NHẬN HỒ SƠ" ----------------------------------------
@pytest.mark.parametrize("profile", PROFILES)
def test_receipt_prints_the_receivers_full_name(printable, profile, tmp_path):
    from core.security.accounts import create_user

    database, made = printable
    moment = dt.datetime.strptime(made[profile].code.split("-")[1], "%y%m%d").replace(hour=9)
    with database.transaction() as session:
        create_user(
            session, username="motcua", full_name="Trần Thị Mai", password="mat-khau-dai-du-12", roles=["clerk"]
        )
        with acting_as(session, "motcua"):  # the clerk at the desk
            dossier, _ = intake(session, procedure_code="HT-07", applicant_name=NAME, received_at=moment, now=moment)
        code = dossier.code
    with database.session() as session:
        sheet = pages(documents.print_form(session, "receipt", code, tmp_path / "r.pdf"))[0]
    below = sheet[sheet.index("NGƯỜI TIẾP NHẬN HỒ SƠ") :]
    assert "Trần Thị Mai" in below and NAME in sheet and "motcua" not in sheet
    with database.transaction() as session:  # the account is gone: its login still says who it was
        session.delete(session.exec(select(User).where(User.username == "motcua")).one())
    with database.session() as session:
        assert "motcua" in _receipt_text(session, code, tmp_path)


def test_slips_print_who_guided_the_citizen(printable, tmp_path):
    from core.security.accounts import create_user

    database, made = printable
    with database.transaction() as session:
        create_user(session, username="lan", full_name="Nguyễn Thị Lan", password="mat-khau-dai-du-12", roles=["clerk"])
        with acting_as(session, "lan"):
            slip = lifecycle.record_guidance(
                session,
                kind="supplement",
                procedure_code="HT-07",
                applicant_name=NAME,
                reason="Thiếu giấy tờ",
                at=dt.datetime(2025, 9, 8, 9, 0),
            )
        reference = documents.slip_reference(slip)
    with database.session() as session:
        text = _one_line(pdf_text(documents.print_form(session, "supplement", reference, tmp_path / "s.pdf")))
    assert "NGƯỜI HƯỚNG DẪN (Ký và ghi rõ họ tên) Nguyễn Thị Lan" in text


# -- 3. the letters' own number, not the dossier code, on the "Số:" line --------------------------------------
@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("kind", ["apology", "stop"])
def test_letters_leave_their_number_to_the_office(printable, profile, kind, tmp_path):
    database, made = printable
    code = made[profile].code if kind == "apology" else made[profile].stopped
    with database.session() as session:
        document = documents.build_form(session, kind, code)
        text = pdf_text(documents.print_form(session, kind, code, tmp_path / f"{kind}.pdf"))
    assert document.header.number == "Số: ……/……"
    number_line = next(line for line in text.splitlines() if "Số:" in line)
    assert code not in number_line and "Số: ……/……" in number_line
    assert f"Mã hồ sơ: {code}" in text  # the dossier is named in the body, where the form mentions it


# -- 5. one rule for the identity number on every printed paper ------------------------------------------------
#: docs/rules.md §7: whole on the papers handed to the citizen, masked on those that stay in the office or circulate.
CITIZENS_OWN = ["receipt", "supplement", "refusal", "apology", "stop"]


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("kind", CITIZENS_OWN)
def test_the_citizens_own_papers_print_the_number_whole(printable, profile, kind, tmp_path):
    database, made = printable
    p = made[profile]
    reference = {"supplement": p.supplement, "refusal": p.refusal, "stop": p.stopped}.get(kind, p.code)
    with database.transaction() as session:
        if kind == "refusal":  # the fixture's refusal slip has no number: give this one the citizen's
            slip = lifecycle.record_guidance(
                session,
                kind="refusal",
                procedure_code="HT-07",
                applicant_name=NAME,
                id_number=ID_NUMBER,
                reason="Không thuộc thẩm quyền",
                at=dt.datetime(2025, 9, 8, 9, 0),
            )
            reference = documents.slip_reference(slip)
        if kind == "stop":
            stopped, _ = intake(
                session,
                procedure_code="HT-07",
                applicant_name=NAME,
                id_number=ID_NUMBER,
                received_at=dt.datetime(2025, 9, 8, 9, 0),
                now=dt.datetime(2025, 9, 8, 9, 0),
            )
            lifecycle.stop(
                session,
                stopped.code,
                kind="withdrawn",
                reason="Công dân xin rút hồ sơ",
                at=dt.datetime(2025, 9, 8, 10, 0),
            )
            reference = stopped.code
        text = pdf_text(documents.print_form(session, kind, reference, tmp_path / f"{kind}.pdf"))
    assert f"Số định danh cá nhân/CCCD: {ID_NUMBER}" in text and MASKED not in text


@pytest.mark.parametrize("profile", PROFILES)
def test_the_control_sheet_masks_the_number(printable, profile, tmp_path):
    database, made = printable
    with database.session() as session:
        text = pdf_text(documents.print_form(session, "control-sheet", made[profile].code, tmp_path / "k.pdf"))
    assert f"Số định danh cá nhân/CCCD: {MASKED}" in text and ID_NUMBER not in text


def test_the_register_masks_the_number(printable, tmp_path):
    database, _ = printable
    with database.session() as session:
        text = pdf_text(
            documents.print_register(session, dt.date(2025, 1, 1), dt.date(2025, 12, 31), tmp_path / "so.pdf")
        )
    assert MASKED in text and ID_NUMBER not in text


def test_the_handover_list_masks_the_number(printable, tmp_path):
    from core.documents.forms_handover import handover_list
    from core.dossiers import get_dossier

    database, made = printable
    with database.transaction() as session:
        get_dossier(session, made["nd118-2025"].code).handover = "pending"
        session.flush()
        path = documents.render_pdf(handover_list(session, today=dt.date(2025, 10, 7)), tmp_path / "ds.pdf")
    text = pdf_text(path)
    assert made["nd118-2025"].code in text and MASKED in text and ID_NUMBER not in text


def test_the_evaluation_sheet_prints_no_number(printable, tmp_path):
    database, made = printable
    with database.session() as session:
        text = pdf_text(documents.print_form(session, "evaluation", made["nd118-2025"].code, tmp_path / "e.pdf"))
    assert NAME in text and ID_NUMBER not in text and MASKED not in text


def test_the_rule_is_written_down():
    from pathlib import Path

    architecture = (Path(__file__).parents[3] / "docs" / "architecture.md").read_text(encoding="utf-8")
    assert "### Identity numbers on printed papers" in architecture
