"""Dossiers and slips of both legal profiles, ready to print."""

from __future__ import annotations

import datetime as dt
import shutil
import unicodedata
from dataclasses import dataclass

import pytest

from bench.attach import scanned_pdf
from core import lifecycle
from core.attachments import attach
from core.documents import slip_reference
from core.dossiers import intake
from core.models import Apology
from tests.fakes import as_tester

NAME = "Nguyễn Thị Hường"
ID_NUMBER = "040190012345"
#: One acceptance moment under each profile: TT 01/2018 before 01/7/2025, TT 03/2025 after.
RECEIVED = {"nd61-2018": dt.datetime(2025, 1, 6, 9, 15), "nd118-2025": dt.datetime(2025, 9, 8, 14, 5)}


@dataclass
class Printable:
    """What one profile's forms are printed from."""

    profile: str
    code: str  # accepted, handed over twice, result ready, with an apology
    stopped: str  # withdrawn by the citizen
    supplement: str  # slip number PBS-…
    refusal: str  # slip number PTC-…


def make_printable(session, profile: str) -> Printable:
    day = RECEIVED[profile]
    dossier, _ = intake(
        session,
        procedure_code="CT-03",
        applicant_name=unicodedata.normalize("NFD", NAME),
        id_number=ID_NUMBER,
        phone="0912345678",
        address="Xóm 3, xã Hoa Thành",
        received_at=day,
        now=day,
        payment_method="cash",
        delivery="postal",
        components=[{"name": "Dự thảo hợp đồng, giao dịch", "kind": "bản chính", "count": 2}],
    )
    # digitised as the desk does it: the scanned paper attached to the component (the receipt's "x")
    attach(session, dossier.code, "du-thao.pdf", scanned_pdf(1), component=0, at=day)
    lifecycle.hand_over(
        session,
        dossier.code,
        to="Công chức Tư pháp - Hộ tịch",
        note="Thẩm định",
        at=day + dt.timedelta(hours=1),
    )
    lifecycle.record_result(session, dossier.code, at=day + dt.timedelta(days=1), note="Đã ký")
    session.add(
        Apology(
            dossier_id=dossier.id,
            issued_at=day + dt.timedelta(days=1),
            fault="external",
            reason="Chờ xác minh của cơ quan đăng ký đất đai",
            new_due_at=day + dt.timedelta(days=6),
            signer="Lê Văn Bình",
        )
    )
    other, _ = intake(session, procedure_code="HT-07", applicant_name="Phạm Văn Đức", received_at=day, now=day)
    lifecycle.stop(
        session,
        other.code,
        kind="withdrawn",
        reason="Công dân xin rút hồ sơ",
        at=day + dt.timedelta(hours=2),
    )
    supplement = lifecycle.record_guidance(
        session,
        kind="supplement",
        procedure_code="HT-07",
        applicant_name=NAME,
        id_number=ID_NUMBER,
        reason="Thiếu giấy tờ chứng minh tình trạng hôn nhân",
        at=day,
        items=[{"name": "Giấy tờ chứng minh việc ly hôn", "kind": "bản sao", "count": 1}],
    )
    refusal = lifecycle.record_guidance(
        session,
        kind="refusal",
        procedure_code="HT-07",
        applicant_name=NAME,
        reason="Không thuộc thẩm quyền của UBND cấp xã",
        at=day,
    )
    session.flush()
    return Printable(profile, dossier.code, other.code, slip_reference(supplement), slip_reference(refusal))


@pytest.fixture(scope="session")
def _printable_template(tmp_path_factory):
    """Built once: an office database file holding one `Printable` per profile."""
    from core.bootstrap import prepare_database
    from core.office import init_office
    from core.storage import open_database

    path = tmp_path_factory.mktemp("printable") / "office.db"
    database = as_tester(open_database(path))
    prepare_database(database)
    with database.transaction() as session:
        init_office(
            session, unit_code="H40.25.12", name="UBND xã Hoa Thành", place="Hoa Thành", parent_name="UBND TỈNH NGHỆ AN"
        )
        made = {profile: make_printable(session, profile) for profile in RECEIVED}
    database.close()
    return path, made


@pytest.fixture
def printable(_printable_template, tmp_path):
    """A fresh copy of that database per test: ``(database, {profile: Printable})``."""
    from core.storage import open_database

    source, made = _printable_template
    target = tmp_path / "office.db"
    shutil.copyfile(source, target)
    database = as_tester(open_database(target))
    yield database, made
    database.close()
