"""One way into a dossier's values: intake, a register row, the window and a correction check alike."""

from __future__ import annotations

import datetime as dt

import pytest

from core.dossiers import DossierDraft, accept, get_dossier, intake
from core.drafts import check_draft, check_field
from core.errors import UserError
from core.lifecycle import correct
from core.limits import MAX_FEE
from core.register import import_register

NOW = dt.datetime(2025, 3, 3, 9, 0)
TODAY = NOW.date()


def test_the_fee_ceiling_holds_at_intake_as_in_the_register(office_database, tmp_path):
    """A clerk types three zeros too many: refused at the desk as in an imported register (it was only
    refused in the register before), with the same words."""
    with pytest.raises(UserError, match="quá lớn") as at_desk, office_database.transaction() as s:
        intake(s, procedure_code="HT-07", applicant_name="Lê Thị Hoa", fee=MAX_FEE + 1, now=NOW)
    register = tmp_path / "so.csv"
    register.write_text(
        "code;procedure_code;field;applicant_name;channel;received_at;fee\n"
        f";HT-07;Hộ tịch;Lê Thị Hoa;direct;03/03/2025 09:00;{MAX_FEE + 1}\n",
        encoding="utf-8",
    )
    with pytest.raises(UserError) as in_file, office_database.transaction() as s:
        import_register(s, register, now=NOW)
    assert in_file.value.vi == at_desk.value.vi and in_file.value.where.endswith("cột fee")
    with office_database.transaction() as s:
        dossier, _ = intake(s, procedure_code="HT-07", applicant_name="Lê Thị Hoa", fee=MAX_FEE, now=NOW)
    assert dossier.fee == MAX_FEE


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("applicant_name", "   ", "họ tên"),
        ("id_number", "12345", "CCCD"),
        ("phone", "12ab", "điện thoại"),
        ("email", "a@b", "email"),
        ("channel", "fax", "Hình thức nộp"),
        ("fee", -1, "không âm"),
        ("payment_method", "bitcoin", "Cách nộp phí"),
        ("delivery", "drone", "Cách nhận"),
    ],
)
def test_each_value_is_refused_with_one_line_before_anything_is_written(office_database, field, value, words):
    draft = DossierDraft(procedure_code="HT-07", applicant_name="Lê Thị Hoa")
    bad = DossierDraft(**{**draft.__dict__, field: value})
    with pytest.raises(UserError, match=words) as refused:
        check_draft(bad, today=TODAY)
    assert "\n" not in str(refused.value)
    with pytest.raises(UserError, match=words), office_database.transaction() as s:
        accept(s, bad, now=NOW)
    with office_database.session() as s:
        from sqlmodel import func, select

        from core.models import Dossier

        assert s.exec(select(func.count()).select_from(Dossier)).one() == 0


def test_a_correction_is_checked_as_the_intake_was(office_database):
    with office_database.transaction() as s:
        dossier, _ = accept(s, DossierDraft(procedure_code="HT-07", applicant_name="  Lê   Thị Hoa "), now=NOW)
        code = dossier.code
    assert dossier.applicant_name == "Lê Thị Hoa"
    for field, value in (("phone", "12ab"), ("channel", "fax"), ("payment_method", "bitcoin")):
        with pytest.raises(UserError) as refused, office_database.transaction() as s:
            correct(s, code, field=field, value=value, reason="gõ nhầm", at=NOW)
        with pytest.raises(UserError) as at_intake:
            check_field(field, value, today=TODAY)
        assert str(refused.value) == str(at_intake.value)
    with office_database.session() as s:
        assert get_dossier(s, code).phone == ""
